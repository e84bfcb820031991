"""The pieces of the drift report, on small hand-made specs (no network, no schemathesis run)."""

from __future__ import annotations

from typing import Any

import pytest
from finapi.drift import analysis
from finapi.drift.analysis import ERROR, WARNING, Finding
from finapi.drift.events import Interaction
from finapi.drift.spec import Spec, label

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "get_thing",
                "x-inferred": "path guessed from a cross-reference",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            }
        },
        "/things": {
            "get": {"operationId": "list_things", "responses": {"200": {"description": "ok"}}}
        },
    },
    "components": {
        "responses": {
            "NotFound": {
                "description": "missing",
                "x-inferred": "errors are not documented",
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        },
        "schemas": {
            "KnownState": {"type": "string", "enum": ["open", "closed"]},
            "State": {"anyOf": [{"$ref": "#/components/schemas/KnownState"}, {"type": "string"}]},
            "Meta": {
                "type": "object",
                "required": ["returned_items", "total_items"],
                "properties": {
                    "returned_items": {"type": "integer"},
                    "total_items": {"type": "integer"},
                    "note": {"type": "string"},
                },
            },
            "Thing": {
                "type": "object",
                "required": ["id", "state", "meta"],
                "properties": {
                    "id": {"type": "string"},
                    "state": {
                        "description": "nullable",
                        "x-inferred": "nullability guessed",
                        "anyOf": [{"$ref": "#/components/schemas/State"}, {"type": "null"}],
                    },
                    "meta": {"$ref": "#/components/schemas/Meta"},
                    "extra": {"type": "object", "additionalProperties": True},
                    "owner": {
                        "description": "nullable object, as Brevio writes them",
                        "anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}],
                    },
                },
            },
            "Owner": {
                "type": "object",
                "required": ["name", "country"],
                "properties": {"name": {"type": "string"}, "country": {"type": "string"}},
            },
        },
    },
}

GOOD: dict[str, Any] = {"id": "a", "state": "open", "meta": {"returned_items": 1, "total_items": 1}}


@pytest.fixture
def spec() -> Spec:
    return Spec.from_document(SPEC)


def _interaction(body: bytes, status: int = 200) -> Interaction:
    return Interaction(
        "case1", "GET", "http://api/v1/things/a", status, "application/json", body, False
    )


def _findings(spec: Spec, body: Any, *, schema_failed: bool) -> list[Finding]:
    import json

    operation = spec.by_id("get_thing")
    interaction = _interaction(json.dumps(body).encode())
    ctx = analysis.Context(spec, "t", operation, label(operation), interaction)
    pointer = spec.response_schema_pointer(operation, 200, "application/json")
    assert pointer is not None
    found = analysis._walk_findings(ctx, body, pointer)
    if schema_failed:
        found = analysis._detailed_schema_findings(ctx) + [
            f for f in found if f.severity == WARNING
        ]
    return analysis.merge(found, spec)


def test_a_matching_body_has_no_findings(spec: Spec) -> None:
    assert _findings(spec, GOOD, schema_failed=True) == []


def test_open_enum_value_outside_known_set_is_a_warning_with_inference(spec: Spec) -> None:
    (finding,) = _findings(spec, {**GOOD, "state": "archived"}, schema_failed=False)
    assert (finding.kind, finding.severity, finding.pointer) == (
        "undocumented-enum-value",
        WARNING,
        "/state",
    )
    assert finding.expected == "one of KnownState: open, closed"
    assert finding.received == '"archived"'
    assert finding.operation_inferred == "path guessed from a cross-reference"
    assert [(i.pointer, i.reason) for i in finding.inferred] == [("/state", "nullability guessed")]
    assert finding.fix == "add 'archived' to KnownState in openapi/test.yaml"


def test_null_in_the_nullable_open_enum_is_fine(spec: Spec) -> None:
    assert _findings(spec, {**GOOD, "state": None}, schema_failed=False) == []


def test_camel_case_metadata_is_a_rename_not_a_missing_field(spec: Spec) -> None:
    body = {**GOOD, "meta": {"returnedItems": 1, "totalItems": 1}}
    findings = _findings(spec, body, schema_failed=True)
    assert [(f.kind, f.severity, f.pointer) for f in findings] == [
        ("renamed-field", ERROR, "/meta/returned_items"),
        ("renamed-field", ERROR, "/meta/total_items"),
    ]
    assert "camelCase instead of snake_case" in findings[0].received


def test_a_rename_to_another_word_is_found_by_elimination(spec: Spec) -> None:
    body = {"identifier": "a", "state": "open", "meta": GOOD["meta"]}
    (finding,) = _findings(spec, body, schema_failed=True)
    assert (finding.kind, finding.pointer, finding.received) == (
        "renamed-field",
        "/id",
        "field 'identifier': \"a\"",
    )


