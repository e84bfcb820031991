"""Every operation of both specs, called through the wrapper against the mock (sync and async).

Nothing here lists endpoints: the operations, their arguments and the expected answers all come
from the specs (see spec_calls.py). Each call checks the whole exchange: the wrapper fetched one
token from the mock's token endpoint with the dummy credentials, sent the call with that token,
and the answer was parsed into the generated model equal to the spec's example.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.contract.specs import APIS
from tests.integration.checks import check_parsed
from tests.integration.mock_session import Mocks
from tests.integration.spec_calls import (
    SpecOperation,
    all_operations,
    body_class,
    call_arguments,
    issued_token,
    to_json,
    token_operation,
    token_url,
)
from tests.integration.wire import (
    CLIENT_ID,
    CLIENT_SECRET,
    Recorder,
    oauth_of,
    wrapper_client,
)

pytestmark = pytest.mark.integration

OPERATIONS = all_operations()
API_OPERATIONS = [op for op in OPERATIONS if not op.is_token_endpoint]
TOKEN_OPERATIONS = [op for op in OPERATIONS if op.is_token_endpoint]
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()


def test_the_parametrization_covers_every_operation_of_both_specs() -> None:
    ids = [str(op) for op in OPERATIONS]
    assert len(ids) == len(set(ids)), "operationIds must be unique per spec"
    assert sorted({op.api for op in OPERATIONS}) == sorted(APIS)
    # One token endpoint per API, at the path of the spec's own tokenUrl.
    assert sorted(op.api for op in TOKEN_OPERATIONS) == sorted(APIS)
    for op in TOKEN_OPERATIONS:
        assert urlsplit(token_url(op.api)).path == op.path
    assert len(API_OPERATIONS) + len(TOKEN_OPERATIONS) == len(OPERATIONS)


def check_wire(
    op: SpecOperation, base_url: str, kwargs: Mapping[str, Any], recorder: Recorder
) -> None:
    """One token request with the client credentials, then the call with the issued token."""
    token_path = urlsplit(base_url).path + token_operation(op.api).path
    token_requests = recorder.to(token_path)
    assert len(token_requests) == 1, [sent.url for sent in recorder.sent]
    (token_request,) = token_requests
    assert token_request.method == "POST"
    assert token_request.headers["authorization"] == BASIC
    assert token_request.form()["grant_type"] == ["client_credentials"]

    calls = recorder.not_to(token_path)
    assert len(calls) == 1, [sent.url for sent in recorder.sent]
    (call,) = calls
    assert recorder.sent.index(token_request) < recorder.sent.index(call)
    assert call.method == op.method
    assert call.path == urlsplit(base_url).path + op.path_for(kwargs)
    assert call.headers["authorization"] == f"Bearer {issued_token(op.api)}"
    for param in op.parameters:
        if param["in"] == "query" and param.get("required"):
            assert param["name"] in call.query()
        if param["in"] == "header" and "example" in param:
            # e.g. Brevio-Version: the wrapper pins the version the spec documents.
            assert call.headers.get(param["name"]) == str(param["example"])


@pytest.mark.parametrize("op", API_OPERATIONS, ids=str)
def test_operation_sync(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    kwargs = call_arguments(op)
    base_url = mocks.url(op.api)
    with wrapper_client(op.api, base_url, recorder) as client:
        response = op.module.sync_detailed(client=client, **kwargs)
        assert oauth_of(client).token_requests == 1
    check_parsed(op, response)
    check_wire(op, base_url, kwargs, recorder)


@pytest.mark.parametrize("op", API_OPERATIONS, ids=str)
async def test_operation_async(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    kwargs = call_arguments(op)
    base_url = mocks.url(op.api)
    async with wrapper_client(op.api, base_url, recorder, asynchronous=True) as client:
        response = await op.module.asyncio_detailed(client=client, **kwargs)
        assert oauth_of(client, asynchronous=True).token_requests == 1
    check_parsed(op, response)
    check_wire(op, base_url, kwargs, recorder)


def check_token_exchange(op: SpecOperation, authorized: httpx.Request, recorder: Recorder) -> None:
    expected = op.response()
    assert authorized.headers["authorization"] == f"Bearer {expected.example['access_token']}"
    (sent,) = recorder.sent
    (answer,) = recorder.received
    assert sent.method == op.method
    assert sent.path.endswith(op.path)
    assert sent.headers["authorization"] == BASIC
    # The form the wrapper sent is a valid generated body model of this operation...
    form = {name: values[0] for name, values in sent.form().items()}
    assert body_class(op).from_dict(form).to_dict() == {"grant_type": "client_credentials"}
    # ...and the token endpoint's answer parses into the generated response model.
    assert answer.status_code == expected.status
    parsed = getattr(op.models, expected.model_name).from_dict(json.loads(answer.content))
    assert to_json(parsed) == expected.example


def check_generated_token_function(op: SpecOperation, base_url: str) -> None:
    """The generated function itself, with the Basic credentials the endpoint wants.

    (A finapi client cannot call it: the wrapper's auth puts its Bearer token on every request.)
    """
    token = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    with op.package.AuthenticatedClient(base_url=base_url, token=token, prefix="Basic") as plain:
        response = op.module.sync_detailed(client=plain, **call_arguments(op))
    check_parsed(op, response)


@pytest.mark.parametrize("op", TOKEN_OPERATIONS, ids=str)
def test_token_endpoint_sync(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    base_url = mocks.url(op.api)
    with wrapper_client(op.api, base_url, recorder) as client:
        auth = oauth_of(client)
        # The wrapper's own token fetch, driven through httpx's public Auth protocol.
        flow = auth.sync_auth_flow(httpx.Request("GET", f"{base_url}/"))
        authorized = next(flow)
        flow.close()
        assert auth.token_requests == 1
    check_token_exchange(op, authorized, recorder)
    check_generated_token_function(op, base_url)


@pytest.mark.parametrize("op", TOKEN_OPERATIONS, ids=str)
async def test_token_endpoint_async(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    base_url = mocks.url(op.api)
    async with wrapper_client(op.api, base_url, recorder, asynchronous=True) as client:
        auth = oauth_of(client, asynchronous=True)
        flow = auth.async_auth_flow(httpx.Request("GET", f"{base_url}/"))
        authorized = await flow.__anext__()
        await flow.aclose()
        assert auth.token_requests == 1
    check_token_exchange(op, authorized, recorder)
