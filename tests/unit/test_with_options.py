"""finapi.with_options: per-call headers, timeout and retries on a shared client."""

from __future__ import annotations

import brevio_client
import finapi
import httpx
import pytest
import symetrisk_client
from brevio_client.api.confirm import list_banks
from symetrisk_client.api.status import get_ping

from .fakes import FakeApi
from .test_retries import sequence


def pong(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})


def test_headers_apply_to_the_copy_only(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    derived = finapi.with_options(client, headers={"Prefer": "code=404"})
    assert isinstance(derived, symetrisk_client.AuthenticatedClient)
    get_ping.sync(client=derived)
    get_ping.sync(client=client)
    with_header, without = fake.api_requests("/ping")
    assert with_header.headers["prefer"] == "code=404"
    assert "prefer" not in without.headers


def test_the_copy_shares_the_token_and_the_wrapper_layers(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    get_ping.sync(client=client)
    derived = finapi.with_options(client, headers={"X-Trace": "1"})
    get_ping.sync(client=derived)
    assert len(fake.token_requests) == 1
    assert all(r.headers["authorization"].startswith("Bearer ") for r in fake.requests)
    fake.route("GET", "/ping", lambda request: httpx.Response(404, json={"detail": "gone"}))
    with pytest.raises(finapi.NotFoundError):  # typed errors, not a parsed Error model
        get_ping.sync(client=derived)


def test_closing_the_copy_leaves_the_original_open(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    with finapi.with_options(client, headers={"X-Trace": "1"}) as derived:
        assert get_ping.sync(client=derived) is not None
    assert get_ping.sync(client=client) is not None


def test_max_retries_and_timeout_can_be_changed(fake: FakeApi) -> None:
    fake.route(
        "GET", "/ping", sequence(httpx.Response(503), httpx.Response(200, json={"message": "pong"}))
    )
    client = fake.symetrisk()
    derived = finapi.with_options(client, max_retries=0, timeout=3.0)
    assert derived.get_httpx_client().timeout == httpx.Timeout(3.0)
    with pytest.raises(finapi.ServerError):
        get_ping.sync(client=derived)
    assert get_ping.sync_detailed(client=client).status_code == 200  # the original retries


def test_a_copy_keeps_pre_network_validation(fake: FakeApi) -> None:
    client = fake.brevio()
    derived = finapi.with_options(client, headers={"Brevio-Version": "latest"})
    assert isinstance(derived, brevio_client.AuthenticatedClient)
    with pytest.raises(finapi.RequestValidationError, match="Brevio-Version"):
        list_banks.sync(client=derived)
    assert fake.requests == []
    assert fake.token_requests == []


async def test_async_copy(fake: FakeApi) -> None:
    pong(fake)
    client = fake.async_symetrisk()
    derived = finapi.with_options(client, headers={"Prefer": "code=200"})
    assert (await get_ping.asyncio(client=derived)) is not None
    (request,) = fake.api_requests("/ping")
    assert request.headers["prefer"] == "code=200"
    with pytest.raises(finapi.ConfigurationError):  # still async-only, like the original
        get_ping.sync(client=derived)


def test_only_finapi_clients_are_accepted() -> None:
    bare = symetrisk_client.AuthenticatedClient(base_url="http://127.0.0.1", token="x")
    with pytest.raises(finapi.ConfigurationError, match="client made by finapi"):
        finapi.with_options(bare, headers={})
