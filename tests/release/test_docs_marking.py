"""The derived spec Redocly renders shows every `x-inferred` (the browser test checks the pages;
this checks the derivation over both specs, without a browser)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from finapi._openapi import load_spec

from release.docs import BADGE, HTTP_METHODS, mark_inferred, note
from release.project import APIS, ApiInfo


def inferred_objects(node: Any, key: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(key, object) for every object carrying x-inferred, outside data (examples)."""
    if isinstance(node, list):
        for item in node:
            yield from inferred_objects(item, key)
    elif isinstance(node, dict):
        if "x-inferred" in node:
            yield key, node
        for child_key, child in node.items():
            if child_key not in {"example", "examples", "default", "enum", "const"}:
                yield from inferred_objects(child, child_key)


@pytest.mark.parametrize("api", APIS, ids=[api.name for api in APIS])
def test_every_inferred_object_shows_its_reason(api: ApiInfo) -> None:
    original = load_spec(api.package).document
    before = copy.deepcopy(original)
    marked = mark_inferred(original)
    assert original == before, "the spec itself must not change"

    for key, node in inferred_objects(marked):
        if key.startswith("x-"):
            continue  # extension objects: their reason goes to the operation (below)
        assert str(node.get("description", "")).startswith(note(node["x-inferred"])), key

    for item in marked["paths"].values():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            badges = operation.get("x-badges", [])
            assert (BADGE in badges) == ("x-inferred" in operation), operation["operationId"]
            for key, value in operation.items():
                if key.startswith("x-") and isinstance(value, dict) and "x-inferred" in value:
                    assert " ".join(str(value["x-inferred"]).split()) in operation["description"]
