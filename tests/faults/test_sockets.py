"""Faults met on real sockets, from a scripted loopback server (tests/faults/server.py):

- a body cut off by a dropped connection, a body that stalls beyond the read timeout: typed
  `APIConnectionError`/`APITimeoutError`, a GET retried, a POST not (the server may have acted);
- 503 with Retry-After, then 200: the wait the server asked for, then the answer;
- an error body echoing the Authorization header: the credential in no message and no body;
- the token endpoint down while many threads or tasks need a token: one flight answers all.

Every error is checked for credentials: not on `error.request`, not on the requests of the
exceptions it chains, not on `error.response.request`, not in `str(error)`.

Backoff waits are skipped (tests/faults/conftest.py records the delays asked for); the
attempts are counted on the server.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

import finapi
import httpx
import pytest
from finapi._apis import SYMETRISK
from finapi._base_client import AsyncAPIClient, SyncAPIClient

from tests.conftest import Sleeps
from tests.faults.server import Action, Drop, Reply, ScriptedServer, Seen, Stall, wait_for
from tests.integration.spec_calls import contract

CLIENT_ID = "socket-client-id"
CLIENT_SECRET = "socket-client-secret-7d1c9e"
BASIC = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
TOKEN = "socket-access-token-0b8f3a5e"
SECRETS = (TOKEN, BASIC, CLIENT_SECRET)

TOKEN_PATH = contract(SYMETRISK).token_path
# A GET and a POST of the Symetrisk API (any would do: the faults are below the operations).
PING = ("GET", "/ping")
PING_BODY = json.dumps({"message": "pong"}).encode()
REQUEST_ACCESS = ("POST", "/request-access")
# What a stalled body is given (per call for the API, per client for the token endpoint);
# everything else gets CLIENT_TIMEOUT, so that a loaded machine cannot add attempts.
READ_TIMEOUT = 0.5
CLIENT_TIMEOUT = httpx.Timeout(10.0)
MAX_RETRIES = 2

ASYNC = [pytest.param(False, id="sync"), pytest.param(True, id="async")]


def token_reply() -> Reply:
    return Reply.json(200, {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600})


def script(api: Callable[[Seen], Action]) -> Callable[[Seen], Action]:
    """Tokens are issued; everything else is up to `api`."""

    def answer(seen: Seen) -> Action:
        return token_reply() if seen.path == TOKEN_PATH else api(seen)

    return answer


def _settings(server: ScriptedServer, **options: Any) -> dict[str, Any]:
    return {
        "environment": server.url,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "timeout": CLIENT_TIMEOUT,
        "max_retries": MAX_RETRIES,
        **options,
    }


@contextlib.contextmanager
def sync_symetrisk(server: ScriptedServer, **options: Any) -> Iterator[Any]:
    with finapi.Symetrisk(**_settings(server, **options)) as client:
        yield client


def call_sync(client: SyncAPIClient, operation: str) -> Any:
    symetrisk: Any = client
    options = {"timeout": httpx.Timeout(10.0, read=READ_TIMEOUT)}
    if operation == "ping":
        return symetrisk.status.get_ping(**options)
    borrowers = [{"organization_number": "123456789"}]
    return symetrisk.bank.request_borrower_access(borrowers=borrowers, **options)


async def call_async(client: AsyncAPIClient, operation: str) -> Any:
    symetrisk: Any = client
    options = {"timeout": httpx.Timeout(10.0, read=READ_TIMEOUT)}
    if operation == "ping":
        return await symetrisk.status.get_ping(**options)
    borrowers = [{"organization_number": "123456789"}]
    return await symetrisk.bank.request_borrower_access(borrowers=borrowers, **options)


def outcome(server: ScriptedServer, operation: str, asynchronous: bool, **options: Any) -> Any:
    """The value or the exception of one call (a fresh client: its token is fetched first)."""
    settings = _settings(server, **options)
    if asynchronous:

        async def run() -> Any:
            async with finapi.AsyncSymetrisk(**settings) as client:
                return await call_async(client, operation)

        try:
            return asyncio.run(run())
        except Exception as error:
            return error
    try:
        with finapi.Symetrisk(**settings) as client:
            return call_sync(client, operation)
    except Exception as error:
        return error


def check_no_credentials(error: BaseException) -> None:
    """No credential on the error, its chain, their requests, the response's request or text."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    for raised in seen:
        text = f"{raised!s} {raised!r}"
        requests = []
        with contextlib.suppress(RuntimeError):  # httpx errors without a request raise
            requests.append(getattr(raised, "request", None))
        response = getattr(raised, "response", None)
        if isinstance(response, httpx.Response):
            requests.append(response.request)
        for request in requests:
            if isinstance(request, httpx.Request):
                text += f" {request.headers.get('authorization')} {request.url}"
        if isinstance(raised, finapi.APIStatusError | finapi.APIResponseValidationError):
            text += json.dumps(raised.body, default=str)
        for secret in SECRETS:
            assert secret not in text, f"{type(raised).__name__} holds a credential: {text}"


