"""Retries: which requests, how often, how long (Retry-After), and when never."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime

import finapi
import httpx
import pytest
import stamina
from finapi._retry import RetryPolicy, retry_after_seconds
from symetrisk_client.api.credit_scoring import initialize_credit_scorer_company
from symetrisk_client.api.status import get_ping
from symetrisk_client.models import InitializeCompanyRequest, OrganizationReference

from .fakes import FakeApi

Responder = Callable[[httpx.Request], httpx.Response]


def sequence(*steps: httpx.Response | Exception) -> Responder:
    """A handler answering with the given responses/exceptions in order (last one repeats)."""
    remaining = list(steps)

    def handler(request: httpx.Request) -> httpx.Response:
        step = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        if isinstance(step, Exception):
            raise step
        # A fresh copy each time: a Response's stream can be consumed only once.
        return httpx.Response(step.status_code, headers=step.headers, content=step.content)

    return handler


def company_body() -> InitializeCompanyRequest:
    return InitializeCompanyRequest(
        borrowers=[OrganizationReference(organization_number="123456789")]
    )


def post_company(client: object) -> object:
    return initialize_credit_scorer_company.sync_detailed(client=client, body=company_body())  # type: ignore[arg-type]


OK_COMPANIES = httpx.Response(200, json=[{"name": "A AS", "organization_number": "123456789"}])


def test_get_503_is_retried(fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="finapi")
    fake.route(
        "GET", "/ping", sequence(httpx.Response(503), httpx.Response(200, json={"message": "pong"}))
    )
    assert get_ping.sync_detailed(client=fake.symetrisk()).status_code == 200
    assert len(fake.api_requests("/ping")) == 2
    assert "GET http://127.0.0.1:4010/ping -> 200 (retry 1)" in caplog.text


def test_default_is_two_retries_then_server_error(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(502, text="bad gateway")))
    with pytest.raises(finapi.ServerError) as caught:
        get_ping.sync_detailed(client=fake.symetrisk())
    assert caught.value.status_code == 502
    assert caught.value.body == "bad gateway"
    assert len(fake.api_requests("/ping")) == 3


@pytest.mark.parametrize("status", [408, 429, 500, 504])
def test_retryable_statuses(fake: FakeApi, status: int) -> None:
    fake.route(
        "GET",
        "/ping",
        sequence(httpx.Response(status), httpx.Response(200, json={"message": "pong"})),
    )
    assert get_ping.sync_detailed(client=fake.symetrisk()).status_code == 200
    assert len(fake.api_requests("/ping")) == 2


@pytest.mark.parametrize("status", [400, 404, 409, 422])
def test_client_errors_are_not_retried(fake: FakeApi, status: int) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(status, json={})))
    with pytest.raises(finapi.APIStatusError):
        get_ping.sync_detailed(client=fake.symetrisk())
    assert len(fake.api_requests("/ping")) == 1


def test_max_retries_is_configurable(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(503)))
    with pytest.raises(finapi.ServerError):
        get_ping.sync_detailed(client=fake.symetrisk(max_retries=5))
    assert len(fake.api_requests("/ping")) == 6


def test_max_retries_zero_turns_retries_off(fake: FakeApi) -> None:
    fake.route(
        "GET", "/ping", sequence(httpx.Response(503), httpx.Response(200, json={"message": "pong"}))
    )
    with pytest.raises(finapi.ServerError):
        get_ping.sync_detailed(client=fake.symetrisk(max_retries=0))
    assert len(fake.api_requests("/ping")) == 1


def test_post_503_is_not_retried(fake: FakeApi) -> None:
    fake.route("POST", "/initialize-company", sequence(httpx.Response(503), OK_COMPANIES))
    with pytest.raises(finapi.ServerError):
        post_company(fake.symetrisk())
    assert len(fake.api_requests("/initialize-company")) == 1


def test_post_429_is_not_retried(fake: FakeApi) -> None:
    fake.route("POST", "/initialize-company", sequence(httpx.Response(429), OK_COMPANIES))
    with pytest.raises(finapi.RateLimitError):
        post_company(fake.symetrisk())
    assert len(fake.api_requests("/initialize-company")) == 1


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("full")],
)
def test_post_is_retried_when_it_never_reached_the_server(fake: FakeApi, error: Exception) -> None:
    fake.route("POST", "/initialize-company", sequence(error, OK_COMPANIES))
    assert post_company(fake.symetrisk()).status_code == 200  # type: ignore[attr-defined]
    assert len(fake.api_requests("/initialize-company")) == 2


def test_post_read_timeout_is_not_retried(fake: FakeApi) -> None:
    fake.route("POST", "/initialize-company", sequence(httpx.ReadTimeout("slow"), OK_COMPANIES))
    with pytest.raises(finapi.APITimeoutError):
        post_company(fake.symetrisk())
    assert len(fake.api_requests("/initialize-company")) == 1


def test_post_dropped_connection_is_not_retried(fake: FakeApi) -> None:
    fake.route(
        "POST", "/initialize-company", sequence(httpx.RemoteProtocolError("eof"), OK_COMPANIES)
    )
    with pytest.raises(finapi.APIConnectionError):
        post_company(fake.symetrisk())
    assert len(fake.api_requests("/initialize-company")) == 1


def test_get_read_timeout_is_retried(fake: FakeApi) -> None:
    fake.route(
        "GET",
        "/ping",
        sequence(httpx.ReadTimeout("slow"), httpx.Response(200, json={"message": "pong"})),
    )
    assert get_ping.sync_detailed(client=fake.symetrisk()).status_code == 200
    assert len(fake.api_requests("/ping")) == 2


def test_persistent_connect_error_becomes_api_connection_error(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.ConnectError("refused")))
    with pytest.raises(finapi.APIConnectionError) as caught:
        get_ping.sync_detailed(client=fake.symetrisk())
    assert not isinstance(caught.value, finapi.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(fake.api_requests("/ping")) == 3


@pytest.fixture
def real_backoff(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], list[float]]]:
    """Leave stamina's testing mode so real delays are computed; record instead of sleeping."""
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    with stamina.set_testing(False):
        yield lambda: slept


