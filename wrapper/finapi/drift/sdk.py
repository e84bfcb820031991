"""Everything the drift tool does through the SDK's public surface, in one module.

The drift run authenticates, walks listings and sends its reachability probes exactly as an
integrator's code would: through a client built by the SDK. Two functions here know how the SDK
is called, and are the only ones to port when its surface changes:

- `connect(api, environment, ...)`: build the SDK's client (`finapi.Symetrisk`/`finapi.Brevio`):
  base URL, headers, token handling (OAuth2 client credentials: HTTP Basic client authentication
  as Cognito requires, token cached until shortly before `expires_in`, refreshed after a 401),
  retries and typed errors; probes go through its low-level `request()`.
- `walk_pages(connection, operation_id, ...)`: walk a paginated listing with the SDK's own
  paginator (the operation's resource method), recording what each page looked like.

`Tokens` asks the SDK's token provider for the token it would send (fetching or refreshing it as
the SDK does), so schemathesis authenticates as the SDK does without re-implementing any of it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from finapi._apis import ApiInfo
from finapi._base_client import SyncAPIClient

MAX_REFRESHES = 3


@dataclass
class Connection:
    """An SDK client for one API, and the parts of it the drift tool uses."""

    api: ApiInfo
    client: SyncAPIClient  # finapi.Symetrisk or finapi.Brevio
    base_url: str
    headers: dict[str, str]  # what the SDK sends with every request (User-Agent, Brevio-Version)

    def request(
        self, method: str, path: str, *, params: Mapping[str, Any] | None = None
    ) -> httpx.Response:
        """A request through the SDK's layers: token, retries, typed errors (no validation)."""
        return self.client.request(method, path, params=params)

    def close(self) -> None:
        self.client.close()


def connect(
    api: ApiInfo, environment: str, *, http_client: httpx.Client | None = None
) -> Connection:
    """PORT: the SDK client for `api` against `environment` (production, staging, mock, a URL).

    Credentials come from the environment variables the SDK reads. Requests are not validated
    before sending: schemathesis and the probes send what the spec allows, and the point is to
    see what the API says. Raises `finapi.ConfigurationError` for a bad environment or URL.
    """
    import finapi

    factory = finapi.Symetrisk if api.name == "symetrisk" else finapi.Brevio
    client: SyncAPIClient = factory(
        environment=environment, validate_requests=False, http_client=http_client
    )
    return Connection(
        api=api,
        client=client,
        base_url=client.base_url,
        headers=dict(client._http.headers),
    )


@dataclass(frozen=True)
class WalkedPage:
    """One page the SDK's paginator fetched."""

    number: int
    position: str | None  # the offset or cursor it was requested with (None: the first page)
    items: int  # how many items the SDK took from it
    total: int | None  # the total the page reported (styles with a total)
    status: int
    content_type: str | None
    body: bytes


@dataclass
class WalkResult:
    """How a walk over a listing went."""

    operation_id: str
    pages: list[WalkedPage] = field(default_factory=list)
    stopped: str = "end"  # end: the paginator was done; limit: max_pages reached; error
    warnings: list[str] = field(default_factory=list)  # the SDK's own warnings during the walk
    error: str | None = None
    error_status: int | None = None  # HTTP status of the response that failed, if any
    error_response: httpx.Response | None = None