# -- (a) a connection dropped mid-body, (b) a body stalled beyond the read timeout ---------------


def _dropped(seen: Seen) -> Action:
    return Drop(PING_BODY, sent=5)


def _stalled(seen: Seen) -> Action:
    return Stall(PING_BODY, sent=5)


FAULTS = [
    pytest.param(_dropped, finapi.APIConnectionError, id="dropped"),
    pytest.param(_stalled, finapi.APITimeoutError, id="stalled"),
]


@pytest.mark.parametrize("asynchronous", ASYNC)
@pytest.mark.parametrize(("fault", "expected"), FAULTS)
def test_a_broken_body_of_a_get_is_retried_then_a_typed_error(
    fault: Callable[[Seen], Action],
    expected: type[finapi.APIConnectionError],
    asynchronous: bool,
    slept: Sleeps,
) -> None:
    with ScriptedServer(script(fault)) as server:
        error = outcome(server, "ping", asynchronous)
    assert type(error) is expected, repr(error)
    assert isinstance(error.__cause__, httpx.TransportError)  # the cause, for the curious
    assert server.count(*PING) == 1 + MAX_RETRIES
    assert len(slept) == MAX_RETRIES
    assert error.request is not None
    assert error.request.url.path == "/ping"
    assert error.request.headers["authorization"] == "[REDACTED]"
    check_no_credentials(error)


@pytest.mark.parametrize("asynchronous", ASYNC)
@pytest.mark.parametrize(("fault", "expected"), FAULTS)
def test_a_get_whose_body_broke_once_succeeds_on_the_retry(
    fault: Callable[[Seen], Action],
    expected: type[finapi.APIConnectionError],
    asynchronous: bool,
    slept: Sleeps,
) -> None:
    def once(seen: Seen) -> Action:
        return fault(seen) if seen.number == 1 else Reply(200, PING_BODY)

    with ScriptedServer(script(once)) as server:
        ping = outcome(server, "ping", asynchronous)
    assert not isinstance(ping, BaseException), repr(ping)
    assert ping.message == "pong"
    assert server.count(*PING) == 2
    assert len(slept) == 1


@pytest.mark.parametrize("asynchronous", ASYNC)
@pytest.mark.parametrize(("fault", "expected"), FAULTS)
def test_a_post_whose_body_broke_is_not_retried(
    fault: Callable[[Seen], Action],
    expected: type[finapi.APIConnectionError],
    asynchronous: bool,
    slept: Sleeps,
) -> None:
    """The server read the request and began to answer: it may have acted on it."""
    with ScriptedServer(script(fault)) as server:
        error = outcome(server, "request_access", asynchronous)
    assert type(error) is expected, repr(error)
    assert server.count(*REQUEST_ACCESS) == 1
    assert slept == []
    check_no_credentials(error)