def test_retry_after_seconds_is_honoured(
    fake: FakeApi, real_backoff: Callable[[], list[float]]
) -> None:
    fake.route(
        "GET",
        "/ping",
        sequence(
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(200, json={"message": "pong"}),
        ),
    )
    assert get_ping.sync_detailed(client=fake.symetrisk()).status_code == 200
    assert real_backoff() == [3.0]


@pytest.mark.parametrize(
    "headers", [{"retry-after-ms": "nan"}, {"Retry-After": "inf"}, {"Retry-After": "NaN"}]
)
def test_non_finite_retry_after_falls_back_to_backoff(headers: dict[str, str]) -> None:
    """A NaN delay must not reach the sleep (it would raise a raw ValueError there)."""
    assert retry_after_seconds(httpx.Headers(headers)) is None


def test_retry_after_ms_is_honoured(fake: FakeApi, real_backoff: Callable[[], list[float]]) -> None:
    fake.route(
        "GET",
        "/ping",
        sequence(
            httpx.Response(503, headers={"retry-after-ms": "250"}),
            httpx.Response(200, json={"message": "pong"}),
        ),
    )
    get_ping.sync_detailed(client=fake.symetrisk())
    assert real_backoff() == [0.25]


def test_retry_after_above_cap_gives_up_without_waiting(
    fake: FakeApi, real_backoff: Callable[[], list[float]]
) -> None:
    fake.route(
        "GET",
        "/ping",
        sequence(httpx.Response(429, headers={"Retry-After": "120"}, json={"detail": "slow down"})),
    )
    with pytest.raises(finapi.RateLimitError) as caught:
        get_ping.sync_detailed(client=fake.symetrisk())
    assert caught.value.body == {"detail": "slow down"}
    assert real_backoff() == []
    assert len(fake.api_requests("/ping")) == 1


def test_backoff_is_exponential_jittered_and_capped(
    fake: FakeApi, real_backoff: Callable[[], list[float]]
) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(503)))
    with pytest.raises(finapi.ServerError):
        get_ping.sync_detailed(client=fake.symetrisk(max_retries=6))
    delays = real_backoff()
    assert len(delays) == 6
    policy = RetryPolicy()
    for attempt, delay in enumerate(delays, start=1):
        base = policy.initial_delay * 2 ** (attempt - 1)
        assert min(base, policy.max_delay) <= delay <= min(base + policy.jitter, policy.max_delay)
    assert delays[-1] == policy.max_delay


async def test_async_retry_after_is_honoured(
    fake: FakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    original_sleep = asyncio.sleep
    slept: list[float] = []

    async def fake_sleep(delay: float) -> None:
        slept.append(delay)
        await original_sleep(0)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    fake.route(
        "GET",
        "/ping",
        sequence(
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(200, json={"message": "pong"}),
        ),
    )
    with stamina.set_testing(False):
        response = await get_ping.asyncio_detailed(client=fake.async_symetrisk())
    assert response.status_code == 200
    assert slept == [2.0]


async def test_async_post_503_not_retried_and_connect_error_retried(fake: FakeApi) -> None:
    fake.route("POST", "/initialize-company", sequence(httpx.Response(503), OK_COMPANIES))
    client = fake.async_symetrisk()
    with pytest.raises(finapi.ServerError):
        await initialize_credit_scorer_company.asyncio_detailed(client=client, body=company_body())
    fake.route("POST", "/initialize-company", sequence(httpx.ConnectError("refused"), OK_COMPANIES))
    response = await initialize_credit_scorer_company.asyncio_detailed(
        client=client, body=company_body()
    )
    assert response.status_code == 200
    assert len(fake.api_requests("/initialize-company")) == 3


async def test_async_read_timeout_maps_to_api_timeout_error(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.ReadTimeout("slow")))
    with pytest.raises(finapi.APITimeoutError):
        await get_ping.asyncio_detailed(client=fake.async_symetrisk(max_retries=1))
    assert len(fake.api_requests("/ping")) == 2


def test_retry_after_parsing() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(datetime(2025, 1, 1, 12, 0, 7, tzinfo=UTC), usegmt=True)
    clock = now.timestamp
    assert retry_after_seconds(httpx.Headers({"Retry-After": "1.5"})) == 1.5
    assert retry_after_seconds(httpx.Headers({"Retry-After": later}), now=clock) == 7.0
    assert retry_after_seconds(httpx.Headers({"retry-after-ms": "1200", "Retry-After": "9"})) == 1.2
    assert retry_after_seconds(httpx.Headers({"Retry-After": "soon"})) is None
    assert retry_after_seconds(httpx.Headers()) is None


def test_policy_delay_decisions() -> None:
    policy = RetryPolicy(max_retry_after=60)
    request = httpx.Request("GET", "https://x")
    assert (
        policy.delay_for(httpx.Response(429, headers={"Retry-After": "5"}, request=request)) == 5.0
    )
    assert (
        policy.delay_for(httpx.Response(429, headers={"Retry-After": "61"}, request=request))
        is False
    )
    assert policy.delay_for(httpx.Response(503, request=request)) is True
    assert (
        policy.delay_for(httpx.Response(503, headers={"Retry-After": "-3"}, request=request)) == 0.0
    )
