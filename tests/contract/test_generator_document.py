"""openapi/generator/derive.py: the copy of a spec that openapi-python-client generates from."""

from __future__ import annotations

import copy
import importlib.util
from types import ModuleType
from typing import Any

import pytest

from tests.contract.specs import APIS, ROOT, load_spec


def _derive() -> ModuleType:
    # openapi/generator is not a package: the generation step runs it as scripts.
    location = ROOT / "openapi" / "generator" / "derive.py"
    spec = importlib.util.spec_from_file_location("derive", location)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


derive = _derive()


def _walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += _walk(value)
    elif isinstance(node, list):
        for value in node:
            found += _walk(value)
    return found


def test_zone_less_timestamps_are_date_time_for_the_generator() -> None:
    document = {
        "components": {
            "schemas": {
                "T": {"type": "string", "format": "date-time-local", "pattern": "^x$"},
                "U": {"type": "string", "format": "date-time"},
                "L": {"type": "array", "items": {"format": "date-time-local"}},
            }
        }
    }
    derived = derive.generator_document(document)
    schemas = derived["components"]["schemas"]
    assert schemas["T"] == {"type": "string", "format": "date-time", "pattern": "^x$"}
    assert schemas["U"] == {"type": "string", "format": "date-time"}
    assert schemas["L"]["items"] == {"format": "date-time"}


def test_a_parameter_with_content_takes_the_schema_of_its_media_type() -> None:
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/CompanyInput"}}
    parameter = {
        "name": "companies",
        "in": "query",
        "description": "Only these companies.",
        "content": {"application/json": {"schema": schema}},
    }
    derived = derive.generator_document({"paths": {"/x": {"get": {"parameters": [parameter]}}}})
    (result,) = derived["paths"]["/x"]["get"]["parameters"]
    assert "content" not in result
    assert result["schema"] == schema  # typed as the value itself; the SDK sends it as JSON
    assert result["description"] == "Only these companies."
    # A media type object elsewhere (a response's `content`) is not a parameter: untouched.
    response = {"content": {"application/json": {"schema": {"type": "array"}}}}
    assert derive.generator_document(response) == response


def test_a_ref_with_a_default_is_wrapped_so_the_generator_keeps_the_default() -> None:
    prop = {"$ref": "#/components/schemas/KnownLanguage", "description": "d", "default": "nb"}
    plain = {"$ref": "#/components/schemas/KnownLanguage", "description": "d"}
    derived = derive.generator_document({"properties": {"language": prop, "other": plain}})
    assert derived["properties"]["language"] == {
        "allOf": [{"$ref": "#/components/schemas/KnownLanguage"}],
        "description": "d",
        "default": "nb",
    }
    assert derived["properties"]["other"] == plain  # no default: a plain reference stays


@pytest.mark.parametrize("api", APIS)
def test_the_input_is_not_changed_and_only_those_rewrites_happen(api: str) -> None:
    document = load_spec(api)
    before = copy.deepcopy(document)
    derived = derive.generator_document(document)
    assert document == before
    nodes = _walk(derived)
    assert not [n for n in nodes if n.get("format") == "date-time-local"]
    assert not [n for n in nodes if isinstance(n.get("$ref"), str) and "default" in n]
    assert not [n for n in nodes if n.get("in") == "query" and "content" in n]
    assert derive.generator_document(derived) == derived  # idempotent
