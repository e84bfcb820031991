"""2. Parse cost: the generated `from_dict` of a 100-item accounting-data page vs `json.loads`.

Each accounting item is ~190 nested objects (every ledger group and breakdown is a model), so
this is the worst case for the generated models. The baseline decodes the same bytes with
`json.loads`; the target turns the already-decoded dict into models. The page must also
serialise back to exactly the same JSON (what the contract tests demand of every example): a
faster from_dict that broke the round trip would not count.

The target comes from issue 10: the page through the SDK (json.loads + from_dict + the
wrapper's < 2 ms) may cost at most 2x raw httpx + json.loads, and json.loads is most of raw, so
from_dict may cost about one json.loads. A context row repeats the comparison with the cyclic
garbage collector paused on both sides: the difference is the GC's share. from_dict makes two
GC objects per JSON object (the model and its `additional_properties` dict) where json.loads
makes one dict, so the GC runs about twice as often under from_dict.
"""

from __future__ import annotations

import functools
import gc
import json
from typing import Any

from symetrisk_client.models import AccountingDataPage

from ._fixtures import PAGE_SIZE, accounting_data_page
from ._mode import Mode
from ._report import Figure, Target
from ._timing import Comparison, compare, duration

NAME = "parse"
TARGET = Target("<=", 1.0)


def _compare(decoded: dict[str, Any], raw: bytes, rounds: int, *, gc_paused: bool) -> Comparison:
    was_enabled = gc.isenabled()
    if gc_paused:
        gc.disable()
    try:
        return compare(
            {"from_dict": functools.partial(AccountingDataPage.from_dict, decoded)},
            functools.partial(json.loads, raw),
            rounds=rounds,
        )["from_dict"]
    finally:
        if was_enabled:
            gc.enable()


def _figure(label: str, result: Comparison, target: Target | None, size: int) -> Figure:
    return Figure(
        NAME,
        label,
        result.ratio,
        "x",
        target,
        f"from_dict {duration(result.target_seconds)} vs json.loads "
        f"{duration(result.baseline_seconds)} for {size / 1e6:.2f} MB; {result.spread()}",
        {
            "from_dict_seconds": result.target_seconds,
            "json_loads_seconds": result.baseline_seconds,
            "payload_bytes": size,
            "rounds": result.rounds,
            "ratios": [round(r, 4) for r in result.ratios],
        },
    )


def run(mode: Mode) -> list[Figure]:
    raw = json.dumps(accounting_data_page(PAGE_SIZE)).encode()
    decoded = json.loads(raw)
    if AccountingDataPage.from_dict(decoded).to_dict() != decoded:
        raise RuntimeError("the accounting-data page does not round-trip through the models")
    with_gc = _compare(decoded, raw, mode.rounds, gc_paused=False)
    without_gc = _compare(decoded, raw, mode.rounds, gc_paused=True)
    return [
        _figure(
            f"from_dict / json.loads, accounting page of {PAGE_SIZE} items",
            with_gc,
            TARGET,
            len(raw),
        ),
        _figure("  same, cyclic GC paused on both sides", without_gc, None, len(raw)),
    ]
