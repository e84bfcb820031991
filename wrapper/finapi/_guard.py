"""The outermost `httpx.Auth`: validate before anything is sent, raise typed errors after.

Why an Auth and not httpx event hooks: httpx runs response hooks on every response inside the
auth flow, so a hook raising on 401 would pre-empt the token refresh and replay. Request hooks
run after the auth flow has already fetched a token, too late for "validate before the token
fetch". Wrapping the auth flow sees the request first and the *final* response last.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import Protocol

import httpx

from ._exceptions import status_error_from_response


class RequestChecker(Protocol):
    def check(self, request: httpx.Request) -> None:
        """Raise `finapi.RequestValidationError` if the request breaks the contract."""


class GuardedAuth(httpx.Auth):
    def __init__(self, inner: httpx.Auth, checker: RequestChecker | None = None) -> None:
        self.inner = inner
        self.checker = checker

    def __repr__(self) -> str:
        return f"GuardedAuth(inner={self.inner!r})"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        if self.checker is not None:
            self.checker.check(request)
        flow = self.inner.sync_auth_flow(request)
        try:
            outgoing = next(flow)
            while True:
                response = yield outgoing
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    break
        finally:
            flow.close()
        if response.is_error:
            response.read()
            raise status_error_from_response(response)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self.checker is not None:
            self.checker.check(request)
        flow = self.inner.async_auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            while True:
                response = yield outgoing
                try:
                    outgoing = await flow.asend(response)
                except StopAsyncIteration:
                    break
        finally:
            await flow.aclose()
        if response.is_error:
            await response.aread()
            raise status_error_from_response(response)
