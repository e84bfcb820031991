"""client.with_options(): per-call headers, timeout and retries on a copy sharing the client."""

from __future__ import annotations

import finapi
import httpx
import pytest
from finapi._http import _SharedTransport

from .fakes import FakeApi, sequence


def pong(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})


def test_headers_apply_to_the_copy_only(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    derived = client.with_options(headers={"Prefer": "code=404"})
    assert isinstance(derived, finapi.Symetrisk)
    derived.status.get_ping()
    client.status.get_ping()
    with_header, without = fake.api_requests("/ping")
    assert with_header.headers["prefer"] == "code=404"
    assert "prefer" not in without.headers


def test_a_header_given_again_replaces_the_client_s(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk(default_headers={"X-Trace": "a"})
    client.with_options(headers={"x-trace": "b"}).status.get_ping()
    assert fake.requests[0].headers.get_list("x-trace") == ["b"]


def test_the_copy_shares_the_token_and_the_wrapper_layers(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    client.status.get_ping()
    derived = client.with_options(headers={"X-Trace": "1"})
    derived.status.get_ping()
    assert len(fake.token_requests) == 1
    assert all(r.headers["authorization"].startswith("Bearer ") for r in fake.requests)
    fake.route("GET", "/ping", lambda request: httpx.Response(404, json={"detail": "gone"}))
    with pytest.raises(finapi.NotFoundError):  # typed errors, not a parsed Error model
        derived.status.get_ping()


def test_the_copy_s_resources_call_through_the_copy(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    derived = client.with_options(headers={"X-Copy": "1"})
    assert derived.status is not client.status
    assert derived.status._client is derived
    derived.status.with_raw_response.get_ping()
    derived.get("/ping")
    assert [request.headers.get("x-copy") for request in fake.requests] == ["1", "1"]


def test_the_copy_shares_the_connections() -> None:
    with finapi.Symetrisk(environment="mock") as client:
        derived = client.with_options(timeout=1.0)
        transport = derived._http._transport
        assert isinstance(transport, _SharedTransport)
        assert transport.inner is client._http._transport  # one connection pool
        derived.close()
        assert not client._http.is_closed


def test_closing_the_copy_leaves_the_original_open(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    with client.with_options(headers={"X-Trace": "1"}) as derived:
        assert derived.status.get_ping().message == "pong"
    assert client.status.get_ping().message == "pong"
    assert client._token_http is not None
    assert not client._token_http.is_closed


def test_max_retries_and_timeout_can_be_changed(fake: FakeApi) -> None:
    fake.route(
        "GET", "/ping", sequence(httpx.Response(503), httpx.Response(200, json={"message": "pong"}))
    )
    client = fake.symetrisk()
    derived = client.with_options(max_retries=0, timeout=3.0)
    assert derived.max_retries == 0
    assert client.max_retries == 2
    with pytest.raises(finapi.ServerError):
        derived.status.get_ping()
    assert fake.requests[0].extensions["timeout"]["read"] == 3.0
    assert client.status.get_ping().message == "pong"  # the original retries


def test_timeout_none_switches_timeouts_off(fake: FakeApi) -> None:
    pong(fake)
    fake.symetrisk(timeout=2.0).with_options(timeout=None).status.get_ping()
    assert fake.requests[0].extensions["timeout"] == {
        "connect": None,
        "read": None,
        "write": None,
        "pool": None,
    }


def test_a_copy_keeps_pre_network_validation(fake: FakeApi) -> None:
    derived = fake.brevio().with_options(headers={"X-Trace": "1"})
    assert isinstance(derived, finapi.Brevio)
    with pytest.raises(finapi.RequestValidationError, match="tokens has 11 items"):
        derived.confirm.finalize_audit_requests(tokens=[f"t{i}" for i in range(11)])
    assert fake.requests == []
    assert fake.token_requests == []


async def test_async_copy(fake: FakeApi) -> None:
    pong(fake)
    client = fake.async_symetrisk()
    derived = client.with_options(headers={"Prefer": "code=200"})
    assert isinstance(derived, finapi.AsyncSymetrisk)
    assert (await derived.status.get_ping()).message == "pong"
    (request,) = fake.api_requests("/ping")
    assert request.headers["prefer"] == "code=200"
    await derived.close()
    assert (await client.status.get_ping()).message == "pong"
    assert len(fake.token_requests) == 1
