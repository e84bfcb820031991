"""OAuth2 client credentials: caching, expiry, leeway, 401 replay, single flight, failures."""

from __future__ import annotations

import asyncio
import base64
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

import finapi
import httpx
import pytest
from finapi._auth import TokenProvider
from finapi._config import Secret
from finapi._retry import RetryPolicy
from symetrisk_client.models import GrantType, PingResponse, TokenResponse

from tests.conftest import Sleeps

from .fakes import CLIENT_ID, SECRET, FakeApi, FakeClock, use_clock, yield_to_other_tasks

BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
MOCK_TOKEN_URL = "http://127.0.0.1:4010/oauth2/token"
COGNITO_TOKEN_URL = "https://symetrisk.auth.eu-central-1.amazoncognito.com/oauth2/token"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def pong(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})


def make_provider(fake: FakeApi, clock: FakeClock) -> TokenProvider:
    return TokenProvider(
        token_url=MOCK_TOKEN_URL,
        client_id=CLIENT_ID,
        client_secret=Secret(SECRET),
        policy=RetryPolicy(),
        http_client=fake.http(),
        clock=clock,
    )


def test_token_request_uses_basic_auth_and_form_body(fake: FakeApi) -> None:
    pong(fake)
    assert fake.symetrisk().status.get_ping() == PingResponse(message="pong")
    (token_request,) = fake.token_requests
    assert token_request.method == "POST"
    assert token_request.url == MOCK_TOKEN_URL
    assert token_request.headers["authorization"] == BASIC
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token_request.content.decode()) == {"grant_type": ["client_credentials"]}
    assert fake.requests[0].headers["authorization"] == "Bearer access-token-1-abcdefgh"


def test_token_operation_sends_client_auth_not_a_bearer(fake: FakeApi) -> None:
    parsed = fake.symetrisk().auth.create_access_token(grant_type="client_credentials")
    assert isinstance(parsed, TokenResponse)
    assert parsed.token_type == "Bearer"
    assert parsed.access_token == "access-token-1-abcdefgh"
    (token_request,) = fake.token_requests  # the operation's own call, and no extra token fetch
    assert token_request.url == MOCK_TOKEN_URL
    assert token_request.headers["authorization"] == BASIC
    assert parse_qs(token_request.content.decode()) == {"grant_type": ["client_credentials"]}
    assert fake.requests == []


def test_token_operation_goes_to_the_token_url_not_the_api_host(fake: FakeApi) -> None:
    """Symetrisk production tokens come from Cognito, another host than the API's base URL."""
    client = fake.symetrisk(environment="production")
    client.auth.create_access_token(grant_type=GrantType.CLIENT_CREDENTIALS, scope="a b")
    (token_request,) = fake.token_requests
    assert str(token_request.url) == COGNITO_TOKEN_URL
    assert token_request.headers["authorization"] == BASIC
    form = parse_qs(token_request.content.decode())
    assert form == {"grant_type": ["client_credentials"], "scope": ["a b"]}


async def test_async_token_operation_sends_client_auth(fake: FakeApi) -> None:
    client = fake.async_symetrisk()
    parsed = await client.auth.create_access_token(grant_type="client_credentials")
    assert isinstance(parsed, TokenResponse)
    (token_request,) = fake.token_requests
    assert token_request.headers["authorization"] == BASIC
    assert fake.requests == []


def test_brevio_token_operation_sends_client_auth(fake: FakeApi) -> None:
    parsed = fake.brevio().auth.create_access_token(grant_type="client_credentials")
    assert parsed.access_token == "access-token-1-abcdefgh"
    (token_request,) = fake.token_requests
    assert token_request.url == "http://127.0.0.1:4011/v1/auth/token"
    assert token_request.headers["authorization"] == BASIC


