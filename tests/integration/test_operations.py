"""Every operation of both specs, called through the resource clients against the mock.

Nothing here lists endpoints: the operations come from the compiled contracts, their arguments
and expected answers from the specs (see spec_calls.py). Each call checks the whole exchange: the
client fetched one token from the mock's token endpoint with the dummy credentials, sent the
call with that token, the values on the wire are the spec's examples, and the answer was parsed
into the generated models, equal to the spec's example.

The sync calls pass typed values (generated models, enums, dates), the async calls the plain JSON
values; the raw twins (`with_raw_response`) are called both ways too.
"""

from __future__ import annotations

import contextlib
from typing import Any
from urllib.parse import urlsplit

import finapi
import pytest
from finapi._apis import APIS
from finapi._openapi import HTTP_METHODS

from tests.integration.checks import (
    check_body,
    check_page,
    check_value,
    check_wire,
    token_path,
)
from tests.integration.mock_session import Mocks
from tests.integration.spec_calls import (
    SpecOperation,
    all_operations,
    call_for,
    contract,
    spec,
    to_json,
)
from tests.integration.wire import BASIC, Recorder, async_client, sync_client

pytestmark = pytest.mark.integration

OPERATIONS = all_operations()
API_OPERATIONS = [op for op in OPERATIONS if not op.is_token_endpoint]
TOKEN_OPERATIONS = [op for op in OPERATIONS if op.is_token_endpoint]


def test_the_parametrization_covers_every_operation_of_both_specs() -> None:
    for api in APIS:
        in_spec = {
            str(definition["operationId"])
            for item in spec(api).document["paths"].values()
            for method, definition in item.items()
            if method in HTTP_METHODS
        }
        assert {op.operation_id for op in OPERATIONS if op.api == api} == in_spec
    ids = [str(op) for op in OPERATIONS]
    assert len(ids) == len(set(ids)), "operationIds must be unique per spec"
    # One token endpoint per API, at the path of the spec's own tokenUrl.
    assert sorted(op.api.name for op in TOKEN_OPERATIONS) == sorted(api.name for api in APIS)
    for op in TOKEN_OPERATIONS:
        assert op.facts.path == contract(op.api).token_path
    assert len(API_OPERATIONS) + len(TOKEN_OPERATIONS) == len(OPERATIONS)


def _first_page(result: Any) -> finapi.Page[Any]:
    pages = result.pages()
    try:
        page: finapi.Page[Any] = next(pages)
    finally:
        pages.close()
    return page


async def _afirst_page(result: Any) -> finapi.Page[Any]:
    async with contextlib.aclosing(result.pages()) as pages:
        page: finapi.Page[Any] = await pages.__anext__()
    return page


@pytest.mark.parametrize("op", API_OPERATIONS, ids=str)
def test_operation_sync(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    call = call_for(op, typed=True)
    base_url = mocks.url(op.api.name)
    with sync_client(op.api, base_url, recorder) as client:
        result = call.invoke(op.method(client))
        check_value(op, result)
        if op.facts.pagination is not None:
            check_page(op, _first_page(result))
    check_wire(op, call, base_url, recorder)


@pytest.mark.parametrize("op", API_OPERATIONS, ids=str)
async def test_operation_async(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    call = call_for(op, typed=False)
    base_url = mocks.url(op.api.name)
    async with async_client(op.api, base_url, recorder) as client:
        if op.facts.pagination is not None:
            result = call.invoke(op.method(client))  # a listing is lazy: nothing to await
            check_value(op, result)
            check_page(op, await _afirst_page(result))
        else:
            check_value(op, await call.invoke(op.method(client)))
    check_wire(op, call, base_url, recorder)


def check_raw(op: SpecOperation, raw: finapi.APIResponse[Any]) -> Any:
    """The raw response of a call: status and JSON as served; parse() is the method's value."""
    expected = op.response()
    assert raw.status_code == expected.status
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.json() == expected.example
    return raw.parse()


@pytest.mark.parametrize("op", API_OPERATIONS, ids=str)
def test_raw_response_sync(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    call = call_for(op, typed=False)
    base_url = mocks.url(op.api.name)
    with sync_client(op.api, base_url, recorder) as client:
        parsed = check_raw(op, call.invoke(op.raw_method(client)))
        check_value(op, parsed)
        if op.facts.pagination is not None:
            # The paginator starts with the page the raw call fetched: no second request.
            check_page(op, _first_page(parsed))
    check_wire(op, call, base_url, recorder)


@pytest.mark.parametrize("op", API_OPERATIONS, ids=str)
async def test_raw_response_async(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    call = call_for(op, typed=True)
    base_url = mocks.url(op.api.name)
    async with async_client(op.api, base_url, recorder) as client:
        parsed = check_raw(op, await call.invoke(op.raw_method(client)))
        check_value(op, parsed)
        if op.facts.pagination is not None:
            check_page(op, await _afirst_page(parsed))
    check_wire(op, call, base_url, recorder)


def check_token_exchange(op: SpecOperation, base_url: str, recorder: Recorder) -> None:
    """One request: to the token path, with HTTP Basic, no bearer token fetched before it."""
    (sent,) = recorder.sent
    assert sent.method == "POST"
    assert sent.path == token_path(op, base_url)
    assert sent.headers["authorization"] == BASIC
    (answer,) = recorder.received
    assert answer.status_code == op.response().status


@pytest.mark.parametrize("op", TOKEN_OPERATIONS, ids=str)
def test_token_endpoint_sync(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    call = call_for(op, typed=True)
    base_url = mocks.url(op.api.name)
    with sync_client(op.api, base_url, recorder) as client:
        token = call.invoke(op.method(client))
    assert to_json(token) == op.response().example
    check_token_exchange(op, base_url, recorder)
    check_body(op, call, recorder.sent[0])


@pytest.mark.parametrize("op", TOKEN_OPERATIONS, ids=str)
async def test_token_endpoint_async(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    call = call_for(op, typed=False)
    base_url = mocks.url(op.api.name)
    async with async_client(op.api, base_url, recorder) as client:
        raw = await call.invoke(op.raw_method(client))
    assert raw.status_code == op.response().status
    assert to_json(raw.parse()) == op.response().example
    check_token_exchange(op, base_url, recorder)
    check_body(op, call, recorder.sent[0])
    assert urlsplit(str(raw.url)).path == token_path(op, base_url)
