"""Factories: generated client types, headers, injection, closing, sync/async mix-ups."""

from __future__ import annotations

import gc
import platform
import weakref

import brevio_client
import finapi
import httpx
import pytest
import symetrisk_client
from brevio_client.api.confirm import list_banks
from finapi._auth import OAuth2ClientCredentials
from finapi._guard import GuardedAuth
from symetrisk_client.api.status import get_ping

from .fakes import FakeApi


def oauth_of(httpx_client: httpx.Client | httpx.AsyncClient) -> OAuth2ClientCredentials:
    guard = httpx_client.auth
    assert isinstance(guard, GuardedAuth)
    assert isinstance(guard.inner, OAuth2ClientCredentials)
    return guard.inner


def test_factories_return_generated_clients() -> None:
    assert isinstance(finapi.symetrisk(environment="mock"), symetrisk_client.AuthenticatedClient)
    assert isinstance(finapi.brevio(environment="mock"), brevio_client.AuthenticatedClient)
    assert isinstance(
        finapi.async_symetrisk(environment="mock"), symetrisk_client.AuthenticatedClient
    )
    assert isinstance(finapi.async_brevio(environment="mock"), brevio_client.AuthenticatedClient)


def test_default_headers(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    get_ping.sync_detailed(client=fake.symetrisk(headers={"X-Trace": "t-1"}))
    request = fake.requests[0]
    agent = request.headers["user-agent"]
    assert agent == (
        f"finapi-python/{finapi.__version__} httpx/{httpx.__version__} "
        f"python/{platform.python_version()}"
    )
    assert request.headers["x-trace"] == "t-1"
    assert "brevio-version" not in request.headers
    assert fake.token_requests[0].headers["user-agent"] == agent


def test_brevio_version_header(fake: FakeApi) -> None:
    fake.json_route("GET", "/v1/confirm/banks/", [])
    list_banks.sync_detailed(client=fake.brevio())
    list_banks.sync_detailed(client=fake.brevio(brevio_version="2024-11-30"))
    list_banks.sync_detailed(client=fake.brevio(), brevio_version="2023-10-04")  # per call
    first, second, third = fake.api_requests("/v1/confirm/banks/")
    assert first.headers["brevio-version"] == "2025-04-15"
    assert second.headers["brevio-version"] == "2024-11-30"
    assert third.headers["brevio-version"] == "2023-10-04"


def test_injected_client_lends_its_transport_and_is_left_untouched(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    mine = httpx.Client(transport=httpx.MockTransport(fake.handle), headers={"X-Mine": "1"})
    client = finapi.symetrisk(environment="mock", http_client=mine)
    get_ping.sync_detailed(client=client)
    assert fake.requests[0].headers["x-mine"] == "1"
    assert fake.requests[0].headers["authorization"].startswith("Bearer ")
    # the token request went over the injected client's transport too, with client auth
    assert fake.token_requests[0].headers["authorization"].startswith("Basic ")
    assert mine.auth is None
    assert str(mine.base_url) == ""
    assert isinstance(mine._transport, httpx.MockTransport)
    client.get_httpx_client().close()
    assert not mine.is_closed  # the user owns it


def test_one_injected_client_can_serve_both_apis(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    fake.json_route("GET", "/v1/confirm/banks/", [])
    shared = httpx.Client(transport=httpx.MockTransport(fake.handle))
    symetrisk = finapi.symetrisk(environment="mock", http_client=shared)
    brevio = finapi.brevio(environment="mock", http_client=shared)
    get_ping.sync_detailed(client=symetrisk)
    list_banks.sync_detailed(client=brevio)
    ping, banks = fake.requests
    assert ping.url == "http://127.0.0.1:4010/ping"
    assert banks.url == "http://127.0.0.1:4011/v1/confirm/banks/"
    assert ping.headers["authorization"] != banks.headers["authorization"]  # a token each


def test_retries_do_not_stack_when_a_client_is_reused(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(503))
    shared = httpx.Client(transport=httpx.MockTransport(fake.handle))
    for _ in range(3):
        client = finapi.symetrisk(environment="mock", http_client=shared)
    with pytest.raises(finapi.ServerError):
        get_ping.sync_detailed(client=client)
    assert len(fake.api_requests("/ping")) == 3  # 1 + the default 2 retries, not 3 x 3 x 3


def test_context_manager_closes_the_token_client() -> None:
    with finapi.symetrisk(environment="mock") as client:
        httpx_client = client.get_httpx_client()
        token_client = oauth_of(httpx_client)._http_client
        assert token_client is not None
        assert token_client is not httpx_client
        assert not token_client.is_closed
    assert httpx_client.is_closed
    assert token_client.is_closed


def test_close_closes_the_token_client() -> None:
    client = finapi.brevio(environment="mock")
    token_client = oauth_of(client.get_httpx_client())._http_client
    assert token_client is not None
    client.get_httpx_client().close()
    assert token_client.is_closed


async def test_async_context_manager_closes_the_token_client() -> None:
    async with finapi.async_brevio(environment="mock") as client:
        httpx_client = client.get_async_httpx_client()
        token_client = oauth_of(httpx_client)._async_http_client
        assert token_client is not None
        assert not token_client.is_closed
    assert httpx_client.is_closed
    assert token_client.is_closed


def test_sync_call_on_async_client_is_a_clear_error() -> None:
    client = finapi.async_symetrisk(environment="mock")
    with pytest.raises(finapi.ConfigurationError, match="built by the async factory"):
        get_ping.sync_detailed(client=client)


async def test_async_call_on_sync_client_is_a_clear_error() -> None:
    client = finapi.symetrisk(environment="mock")
    with pytest.raises(finapi.ConfigurationError, match="built by the sync factory"):
        await get_ping.asyncio_detailed(client=client)


def test_env_configured_factory(monkeypatch: pytest.MonkeyPatch, fake: FakeApi) -> None:
    monkeypatch.setenv("BREVIO_ENVIRONMENT", "mock")
    monkeypatch.setenv("BREVIO_MOCK_URL", "http://127.0.0.1:4999")
    fake.json_route("GET", "/v1/confirm/banks/", [])
    client = finapi.brevio(http_client=httpx.Client(transport=httpx.MockTransport(fake.handle)))
    list_banks.sync_detailed(client=client)
    assert str(fake.requests[0].url) == "http://127.0.0.1:4999/v1/confirm/banks/"
    assert str(fake.token_requests[0].url) == "http://127.0.0.1:4999/v1/auth/token"


def test_public_api_is_exported() -> None:
    for name in finapi.__all__:
        assert hasattr(finapi, name), name
    assert finapi.__version__


def test_read_responses_are_freed_without_the_cyclic_gc(fake: FakeApi) -> None:
    """Flat memory while paginating: a response must not wait for gc.collect() to be freed."""
    fake.json_route("GET", "/ping", {"message": "pong"})
    with fake.symetrisk() as client:  # an injected httpx client, configured by finapi
        http = client.get_httpx_client()
        http.get("/ping")  # the token fetch happens outside the measured call
        gc.disable()
        try:
            response = http.get("/ping")
            assert response.json() == {"message": "pong"}
            freed = weakref.ref(response)
            del response
            assert freed() is None
        finally:
            gc.enable()


async def test_async_read_responses_are_freed_without_the_cyclic_gc(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    async with fake.async_symetrisk() as client:
        http = client.get_async_httpx_client()
        await http.get("/ping")
        gc.disable()
        try:
            response = await http.get("/ping")
            assert response.json() == {"message": "pong"}
            freed = weakref.ref(response)
            del response
            assert freed() is None
        finally:
            gc.enable()


def test_streamed_responses_are_left_alone(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    with fake.symetrisk() as client, client.get_httpx_client().stream("GET", "/ping") as response:
        assert response.read() == b'{"message":"pong"}'
