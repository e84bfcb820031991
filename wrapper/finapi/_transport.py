"""Transport layer wrapped around httpx's own (or the user's) transport.

Responsibilities, per attempt: retry with stamina (`_retry.RetryPolicy` decides), log the attempt,
turn httpx transport errors into `finapi.APIConnectionError`/`APITimeoutError`, and close the
resources the wrapper owns (the OAuth2 token client) when the API client is closed. The generated
client's `__exit__` and `httpx.Client.close()` only reach the transport, so this is where closing
the token client has to hang.

Retrying below the auth flow means a retried request keeps its bearer token and a 401 replay (in
`_auth.py`) gets its own retries.

The first attempt runs outside stamina: building a `retry_context` per request cost about a third
of a small call's overhead (benchmarks/, "overhead"). Only a failed first attempt enters stamina,
which is handed that failure as its own attempt 1, so the backoff, the Retry-After hook, logging
and `stamina.set_testing()` behave exactly as if stamina had made every attempt.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Protocol, Self, TypedDict

import httpx
import stamina

from ._exceptions import APIConnectionError, APITimeoutError
from ._logging import logger
from ._retry import RetryPolicy


class _SyncCloseable(Protocol):
    def close(self) -> None: ...


class _AsyncCloseable(Protocol):
    async def aclose(self) -> None: ...


class _RetryableResponse(Exception):
    """Carries a retryable response out of a stamina attempt (never escapes this module)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.response = response


def _should_retry(policy: RetryPolicy, request: httpx.Request, error: Exception) -> bool | float:
    """stamina backoff hook: True = back off exponentially, float = wait that long, False = stop."""
    if isinstance(error, _RetryableResponse):
        decision = policy.delay_for(error.response)
        if decision is False:
            logger.info(
                "Not retrying %s %s: Retry-After exceeds %.0f s",
                request.method,
                request.url,
                policy.max_retry_after,
            )
        return decision
    if isinstance(error, httpx.TransportError):
        return policy.retryable_error(request, error)
    return False


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    text = f"{type(error).__name__} for {request.method} {request.url}: {error}"
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({text})", request=request)
    return APIConnectionError(f"Connection error ({text})", request=request)


class _StaminaArgs(TypedDict):
    on: Callable[[Exception], bool | float]
    attempts: int
    timeout: None
    wait_initial: float
    wait_max: float
    wait_jitter: float


def _stamina_args(policy: RetryPolicy, request: httpx.Request) -> _StaminaArgs:
    return _StaminaArgs(
        on=functools.partial(_should_retry, policy, request),
        attempts=policy.attempts,
        timeout=None,  # bounded by attempts; each attempt is bounded by httpx's timeouts
        wait_initial=policy.initial_delay,
        wait_max=policy.max_delay,
        wait_jitter=policy.jitter,
    )


def _log_attempt(request: httpx.Request, attempt: int, status: int | str) -> None:
    if attempt > 1:
        logger.info("%s %s -> %s (retry %d)", request.method, request.url, status, attempt - 1)
    else:
        logger.debug("%s %s -> %s (attempt %d)", request.method, request.url, status, attempt)


class RetryingTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        owned: Sequence[_SyncCloseable] = (),
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._owned = list(owned)

    @property
    def inner(self) -> httpx.BaseTransport:
        return self._inner

    @property
    def policy(self) -> RetryPolicy:
        return self._policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            try:
                return self._attempt(request, 1, final=self._policy.max_retries == 0)
            except (_RetryableResponse, httpx.TransportError) as failure:
                if self._policy.max_retries == 0:
                    raise
                first_failure = failure
            try:
                for attempt in stamina.retry_context(**_stamina_args(self._policy, request)):
                    with attempt:
                        if attempt.num == 1:
                            raise first_failure
                        return self._attempt(
                            request, attempt.num, final=attempt.num >= self._policy.attempts
                        )
            except _RetryableResponse as gave_up:
                return gave_up.response
        except httpx.TransportError as error:
            raise _connection_error(request, error) from error
        raise AssertionError("unreachable: stamina yields at least one attempt")

    def _attempt(self, request: httpx.Request, number: int, *, final: bool) -> httpx.Response:
        try:
            response = self._inner.handle_request(request)
        except httpx.TransportError as error:
            _log_attempt(request, number, type(error).__name__)
            raise
        _log_attempt(request, number, response.status_code)
        if not final and self._policy.retryable_status(request, response.status_code):
            # Error bodies are small; reading now frees the connection before the backoff and
            # keeps the body for the caller if this turns out to be the last attempt.
            response.read()
            raise _RetryableResponse(response)
        return response

    def __enter__(self) -> Self:
        self._inner.__enter__()
        return self

    def close(self) -> None:
        self._inner.close()
        for resource in self._owned:
            resource.close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        owned: Sequence[_AsyncCloseable] = (),
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._owned = list(owned)

    @property
    def inner(self) -> httpx.AsyncBaseTransport:
        return self._inner

    @property
    def policy(self) -> RetryPolicy:
        return self._policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            try:
                return await self._attempt(request, 1, final=self._policy.max_retries == 0)
            except (_RetryableResponse, httpx.TransportError) as failure:
                if self._policy.max_retries == 0:
                    raise
                first_failure = failure
            try:
                async for attempt in stamina.retry_context(**_stamina_args(self._policy, request)):
                    with attempt:
                        if attempt.num == 1:
                            raise first_failure
                        return await self._attempt(
                            request, attempt.num, final=attempt.num >= self._policy.attempts
                        )
            except _RetryableResponse as gave_up:
                return gave_up.response
        except httpx.TransportError as error:
            raise _connection_error(request, error) from error
        raise AssertionError("unreachable: stamina yields at least one attempt")

    async def _attempt(self, request: httpx.Request, number: int, *, final: bool) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as error:
            _log_attempt(request, number, type(error).__name__)
            raise
        _log_attempt(request, number, response.status_code)
        if not final and self._policy.retryable_status(request, response.status_code):
            await response.aread()
            raise _RetryableResponse(response)
        return response

    async def __aenter__(self) -> Self:
        await self._inner.__aenter__()
        return self

    async def aclose(self) -> None:
        await self._inner.aclose()
        for resource in self._owned:
            await resource.aclose()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()
