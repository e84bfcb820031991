"""Assertions shared by the test modules (rewritten by pytest for informative failures)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import finapi

from tests.integration.spec_calls import (
    Call,
    SpecOperation,
    contract,
    file_bytes,
    file_name,
    issued_token,
    to_json,
)
from tests.integration.wire import BASIC, Recorder, Sent


def check_value(op: SpecOperation, value: Any) -> None:
    """A method's return value is the spec's example, parsed into the generated models."""
    expected = op.response()
    if op.facts.pagination is not None:
        assert isinstance(value, finapi.Paginator | finapi.AsyncPaginator), type(value)
        return  # its pages are checked by check_page
    if isinstance(expected.example, list):
        assert isinstance(value, list)
        assert value, "the example is a non-empty list"
        assert all(hasattr(item, "to_dict") for item in value), [type(i) for i in value]
    else:
        assert hasattr(value, "to_dict"), f"{type(value)} is not a generated model"
    assert to_json(value) == expected.example


def check_page(op: SpecOperation, page: finapi.Page[Any]) -> None:
    """The first page of a listing: the whole example, parsed; its items the example's items."""
    expected = op.response()
    assert op.facts.pagination is not None
    assert page.number == 1
    assert page.status_code == expected.status
    assert to_json(page.parsed) == expected.example
    assert to_json(page.items) == _items(op, expected.example)


def _items(op: SpecOperation, body: Any) -> Any:
    assert op.facts.pagination is not None
    for part in op.facts.pagination.items.split(".") if op.facts.pagination.items else []:
        body = body[part]
    return body


def token_path(op: SpecOperation, base_url: str) -> str:
    return urlsplit(base_url).path + contract(op.api).token_path


def check_token_request(sent: Sent) -> None:
    assert sent.method == "POST"
    assert sent.headers["authorization"] == BASIC
    assert sent.form()["grant_type"] == ["client_credentials"]


def check_body(op: SpecOperation, call: Call, sent: Sent) -> None:
    """The body on the wire is what the call's values say."""
    if call.json_body is not None:
        assert sent.headers["content-type"] == "application/json"
        assert json.loads(sent.content) == call.json_body
    if call.form is not None:
        assert {name: values[0] for name, values in sent.form().items()} == call.form
    if call.files:
        parts = sent.parts()
        expected = [(name, index) for name, indexes in call.files.items() for index in indexes]
        assert [part.name for part in parts] == [name for name, _ in expected]
        assert [part.filename for part in parts] == [file_name(i) for _, i in expected]
        assert {part.content_type for part in parts} == {"application/pdf"}
        assert [part.data for part in parts] == [file_bytes(i) for _, i in expected]


def check_wire(op: SpecOperation, call: Call, base_url: str, recorder: Recorder) -> None:
    """One token request with the client credentials, then the call with the issued token."""
    tokens = recorder.to(token_path(op, base_url))
    assert len(tokens) == 1, [str(sent.url) for sent in recorder.sent]
    (token_request,) = tokens
    check_token_request(token_request)

    calls = recorder.not_to(token_path(op, base_url))
    assert len(calls) == 1, [str(sent.url) for sent in recorder.sent]
    (sent,) = calls
    assert recorder.sent.index(token_request) < recorder.sent.index(sent)
    assert sent.method == op.facts.method
    assert sent.path == urlsplit(base_url).path + call.path
    assert sent.headers["authorization"] == f"Bearer {issued_token(op.api)}"
    query = sent.query()
    for name, text in call.query.items():
        assert query.get(name) == [text], (name, str(sent.url))
    api_contract = contract(op.api)
    if op.api.version_header is not None:
        # e.g. Brevio-Version: the client pins the version the spec documents.
        assert sent.headers.get(op.api.version_header) == api_contract.api_version
    check_body(op, call, sent)
