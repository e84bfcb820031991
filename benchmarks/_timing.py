"""Timing helpers built for a shared, loaded machine.

Absolute times on a 2-core box that other jobs also use swing by 2x from minute to minute. A
ratio is stable only if both sides see the same load, so `compare` interleaves short batches of
the targets and the baseline and takes the median of the per-round ratios: a burst of load that
hits one round changes one ratio, not the median.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Comparison:
    ratio: float  # median over rounds of (target batch time / baseline batch time)
    target_seconds: float  # median time of one target call
    baseline_seconds: float  # median time of one baseline call
    rounds: int
    calls_per_batch: int
    ratios: tuple[float, ...]

    def spread(self) -> str:
        """The middle half of the per-round ratios, to show how noisy the run was."""
        q1, _, q3 = statistics.quantiles(self.ratios, n=4) if len(self.ratios) > 1 else (0, 0, 0)
        return f"IQR {q1:.2f}-{q3:.2f}x over {self.rounds} rounds"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def _batch_time(function: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        function()
    return time.perf_counter() - start


def compare(
    targets: Mapping[str, Callable[[], object]],
    baseline: Callable[[], object],
    *,
    rounds: int,
    min_batch_seconds: float = 0.02,
) -> dict[str, Comparison]:
    """Time each target against `baseline` in rotating batches of the same number of calls.

    Every round runs one batch of the baseline and one of each target, in an order that rotates
    from round to round (so no side always runs first, or always after the same neighbour), and
    each target's ratio for the round is taken against that round's baseline batch.
    """
    sides = [baseline, *targets.values()]
    # Warm-up: imports, caches, lazily compiled validators, connection pools.
    for _ in range(3):
        for side in sides:
            side()
    # One batch size for all sides, long enough that the timer's resolution and a single
    # scheduler hiccup do not matter, from the (fastest) baseline.
    single = min(_batch_time(baseline, 1) for _ in range(5))
    calls = max(1, round(min_batch_seconds / max(single, 1e-7)))
    gc.collect()
    times: list[list[float]] = [[] for _ in sides]
    for number in range(rounds):
        for offset in range(len(sides)):
            index = (number + offset) % len(sides)
            times[index].append(_batch_time(sides[index], calls))
    baseline_times = times[0]
    results = {}
    for name, target_times in zip(targets, times[1:], strict=True):
        ratios = tuple(t / b for t, b in zip(target_times, baseline_times, strict=True))
        results[name] = Comparison(
            ratio=median(ratios),
            target_seconds=median(target_times) / calls,
            baseline_seconds=median(baseline_times) / calls,
            rounds=rounds,
            calls_per_batch=calls,
            ratios=ratios,
        )
    return results


def duration(seconds: float) -> str:
    if seconds >= 0.01:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"
