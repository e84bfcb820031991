"""OAuth2 client credentials as an `httpx.Auth`, shared by both APIs.

Why not a library (checked against httpx-auth 0.23 and Authlib 1.9):
- httpx-auth's OAuth2ClientCredentials and Authlib's OAuth2Client both refresh only on expiry:
  neither replays a request after a 401 with a fresh token.
- httpx-auth does the token request with a blocking sync httpx.Client even inside an AsyncClient
  flow (issue #72), and keeps tokens in a process-wide cache shared by every client.
- Authlib's sync client has no lock around refresh (N threads -> N token requests), and its httpx
  integration has moved to httpx2.
So this module keeps the token per client, fetches it with the matching sync/async client, and
guarantees a single flight per expiry (threading.Lock / asyncio.Lock with double-checked expiry).
"""

from __future__ import annotations

import asyncio
import base64
import re
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Sequence
from dataclasses import dataclass

import httpx

from ._config import Secret
from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    decode_body,
    forget_credentials,
    status_error_class,
)
from ._logging import logger, redact
from ._retry import SAFE_TO_RETRY

# Refresh this long before expiry, so a token does not run out between check and use...
DEFAULT_LEEWAY_SECONDS = 30.0
# ...but never more than this share of the lifetime, so short-lived tokens are still reused.
MAX_LEEWAY_FRACTION = 0.1


# The token request creates nothing on the server, so it may be retried like a GET (on 5xx, 429,
# read errors). The no-op auth keeps the API auth out of it when it shares an injected client.
_TOKEN_EXTENSIONS = {SAFE_TO_RETRY: True}
_NO_AUTH = httpx.Auth()


@dataclass(frozen=True)
class _Token:
    value: str
    refresh_at: float  # on the auth's clock; float("inf") if the server gave no expires_in

    def __repr__(self) -> str:
        return f"_Token(refresh_at={self.refresh_at!r})"


