"""Retries: which requests, how often, how long (Retry-After), and when never."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import format_datetime

import finapi
import httpx
import pytest
from finapi._retry import RetryPolicy, retry_after_seconds
from symetrisk_client.models import CompanySummary, OrganizationReference

from tests.conftest import Sleeps

from .fakes import FakeApi, sequence

PONG = httpx.Response(200, json={"message": "pong"})
OK_COMPANIES = httpx.Response(200, json=[{"name": "A AS", "organization_number": "123456789"}])
COMPANY_PATH = "/initialize-company"


def post_company(client: finapi.Symetrisk) -> list[CompanySummary]:
    return client.credit_scoring.initialize_credit_scorer_company(
        borrowers=[OrganizationReference(organization_number="123456789")]
    )


async def apost_company(client: finapi.AsyncSymetrisk) -> list[CompanySummary]:
    return await client.credit_scoring.initialize_credit_scorer_company(
        borrowers=[OrganizationReference(organization_number="123456789")]
    )


def test_get_503_is_retried(fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="finapi")
    fake.route("GET", "/ping", sequence(httpx.Response(503), PONG))
    assert fake.symetrisk().status.get_ping().message == "pong"
    assert len(fake.api_requests("/ping")) == 2
    assert "GET http://127.0.0.1:4010/ping -> 200 (retry 1)" in caplog.text


def test_default_is_two_retries_then_server_error(fake: FakeApi, slept: Sleeps) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(502, text="bad gateway")))
    with pytest.raises(finapi.ServerError) as caught:
        fake.symetrisk().status.get_ping()
    assert caught.value.status_code == 502
    assert caught.value.body == "bad gateway"
    assert len(fake.api_requests("/ping")) == 3
    assert len(slept) == 2


@pytest.mark.parametrize("status", [408, 429, 500, 504])
def test_retryable_statuses(fake: FakeApi, status: int) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(status), PONG))
    assert fake.symetrisk().status.get_ping().message == "pong"
    assert len(fake.api_requests("/ping")) == 2


@pytest.mark.parametrize("status", [400, 404, 409, 422])
def test_client_errors_are_not_retried(fake: FakeApi, status: int, slept: Sleeps) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(status, json={})))
    with pytest.raises(finapi.APIStatusError):
        fake.symetrisk().status.get_ping()
    assert len(fake.api_requests("/ping")) == 1
    assert slept == []


def test_max_retries_is_configurable(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(503)))
    client = fake.symetrisk(max_retries=5)
    assert client.max_retries == 5
    with pytest.raises(finapi.ServerError):
        client.status.get_ping()
    assert len(fake.api_requests("/ping")) == 6


def test_max_retries_zero_turns_retries_off(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(503), PONG))
    with pytest.raises(finapi.ServerError):
        fake.symetrisk(max_retries=0).status.get_ping()
    assert len(fake.api_requests("/ping")) == 1


def test_post_503_is_not_retried(fake: FakeApi) -> None:
    fake.route("POST", COMPANY_PATH, sequence(httpx.Response(503), OK_COMPANIES))
    with pytest.raises(finapi.ServerError):
        post_company(fake.symetrisk())
    assert len(fake.api_requests(COMPANY_PATH)) == 1


def test_post_429_is_not_retried(fake: FakeApi) -> None:
    fake.route("POST", COMPANY_PATH, sequence(httpx.Response(429), OK_COMPANIES))
    with pytest.raises(finapi.RateLimitError):
        post_company(fake.symetrisk())
    assert len(fake.api_requests(COMPANY_PATH)) == 1


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("full")],
)
def test_post_is_retried_when_it_never_reached_the_server(fake: FakeApi, error: Exception) -> None:
    fake.route("POST", COMPANY_PATH, sequence(error, OK_COMPANIES))
    assert post_company(fake.symetrisk()) == [
        CompanySummary(name="A AS", organization_number="123456789")
    ]
    assert len(fake.api_requests(COMPANY_PATH)) == 2


def test_post_read_timeout_is_not_retried(fake: FakeApi) -> None:
    fake.route("POST", COMPANY_PATH, sequence(httpx.ReadTimeout("slow"), OK_COMPANIES))
    with pytest.raises(finapi.APITimeoutError):
        post_company(fake.symetrisk())
    assert len(fake.api_requests(COMPANY_PATH)) == 1


def test_post_dropped_connection_is_not_retried(fake: FakeApi) -> None:
    fake.route("POST", COMPANY_PATH, sequence(httpx.RemoteProtocolError("eof"), OK_COMPANIES))
    with pytest.raises(finapi.APIConnectionError):
        post_company(fake.symetrisk())
    assert len(fake.api_requests(COMPANY_PATH)) == 1


def test_get_read_timeout_is_retried(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.ReadTimeout("slow"), PONG))
    assert fake.symetrisk().status.get_ping().message == "pong"
    assert len(fake.api_requests("/ping")) == 2


def test_persistent_connect_error_becomes_api_connection_error(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.ConnectError("refused")))
    with pytest.raises(finapi.APIConnectionError) as caught:
        fake.symetrisk().status.get_ping()
    assert not isinstance(caught.value, finapi.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(fake.api_requests("/ping")) == 3


# -- how long -------------------------------------------------------------------------------------


def test_retry_after_seconds_is_honoured(fake: FakeApi, slept: Sleeps) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(429, headers={"Retry-After": "3"}), PONG))
    assert fake.symetrisk().status.get_ping().message == "pong"
    assert slept == [3.0]


@pytest.mark.parametrize(
    "headers", [{"retry-after-ms": "nan"}, {"Retry-After": "inf"}, {"Retry-After": "NaN"}]
)
def test_non_finite_retry_after_falls_back_to_backoff(headers: dict[str, str]) -> None:
    """A NaN delay must not reach the sleep (it would raise a raw ValueError there)."""
    assert retry_after_seconds(httpx.Headers(headers)) is None
    response = httpx.Response(503, headers=headers, request=httpx.Request("GET", "https://x"))
    delay = RetryPolicy().delay_for(response, 1)
    assert delay is not None
    assert 0.375 <= delay <= 0.5


def test_retry_after_ms_is_honoured(fake: FakeApi, slept: Sleeps) -> None:
    fake.route(
        "GET", "/ping", sequence(httpx.Response(503, headers={"retry-after-ms": "250"}), PONG)
    )
    fake.symetrisk().status.get_ping()
    assert slept == [0.25]


def test_retry_after_above_cap_gives_up_without_waiting(fake: FakeApi, slept: Sleeps) -> None:
    fake.route(
        "GET",
        "/ping",
        sequence(httpx.Response(429, headers={"Retry-After": "120"}, json={"detail": "slow down"})),
    )
    with pytest.raises(finapi.RateLimitError) as caught:
        fake.symetrisk().status.get_ping()
    assert caught.value.body == {"detail": "slow down"}
    assert slept == []
    assert len(fake.api_requests("/ping")) == 1


def test_backoff_is_exponential_jittered_and_capped(fake: FakeApi, slept: Sleeps) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(503)))
    with pytest.raises(finapi.ServerError):
        fake.symetrisk(max_retries=6).status.get_ping()
    assert len(slept) == 6
    policy = RetryPolicy()
    for retry, delay in enumerate(slept, start=1):
        base = min(policy.initial_delay * 2 ** (retry - 1), policy.max_delay)
        assert base * (1 - policy.jitter) <= delay <= base
    assert slept[-1] <= policy.max_delay


def test_backoff_jitter_bounds() -> None:
    policy = RetryPolicy()
    assert [policy.backoff(retry, rand=lambda: 0.0) for retry in range(1, 7)] == [
        0.5,
        1.0,
        2.0,
        4.0,
        8.0,
        8.0,
    ]
    assert policy.backoff(1, rand=lambda: 1.0) == 0.375  # cut by at most a quarter
    assert policy.backoff(10, rand=lambda: 1.0) == 6.0


async def test_async_retry_after_is_honoured(fake: FakeApi, slept: Sleeps) -> None:
    fake.route("GET", "/ping", sequence(httpx.Response(429, headers={"Retry-After": "2"}), PONG))
    assert (await fake.async_symetrisk().status.get_ping()).message == "pong"
    assert slept == [2.0]


async def test_async_post_503_not_retried_and_connect_error_retried(fake: FakeApi) -> None:
    fake.route("POST", COMPANY_PATH, sequence(httpx.Response(503), OK_COMPANIES))
    client = fake.async_symetrisk()
    with pytest.raises(finapi.ServerError):
        await apost_company(client)
    fake.route("POST", COMPANY_PATH, sequence(httpx.ConnectError("refused"), OK_COMPANIES))
    assert len(await apost_company(client)) == 1
    assert len(fake.api_requests(COMPANY_PATH)) == 3


async def test_async_read_timeout_maps_to_api_timeout_error(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.ReadTimeout("slow")))
    with pytest.raises(finapi.APITimeoutError):
        await fake.async_symetrisk(max_retries=1).status.get_ping()
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

    def delay(headers: dict[str, str], status: int = 429) -> float | None:
        return policy.delay_for(httpx.Response(status, headers=headers, request=request), 1)

    assert delay({"Retry-After": "5"}) == 5.0
    assert delay({"Retry-After": "61"}) is None  # longer than we accept: give up now
    backoff = delay({}, status=503)
    assert backoff is not None
    assert 0.375 <= backoff <= 0.5
    assert delay({"Retry-After": "-3"}) == 0.0
