"""OAuth2 client credentials: caching, expiry, leeway, 401 replay, single flight, failures."""

from __future__ import annotations

import asyncio
import base64
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

import finapi
import httpx
import pytest
from finapi._config import Secret
from symetrisk_client.api.auth import create_access_token
from symetrisk_client.api.status import get_ping
from symetrisk_client.models import GrantType, TokenRequest, TokenResponse

from .fakes import CLIENT_ID, SECRET, FakeApi, yield_to_other_tasks


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


MOCK_TOKEN_URL = "http://127.0.0.1:4010/oauth2/token"


def make_auth(fake: FakeApi, clock: FakeClock, **kwargs: object) -> finapi.OAuth2ClientCredentials:
    return finapi.OAuth2ClientCredentials(
        token_url=MOCK_TOKEN_URL,
        client_id=CLIENT_ID,
        client_secret=Secret(SECRET),
        http_client=httpx.Client(transport=httpx.MockTransport(fake.handle)),
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ping_client(fake: FakeApi) -> Iterator[httpx.Client]:
    fake.json_route("GET", "/ping", {"message": "pong"})
    transport = httpx.MockTransport(fake.handle)
    with httpx.Client(transport=transport, base_url="http://127.0.0.1:4010") as client:
        yield client


def test_token_request_uses_basic_auth_and_form_body(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk()
    assert get_ping.sync_detailed(client=client).status_code == 200
    (token_request,) = fake.token_requests
    expected = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    assert token_request.method == "POST"
    assert token_request.url == "http://127.0.0.1:4010/oauth2/token"
    assert token_request.headers["authorization"] == f"Basic {expected}"
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token_request.content.decode()) == {"grant_type": ["client_credentials"]}
    assert fake.requests[0].headers["authorization"].startswith("Bearer access-token-1")


def test_generated_token_operation_sends_client_auth_not_a_bearer(fake: FakeApi) -> None:
    client = fake.symetrisk()
    body = TokenRequest(grant_type=GrantType.CLIENT_CREDENTIALS)
    parsed = create_access_token.sync(client=client, body=body)
    assert isinstance(parsed, TokenResponse)
    assert parsed.token_type == "Bearer"
    (token_request,) = fake.token_requests  # the operation's own call, and no extra token fetch
    expected = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    assert token_request.headers["authorization"] == f"Basic {expected}"


async def test_async_generated_token_operation_sends_client_auth(fake: FakeApi) -> None:
    client = fake.async_symetrisk()
    body = TokenRequest(grant_type=GrantType.CLIENT_CREDENTIALS)
    parsed = await create_access_token.asyncio(client=client, body=body)
    assert isinstance(parsed, TokenResponse)
    (token_request,) = fake.token_requests
    assert token_request.headers["authorization"].startswith("Basic ")


def test_scopes_are_sent_space_separated(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk(
        scopes=["https://api.symetrisk.com/read", "https://api.symetrisk.com/write"]
    )
    get_ping.sync_detailed(client=client)
    form = parse_qs(fake.token_requests[0].content.decode())
    assert form["scope"] == ["https://api.symetrisk.com/read https://api.symetrisk.com/write"]


def test_token_is_cached_between_calls(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk()
    for _ in range(5):
        get_ping.sync_detailed(client=client)
    assert len(fake.token_requests) == 1
    assert len(fake.requests) == 5


def test_token_refetched_after_expiry_with_leeway(
    fake: FakeApi, clock: FakeClock, ping_client: httpx.Client
) -> None:
    ping_client.auth = make_auth(fake, clock)
    ping_client.get("/ping")
    clock.now += 3600 - 30 - 1  # 1 s before the 30 s leeway starts: still reused
    ping_client.get("/ping")
    assert len(fake.token_requests) == 1
    clock.now += 2  # inside the leeway window: refreshed before it can expire in flight
    ping_client.get("/ping")
    assert len(fake.token_requests) == 2


def test_short_tokens_use_ten_percent_leeway(
    fake: FakeApi, clock: FakeClock, ping_client: httpx.Client
) -> None:
    fake.expires_in = 60  # leeway min(30, 6) = 6 s
    ping_client.auth = make_auth(fake, clock)
    ping_client.get("/ping")
    clock.now += 53
    ping_client.get("/ping")
    assert len(fake.token_requests) == 1
    clock.now += 2
    ping_client.get("/ping")
    assert len(fake.token_requests) == 2


def test_token_without_expires_in_is_kept_until_rejected(
    fake: FakeApi, clock: FakeClock, ping_client: httpx.Client
) -> None:
    fake.expires_in = None
    ping_client.auth = make_auth(fake, clock)
    ping_client.get("/ping")
    clock.now += 10**6
    ping_client.get("/ping")
    assert len(fake.token_requests) == 1
    fake.revoke_tokens()
    assert ping_client.get("/ping").status_code == 200
    assert len(fake.token_requests) == 2


def test_401_refreshes_and_replays_exactly_once(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk()
    get_ping.sync_detailed(client=client)
    fake.revoke_tokens()  # the cached token is now rejected
    response = get_ping.sync_detailed(client=client)
    assert response.status_code == 200
    assert len(fake.token_requests) == 2
    assert len(fake.api_requests("/ping")) == 3  # ok, 401, replay


def test_second_401_is_raised_not_looped(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(401, json={"detail": "nope"}))
    client = fake.symetrisk()
    with pytest.raises(finapi.AuthenticationError) as caught:
        get_ping.sync_detailed(client=client)
    assert caught.value.status_code == 401
    assert caught.value.body == {"detail": "nope"}
    assert len(fake.token_requests) == 2  # initial + one refresh
    assert len(fake.api_requests("/ping")) == 2  # first try + one replay


async def test_async_401_refreshes_and_replays_once(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(401, json={"detail": "nope"}))
    client = fake.async_symetrisk()
    with pytest.raises(finapi.AuthenticationError):
        await get_ping.asyncio_detailed(client=client)
    assert len(fake.token_requests) == 2
    assert len(fake.api_requests("/ping")) == 2


def test_single_flight_under_32_threads(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk()
    auth = client.get_httpx_client().auth.inner
    waiting = threading.Semaphore(0)
    original_lock = auth._lock

    class CountingLock:
        """Lets the token endpoint answer only once all 32 threads are contending."""

        def __enter__(self) -> None:
            waiting.release()
            original_lock.acquire()

        def __exit__(self, *exc: object) -> None:
            original_lock.release()

    auth._lock = CountingLock()

    def all_threads_waiting() -> None:
        for _ in range(32):
            assert waiting.acquire(timeout=5)

    fake.before_token = all_threads_waiting
    with ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(lambda _: get_ping.sync_detailed(client=client), range(32)))
    assert all(result.status_code == 200 for result in results)
    assert len(fake.token_requests) == 1
    assert auth.token_requests == 1


async def test_single_flight_under_32_tasks(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    fake.async_before_token = yield_to_other_tasks  # let the other 31 tasks pile up on the lock
    client = fake.async_symetrisk()
    results = await asyncio.gather(*(get_ping.asyncio_detailed(client=client) for _ in range(32)))
    assert all(result.status_code == 200 for result in results)
    assert len(fake.token_requests) == 1


async def test_single_flight_after_expiry_async(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    fake.async_before_token = yield_to_other_tasks
    client = fake.async_symetrisk()
    await get_ping.asyncio_detailed(client=client)
    fake.revoke_tokens()  # 32 tasks now all get a 401 with the same rejected token
    results = await asyncio.gather(*(get_ping.asyncio_detailed(client=client) for _ in range(32)))
    assert all(result.status_code == 200 for result in results)
    assert len(fake.token_requests) == 2  # one refresh for all 32 replays


def test_replay_race_does_not_refetch_when_someone_else_refreshed(
    fake: FakeApi, clock: FakeClock
) -> None:
    auth = make_auth(fake, clock)
    first = auth._sync_token(rejected=None)
    refreshed = auth._sync_token(rejected=first)  # caller A saw a 401 with `first`
    again = auth._sync_token(rejected=first)  # caller B also saw the 401 with `first`
    assert refreshed == again != first
    assert len(fake.token_requests) == 2


def test_token_endpoint_error_raises_authentication_error(fake: FakeApi) -> None:
    fake.token_failure = httpx.Response(
        400, json={"error": "invalid_client", "error_description": "bad secret"}
    )
    client = fake.symetrisk()
    with pytest.raises(finapi.AuthenticationError) as caught:
        get_ping.sync_detailed(client=client)
    error = caught.value
    assert error.status_code == 400
    assert "invalid_client" in str(error)
    assert "bad secret" in str(error)
    assert SECRET not in str(error)
    assert SECRET not in repr(error)
    assert fake.requests == []  # the API itself was never called


def test_token_endpoint_echoing_the_secret_is_redacted(fake: FakeApi) -> None:
    fake.token_failure = httpx.Response(401, text=f"client secret {SECRET} is wrong")
    client = fake.symetrisk()
    with pytest.raises(finapi.AuthenticationError) as caught:
        get_ping.sync_detailed(client=client)
    assert SECRET not in str(caught.value)
    assert SECRET not in str(caught.value.body)


@pytest.mark.parametrize(
    ("status", "error"), [(503, finapi.ServerError), (429, finapi.RateLimitError)]
)
def test_token_endpoint_outage_is_not_a_credentials_error(
    fake: FakeApi, status: int, error: type[finapi.APIStatusError]
) -> None:
    fake.token_failure = httpx.Response(status, text="try later")
    with pytest.raises(error) as caught:
        get_ping.sync_detailed(client=fake.symetrisk(max_retries=0))
    assert not isinstance(caught.value, finapi.AuthenticationError)
    assert caught.value.status_code == status
    assert "Token request" in str(caught.value)


def test_api_errors_do_not_carry_the_bearer_token(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(404, json={"detail": "gone"}))
    with pytest.raises(finapi.NotFoundError) as caught:
        get_ping.sync_detailed(client=fake.symetrisk())
    assert caught.value.response.request.headers["authorization"] == "[REDACTED]"


def test_token_response_without_access_token(fake: FakeApi) -> None:
    fake.token_failure = httpx.Response(200, json={"token_type": "Bearer"})
    with pytest.raises(finapi.AuthenticationError, match="no access_token"):
        get_ping.sync_detailed(client=fake.symetrisk())


def test_token_endpoint_5xx_is_retried(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    answers = iter([httpx.Response(503), None])

    def flaky() -> None:
        fake.token_failure = next(answers)

    fake.before_token = flaky
    assert get_ping.sync_detailed(client=fake.symetrisk()).status_code == 200
    assert len(fake.token_requests) == 2


def test_auth_repr_hides_secret_and_token(fake: FakeApi, clock: FakeClock) -> None:
    auth = make_auth(fake, clock)
    token = auth._sync_token(rejected=None)
    text = repr(auth)
    assert SECRET not in text
    assert token not in text
    assert CLIENT_ID in text


def test_async_lock_is_per_event_loop(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    fake.async_before_token = yield_to_other_tasks  # keeps the lock held long enough to contend
    client = fake.async_symetrisk()

    async def two_pings() -> list[int]:
        fake.revoke_tokens()
        calls = (get_ping.asyncio_detailed(client=client) for _ in range(2))
        return [int(response.status_code) for response in await asyncio.gather(*calls)]

    assert asyncio.run(two_pings()) == [200, 200]
    # Contended again in a second loop: a lock shared across loops would be bound to the first.
    assert asyncio.run(two_pings()) == [200, 200]
    assert len(fake.token_requests) == 2  # one per loop: still single flight
