"""2. Parse cost: the generated `from_dict` of a 100-item accounting-data page vs `json.loads`.

Each accounting item is ~190 nested objects (every ledger group and breakdown is a model), so
this is the worst case for the generated models. The baseline decodes the same bytes with
`json.loads`; the target turns the already-decoded dict into models. The page must also
serialise back to exactly the same JSON (what the contract tests demand of every example): a
faster from_dict that broke the round trip would not count.
"""

from __future__ import annotations

import functools
import json

from symetrisk_client.models import AccountingDataPage

from ._fixtures import PAGE_SIZE, accounting_data_page
from ._mode import Mode
from ._report import Figure, Target
from ._timing import compare, duration

NAME = "parse"
TARGET = Target("<=", 3.0)


def run(mode: Mode) -> list[Figure]:
    raw = json.dumps(accounting_data_page(PAGE_SIZE)).encode()
    decoded = json.loads(raw)
    if AccountingDataPage.from_dict(decoded).to_dict() != decoded:
        raise RuntimeError("the accounting-data page does not round-trip through the models")
    result = compare(
        {"from_dict": functools.partial(AccountingDataPage.from_dict, decoded)},
        functools.partial(json.loads, raw),
        rounds=mode.rounds,
    )["from_dict"]
    return [
        Figure(
            NAME,
            f"from_dict / json.loads, accounting page of {PAGE_SIZE} items",
            result.ratio,
            "x",
            TARGET,
            f"from_dict {duration(result.target_seconds)} vs json.loads "
            f"{duration(result.baseline_seconds)} for {len(raw) / 1e6:.2f} MB; {result.spread()}",
            {
                "from_dict_seconds": result.target_seconds,
                "json_loads_seconds": result.baseline_seconds,
                "payload_bytes": len(raw),
                "rounds": result.rounds,
                "ratios": [round(r, 4) for r in result.ratios],
            },
        )
    ]