def test_removed_field_type_change_and_unknown_field(spec: Spec) -> None:
    body = {"state": "open", "meta": {"returned_items": "1", "total_items": 1}, "new": 1}
    findings = {
        (f.kind, f.severity, f.pointer): f for f in _findings(spec, body, schema_failed=True)
    }
    assert set(findings) == {
        ("missing-required-field", ERROR, "/id"),
        ("wrong-type", ERROR, "/meta/returned_items"),
        ("undocumented-field", WARNING, "/new"),
    }
    wrong = findings[("wrong-type", ERROR, "/meta/returned_items")]
    assert (wrong.expected, wrong.received) == ("type integer", 'string "1"')


def test_wrong_type_under_an_anyof_names_all_allowed_types(spec: Spec) -> None:
    (finding,) = _findings(spec, {**GOOD, "state": 3}, schema_failed=True)
    assert (finding.kind, finding.expected, finding.received) == (
        "wrong-type",
        "type null or string",
        "integer 3",
    )


def test_explicitly_open_objects_are_not_flagged(spec: Spec) -> None:
    assert _findings(spec, {**GOOD, "extra": {"anything": 1}}, schema_failed=False) == []


def test_inferred_error_response_is_named(spec: Spec) -> None:
    operation = spec.by_id("get_thing")
    inferences = spec.inferences(operation, 404, "application/json", {}, [])
    assert [i.reason for i in inferences] == ["errors are not documented"]


def test_operations_are_matched_behind_the_base_path(spec: Spec) -> None:
    match = spec.match("GET", "https://host/api/v1/things/42", "/api/v1")
    assert match is not None
    assert match.operation_id == "get_thing"
    listing = spec.match("GET", "https://host/api/v1/things", "/api/v1/")
    assert listing is not None
    assert listing.operation_id == "list_things"
    assert spec.match("GET", "/api/v1/things/42", "") is None


def test_findings_are_grouped_per_schema_field_across_items(spec: Spec) -> None:
    body = {**GOOD, "meta": {"returned_items": "1", "total_items": "2"}}
    items = [body, {**GOOD, "meta": {"returned_items": "3", "total_items": 4}}]
    found: list[Finding] = []
    operation = spec.by_id("get_thing")
    for index, item in enumerate(items):
        import json

        interaction = Interaction(
            f"case{index}", "GET", "http://api/v1/things/a", 200, "application/json",
            json.dumps(item).encode(), False,
        )  # fmt: skip
        found += analysis._detailed_schema_findings(
            analysis.Context(spec, "t", operation, label(operation), interaction)
        )
    merged = analysis.merge(found, spec)
    by_field = {(f.field_name, f.kind): f for f in merged}
    assert set(by_field) == {
        ("Meta.returned_items", "wrong-type"),
        ("Meta.total_items", "wrong-type"),
    }
    returned = by_field[("Meta.returned_items", "wrong-type")]
    assert returned.occurrences == 2
    assert returned.values == ['string "1"', 'string "3"']
    assert returned.where == ["GET /things/{id} /meta/returned_items"]
    assert returned.fix.startswith("/meta/returned_items is string")
    assert "change the type of Meta.returned_items" in returned.fix


def test_a_missing_field_inside_a_nullable_object_is_that_missing_field(spec: Spec) -> None:
    """`anyOf: [Owner, null]` with Owner lacking `country`: not "expected null" on /owner."""
    findings = _findings(spec, {**GOOD, "owner": {"name": "x"}}, schema_failed=True)
    assert [(f.kind, f.pointer, f.field_name) for f in findings] == [
        ("missing-required-field", "/owner/country", "Owner.country")
    ]
    assert "drop it from `required`" in findings[0].fix


def test_a_wrong_type_for_a_nullable_object_is_still_a_wrong_type(spec: Spec) -> None:
    (finding,) = _findings(spec, {**GOOD, "owner": "x"}, schema_failed=True)
    assert (finding.kind, finding.pointer, finding.expected) == (
        "wrong-type",
        "/owner",
        "type null or object",
    )


@pytest.mark.parametrize(
    ("fmt", "value", "valid"),
    [
        ("date-time", "2025-12-15T08:14:40.583123", False),
        ("date-time", "2025-12-15T08:14:40Z", True),
        ("date-time-local", "2025-12-15T08:14:40.583123", True),
        ("date-time-local", "2025-12-15T08:14:40Z", False),
        ("date-time-local", "2025-12-15", False),
    ],
)
def test_formats_are_checked_strictly(fmt: str, value: str, valid: bool) -> None:
    document = {**SPEC, "components": {"schemas": {"T": {"type": "string", "format": fmt}}}}
    assert Spec.from_document(document).is_valid("#/components/schemas/T", value) is valid


def test_field_names_for_people(spec: Spec) -> None:
    assert analysis.field_name(spec, "#/components/schemas/Page/properties/items/items") == (
        "Page.items[]"
    )
    assert (
        analysis.field_name(spec, "#/components/schemas/Thing/properties/state/anyOf/0")
        == "Thing.state"
    )
    assert analysis.field_name(
        spec,
        "#/paths/~1things/get/responses/200/content/application~1json/schema/properties/n",
    ) == ("GET /things 200 response.n")
