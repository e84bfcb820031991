"""The README's list of inferred operations matches the specs."""

from __future__ import annotations

import pytest

from tests.contract.specs import APIS, ROOT, operations


@pytest.mark.parametrize("api", APIS)
def test_readme_lists_every_inferred_operation(api: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## What the docs do not say: inferred paths", 1)[1]
    missing = [
        f"{op.method.upper()} {op.path}"
        for op in operations(api)
        if "x-inferred" in op.definition
        and f"| `{op.operation_id}` | `{op.method.upper()} {op.path}` |" not in section
    ]
    assert not missing, f"add these inferred operations to the README: {missing}"