class OAuth2ClientCredentials(httpx.Auth):
    """Bearer tokens from an OAuth2 client-credentials token endpoint.

    Client authentication is HTTP Basic (`base64(client_id:client_secret)`), as AWS Cognito
    requires for clients with a secret. Scopes are sent only when given; otherwise the server
    grants the client's configured scopes.

    On a 401 from the API the token is refreshed once and the request replayed once; a second 401
    is returned to the caller (which raises `finapi.AuthenticationError`), so it never loops.
    """

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str | Secret,
        scopes: Sequence[str] = (),
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        leeway: float = DEFAULT_LEEWAY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self._token_url = httpx.URL(token_url)
        self.client_id = client_id
        self._client_secret = (
            client_secret if isinstance(client_secret, Secret) else Secret(client_secret)
        )
        self.scopes = tuple(scopes)
        self._http_client = http_client
        self._async_http_client = async_http_client
        self._leeway = leeway
        self._clock = clock
        self._token: _Token | None = None
        self._lock = threading.Lock()
        # An asyncio.Lock belongs to the loop that first waits on it, so each event loop gets its
        # own (forgotten with the loop); the threading lock above serialises across threads.
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.token_requests = 0  # how many times the token endpoint was called (diagnostics)

    def __repr__(self) -> str:
        state = "none" if self._token is None else "cached"
        return (
            f"OAuth2ClientCredentials(token_url={self.token_url!r}, client_id={self.client_id!r}, "
            f"client_secret={self._client_secret!r}, scopes={self.scopes!r}, token={state})"
        )

    # -- httpx.Auth ----------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        if self._is_token_request(request):
            request.headers["Authorization"] = self._basic_authorization()
            yield request
            return
        token = self._sync_token(rejected=None)
        _set_bearer(request, token)
        response = yield request
        if response.status_code == httpx.codes.UNAUTHORIZED:
            logger.info(
                "401 from %s %s: refreshing the token and retrying once",
                request.method,
                request.url,
            )
            _set_bearer(request, self._sync_token(rejected=token))
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._is_token_request(request):
            request.headers["Authorization"] = self._basic_authorization()
            yield request
            return
        token = await self._async_token(rejected=None)
        _set_bearer(request, token)
        response = yield request
        if response.status_code == httpx.codes.UNAUTHORIZED:
            logger.info(
                "401 from %s %s: refreshing the token and retrying once",
                request.method,
                request.url,
            )
            _set_bearer(request, await self._async_token(rejected=token))
            yield request

    # -- token cache ---------------------------------------------------------------------------

    def _usable(self, rejected: str | None) -> str | None:
        """The cached token if it is fresh and not the one the API just rejected."""
        token = self._token
        if token is None or token.value == rejected or self._clock() >= token.refresh_at:
            return None
        return token.value

    def _sync_token(self, *, rejected: str | None) -> str:
        cached = self._usable(rejected)
        if cached is not None:
            return cached
        with self._lock:
            # Double-checked: another thread may have refreshed while we waited for the lock.
            cached = self._usable(rejected)
            if cached is not None:
                return cached
            if self._http_client is None:
                raise RuntimeError("this client was built for async use; use the async_* factory")
            self.token_requests += 1
            headers, form = self._token_request()
            response = self._http_client.post(
                self.token_url,
                headers=headers,
                data=form,
                auth=_NO_AUTH,
                extensions=_TOKEN_EXTENSIONS,
            )
            self._token = self._parse(response)
            return self._token.value

    async def _async_token(self, *, rejected: str | None) -> str:
        cached = self._usable(rejected)
        if cached is not None:
            return cached
        async with self._lock_for_running_loop():
            cached = self._usable(rejected)
            if cached is not None:
                return cached
            if self._async_http_client is None:
                raise RuntimeError("this client was built for sync use; use the sync factory")
            self.token_requests += 1
            headers, form = self._token_request()
            response = await self._async_http_client.post(
                self.token_url,
                headers=headers,
                data=form,
                auth=_NO_AUTH,
                extensions=_TOKEN_EXTENSIONS,
            )
            self._token = self._parse(response)
            return self._token.value

    def _lock_for_running_loop(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def _is_token_request(self, request: httpx.Request) -> bool:
        # The specs also expose the token endpoint as a generated operation (create_access_token);
        # called through a finapi client it must carry client authentication, not a bearer token.
        # This runs on every request, so it compares cheap parts first and never re-parses URLs.
        url = request.url
        return (
            request.method == "POST"
            and url.path == self._token_url.path
            and url.host == self._token_url.host
            and url.port == self._token_url.port
            and url.scheme == self._token_url.scheme
        )

    def _basic_authorization(self) -> str:
        credentials = f"{self.client_id}:{self._client_secret.reveal()}".encode()
        return f"Basic {base64.b64encode(credentials).decode('ascii')}"

    def _token_request(self) -> tuple[dict[str, str], dict[str, str]]:
        form = {"grant_type": "client_credentials"}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        return {"Authorization": self._basic_authorization(), "Accept": "application/json"}, form

    def _parse(self, response: httpx.Response) -> _Token:
        payload = decode_body(response)
        if response.status_code != httpx.codes.OK or not isinstance(payload, dict):
            raise self._failure(response, payload)
        value = payload.get("access_token")
        if not isinstance(value, str) or not value:
            raise self._failure(response, "response has no access_token")
        expires_in = payload.get("expires_in")
        now = self._clock()
        if isinstance(expires_in, int | float) and not isinstance(expires_in, bool):
            leeway = min(self._leeway, expires_in * MAX_LEEWAY_FRACTION)
            refresh_at = now + expires_in - leeway
        else:
            # No lifetime given: keep it until the API rejects it (the 401 replay refreshes it).
            refresh_at = float("inf")
        logger.debug("Got an access token from %s (expires_in=%s)", self.token_url, expires_in)
        return _Token(value=value, refresh_at=refresh_at)

    def _failure(self, response: httpx.Response, payload: object) -> APIStatusError:
        secret = self._client_secret.reveal()
        if isinstance(payload, dict):
            text = str(payload.get("error") or "no error code")
            if payload.get("error_description"):
                text += f": {payload['error_description']}"
        elif isinstance(payload, str):
            text = payload[:300]
        else:
            text = "empty response"
        # Never let a credential that a server echoes back reach messages, bodies or logs.
        text = _scrubbed_text(text, secret)
        status = response.status_code
        message = f"Token request to {self.token_url} failed with HTTP {status}: {text}"
        logger.warning("%s", message)
        forget_credentials(response.request)
        # 400/401/403 are the OAuth2 ways of refusing credentials, and a success without a token
        # is no authentication either; an outage or a rate limit must not read as bad credentials.
        refused = status in (400, 401, 403) or status < 300
        cls = AuthenticationError if refused else status_error_class(status)
        return cls(message, response=response, body=_scrubbed(payload, secret))


def _scrubbed(value: object, secret: str) -> object:
    """A copy of a token-endpoint error body without tokens, secrets or the client secret."""
    if isinstance(value, dict):
        return {
            key: "[REDACTED]" if _SENSITIVE_KEY.search(str(key)) else _scrubbed(item, secret)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_scrubbed(item, secret) for item in value]
    if isinstance(value, str):
        return _scrubbed_text(value, secret)
    return value


def _scrubbed_text(text: str, secret: str) -> str:
    return redact(text.replace(secret, "[REDACTED]"))


_SENSITIVE_KEY = re.compile(r"token|secret|password|assertion", re.IGNORECASE)


def _set_bearer(request: httpx.Request, token: str) -> None:
    request.headers["Authorization"] = f"Bearer {token}"
