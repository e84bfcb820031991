"""Everything the drift tool does through the SDK's public surface, in one module.

The drift run authenticates, walks listings and sends its reachability probes exactly as an
integrator's code would: through a client built by the SDK. Two functions here know how the SDK
is called, and are the only ones to port when its surface changes:

- `connect(api, environment, ...)`: build the SDK's client and hand back its httpx client (base
  URL, headers, retries, typed errors) and its `httpx.Auth` (OAuth2 client credentials: HTTP Basic
  client authentication as Cognito requires, token cached until shortly before `expires_in`,
  refreshed after a 401).
- `walk_pages(connection, operation_id, ...)`: walk a paginated listing with the SDK's own
  paginator (x-pagination in the spec), recording what each page looked like.

`Tokens` then runs the SDK's auth flow on a request that is never sent, which yields exactly the
`Authorization` header the SDK would send, so schemathesis authenticates as the SDK does without
re-implementing any of it.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import logging
import threading
import time
import typing
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from finapi._apis import ApiInfo

MAX_REFRESHES = 3


@dataclass
class Connection:
    """An SDK client for one API, and the parts of it the drift tool uses."""

    api: ApiInfo
    client: Any  # the SDK client object (what `walk_pages` hands to the paginator)
    http: httpx.Client  # the SDK's httpx client: base URL, auth, headers, retries, typed errors
    auth: httpx.Auth  # the SDK's token handling
    base_url: str
    headers: dict[str, str]

    def close(self) -> None:
        self.http.close()


def connect(
    api: ApiInfo, environment: str, *, http_client: httpx.Client | None = None
) -> Connection:
    """PORT: the SDK client for `api` against `environment` (production, staging, mock, a URL).

    Credentials come from the environment variables the SDK reads. Requests are not validated
    before sending: schemathesis and the probes send what the spec allows, and the point is to
    see what the API says. Raises `finapi.ConfigurationError` for a bad environment or URL.
    """
    import finapi

    factory = finapi.symetrisk if api.name == "symetrisk" else finapi.brevio
    client = factory(environment=environment, validate_requests=False, http_client=http_client)
    http = client.get_httpx_client()
    if http.auth is None:
        raise RuntimeError("the finapi client has no auth installed")
    return Connection(
        api=api,
        client=client,
        http=http,
        auth=http.auth,
        base_url=str(http.base_url).rstrip("/"),
        headers=dict(http.headers),
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
    from finapi._openapi import load_spec
    from finapi._operations import resolve

    api = connection.api
    operation = load_spec(api.package).operation(operation_id)
    tag = str(operation.definition["tags"][0])
    module = importlib.import_module(f"{api.package}.api.{tag}.{operation_id}")
    generated = resolve(module)
    hints = typing.get_type_hints(module.sync_detailed)
    kwargs = {}
    for name, value in params.items():
        keyword = generated.kwarg_for(name)
        kwargs[keyword] = _typed(hints.get(keyword), value)
    result = WalkResult(operation_id)
    with _sdk_warnings() as warnings:
        try:
            paginator = finapi.paginate(
                module, client=connection.client, page_size=page_size, **kwargs
            )
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


def _typed(annotation: Any, value: Any) -> Any:
    """A wire value (from an example or a response) as the generated function's parameter type.

    The generated functions take enum members, dates and numbers, not their wire strings.
    """
    candidates = typing.get_args(annotation) or (annotation,)
    for candidate in candidates:
        if not isinstance(candidate, type) or isinstance(value, candidate):
            continue
        try:
            if issubclass(candidate, enum.Enum):
                return candidate(value)
            if candidate is datetime.date:
                return datetime.date.fromisoformat(str(value))
            if candidate is datetime.datetime:
                return datetime.datetime.fromisoformat(str(value))
            if candidate in (int, float):
                return candidate(value)
        except ValueError:
            continue
    return value


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
        self.auth = connection.auth
        self.url = connection.base_url + "/"
        self._current: str | None = None
        self._refreshes = 0
        self._lock = threading.Lock()

    def authorization(self) -> str:
        """The SDK's current `Authorization` value (it fetches or refreshes as needed).

        Raises what the SDK raises when the token endpoint fails (`finapi.APIStatusError`
        subclasses carrying the response, `finapi.APIConnectionError`).
        """
        with self._lock:
            flow = self.auth.sync_auth_flow(httpx.Request("GET", self.url))
            try:
                self._current = next(flow).headers["Authorization"]
            finally:
                flow.close()
            return self._current

    def rejected(self, value: str) -> None:
        """The API answered 401 to `value`: let the SDK's 401 path fetch a new token."""
        with self._lock:
            if value != self._current or self._refreshes >= MAX_REFRESHES:
                return
            self._refreshes += 1
            request = httpx.Request("GET", self.url)
            flow = self.auth.sync_auth_flow(request)
            try:
                sent = next(flow)
                # Nothing is sent: the 401 is the one the API already gave for this token.
                replay = flow.send(httpx.Response(401, request=sent))
                self._current = replay.headers["Authorization"]
            except StopIteration:
                pass
            finally:
                flow.close()


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