def test_scopes_are_sent_space_separated(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk(
        scopes=["https://api.symetrisk.com/read", "https://api.symetrisk.com/write"]
    )
    client.status.get_ping()
    form = parse_qs(fake.token_requests[0].content.decode())
    assert form["scope"] == ["https://api.symetrisk.com/read https://api.symetrisk.com/write"]


def test_token_is_cached_between_calls(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    for _ in range(5):
        client.status.get_ping()
    assert len(fake.token_requests) == 1
    assert len(fake.requests) == 5


def test_token_refetched_after_expiry_with_leeway(fake: FakeApi, clock: FakeClock) -> None:
    pong(fake)
    client = fake.symetrisk()
    use_clock(client, clock)
    client.status.get_ping()
    clock.now += 3600 - 30 - 1  # 1 s before the 30 s leeway starts: still reused
    client.status.get_ping()
    assert len(fake.token_requests) == 1
    clock.now += 2  # inside the leeway window: refreshed before it can expire in flight
    client.status.get_ping()
    assert len(fake.token_requests) == 2
    assert fake.requests[-1].headers["authorization"] == "Bearer access-token-2-abcdefgh"


def test_short_tokens_use_ten_percent_leeway(fake: FakeApi, clock: FakeClock) -> None:
    pong(fake)
    fake.expires_in = 60  # leeway min(30, 6) = 6 s
    client = fake.symetrisk()
    use_clock(client, clock)
    client.status.get_ping()
    clock.now += 53
    client.status.get_ping()
    assert len(fake.token_requests) == 1
    clock.now += 2
    client.status.get_ping()
    assert len(fake.token_requests) == 2


def test_token_without_expires_in_is_kept_until_rejected(fake: FakeApi, clock: FakeClock) -> None:
    pong(fake)
    fake.expires_in = None
    client = fake.symetrisk()
    use_clock(client, clock)
    client.status.get_ping()
    clock.now += 10**6
    client.status.get_ping()
    assert len(fake.token_requests) == 1
    fake.revoke_tokens()
    assert client.status.get_ping().message == "pong"
    assert len(fake.token_requests) == 2


def test_401_refreshes_and_replays_exactly_once(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    client.status.get_ping()
    fake.revoke_tokens()  # the cached token is now rejected
    assert client.status.get_ping().message == "pong"
    assert len(fake.token_requests) == 2
    assert len(fake.api_requests("/ping")) == 3  # ok, 401, replay
    replay = fake.api_requests("/ping")[-1]
    assert replay.headers["authorization"] == "Bearer access-token-2-abcdefgh"


def test_second_401_is_raised_not_looped(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(401, json={"detail": "nope"}))
    client = fake.symetrisk()
    with pytest.raises(finapi.AuthenticationError) as caught:
        client.status.get_ping()
    assert caught.value.status_code == 401
    assert caught.value.body == {"detail": "nope"}
    assert len(fake.token_requests) == 2  # initial + one refresh
    assert len(fake.api_requests("/ping")) == 2  # first try + one replay


async def test_async_401_refreshes_and_replays_once(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(401, json={"detail": "nope"}))
    client = fake.async_symetrisk()
    with pytest.raises(finapi.AuthenticationError):
        await client.status.get_ping()
    assert len(fake.token_requests) == 2
    assert len(fake.api_requests("/ping")) == 2


class ContendedLock:
    """Wraps the provider's lock and lets the token endpoint answer only once `callers` threads
    are contending for it, so the single flight is really tested under contention."""

    def __init__(self, tokens: TokenProvider, callers: int) -> None:
        self.inner = tokens._lock
        self.callers = callers
        self.waiting = threading.Semaphore(0)
        self.released = False

    def __enter__(self) -> None:
        self.waiting.release()
        self.inner.acquire()

    def __exit__(self, *exc: object) -> None:
        self.inner.release()

    def all_waiting(self) -> None:
        if self.released:  # a retry of the same flight
            return
        for _ in range(self.callers):
            assert self.waiting.acquire(timeout=5)
        self.released = True


def contend(client: finapi.Symetrisk, fake: FakeApi, callers: int) -> TokenProvider:
    tokens = client._shared.tokens
    lock = ContendedLock(tokens, callers)
    tokens._lock = lock  # type: ignore[assignment]
    fake.before_token = lock.all_waiting
    return tokens


def test_single_flight_under_32_threads(fake: FakeApi) -> None:
    pong(fake)
    client = fake.symetrisk()
    tokens = contend(client, fake, 32)
    with ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(lambda _: client.status.get_ping(), range(32)))
    assert all(result.message == "pong" for result in results)
    assert len(fake.token_requests) == 1
    assert tokens.token_requests == 1


async def test_single_flight_under_32_tasks(fake: FakeApi) -> None:
    pong(fake)
    fake.async_before_token = yield_to_other_tasks  # let the other 31 tasks pile up on the lock
    client = fake.async_symetrisk()
    results = await asyncio.gather(*(client.status.get_ping() for _ in range(32)))
    assert all(result.message == "pong" for result in results)
    assert len(fake.token_requests) == 1


async def test_single_flight_after_expiry_async(fake: FakeApi) -> None:
    pong(fake)
    fake.async_before_token = yield_to_other_tasks
    client = fake.async_symetrisk()
    await client.status.get_ping()
    fake.revoke_tokens()  # 32 tasks now all get a 401 with the same rejected token
    results = await asyncio.gather(*(client.status.get_ping() for _ in range(32)))
    assert all(result.message == "pong" for result in results)
    assert len(fake.token_requests) == 2  # one refresh for all 32 replays


def test_replay_race_does_not_refetch_when_someone_else_refreshed(
    fake: FakeApi, clock: FakeClock
) -> None:
    tokens = make_provider(fake, clock)
    first = tokens.sync_token(rejected=None)
    refreshed = tokens.sync_token(rejected=first)  # caller A saw a 401 with `first`
    again = tokens.sync_token(rejected=first)  # caller B also saw the 401 with `first`
    assert refreshed == again != first
    assert len(fake.token_requests) == 2


# -- the token endpoint failing -----------------------------------------------------------------


def test_token_endpoint_error_raises_authentication_error(fake: FakeApi) -> None:
    fake.token_failure = httpx.Response(
        400, json={"error": "invalid_client", "error_description": "bad secret"}
    )
    with pytest.raises(finapi.AuthenticationError) as caught:
        fake.symetrisk().status.get_ping()
    error = caught.value
    assert error.status_code == 400
    assert "invalid_client" in str(error)
    assert "bad secret" in str(error)
    assert SECRET not in str(error)
    assert SECRET not in repr(error)
    assert fake.requests == []  # the API itself was never called
    assert len(fake.token_requests) == 1  # a refusal is not retried


def test_token_endpoint_echoing_the_secret_is_redacted(fake: FakeApi) -> None:
    fake.token_failure = httpx.Response(401, text=f"client secret {SECRET} is wrong")
    with pytest.raises(finapi.AuthenticationError) as caught:
        fake.symetrisk().status.get_ping()
    assert SECRET not in str(caught.value)
    assert SECRET not in str(caught.value.body)


def test_token_endpoint_error_keeps_no_credential_on_the_request(fake: FakeApi) -> None:
    fake.token_failure = httpx.Response(401, json={"error": "invalid_client"})
    with pytest.raises(finapi.AuthenticationError) as caught:
        fake.symetrisk().status.get_ping()
    error = caught.value
    assert error.request is not None
    for request in (error.request, error.response.request):
        assert request.headers["authorization"] == "[REDACTED]"


@pytest.mark.parametrize(
    ("status", "error"), [(503, finapi.ServerError), (429, finapi.RateLimitError)]
)
def test_token_endpoint_outage_is_not_a_credentials_error(
    fake: FakeApi, status: int, error: type[finapi.APIStatusError]
) -> None:
    fake.token_failure = httpx.Response(status, text="try later")
    with pytest.raises(error) as caught:
        fake.symetrisk(max_retries=0).status.get_ping()
    assert not isinstance(caught.value, finapi.AuthenticationError)
    assert caught.value.status_code == status
    assert "Token request" in str(caught.value)


def test_api_errors_do_not_carry_the_bearer_token(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(404, json={"detail": "gone"}))
    with pytest.raises(finapi.NotFoundError) as caught:
        fake.symetrisk().status.get_ping()
    error = caught.value
    assert error.request is not None
    assert error.request.headers["authorization"] == "[REDACTED]"
    assert error.response.request.headers["authorization"] == "[REDACTED]"
    for token in fake.issued_tokens():
        assert token not in repr(error.response.request.headers)


def test_token_response_without_access_token(fake: FakeApi) -> None:
    fake.token_failure = httpx.Response(200, json={"token_type": "Bearer"})
    with pytest.raises(finapi.AuthenticationError, match="no access_token"):
        fake.symetrisk().status.get_ping()


def test_token_endpoint_5xx_is_retried(fake: FakeApi) -> None:
    pong(fake)
    answers: list[httpx.Response | None] = [httpx.Response(503), None]

    def flaky() -> None:
        fake.token_failure = answers.pop(0)

    fake.before_token = flaky
    assert fake.symetrisk().status.get_ping().message == "pong"
    assert len(fake.token_requests) == 2


def test_provider_repr_hides_secret_and_token(fake: FakeApi, clock: FakeClock) -> None:
    tokens = make_provider(fake, clock)
    token = tokens.sync_token(rejected=None)
    text = repr(tokens)
    assert SECRET not in text
    assert token not in text
    assert CLIENT_ID in text


def test_async_lock_is_per_event_loop(fake: FakeApi) -> None:
    pong(fake)
    fake.async_before_token = yield_to_other_tasks  # keeps the lock held long enough to contend
    client = fake.async_symetrisk()

    async def two_pings() -> list[str]:
        fake.revoke_tokens()
        results = await asyncio.gather(*(client.status.get_ping() for _ in range(2)))
        return [result.message for result in results]

    assert asyncio.run(two_pings()) == ["pong", "pong"]
    # Contended again in a second loop: a lock shared across loops would be bound to the first.
    assert asyncio.run(two_pings()) == ["pong", "pong"]
    assert len(fake.token_requests) == 2  # one per loop: still single flight


# -- single flight while the token endpoint is down (issue 10) ----------------------------------


@pytest.mark.parametrize("callers", [4, 32])
def test_one_failed_refresh_answers_every_waiting_thread(
    fake: FakeApi, clock: FakeClock, slept: Sleeps, callers: int
) -> None:
    """An expired token and a failing endpoint: one flight of 1 + max_retries token requests,
    every caller gets its error, and nobody starts a second round of backoff."""
    pong(fake)
    client = fake.symetrisk()
    use_clock(client, clock)
    client.status.get_ping()  # a token, which then expires
    clock.now += 3600
    fake.token_failure = httpx.Response(503, json={"error": "unavailable"})
    tokens = contend(client, fake, callers)
    slept.clear()

    def ping() -> BaseException | None:
        try:
            client.status.get_ping()
        except BaseException as error:
            return error
        return None

    with ThreadPoolExecutor(max_workers=callers) as pool:
        outcomes = list(pool.map(lambda _: ping(), range(callers)))
    assert all(isinstance(outcome, finapi.ServerError) for outcome in outcomes)
    assert len({id(outcome) for outcome in outcomes}) == 1  # the one flight's error, for all
    assert len(fake.token_requests) == 1 + 1 + client.max_retries  # first token, then one flight
    assert tokens.token_requests == 2
    assert len(slept) == client.max_retries  # the flight's own backoff, nobody else's
    assert len(fake.api_requests("/ping")) == 1  # no API request without a token


@pytest.mark.parametrize("callers", [4, 32])
async def test_one_failed_refresh_answers_every_waiting_task(
    fake: FakeApi, clock: FakeClock, slept: Sleeps, callers: int
) -> None:
    pong(fake)
    client = fake.async_symetrisk()
    use_clock(client, clock)
    await client.status.get_ping()
    clock.now += 3600
    fake.token_failure = httpx.Response(503, json={"error": "unavailable"})
    fake.async_before_token = yield_to_other_tasks
    slept.clear()
    outcomes = await asyncio.gather(
        *(client.status.get_ping() for _ in range(callers)), return_exceptions=True
    )
    assert all(isinstance(outcome, finapi.ServerError) for outcome in outcomes)
    assert len({id(outcome) for outcome in outcomes}) == 1
    assert len(fake.token_requests) == 1 + 1 + client.max_retries
    assert len(slept) == client.max_retries
    assert len(fake.api_requests("/ping")) == 1


def test_the_next_call_after_a_failed_flight_tries_again(fake: FakeApi, slept: Sleeps) -> None:
    """The failure answers the callers that waited for it, not every later call."""
    pong(fake)
    client = fake.symetrisk(max_retries=0)
    fake.token_failure = httpx.Response(503)
    with pytest.raises(finapi.ServerError):
        client.status.get_ping()
    fake.token_failure = None
    assert client.status.get_ping().message == "pong"
    assert len(fake.token_requests) == 2


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.ConnectError("refused"), finapi.APIConnectionError),
        (httpx.ReadTimeout("slow"), finapi.APITimeoutError),
    ],
)
def test_token_endpoint_unreachable_is_a_connection_error(
    fake: FakeApi, failure: Exception, error: type[finapi.APIConnectionError]
) -> None:
    """The token request creates nothing: even a read timeout is retried, then typed."""
    fake.token_failure = failure
    with pytest.raises(error) as caught:
        fake.symetrisk().status.get_ping()
    assert len(fake.token_requests) == 3
    assert caught.value.request is not None
    assert caught.value.request.headers["authorization"] == "[REDACTED]"
    assert BASIC.split()[1] not in str(caught.value)
