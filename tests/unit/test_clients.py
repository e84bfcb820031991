"""The clients: types and resources, headers, injected httpx clients, closing, sync/async
mix-ups, memory."""

from __future__ import annotations

import asyncio
import gc
import inspect
import io
import platform
import weakref
from typing import Any

import finapi
import httpx
import pytest
from brevio_client.types import File
from finapi._base_client import AsyncAPIClient, SyncAPIClient

from .fakes import CLIENT_ID, SECRET, FakeApi

BANKS_PATH = "/v1/confirm/banks/"


SYMETRISK_TAGS = ("auth", "bank", "credit_scoring", "status")
BREVIO_TAGS = ("auth", "confirm", "connect", "sign", "signature_right")


@pytest.mark.parametrize(
    ("cls", "base", "resources"),
    [
        (finapi.Symetrisk, SyncAPIClient, SYMETRISK_TAGS),
        (finapi.AsyncSymetrisk, AsyncAPIClient, SYMETRISK_TAGS),
        (finapi.Brevio, SyncAPIClient, BREVIO_TAGS),
        (finapi.AsyncBrevio, AsyncAPIClient, BREVIO_TAGS),
    ],
)
def test_clients_are_the_generated_classes_with_one_resource_per_tag(
    cls: type[Any], base: type[Any], resources: tuple[str, ...]
) -> None:
    assert issubclass(cls, base)
    client = cls(environment="mock")
    for name in resources:
        assert getattr(client, name) is getattr(client, name)  # one resource per client
    tags = {operation.tag for operation in client.contract.operations.values()}
    assert tags == set(resources)


def test_async_methods_are_coroutines_and_sync_ones_are_not() -> None:
    assert inspect.iscoroutinefunction(finapi.AsyncSymetrisk(environment="mock").status.get_ping)
    assert not inspect.iscoroutinefunction(finapi.Symetrisk(environment="mock").status.get_ping)


