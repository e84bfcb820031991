"""Assertions shared by the test modules (rewritten by pytest for informative failures)."""

from __future__ import annotations

from typing import Any

from tests.integration.spec_calls import SpecOperation, to_json


def check_parsed(op: SpecOperation, response: Any) -> None:
    """Status, generated model class and content of a 2xx answer, against the spec."""
    expected = op.response()
    assert int(response.status_code) == expected.status, response.content
    model = getattr(op.models, expected.model_name)
    parsed = response.parsed
    if expected.is_list:
        assert isinstance(parsed, list)
        assert parsed, "the example is a non-empty list"
        assert all(type(item) is model for item in parsed), [type(i) for i in parsed]
    else:
        assert type(parsed) is model, f"{type(parsed)} is not {model}"
    assert to_json(parsed) == expected.example