@pytest.mark.parametrize("asynchronous", ASYNC)
@pytest.mark.parametrize(("fault", "expected"), FAULTS)
def test_a_broken_token_answer_is_retried_and_keeps_the_basic_credential_hidden(
    fault: Callable[[Seen], Action],
    expected: type[finapi.APIConnectionError],
    asynchronous: bool,
    slept: Sleeps,
) -> None:
    """The token request creates nothing: retried like a GET, although it is a POST."""
    with ScriptedServer(fault) as server:
        timeout = httpx.Timeout(10.0, read=READ_TIMEOUT)
        error = outcome(server, "ping", asynchronous, timeout=timeout)
    assert type(error) is expected, repr(error)
    assert server.count("POST", TOKEN_PATH) == 1 + MAX_RETRIES
    assert server.count(*PING) == 0
    assert error.request is not None
    assert error.request.url.path == TOKEN_PATH
    assert error.request.headers["authorization"] == "[REDACTED]"
    check_no_credentials(error)


# -- (c) 503 with Retry-After, then 200 ---------------------------------------------------------


@pytest.mark.parametrize("asynchronous", ASYNC)
def test_retry_after_is_waited_for_then_the_answer_is_parsed(
    asynchronous: bool, slept: Sleeps
) -> None:
    def busy_once(seen: Seen) -> Action:
        if seen.number == 1:
            return Reply.json(503, {"message": "busy"}, **{"Retry-After": "3"})
        return Reply(200, PING_BODY)

    with ScriptedServer(script(busy_once)) as server:
        ping = outcome(server, "ping", asynchronous)
    assert not isinstance(ping, BaseException), repr(ping)
    assert ping.message == "pong"
    assert server.count(*PING) == 2
    assert slept == [3.0]  # the server's wait, not the client's own slept


@pytest.mark.parametrize("asynchronous", ASYNC)
def test_a_post_answered_503_is_not_retried(asynchronous: bool, slept: Sleeps) -> None:
    def busy(seen: Seen) -> Action:
        return Reply.json(503, {"message": "busy"}, **{"Retry-After": "1"})

    with ScriptedServer(script(busy)) as server:
        error = outcome(server, "request_access", asynchronous)
    assert type(error) is finapi.ServerError, repr(error)
    assert error.status_code == 503
    assert server.count(*REQUEST_ACCESS) == 1
    assert slept == []
    check_no_credentials(error)


@pytest.mark.parametrize("asynchronous", ASYNC)
def test_a_retry_after_beyond_the_limit_is_not_waited_for(
    asynchronous: bool, slept: Sleeps
) -> None:
    def later(seen: Seen) -> Action:
        return Reply.json(503, {"message": "maintenance"}, **{"Retry-After": "3600"})

    with ScriptedServer(script(later)) as server:
        error = outcome(server, "ping", asynchronous)
    assert type(error) is finapi.ServerError, repr(error)
    assert server.count(*PING) == 1
    assert slept == []


# -- (d) an error body echoing the credential ---------------------------------------------------


def _echo_json(seen: Seen) -> Action:
    return Reply.json(403, {"message": "Forbidden", "received": dict(seen.headers)})


def _echo_text(seen: Seen) -> Action:
    text = f"Bad request: Authorization: {seen.headers.get('authorization')} is not allowed"
    return Reply(400, text.encode(), {"Content-Type": "text/plain"})


ECHOES = [
    pytest.param(_echo_json, finapi.PermissionDeniedError, id="json-403"),
    pytest.param(_echo_text, finapi.BadRequestError, id="text-400"),
]


@pytest.mark.parametrize("asynchronous", ASYNC)
@pytest.mark.parametrize(("echo", "expected"), ECHOES)
def test_an_echoed_bearer_token_is_in_no_message_and_no_body(
    echo: Callable[[Seen], Action], expected: type[finapi.APIStatusError], asynchronous: bool
) -> None:
    with ScriptedServer(script(echo)) as server:
        error = outcome(server, "ping", asynchronous)
    assert type(error) is expected, repr(error)
    (sent,) = [seen for seen in server.seen if seen.path == "/ping"]
    assert sent.headers["authorization"] == f"Bearer {TOKEN}"  # what the server echoed
    assert TOKEN not in str(error)
    assert TOKEN not in json.dumps(error.body)
    assert "[REDACTED]" in json.dumps(error.body)  # the rest of the body is kept
    check_no_credentials(error)


