"""The request loop every call goes through, written once without I/O and driven sync or async.

httpx's `_auth.py` has the pattern: auth flows are generators that yield the requests to send and
receive the responses, and httpx drives them from `Client.send` or `AsyncClient.send`. Here the
whole attempt loop is such a generator. It yields commands:

- `Send(request)`: the driver sends it with `client.send` (which reads the whole body, so a
  connection that drops or stalls mid-body is seen here and retried like any transport error)
  and sends back the `httpx.Response`, or the `httpx.TransportError` it raised.
- `Sleep(seconds)`: back off before a retry.
- `GetToken(rejected)`: the driver asks the token provider for a bearer token (single flight,
  see `_auth.py`), past `rejected` after the API refused it with a 401.

and decides everything else: which attempt is retried and after how long (`_retry.RetryPolicy`),
the one token refresh and replay after a 401, logging, and turning transport errors into
`APIConnectionError`/`APITimeoutError`. The drivers (`run_sync`, `run_async`) are the only code
that exists twice, and each is a few lines of dispatch.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, public_request
from ._logging import logger
from ._retry import RetryPolicy

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Send:
    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class GetToken:
    rejected: str | None  # the token the API just answered 401 to


Command = Send | Sleep | GetToken
Flow = Generator[Command, Any, T]


@dataclass(frozen=True, slots=True)
class Sent:
    """The final response of one logical request, and the credential it carried (if any)."""

    response: httpx.Response
    token: str | None


def send_flow(
    build: Callable[[str | None], httpx.Request],
    policy: RetryPolicy,
    *,
    bearer: bool,
) -> Flow[Sent]:
    """One logical request: attempts with backoff, and with `bearer`, a token per attempt and one
    refresh-and-replay after a 401.

    `build(token)` makes a fresh request for each attempt (with `Authorization: Bearer token`
    when `bearer`), so no attempt reuses a consumed body stream.
    """
    retry = 0
    token: str | None = None
    replayed = False
    refreshed: str | None = None
    while True:
        if bearer:
            token = refreshed if refreshed is not None else (yield GetToken(rejected=None))
            refreshed = None
        request = build(token)
        outcome = yield Send(request)
        if isinstance(outcome, httpx.TransportError):
            _log_attempt(request, retry, type(outcome).__name__)
            if retry < policy.max_retries and policy.retryable_error(request, outcome):
                retry += 1
                yield Sleep(policy.backoff(retry))
                continue
            raise _connection_error(request, outcome) from outcome
        response: httpx.Response = outcome
        _log_attempt(request, retry, response.status_code)
        if bearer and response.status_code == 401 and not replayed:
            # The token may have been revoked or expired early: one fresh token, one replay,
            # which is not a retry (a second 401 is the caller's AuthenticationError).
            logger.info(
                "401 from %s %s: refreshing the token and retrying once",
                request.method,
                request.url,
            )
            replayed = True
            refreshed = yield GetToken(rejected=token)
            continue
        if retry < policy.max_retries and policy.retryable_status(request, response.status_code):
            delay = policy.delay_for(response, retry + 1)
            if delay is not None:
                retry += 1
                yield Sleep(delay)
                continue
            logger.info(
                "Not retrying %s %s: Retry-After exceeds %.0f s",
                request.method,
                request.url,
                policy.max_retry_after,
            )
        return Sent(response, token)


def _log_attempt(request: httpx.Request, retry: int, outcome: int | str) -> None:
    if retry:
        logger.info("%s %s -> %s (retry %d)", request.method, request.url, outcome, retry)
    else:
        logger.debug("%s %s -> %s", request.method, request.url, outcome)


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    text = f"{type(error).__name__} for {request.method} {request.url}: {error}"
    # The httpx error becomes the typed error's __cause__; the request it holds is the one that
    # was sent, credential included, so it gets a blanked copy too.
    error.request = public_request(request)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({text})", request=request)
    return APIConnectionError(f"Connection error ({text})", request=request)


class SyncTokens(Protocol):
    def sync_token(self, rejected: str | None) -> str: ...


class AsyncTokens(Protocol):
    async def async_token(self, rejected: str | None) -> str: ...


# Module attributes so that tests can skip the waiting (the delays are still computed and logged).
sleep: Callable[[float], None] = time.sleep
async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


def run_sync(flow: Flow[T], http: httpx.Client, tokens: SyncTokens | None = None) -> T:
    """Drive a flow with a sync httpx client."""
    try:
        command = next(flow)
        while True:
            if isinstance(command, Send):
                try:
                    reply: Any = _unbound(http.send(command.request))
                except httpx.TransportError as error:
                    reply = error
            elif isinstance(command, Sleep):
                sleep(command.seconds)
                reply = None
            else:
                if tokens is None:
                    raise RuntimeError("this flow needs a token provider")
                reply = tokens.sync_token(command.rejected)
            command = flow.send(reply)
    except StopIteration as done:
        result: T = done.value
        return result
    finally:
        flow.close()


async def run_async(flow: Flow[T], http: httpx.AsyncClient, tokens: AsyncTokens | None = None) -> T:
    """Drive a flow with an async httpx client."""
    try:
        command = next(flow)
        while True:
            if isinstance(command, Send):
                try:
                    reply: Any = _unbound(await http.send(command.request))
                except httpx.TransportError as error:
                    reply = error
            elif isinstance(command, Sleep):
                await async_sleep(command.seconds)
                reply = None
            else:
                if tokens is None:
                    raise RuntimeError("this flow needs a token provider")
                reply = await tokens.async_token(command.rejected)
            command = flow.send(reply)
    except StopIteration as done:
        result: T = done.value
        return result
    finally:
        flow.close()


def _unbound(response: httpx.Response) -> httpx.Response:
    """Make a read response collectable by reference counting alone.

    httpx binds a response's stream to the response (BoundSyncStream -> Response -> stream), a
    reference cycle, so every body would wait in memory for the cyclic GC: a listing's memory
    would grow with the number of pages (benchmarks/, "memory"). Once the body is read, a plain
    ByteStream holding it breaks the cycle.
    """
    response.stream = httpx.ByteStream(response.content)
    return response
