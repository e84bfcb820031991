"""How much work each benchmark does: the full run, and a quick one for CI (< ~60 s)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mode:
    name: str
    rounds: int  # alternating target/baseline rounds per ratio (overhead, parse)
    pagination_items: int
    pagination_repeats: int
    token_calls: int  # per thread / per task (32 of each)
    token_repeats: int
    memory_items: tuple[int, int]  # (small, large): the large must not need more memory
    memory_repeats: int
    cold_start_repeats: int
    cold_start_floor: bool  # also time Prism alone on a trivial spec (one more Prism start)


FULL = Mode(
    name="full",
    rounds=41,
    pagination_items=10_000,
    pagination_repeats=3,
    token_calls=100,
    token_repeats=3,
    memory_items=(1_000, 10_000),
    memory_repeats=3,
    cold_start_repeats=3,
    cold_start_floor=True,
)

QUICK = Mode(
    name="quick",
    rounds=9,
    pagination_items=2_000,
    pagination_repeats=1,
    token_calls=10,
    token_repeats=1,
    memory_items=(500, 5_000),
    memory_repeats=1,
    cold_start_repeats=1,
    cold_start_floor=False,
)
