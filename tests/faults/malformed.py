"""Malformed success bodies for an operation, built from its compiled response schema.

The valid starting point is the spec's own example of the success response (what the mock
serves); each case breaks it in one way and says where the break is, as a JSON pointer:

- not JSON, an empty body, JSON `null`, JSON of the wrong container type (`[]` for an object);
- the body (or, for array answers, its first item) without each required field in turn;
- each required field (every field present, where none is required) with a value of a JSON type
  its schema does not accept: an object where a string, date or enum is documented, a string
  where an object is...;
- listings: a page of five items whose fourth is broken (missing field, wrong type), and a
  pagination counter (`total`) that is not a number.

`structural` cases break a body's containers or required keys; the others give a field a value
of the wrong JSON type (a number where a string is documented). Every client must refuse both
kinds: the generated models check each field's JSON type, and strict validation the schema.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from finapi._contract import ApiContract, JSONSchema
from finapi.drift.spec import json_type

from tests.integration.spec_calls import SpecOperation, contract, json_path

NOT_JSON = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
ANY = frozenset({"object", "array", "string", "integer", "number", "boolean", "null"})
# Values of each JSON type, in the order they are tried as the wrong value for a schema.
WRONG_VALUES: tuple[tuple[str, Any], ...] = (
    ("object", {"unexpected": "object"}),
    ("string", "not what the spec says"),
    ("array", ["unexpected", "array"]),
    ("integer", 12345),
    ("boolean", True),
)


@dataclass(frozen=True)
class Malformed:
    name: str
    content: bytes
    pointer: str  # where the error must point ("" for the whole body)
    body: Any  # what the error's `body` must be (decoded JSON, the text, or None)
    structural: bool

    def __str__(self) -> str:
        return self.name


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def accepted_types(api: ApiContract, schema: JSONSchema) -> frozenset[str]:
    """The JSON types a schema accepts (every type when it does not say)."""
    schema = api.resolve(schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            found: set[str] = set()
            for member in schema[key]:
                found |= accepted_types(api, member)
            return frozenset(found)
    kind = schema.get("type")
    if isinstance(kind, str):
        return frozenset({kind, "integer"} if kind == "number" else {kind})
    if isinstance(kind, list):
        return frozenset(kind) | ({"integer"} if "number" in kind else set())
    for key in ("enum", "const"):
        if key in schema:
            values = schema[key] if key == "enum" else [schema[key]]
            return frozenset(json_type(value) for value in values)
    return ANY


def wrong_value(api: ApiContract, schema: JSONSchema) -> tuple[str, Any] | None:
    """(JSON type, value) of a value the schema does not accept, or None if it accepts all."""
    accepted = accepted_types(api, schema)
    for kind, value in WRONG_VALUES:
        if kind not in accepted:
            return kind, value
    return None


def _properties(api: ApiContract, schema: JSONSchema) -> Mapping[str, JSONSchema]:
    properties: Mapping[str, JSONSchema] = api.resolve(schema).get("properties", {})
    return properties


def _required(api: ApiContract, schema: JSONSchema) -> list[str]:
    return list(api.resolve(schema).get("required", []))


def _content(value: Any) -> bytes:
    return json.dumps(value).encode()


def _at(body: Any, pointer: str) -> Any:
    """The node a JSON pointer names (pointers built here hold no escapes beyond ~0/~1)."""
    node = body
    for part in pointer.split("/")[1:]:
        key = part.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _object_cases(
    api: ApiContract, example: Any, target: str, schema: JSONSchema, label: str
) -> Iterator[Malformed]:
    """The object at `target` in `example` without each required field, and with each required
    (else each present) field of a wrong type."""
    instance = _at(example, target)
    assert isinstance(instance, dict), f"{label}: the example has no object at {target!r}"
    required = [name for name in _required(api, schema) if name in instance]
    for name in required:
        broken = copy.deepcopy(example)
        del _at(broken, target)[name]
        yield Malformed(
            f"{label}without-{name}",
            _content(broken),
            f"{target}/{escape(name)}",
            broken,
            structural=True,
        )
    properties = _properties(api, schema)
    chosen = required or [name for name in instance if name in properties]
    for name in chosen:
        found = wrong_value(api, properties[name])
        if found is None:
            continue
        kind, value = found
        broken = copy.deepcopy(example)
        _at(broken, target)[name] = value
        yield Malformed(
            f"{label}{name}-as-{kind}",
            _content(broken),
            f"{target}/{escape(name)}",
            broken,
            structural=False,
        )


def _items_pointer(path: str) -> str:
    return "".join(f"/{escape(part)}" for part in path.split(".")) if path else ""


def _items_schema(api: ApiContract, schema: JSONSchema, path: str) -> JSONSchema:
    node = api.resolve(schema)
    for part in path.split(".") if path else []:
        node = api.resolve(_properties(api, node)[part])
    items: JSONSchema = node["items"]
    return items


def _listing_cases(op: SpecOperation, api: ApiContract, example: Any) -> Iterator[Malformed]:
    pagination = op.facts.pagination
    assert pagination is not None
    assert op.facts.response_schema is not None
    items = json_path(example, pagination.items)
    assert isinstance(items, list)
    assert items, f"{op}: the example page has no items"
    page = copy.deepcopy(example)
    five = [copy.deepcopy(items[0]) for _ in range(5)]
    if pagination.items:
        parent = json_path(page, pagination.items.rpartition(".")[0])
        parent[pagination.items.rpartition(".")[2]] = five
    else:
        page = five
    item_schema = _items_schema(api, op.facts.response_schema, pagination.items)
    target = f"{_items_pointer(pagination.items)}/3"
    # The deep cases: the fourth item of five broken, each way the object cases break one.
    cases = list(_object_cases(api, page, target, item_schema, "item-3-"))
    missing = [case for case in cases if case.structural]
    wrong = [case for case in cases if not case.structural]
    yield from missing[:1]
    yield from wrong[:1]
    if pagination.total is not None:
        broken = copy.deepcopy(example)
        parent = json_path(broken, pagination.total.rpartition(".")[0])
        parent[pagination.total.rpartition(".")[2]] = "many"
        yield Malformed(
            "total-not-a-number",
            _content(broken),
            _items_pointer(pagination.total),
            broken,
            structural=True,
        )


def malformed_bodies(op: SpecOperation) -> list[Malformed]:
    """Every malformed success body of one operation."""
    api = contract(op.api)
    schema = op.facts.response_schema
    assert schema is not None, f"{op} documents no success body"
    example = op.response().example
    is_array = api.resolve(schema).get("type") == "array"
    cases = [
        Malformed("not-json", NOT_JSON, "", NOT_JSON.decode(), structural=True),
        Malformed("empty", b"", "", None, structural=True),
        Malformed("null", b"null", "", None, structural=True),
        Malformed(
            "object-for-array" if is_array else "array-for-object",
            b"{}" if is_array else b"[]",
            "",
            {} if is_array else [],
            structural=True,
        ),
    ]
    if is_array:
        assert isinstance(example, list)
        assert example, f"{op}: the example is an empty list"
        item_schema = api.resolve(schema)["items"]
        cases += _object_cases(api, example, "/0", item_schema, "item-0-")
    else:
        cases += _object_cases(api, example, "", schema, "")
    if op.facts.pagination is not None:
        cases += _listing_cases(op, api, example)
    return cases