def test_default_headers(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    fake.symetrisk(default_headers={"X-Trace": "t-1"}).status.get_ping()
    request = fake.requests[0]
    agent = request.headers["user-agent"]
    assert agent == (
        f"finapi-python/{finapi.__version__} httpx/{httpx.__version__} "
        f"python/{platform.python_version()}"
    )
    assert request.headers["x-trace"] == "t-1"
    assert "brevio-version" not in request.headers
    assert fake.token_requests[0].headers["user-agent"] == agent
    assert "x-trace" not in fake.token_requests[0].headers  # the token host is another party


def test_brevio_version_header(fake: FakeApi) -> None:
    fake.json_route("GET", BANKS_PATH, [])
    fake.brevio().confirm.list_banks()
    fake.brevio(brevio_version="2024-11-30").confirm.list_banks()
    fake.brevio().confirm.list_banks(extra_headers={"Brevio-Version": "2023-10-04"})  # per call
    first, second, third = fake.api_requests(BANKS_PATH)
    assert first.headers["brevio-version"] == "2025-04-15"
    assert second.headers["brevio-version"] == "2024-11-30"
    assert third.headers.get_list("brevio-version") == ["2023-10-04"]


async def test_brevio_version_header_on_every_kind_of_call(fake: FakeApi) -> None:
    """GET, JSON POST, multipart upload, every listing page, low-level calls, raw calls, async."""
    fake.json_route("GET", BANKS_PATH, [])
    fake.json_route("POST", "/v1/confirm/audit-requests/finalize", {"successful": [], "failed": []})
    fake.json_route("POST", "/v1/confirm/confirmations/t/attachments", {"message": "ok"})
    fake.route(
        "GET",
        "/v1/confirm/audit-requests/third-party",
        lambda request: httpx.Response(
            200, json=[{"token": "x"}] * (50 if request.url.params["offset"] == "0" else 1)
        ),
    )
    client = fake.brevio()
    client.confirm.list_banks()
    client.confirm.finalize_audit_requests(tokens=["a"])
    client.confirm.upload_confirmation_attachments(
        "t", attachments=[File(payload=io.BytesIO(b"x"), file_name="x.pdf")]
    )
    assert len(list(client.confirm.list_pending_audit_requests())) == 51
    client.get(BANKS_PATH)
    client.confirm.with_raw_response.list_banks()
    await fake.async_brevio().confirm.list_banks()
    assert len(fake.requests) == 8
    assert all(request.headers["brevio-version"] == "2025-04-15" for request in fake.requests)


def test_injected_client_lends_its_transport_and_is_left_untouched(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    mine = httpx.Client(transport=httpx.MockTransport(fake.handle), headers={"X-Mine": "1"})
    client = finapi.Symetrisk(
        environment="mock", client_id=CLIENT_ID, client_secret=SECRET, http_client=mine
    )
    client.status.get_ping()
    assert fake.requests[0].headers["x-mine"] == "1"
    assert fake.requests[0].headers["authorization"].startswith("Bearer ")
    # the token request went over the injected client's transport too, with client auth
    assert fake.token_requests[0].headers["authorization"].startswith("Basic ")
    assert mine.auth is None
    assert str(mine.base_url) == ""
    assert dict(mine.headers)["x-mine"] == "1"
    assert "authorization" not in mine.headers
    assert mine.event_hooks == {"request": [], "response": []}
    assert isinstance(mine._transport, httpx.MockTransport)
    client.close()
    assert not mine.is_closed  # the user owns it
    assert mine.get("http://127.0.0.1:4010/ping").status_code == 401  # still usable, no token


def test_the_user_can_still_stream_over_an_injected_client(fake: FakeApi) -> None:
    """finapi frees its own read responses early; the user's own streamed ones are theirs."""
    fake.json_route("GET", "/ping", {"message": "pong"})
    mine = httpx.Client(transport=httpx.MockTransport(fake.handle))
    with finapi.Symetrisk(environment="mock", http_client=mine) as client:
        client.status.get_ping()
        (token,) = fake.issued_tokens()
        headers = {"Authorization": f"Bearer {token}"}
        with mine.stream("GET", "http://127.0.0.1:4010/ping", headers=headers) as response:
            assert response.read() == b'{"message":"pong"}'


def test_one_injected_client_can_serve_both_apis(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    fake.json_route("GET", BANKS_PATH, [])
    shared = httpx.Client(transport=httpx.MockTransport(fake.handle))
    symetrisk = finapi.Symetrisk(environment="mock", http_client=shared)
    brevio = finapi.Brevio(environment="mock", http_client=shared)
    symetrisk.status.get_ping()
    brevio.confirm.list_banks()
    ping, banks = fake.requests
    assert ping.url == "http://127.0.0.1:4010/ping"
    assert banks.url == "http://127.0.0.1:4011/v1/confirm/banks/"
    assert ping.headers["authorization"] != banks.headers["authorization"]  # a token each
    assert "brevio-version" not in ping.headers


def test_retries_do_not_stack_when_a_client_is_reused(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(503))
    shared = httpx.Client(transport=httpx.MockTransport(fake.handle))
    clients = [finapi.Symetrisk(environment="mock", http_client=shared) for _ in range(3)]
    with pytest.raises(finapi.ServerError):
        clients[-1].status.get_ping()
    assert len(fake.api_requests("/ping")) == 3  # 1 + the default 2 retries, not 3 x 3 x 3


def test_context_manager_closes_the_token_client() -> None:
    with finapi.Symetrisk(environment="mock") as client:
        http, token_http = client._http, client._token_http
        assert token_http is not None
        assert token_http is not http
        assert not token_http.is_closed
    assert http.is_closed
    assert token_http.is_closed


def test_close_closes_the_token_client() -> None:
    client = finapi.Brevio(environment="mock")
    token_http = client._token_http
    assert token_http is not None
    client.close()
    assert token_http.is_closed


async def test_async_context_manager_closes_the_token_client() -> None:
    async with finapi.AsyncBrevio(environment="mock") as client:
        http, token_http = client._http, client._token_http
        assert token_http is not None
        assert not token_http.is_closed
    assert http.is_closed
    assert token_http.is_closed


def test_an_async_httpx_client_for_a_sync_client_is_a_clear_error() -> None:
    with pytest.raises(finapi.ConfigurationError, match=r"must be an httpx\.Client"):
        finapi.Symetrisk(environment="mock", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


async def test_a_sync_httpx_client_for_an_async_client_is_a_clear_error() -> None:
    with pytest.raises(finapi.ConfigurationError, match=r"must be an httpx\.AsyncClient"):
        finapi.AsyncBrevio(environment="mock", http_client=httpx.Client())  # type: ignore[arg-type]


def test_a_token_provider_serves_only_its_own_kind() -> None:
    sync_tokens = finapi.Symetrisk(environment="mock")._shared.tokens
    async_tokens = finapi.AsyncSymetrisk(environment="mock")._shared.tokens
    with pytest.raises(RuntimeError, match="built for async use"):
        async_tokens.sync_token(None)
    with pytest.raises(RuntimeError, match="built for sync use"):
        asyncio.run(sync_tokens.async_token(None))


def test_env_configured_client(monkeypatch: pytest.MonkeyPatch, fake: FakeApi) -> None:
    monkeypatch.setenv("BREVIO_ENVIRONMENT", "mock")
    monkeypatch.setenv("BREVIO_MOCK_URL", "http://127.0.0.1:4999")
    fake.json_route("GET", BANKS_PATH, [])
    finapi.Brevio(http_client=fake.http()).confirm.list_banks()
    assert str(fake.requests[0].url) == "http://127.0.0.1:4999/v1/confirm/banks/"
    assert str(fake.token_requests[0].url) == "http://127.0.0.1:4999/v1/auth/token"


def test_public_api_is_exported() -> None:
    for name in finapi.__all__:
        assert hasattr(finapi, name), name
    assert finapi.__version__
    with pytest.raises(AttributeError, match="no attribute 'symetrisk'"):
        finapi.symetrisk  # noqa: B018 - the old factory is gone


def test_read_responses_are_freed_without_the_cyclic_gc(fake: FakeApi) -> None:
    """Flat memory while paginating: a response must not wait for gc.collect() to be freed."""
    fake.json_route("GET", "/ping", {"message": "pong"})
    with fake.symetrisk() as client:  # an injected httpx client, configured by finapi
        client.status.get_ping()  # the token fetch happens outside the measured calls
        gc.disable()
        try:
            response = client.get("/ping")
            assert response.json() == {"message": "pong"}
            freed = weakref.ref(response)
            del response
            assert freed() is None
            raw = client.status.with_raw_response.get_ping()
            assert raw.parse().message == "pong"
            freed = weakref.ref(raw.http_response)
            del raw
            assert freed() is None
        finally:
            gc.enable()


async def test_async_read_responses_are_freed_without_the_cyclic_gc(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    async with fake.async_symetrisk() as client:
        await client.get("/ping")
        gc.disable()
        try:
            response = await client.get("/ping")
            assert response.json() == {"message": "pong"}
            freed = weakref.ref(response)
            del response
            assert freed() is None
        finally:
            gc.enable()
