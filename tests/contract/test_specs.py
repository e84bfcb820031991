"""The specs are valid, lint clean, complete, and every example they carry is valid."""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest
from finapi._openapi import format_checker
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.contract.specs import APIS, ROOT, Example, all_examples, load_spec, operations

# The issues fix these counts: 12 Symetrisk operations plus the Cognito token endpoint, and the 32
# Brevio operations including its token endpoint.
EXPECTED_OPERATION_COUNTS = {"symetrisk": 13, "brevio": 32}

# Strict: date-time is RFC 3339 (an offset is required), so a zone-less timestamp typed
# `date-time` fails here as it does in Redocly, schemathesis and a drift run; Symetrisk's are
# `date-time-local` with a pattern (openapi/CONVENTIONS.md, "Dates and times").
FORMATS = format_checker()


@pytest.mark.parametrize("api", APIS)
def test_spec_is_valid_openapi_3_1(api: str) -> None:
    spec = load_spec(api)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("api", APIS)
def test_spectral_reports_nothing(api: str) -> None:
    spectral = ROOT / "mocks" / "node_modules" / ".bin" / "spectral"
    assert spectral.exists(), "run `npm ci` in mocks/ (nox does it for you)"
    result = subprocess.run(
        [str(spectral), "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "hint",
         f"openapi/{api}.yaml"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No results with a severity of 'hint' or higher found!" in result.stdout


@pytest.mark.parametrize("api", APIS)
def test_every_operation_is_there_once(api: str) -> None:
    ids = [operation.operation_id for operation in operations(api)]
    assert len(ids) == EXPECTED_OPERATION_COUNTS[api]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("api", APIS)
def test_paginated_operations_declare_a_known_style(api: str) -> None:
    styles = {"limit-skip", "offset", "cursor", "offset-page-size"}
    paginated = [op for op in operations(api) if "x-pagination" in op.definition]
    assert paginated, "no operation declares x-pagination"
    for operation in paginated:
        pagination = operation.definition["x-pagination"]
        assert pagination["style"] in styles, operation.operation_id
        assert "items" in pagination, operation.operation_id


@pytest.mark.parametrize("api", APIS)
def test_inferences_give_reasons(api: str) -> None:
    """Every x-inferred value is a sentence, so a drift report can say why we guessed."""

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "x-inferred" in node:
                reason = node["x-inferred"]
                assert isinstance(reason, str), where
                assert len(reason.split()) >= 3, f"{where}: {reason!r}"
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(load_spec(api), api)


def _validator(api: str, schema: dict[str, Any]) -> Draft202012Validator:
    # The schema is placed inside the whole spec (under "_"), which is one resource, so the
    # "#/components/schemas/X" refs it contains resolve exactly as they do in the document.
    holder = {**load_spec(api), "_": schema}
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(holder, default_specification=DRAFT202012)
    )
    return Draft202012Validator({"$ref": "urn:spec#/_"}, registry=registry, format_checker=FORMATS)


EXAMPLES = all_examples()


def test_examples_were_found() -> None:
    assert {example.api for example in EXAMPLES} == set(APIS)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_validates_against_its_schema(example: Example) -> None:
    if example.media_type.startswith("multipart/"):
        pytest.fail("multipart examples cannot be validated as JSON; do not attach them")
    errors = sorted(
        _validator(example.api, example.schema).iter_errors(example.value),
        key=lambda e: list(e.absolute_path),
    )
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors[:10]
    )


@pytest.mark.parametrize(
    ("fmt", "value", "valid"),
    [
        ("date-time", "2025-12-15T08:14:40Z", True),
        ("date-time", "2025-12-15T08:14:40.583123", False),  # no offset: not RFC 3339
        ("date-time-local", "2025-12-15T08:14:40.583123", True),
        ("date-time-local", "2025-12-15T08:14:40+01:00", False),
        ("date-time-local", "2025-13-15T08:14:40", False),
        ("date", "2025-12-15", True),
        ("date", "2025-12-15T08:14:40", False),
        ("email", "support@example.com", True),
        ("email", "support.example.com", False),
        ("uuid", "b06178d5-8240-4150-ac57-cc2bc762c7b4", True),
        ("uuid", "b06178d5-8240-4150-ac57", False),
        ("uri", "https://api.brevio.com/v1", True),
        ("uri", "not a uri", False),
    ],
)
def test_examples_are_checked_with_strict_formats(fmt: str, value: str, valid: bool) -> None:
    """The checker really checks: jsonschema skips a format whose library is missing."""
    assert FORMATS.conforms(value, fmt) is valid


def test_node_tooling_is_pinned() -> None:
    """Prism 5.14.2 is the last release that declares Node 18+ (5.15 needs Node 24)."""
    import json

    lock = json.loads((ROOT / "mocks" / "package-lock.json").read_text())
    packages = lock["packages"]
    assert packages["node_modules/@stoplight/prism-cli"]["version"] == "5.14.2"
    assert shutil.which("node"), "node is required for the mocks"