def walk_pages(
    connection: Connection,
    operation_id: str,
    *,
    params: Mapping[str, Any],
    max_pages: int,
    page_size: int | None = None,
) -> WalkResult:
    """PORT: walk up to `max_pages` pages of a paginated operation with the SDK's paginator.

    `params` are the operation's other parameters by their wire names (path and query). The
    SDK's paginator decides how to page (x-pagination); what it warns about (a repeated page or
    cursor, a short page below the total) is captured into `warnings`.
    """
    import finapi

    client = connection.client
    operation = client.contract.operation(operation_id)
    listing = getattr(getattr(client, operation.tag), operation.operation_id)
    # The methods take wire values as they are (an enum's plain value, an ISO date string).
    kwargs: dict[str, Any] = {
        operation.parameter(name).python_name: v for name, v in params.items()
    }
    if page_size is not None and operation.pagination and operation.pagination.size is not None:
        kwargs["page_size"] = page_size
    result = WalkResult(operation_id)
    with _sdk_warnings() as warnings:
        try:
            paginator: finapi.Paginator[Any] = listing(**kwargs)
            for page in paginator.pages():
                response = page.response
                result.pages.append(
                    WalkedPage(
                        number=page.number,
                        position=None
                        if page.number == 1
                        else str(page.offset if page.cursor is None else page.cursor),
                        items=len(page.items),
                        total=page.total,
                        status=int(response.status_code),
                        content_type=response.headers.get("content-type"),
                        body=bytes(response.content),
                    )
                )
                if len(result.pages) >= max_pages:
                    result.stopped = "limit"
                    break
        except finapi.FinapiError as error:
            result.stopped = "error"
            result.error = str(error).split("\n", 1)[0]
            failed = getattr(error, "response", None)
            if isinstance(failed, httpx.Response):
                result.error_status = failed.status_code
                result.error_response = failed
    result.warnings = warnings
    return result


@contextmanager
def _sdk_warnings() -> Iterator[list[str]]:
    """Collect the warnings the SDK logs (logger "finapi") while the block runs."""
    messages: list[str] = []

    class Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger("finapi")
    handler = Collector(level=logging.WARNING)
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


class Tokens:
    """Bearer tokens through the SDK's own token handling (cache, expiry, refresh on 401)."""

    def __init__(self, connection: Connection) -> None:
        self.provider = connection.client._shared.tokens
        self._current: str | None = None
        self._refreshes = 0
        self._lock = threading.Lock()

    def authorization(self) -> str:
        """The SDK's current `Authorization` value (it fetches or refreshes as needed).

        Raises what the SDK raises when the token endpoint fails (`finapi.APIStatusError`
        subclasses carrying the response, `finapi.APIConnectionError`).
        """
        with self._lock:
            self._current = f"Bearer {self.provider.sync_token(rejected=None)}"
            return self._current

    def rejected(self, value: str) -> None:
        """The API answered 401 to `value`: let the SDK's 401 path fetch a new token."""
        with self._lock:
            if value != self._current or self._refreshes >= MAX_REFRESHES:
                return
            self._refreshes += 1
            token = self.provider.sync_token(rejected=value.removeprefix("Bearer "))
            self._current = f"Bearer {token}"


class RateLimit:
    """At most `count` requests per `seconds`, for the requests this process sends itself.

    An httpx request hook on the client handed to the SDK, so the walk, the probes and the token
    requests all keep to `--rate-limit` like schemathesis does for its own.
    """

    def __init__(self, spec: str, clock: Any = time.monotonic, sleep: Any = time.sleep) -> None:
        self.interval = parse_rate(spec)
        self._next = 0.0
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep

    def __call__(self, request: httpx.Request) -> None:
        with self._lock:
            now = self._clock()
            wait = self._next - now
            self._next = max(now, self._next) + self.interval
        if wait > 0:
            self._sleep(wait)


def parse_rate(spec: str) -> float:
    """Seconds between requests for a schemathesis-style rate: "2/s", "100/m", "1000/h"."""
    units = {"s": 1.0, "m": 60.0, "h": 3600.0}
    count, _, unit = spec.strip().partition("/")
    try:
        number = int(count)
        seconds = units[unit.strip().lower() or "s"]
    except (ValueError, KeyError):
        raise ValueError(f"rate limit {spec!r} is not like 2/s, 100/m or 1000/h") from None
    if number < 1:
        raise ValueError(f"rate limit {spec!r} must allow at least one request")
    return seconds / number
