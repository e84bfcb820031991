"""OAuth2 client-credentials tokens, shared by both APIs: one token request per expiry.

Why not a library (checked against httpx-auth 0.23 and Authlib 1.9):
- httpx-auth's OAuth2ClientCredentials and Authlib's OAuth2Client both refresh only on expiry:
  neither replays a request after a 401 with a fresh token.
- httpx-auth does the token request with a blocking sync httpx.Client even inside an AsyncClient
  flow (issue #72), and keeps tokens in a process-wide cache shared by every client.
- Authlib's sync client has no lock around refresh (N threads -> N token requests), and its httpx
  integration has moved to httpx2.
So this module keeps the token per client (and its `with_options()` copies) and guarantees a
single flight per expiry: however many threads or tasks find the token missing, one request goes
to the token endpoint, and its outcome, token or error, answers every caller that waited for it.

The token request itself is a `_core.send_flow` like any API call (retries on 5xx, 429 and
connection errors, since it creates nothing), driven by the same drivers.
"""

from __future__ import annotations

import asyncio
import base64
import re
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from ._config import Secret
from ._core import Flow, run_async, run_sync, send_flow
from ._exceptions import (
    APIStatusError,
    AuthenticationError,
    FinapiError,
    decode_body,
    status_error_class,
)
from ._logging import logger, redact
from ._retry import SAFE_TO_RETRY, RetryPolicy

# Refresh this long before expiry, so a token does not run out between check and use...
DEFAULT_LEEWAY_SECONDS = 30.0
# ...but never more than this share of the lifetime, so short-lived tokens are still reused.
MAX_LEEWAY_FRACTION = 0.1


@dataclass(frozen=True)
class _Token:
    value: str
    refresh_at: float  # on the provider's clock; float("inf") if the server gave no expires_in

    def __repr__(self) -> str:
        return f"_Token(refresh_at={self.refresh_at!r})"


class TokenProvider:
    """Bearer tokens from an OAuth2 client-credentials token endpoint.

    Client authentication is HTTP Basic (`base64(client_id:client_secret)`), as AWS Cognito
    requires for clients with a secret. Scopes are sent only when given; otherwise the server
    grants the client's configured scopes.
    """

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: Secret,
        scopes: Sequence[str] = (),
        policy: RetryPolicy,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        leeway: float = DEFAULT_LEEWAY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.scopes = tuple(scopes)
        self._policy = policy
        self._http_client = http_client
        self._async_http_client = async_http_client
        self._leeway = leeway
        self._clock = clock
        self._token: _Token | None = None
        # Single flight: `_flights` counts finished token requests; `_failure` is the error of
        # the latest one if it failed, handed to everyone who waited for that flight.
        self._flights = 0
        self._failure: FinapiError | None = None
        self._lock = threading.Lock()
        # An asyncio.Lock belongs to the loop that first waits on it, so each event loop gets its
        # own (forgotten with the loop).
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.token_requests = 0  # how many times the token endpoint was called (diagnostics)

    def __repr__(self) -> str:
        state = "none" if self._token is None else "cached"
        return (
            f"TokenProvider(token_url={self.token_url!r}, client_id={self.client_id!r}, "
            f"client_secret={self._client_secret!r}, scopes={self.scopes!r}, token={state})"
        )

    # -- what requests carry -------------------------------------------------------------------

    def basic_authorization(self) -> str:
        credentials = f"{self.client_id}:{self._client_secret.reveal()}".encode()
        return f"Basic {base64.b64encode(credentials).decode('ascii')}"

    def secrets(self) -> tuple[str, ...]:
        """What must never reach an error message: the secret, the Basic credential, the token."""
        token = self._token.value if self._token is not None else ""
        return (self._client_secret.reveal(), self.basic_authorization().split()[1], token)

    # -- single flight -------------------------------------------------------------------------

    def _usable(self, rejected: str | None) -> str | None:
        """The cached token if it is fresh and not the one the API just rejected."""
        token = self._token
        if token is None or token.value == rejected or self._clock() >= token.refresh_at:
            return None
        return token.value

    def sync_token(self, rejected: str | None) -> str:
        cached = self._usable(rejected)
        if cached is not None:
            return cached
        if self._http_client is None:
            raise RuntimeError("this client was built for async use")
        flights_seen = self._flights
        with self._lock:
            answer = self._answer_for_waiter(rejected, flights_seen)
            if answer is not None:
                return answer
            try:
                token = run_sync(self._token_flow(), self._http_client)
            except FinapiError as error:
                return self._failed(error)
            return self._succeeded(token)

    async def async_token(self, rejected: str | None) -> str:
        cached = self._usable(rejected)
        if cached is not None:
            return cached
        if self._async_http_client is None:
            raise RuntimeError("this client was built for sync use")
        flights_seen = self._flights
        async with self._lock_for_running_loop():
            answer = self._answer_for_waiter(rejected, flights_seen)
            if answer is not None:
                return answer
            try:
                token = await run_async(self._token_flow(), self._async_http_client)
            except FinapiError as error:
                return self._failed(error)
            return self._succeeded(token)

    def _answer_for_waiter(self, rejected: str | None, flights_seen: int) -> str | None:
        """Inside the lock: a flight that finished while we waited answers us too."""
        cached = self._usable(rejected)
        if cached is not None:
            return cached
        if self._flights != flights_seen and self._failure is not None:
            # The token endpoint just failed for the caller we waited behind (after its own
            # retries); asking again at once would only repeat that, once per waiting caller.
            raise self._failure
        return None

    def _failed(self, error: FinapiError) -> str:
        self._flights += 1
        self._failure = error
        raise error

    def _succeeded(self, token: _Token) -> str:
        self._flights += 1
        self._failure = None
        self._token = token
        return token.value

    def _lock_for_running_loop(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    # -- the token request ---------------------------------------------------------------------

    def _token_flow(self) -> Flow[_Token]:
        self.token_requests += 1
        form = {"grant_type": "client_credentials"}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)

        http: httpx.Client | httpx.AsyncClient | None = self._http_client or self._async_http_client
        assert http is not None  # sync_token/async_token checked it

        def build(_: str | None) -> httpx.Request:
            # build_request merges the token client's headers (User-Agent, an injected client's
            # own headers) and timeout, as for API requests.
            return http.build_request(
                "POST",
                self.token_url,
                headers={"Authorization": self.basic_authorization(), "Accept": "application/json"},
                data=form,
                # Creates nothing on the server: may be retried like a GET (5xx, 429, read errors).
                extensions={SAFE_TO_RETRY: True},
            )

        sent = yield from send_flow(build, self._policy, bearer=False)
        return self._parse(sent.response)

    def _parse(self, response: httpx.Response) -> _Token:
        payload = decode_body(response)
        if response.status_code != httpx.codes.OK or not isinstance(payload, dict):
            raise self._failure_error(response, payload)
        value = payload.get("access_token")
        if not isinstance(value, str) or not value:
            raise self._failure_error(response, "response has no access_token")
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

    def _failure_error(self, response: httpx.Response, payload: object) -> APIStatusError:
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
