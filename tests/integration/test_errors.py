"""Errors end to end: documented error answers, the mock's own validation, and pre-network checks.

Prism answers with any documented status when asked with `Prefer: code=<status>`. The header is
put on API requests only: through `client.with_options(headers=...)` (a copy sharing the token)
or per call with `extra_headers=`; the token request never carries it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import finapi
import pytest
from finapi._apis import APIS

from tests.integration.checks import check_token_request, token_path
from tests.integration.mock_session import Mocks
from tests.integration.spec_calls import (
    Call,
    SpecOperation,
    call_for,
    make_files,
    operation,
    operations,
)
from tests.integration.wire import Recorder, async_client, sync_client

pytestmark = pytest.mark.integration

ERROR_CLASSES: dict[int, type[finapi.APIStatusError]] = {
    400: finapi.BadRequestError,
    401: finapi.AuthenticationError,
    403: finapi.PermissionDeniedError,
    404: finapi.NotFoundError,
    422: finapi.UnprocessableEntityError,
}


def _documented_errors() -> list[tuple[SpecOperation, int]]:
    """For each API and each documented 4xx status, the first operation that documents it."""
    cases = []
    for api in APIS:
        seen: set[int] = set()
        for op in operations(api):
            if op.is_token_endpoint:
                continue
            for status in sorted(op.response().status_error_examples):
                if status not in seen:
                    seen.add(status)
                    cases.append((op, status))
    return cases


ERROR_CASES = _documented_errors()


def test_error_cases_include_every_mapped_status_and_brevios_reject() -> None:
    for api in APIS:
        assert {status for op, status in ERROR_CASES if op.api == api} >= {401, 403, 404, 422}
    # Brevio documents 400 only where a non-partial confirmation is rejected.
    assert (operation("brevio", "reject_confirmation"), 400) in ERROR_CASES


def check_status_error(
    error: finapi.APIStatusError, op: SpecOperation, status: int, call: Call
) -> None:
    assert type(error) is ERROR_CLASSES[status]
    assert error.status_code == status
    # The parsed body is the error example the spec documents for this status.
    assert error.body == op.response().status_error_examples[status]
    assert error.response.request.url.path.endswith(call.path)
    assert f"HTTP {status}" in str(error)
    assert error.request is not None
    assert error.request.headers["authorization"] == "[REDACTED]"


def check_attempts(op: SpecOperation, status: int, base_url: str, recorder: Recorder) -> None:
    # A 401 makes the client fetch a fresh token and replay once; then it gives up. No other
    # 4xx is retried.
    expected = 2 if status == 401 else 1
    tokens = recorder.to(token_path(op, base_url))
    assert len(tokens) == expected
    for sent in tokens:
        check_token_request(sent)
        assert "prefer" not in sent.headers
    calls = recorder.not_to(token_path(op, base_url))
    assert len(calls) == expected
    assert {sent.headers["prefer"] for sent in calls} == {f"code={status}"}


async def _consume(result: Any) -> Any:
    """Await a coroutine; walk a listing to its first page (listings are lazy)."""
    if isinstance(result, finapi.AsyncPaginator):
        return [item async for item in result]
    return await result


def _consume_sync(result: Any) -> Any:
    return list(result) if isinstance(result, finapi.Paginator) else result


@pytest.mark.parametrize(("op", "status"), ERROR_CASES, ids=lambda v: str(v))
def test_documented_error_becomes_a_typed_error(
    op: SpecOperation, status: int, mocks: Mocks, recorder: Recorder
) -> None:
    call = call_for(op, typed=True)
    base_url = mocks.url(op.api.name)
    with (
        sync_client(op.api, base_url, recorder) as client,
        client.with_options(headers={"Prefer": f"code={status}"}) as mock_error,
        pytest.raises(finapi.APIStatusError) as raised,
    ):
        _consume_sync(call.invoke(op.method(mock_error)))
    check_status_error(raised.value, op, status, call)
    check_attempts(op, status, base_url, recorder)


@pytest.mark.parametrize(("op", "status"), ERROR_CASES, ids=lambda v: str(v))
async def test_documented_error_becomes_a_typed_error_async(
    op: SpecOperation, status: int, mocks: Mocks, recorder: Recorder
) -> None:
    call = call_for(op, typed=False)
    base_url = mocks.url(op.api.name)
    async with async_client(op.api, base_url, recorder) as client:
        with pytest.raises(finapi.APIStatusError) as raised:
            await _consume(
                call.invoke(op.method(client), extra_headers={"Prefer": f"code={status}"})
            )
    check_status_error(raised.value, op, status, call)
    check_attempts(op, status, base_url, recorder)


def test_invalid_request_that_passes_the_client_is_refused_by_the_mock(
    mocks: Mocks, recorder: Recorder
) -> None:
    """Prism checks `format: email` strictly (ajv-formats); the client's jsonschema check of
    that format only asks for an "@", so this address reaches the mock, which answers 422."""
    op = operation("brevio", "create_audit_requests")
    call = call_for(op, typed=True)
    call.kwargs["user"] = "first last@example.com"
    base_url = mocks.url("brevio")
    with (
        sync_client(op.api, base_url, recorder) as client,
        pytest.raises(finapi.UnprocessableEntityError) as raised,
    ):
        call.invoke(op.method(client))
    error = raised.value
    assert error.status_code == 422
    assert error.body == op.response().status_error_examples[422]
    assert str(error).startswith(f"HTTP 422 Unprocessable Entity for POST {base_url}")
    # Prism says what was wrong in its `sl-violations` header.
    violations = json.loads(error.response.headers["sl-violations"])
    assert [v["location"] for v in violations] == [["request", "body", "user"]]
    assert violations[0]["message"] == 'Request body property user must match format "email"'
    (sent,) = recorder.not_to(token_path(op, base_url))
    assert json.loads(sent.content)["user"] == "first last@example.com"


# -- refused before the network -----------------------------------------------------------------


def _files(count: int) -> Callable[[Call], Call]:
    return _set("attachments", make_files(count))


def _set(name: str, value: Any) -> Callable[[Call], Call]:
    def spoil(call: Call) -> Call:
        return replace(call, kwargs={**call.kwargs, name: value})

    return spoil


def _path(value: str) -> Callable[[Call], Call]:
    def spoil(call: Call) -> Call:
        return replace(call, args=(value,))

    return spoil


# (api, operation, how to spoil the call, offending wire name, text of the error)
PRE_NETWORK_CASES: list[tuple[str, str, Callable[[Call], Call], str, str]] = [
    ("brevio", "upload_confirmation_attachments", _files(6), "attachments", "6 files"),
    ("brevio", "upload_confirmation_attachments", _files(0), "attachments", "0 files"),
    ("brevio", "complete_confirmation_with_comment", _set("comment", "x" * 201), "comment", "201"),
    ("brevio", "reject_confirmation", _set("comment", "x" * 201), "comment", "201 characters"),
    ("brevio", "create_sign_request", _set("due_days", 8), "dueDays", "7, 14, 30"),
    ("brevio", "list_providers", _set("country", "xx"), "country", "'xx'"),
    ("symetrisk", "get_borrower", _path("12345"), "organization_number", "12345"),
]


@pytest.mark.parametrize(
    ("api", "operation_id", "spoil", "field", "text"),
    PRE_NETWORK_CASES,
    ids=[f"{api}.{op}-{field}-{text}" for api, op, _, field, text in PRE_NETWORK_CASES],
)
def test_invalid_request_is_refused_before_the_network(
    api: str,
    operation_id: str,
    spoil: Callable[[Call], Call],
    field: str,
    text: str,
    mocks: Mocks,
    recorder: Recorder,
) -> None:
    op = operation(api, operation_id)
    call = spoil(call_for(op, typed=False))
    with (
        sync_client(op.api, mocks.url(api), recorder) as client,
        pytest.raises(finapi.RequestValidationError) as raised,
    ):
        call.invoke(op.method(client))
    assert raised.value.operation_id == operation_id
    assert raised.value.field == field
    assert text in str(raised.value)
    assert recorder.sent == [], "nothing may reach the mock, not even a token request"


PAGINATED = [op for api in APIS for op in operations(api) if op.facts.pagination is not None]


def _bad_page_sizes(op: SpecOperation) -> list[int]:
    """Page sizes the spec does not allow (none to try where the API fixes the page size:
    those listings take no `page_size`)."""
    pagination = op.facts.pagination
    assert pagination is not None
    if pagination.size is None:
        return []
    bad = [0, -1]
    if pagination.max_page_size is not None:
        bad.append(pagination.max_page_size + 1)
    return bad


@pytest.mark.parametrize("op", PAGINATED, ids=str)
def test_a_bad_page_size_is_refused_before_the_network(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    call = call_for(op, typed=False)
    with sync_client(op.api, mocks.url(op.api.name), recorder) as client:
        for page_size in _bad_page_sizes(op):
            with pytest.raises(finapi.RequestValidationError) as raised:
                call.invoke(op.method(client), page_size=page_size)
            assert raised.value.operation_id == op.operation_id
            assert raised.value.field == "page_size"
            assert f"(got {page_size})" in str(raised.value)
        with pytest.raises(finapi.RequestValidationError) as raised:
            call.invoke(op.method(client), max_items=-1)
        assert raised.value.field == "max_items"
    assert recorder.sent == []
