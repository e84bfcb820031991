"""Errors end to end: documented error answers, the mock's own validation, and pre-network checks.

Prism answers with any documented status when asked with `Prefer: code=<status>`. The generated
functions take no per-request headers and the generated `with_headers()` must not be used on a
finapi client (it builds a new httpx client without the wrapper's auth), so the header is given
to the factory (`headers=`), which puts it on the API requests but not on the token request.
"""

from __future__ import annotations

import json
from typing import Any

import finapi
import httpx
import pytest

from tests.contract.specs import APIS
from tests.integration.mock_session import Mocks
from tests.integration.spec_calls import (
    SpecOperation,
    call_arguments,
    make_file,
    operation,
    operations,
    token_operation,
)
from tests.integration.wire import Recorder, oauth_of, wrapper_client

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


def _count_api_requests(client: Any) -> list[httpx.Request]:
    """Requests the API client sends (the token client is a separate one)."""
    seen: list[httpx.Request] = []
    httpx_client = client.get_httpx_client()
    httpx_client.event_hooks = {
        **httpx_client.event_hooks,
        "request": [*httpx_client.event_hooks["request"], seen.append],
    }
    return seen


def check_status_error(
    error: finapi.APIStatusError, op: SpecOperation, status: int, kwargs: dict[str, Any]
) -> None:
    assert type(error) is ERROR_CLASSES[status]
    assert isinstance(error, finapi.APIStatusError)
    assert error.status_code == status
    # The parsed body is the error example the spec documents for this status.
    assert error.body == op.response().status_error_examples[status]
    assert error.response.request.url.path == op.path_for(kwargs)
    assert f"HTTP {status}" in str(error)


@pytest.mark.parametrize(("op", "status"), ERROR_CASES, ids=lambda v: str(v))
def test_documented_error_becomes_a_typed_error(
    op: SpecOperation, status: int, mocks: Mocks
) -> None:
    kwargs = call_arguments(op)
    with wrapper_client(op.api, mocks.url(op.api), headers={"Prefer": f"code={status}"}) as client:
        api_requests = _count_api_requests(client)
        with pytest.raises(finapi.APIStatusError) as raised:
            op.module.sync_detailed(client=client, **kwargs)
        token_requests = oauth_of(client).token_requests
    check_status_error(raised.value, op, status, kwargs)
    # A 401 makes the wrapper fetch a fresh token and replay once; then it gives up.
    assert token_requests == (2 if status == 401 else 1)
    assert len(api_requests) == (2 if status == 401 else 1)


@pytest.mark.parametrize(("op", "status"), ERROR_CASES, ids=lambda v: str(v))
async def test_documented_error_becomes_a_typed_error_async(
    op: SpecOperation, status: int, mocks: Mocks
) -> None:
    kwargs = call_arguments(op)
    client = wrapper_client(
        op.api, mocks.url(op.api), asynchronous=True, headers={"Prefer": f"code={status}"}
    )
    async with client:
        with pytest.raises(finapi.APIStatusError) as raised:
            await op.module.asyncio_detailed(client=client, **kwargs)
        token_requests = oauth_of(client, asynchronous=True).token_requests
    check_status_error(raised.value, op, status, kwargs)
    assert token_requests == (2 if status == 401 else 1)


def test_invalid_request_that_passes_the_wrapper_is_refused_by_the_mock(
    mocks: Mocks, recorder: Recorder
) -> None:
    """Prism checks `format: email` strictly (ajv-formats); the wrapper's jsonschema check of
    that format only asks for an "@", so this address reaches the mock, which answers 422."""
    op = operation("brevio", "create_audit_requests")
    kwargs = call_arguments(op)
    kwargs["body"].user = "first last@example.com"
    with (
        wrapper_client("brevio", mocks.url("brevio"), recorder) as client,
        pytest.raises(finapi.UnprocessableEntityError) as raised,
    ):
        op.module.sync_detailed(client=client, **kwargs)
    error = raised.value
    assert error.status_code == 422
    assert error.body == op.response().status_error_examples[422]
    assert str(error).startswith(f"HTTP 422 Unprocessable Entity for POST {mocks.url('brevio')}")
    # Prism says what was wrong in its `sl-violations` header.
    violations = json.loads(error.response.headers["sl-violations"])
    assert [v["location"] for v in violations] == [["request", "body", "user"]]
    assert violations[0]["message"] == 'Request body property user must match format "email"'
    (call,) = recorder.not_to(token_operation("brevio").path)
    assert json.loads(call.content)["user"] == "first last@example.com"


def _too_many_files(op: SpecOperation, kwargs: dict[str, Any]) -> None:
    kwargs["body"].attachments = [make_file(i) for i in range(6)]


def _long_comment(op: SpecOperation, kwargs: dict[str, Any]) -> None:
    kwargs["body"].comment = "x" * 201


def _bad_org_number(op: SpecOperation, kwargs: dict[str, Any]) -> None:
    kwargs["organization_number"] = "12345"


def _bad_version_header(op: SpecOperation, kwargs: dict[str, Any]) -> None:
    kwargs["brevio_version"] = "latest"


PRE_NETWORK_CASES = [
    ("brevio", "upload_confirmation_attachments", _too_many_files, "attachments", "6 files"),
    ("brevio", "complete_confirmation_with_comment", _long_comment, "comment", "201 characters"),
    ("brevio", "reject_confirmation", _long_comment, "comment", "201 characters"),
    ("symetrisk", "get_borrower", _bad_org_number, "organization_number", "12345"),
    ("brevio", "list_banks", _bad_version_header, "Brevio-Version", "latest"),
]


@pytest.mark.parametrize(
    ("api", "operation_id", "spoil", "field", "text"),
    PRE_NETWORK_CASES,
    ids=[f"{api}.{op}-{field}" for api, op, _, field, _ in PRE_NETWORK_CASES],
)
def test_invalid_request_is_refused_before_the_network(
    api: str,
    operation_id: str,
    spoil: Any,
    field: str,
    text: str,
    mocks: Mocks,
    recorder: Recorder,
) -> None:
    op = operation(api, operation_id)
    kwargs = call_arguments(op)
    spoil(op, kwargs)
    with wrapper_client(api, mocks.url(api), recorder) as client:
        with pytest.raises(finapi.RequestValidationError) as raised:
            op.module.sync_detailed(client=client, **kwargs)
        assert oauth_of(client).token_requests == 0
    assert raised.value.operation_id == operation_id
    assert raised.value.field == field
    assert text in str(raised.value)
    assert recorder.sent == [], "nothing may reach the mock, not even a token request"