@pytest.mark.parametrize("asynchronous", ASYNC)
def test_a_token_endpoint_echoing_the_basic_credential_hides_it(asynchronous: bool) -> None:
    def refuse(seen: Seen) -> Action:
        description = f"client {seen.headers.get('authorization')} ({CLIENT_SECRET}) is unknown"
        return Reply.json(401, {"error": "invalid_client", "error_description": description})

    with ScriptedServer(refuse) as server:
        error = outcome(server, "ping", asynchronous)
    assert type(error) is finapi.AuthenticationError, repr(error)
    assert "invalid_client" in str(error)
    assert server.count(*PING) == 0
    check_no_credentials(error)


# -- (e) the token endpoint down while many callers need a token --------------------------------

CALLERS = 8


class CountingLock:
    """The token provider's lock, counting the callers that reached it.

    The server holds its first answer until every caller waits on the single flight, so that
    the count of token requests shows how many flights there were, whatever the scheduling.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.entered = 0
        self._count = threading.Lock()

    def __enter__(self) -> Any:
        with self._count:
            self.entered += 1
        return self.inner.__enter__()

    def __exit__(self, *exc_info: Any) -> Any:
        return self.inner.__exit__(*exc_info)


class CountingAsyncLock(asyncio.Lock):
    entered = 0

    async def acquire(self) -> Literal[True]:
        self.entered += 1
        return await super().acquire()


def _token_down(entered: Callable[[], int]) -> Callable[[Seen], Action]:
    def answer(seen: Seen) -> Action:
        if seen.path != TOKEN_PATH:
            return Reply(200, PING_BODY)
        if seen.number == 1:
            wait_for(lambda: entered() >= CALLERS)
        return Reply.json(503, {"message": "token service unavailable"})

    return answer


def check_one_flight(
    server: ScriptedServer, results: list[Any], slept: Sleeps, waiting: int
) -> None:
    assert waiting == CALLERS, "every caller reached the token provider"
    errors = [result for result in results if isinstance(result, BaseException)]
    assert len(errors) == CALLERS, results
    assert all(type(error) is finapi.ServerError for error in errors), errors
    # One flight: its attempts and its backoffs only, and its error answers every caller.
    assert server.count("POST", TOKEN_PATH) == 1 + MAX_RETRIES
    assert len(slept) == MAX_RETRIES
    assert len({id(error) for error in errors}) == 1
    assert server.count(*PING) == 0
    check_no_credentials(errors[0])


def test_one_failed_token_flight_answers_every_waiting_thread(slept: Sleeps) -> None:
    lock: CountingLock | None = None
    with (
        ScriptedServer(_token_down(lambda: lock.entered if lock else 0)) as server,
        sync_symetrisk(server) as client,
    ):
        tokens: Any = client._shared.tokens
        lock = tokens._lock = CountingLock(tokens._lock)
        start = threading.Barrier(CALLERS)

        def caller() -> Any:
            start.wait()
            try:
                return call_sync(client, "ping")
            except Exception as error:
                return error

        with ThreadPoolExecutor(CALLERS) as pool:
            results = list(pool.map(lambda _: caller(), range(CALLERS)))
        check_one_flight(server, results, slept, lock.entered)

        # The endpoint is back: the next caller starts a new flight and gets a token.
        server.use(script(lambda seen: Reply(200, PING_BODY)))
        assert call_sync(client, "ping").message == "pong"
    assert server.count("POST", TOKEN_PATH) == 1 + MAX_RETRIES + 1


async def test_one_failed_token_flight_answers_every_waiting_task(slept: Sleeps) -> None:
    lock = CountingAsyncLock()
    with ScriptedServer(_token_down(lambda: lock.entered)) as server:
        async with finapi.AsyncSymetrisk(**_settings(server)) as client:
            tokens: Any = client._shared.tokens
            tokens._async_locks[asyncio.get_running_loop()] = lock

            async def caller() -> Any:
                try:
                    return await call_async(client, "ping")
                except Exception as error:
                    return error

            results = await asyncio.gather(*(caller() for _ in range(CALLERS)))
            check_one_flight(server, list(results), slept, lock.entered)

            server.use(script(lambda seen: Reply(200, PING_BODY)))
            assert (await call_async(client, "ping")).message == "pong"
    assert server.count("POST", TOKEN_PATH) == 1 + MAX_RETRIES + 1
