"""In-process fake of both APIs for httpx.MockTransport (no network, no sleeping)."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import finapi
import httpx

Handler = Callable[[httpx.Request], httpx.Response]

SECRET = "s3cr3t-Very-Private-value"
CLIENT_ID = "client-id-123"
TOKEN_PATHS = ("/oauth2/token", "/v1/auth/token")


class FakeClock:
    """A monotonic clock the tests move by hand (token expiry and leeway)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeApi:
    """Issues tokens, checks bearer tokens and dispatches API requests to registered routes."""

    def __init__(self, *, expires_in: int | None = 3600) -> None:
        self.expires_in = expires_in
        self.token_requests: list[httpx.Request] = []
        self.requests: list[httpx.Request] = []
        self.routes: dict[tuple[str, str], Handler] = {}
        self.valid_tokens: set[str] = set()
        self.token_failure: httpx.Response | Exception | None = None
        self.before_token: Callable[[], None] | None = None
        self.async_before_token: Callable[[], Awaitable[None]] | None = None
        self._serial = itertools.count(1)
        self._lock = threading.Lock()

    def route(self, method: str, path: str, handler: Handler) -> None:
        self.routes[(method.upper(), path)] = handler

    def json_route(self, method: str, path: str, body: Any, status: int = 200) -> None:
        self.route(method, path, lambda request: httpx.Response(status, json=body))

    def revoke_tokens(self) -> None:
        self.valid_tokens.clear()

    def issued_tokens(self) -> list[str]:
        return [f"access-token-{n}-abcdefgh" for n in range(1, len(self.token_requests) + 1)]

    def api_requests(self, path: str) -> list[httpx.Request]:
        return [request for request in self.requests if request.url.path == path]

    # -- transport handlers --------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path in TOKEN_PATHS:
            if self.before_token is not None:
                self.before_token()
            return self._token(request)
        return self._api(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        if request.url.path in TOKEN_PATHS:
            if self.async_before_token is not None:
                await self.async_before_token()
            return self._token(request)
        return self._api(request)

    def _token(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.token_requests.append(request)
            failure = self.token_failure
            if isinstance(failure, Exception):
                raise failure
            if failure is not None:
                # A fresh copy each time: a Response's stream can be consumed only once.
                return httpx.Response(
                    failure.status_code, headers=failure.headers, content=failure.content
                )
            token = f"access-token-{next(self._serial)}-abcdefgh"
            self.valid_tokens.add(token)
        body: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
        if self.expires_in is not None:
            body["expires_in"] = self.expires_in
        return httpx.Response(200, json=body)

    def _api(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        presented = request.headers.get("authorization", "").removeprefix("Bearer ")
        if presented not in self.valid_tokens:
            return httpx.Response(401, json={"detail": "Not authenticated"})
        handler = self.routes.get((request.method, request.url.path))
        if handler is None:
            return httpx.Response(404, json={"detail": "Not found"})
        return handler(request)

    # -- clients wired to this fake ------------------------------------------------------------

    def http(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self.handle))

    def async_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle_async))

    def symetrisk(self, **kwargs: Any) -> finapi.Symetrisk:
        return finapi.Symetrisk(**_defaults(kwargs), http_client=self.http())

    def async_symetrisk(self, **kwargs: Any) -> finapi.AsyncSymetrisk:
        return finapi.AsyncSymetrisk(**_defaults(kwargs), http_client=self.async_http())

    def brevio(self, **kwargs: Any) -> finapi.Brevio:
        return finapi.Brevio(**_defaults(kwargs), http_client=self.http())

    def async_brevio(self, **kwargs: Any) -> finapi.AsyncBrevio:
        return finapi.AsyncBrevio(**_defaults(kwargs), http_client=self.async_http())


def _defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("environment", "mock")
    kwargs.setdefault("client_id", CLIENT_ID)
    kwargs.setdefault("client_secret", SECRET)
    return kwargs


def use_clock(client: finapi.Symetrisk | finapi.AsyncSymetrisk, clock: FakeClock) -> None:
    """Run the client's token cache on a fake clock (before its first token is fetched)."""
    client._shared.tokens._clock = clock


def relationship(index: int) -> dict[str, Any]:
    return {
        "relationship_id": f"00000000-0000-0000-0000-{index:012d}",
        "relationship_state": "access_approved",
        "borrower_company_name": f"Borrower {index}",
        "contact_email": "borrower@example.com",
        "borrower_organization_number": "123456789",
        "relationship_created_at": "2025-01-01T00:00:00",
    }


def sequence(*steps: httpx.Response | Exception) -> Handler:
    """A handler answering with the given responses/exceptions in order (last one repeats)."""
    remaining = list(steps)

    def handler(request: httpx.Request) -> httpx.Response:
        step = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        if isinstance(step, Exception):
            raise step
        # A fresh copy each time: a Response's stream can be consumed only once.
        return httpx.Response(step.status_code, headers=step.headers, content=step.content)

    return handler


async def yield_to_other_tasks(times: int = 3) -> None:
    for _ in range(times):
        await asyncio.sleep(0)
