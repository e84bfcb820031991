"""THE seam to the HTTP library: every httpx object the wrapper creates is created here.

openapi-python-client still generates httpx (<0.29) code, but it is moving to httpx2 (issue
#1457, draft PR #1461; openai-python and Authlib already moved). Keeping construction, defaults
and the few httpx internals we rely on (transport and multipart stream attributes) in this one
module keeps that migration a local change.
"""

from __future__ import annotations

import functools
import platform
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import httpx

from ._retry import RetryPolicy
from ._transport import AsyncRetryingTransport, RetryingTransport
from ._version import __version__

# Same shape as the Stainless SDKs: a short connect timeout, a generous read timeout.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=50, max_keepalive_connections=10, keepalive_expiry=30)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs about 0.1 s per context, and every factory call builds two
    # transports (API and token endpoint). One context serves them all: an SSLContext is safe to
    # share between connections and threads.
    return httpx.create_ssl_context()


def user_agent() -> str:
    return (
        f"finapi-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"
    )


def _free_bodies_promptly(client: httpx.Client | httpx.AsyncClient) -> None:
    """Make read responses collectable by refcounting alone, on our clients and injected ones.

    httpx binds a response's stream to the response (BoundSyncStream -> Response -> stream), a
    reference cycle, so every body stays in memory until the cyclic GC runs: a listing's memory
    then grows with the number of pages (benchmarks/, "memory"). Once the body has been read, a
    plain ByteStream holding it breaks the cycle. httpx offers no hook after the body is read, so
    the client's `send` is wrapped on the instance (which also covers a user's injected client).
    """
    if isinstance(client, httpx.AsyncClient):
        async_send = client.send

        @functools.wraps(async_send)
        async def async_send_unbound(
            request: httpx.Request, *, stream: bool = False, **kwargs: Any
        ) -> httpx.Response:
            response = await async_send(request, stream=stream, **kwargs)
            if not stream:
                response.stream = httpx.ByteStream(response.content)
            return response

        setattr(client, "send", async_send_unbound)  # noqa: B010 - mypy forbids method assignment
        return

    send = client.send

    @functools.wraps(send)
    def send_unbound(
        request: httpx.Request, *, stream: bool = False, **kwargs: Any
    ) -> httpx.Response:
        response = send(request, stream=stream, **kwargs)
        if not stream:
            response.stream = httpx.ByteStream(response.content)
        return response

    setattr(client, "send", send_unbound)  # noqa: B010 - mypy forbids method assignment


class _Closeable(Protocol):
    def close(self) -> None: ...


class _AsyncCloseable(Protocol):
    async def aclose(self) -> None: ...


def build_client(
    *,
    base_url: str,
    headers: Mapping[str, str],
    auth: httpx.Auth,
    policy: RetryPolicy,
    timeout: httpx.Timeout | float | None,
    http_client: httpx.Client | None = None,
    owned: Sequence[_Closeable] = (),
) -> httpx.Client:
    """The API's httpx.Client: ours, or one over the user's client's transport.

    An injected client is never modified (it may be shared, e.g. by a Symetrisk and a Brevio
    client): ours is built on its transport, proxy mounts, headers, cookies, event hooks and
    timeout, and closing ours leaves it open.
    """
    source = http_client or httpx.Client(
        timeout=DEFAULT_TIMEOUT,
        transport=httpx.HTTPTransport(limits=DEFAULT_LIMITS, verify=_ssl_context()),
    )
    return _client_over(
        source,
        base_url=base_url,
        headers=headers,
        auth=auth,
        policy=policy,
        timeout=timeout,
        owned=owned,
        owns_transport=http_client is None,
    )


def build_async_client(
    *,
    base_url: str,
    headers: Mapping[str, str],
    auth: httpx.Auth,
    policy: RetryPolicy,
    timeout: httpx.Timeout | float | None,
    http_client: httpx.AsyncClient | None = None,
    owned: Sequence[_AsyncCloseable] = (),
) -> httpx.AsyncClient:
    """The async twin of `build_client`."""
    source = http_client or httpx.AsyncClient(
        timeout=DEFAULT_TIMEOUT,
        transport=httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS, verify=_ssl_context()),
    )
    return _async_client_over(
        source,
        base_url=base_url,
        headers=headers,
        auth=auth,
        policy=policy,
        timeout=timeout,
        owned=owned,
        owns_transport=http_client is None,
    )


def build_token_client(
    *, policy: RetryPolicy, timeout: httpx.Timeout | float | None, over: httpx.Client | None
) -> httpx.Client:
    """A client for the token endpoint (another host, no API headers or auth), with retries;
    on the user's transport when they injected a client, so their proxy and TLS settings apply."""
    source = over or httpx.Client(
        timeout=DEFAULT_TIMEOUT,
        transport=httpx.HTTPTransport(
            limits=httpx.Limits(max_connections=4), verify=_ssl_context()
        ),
    )
    return _client_over(
        source,
        base_url="",
        headers={"User-Agent": user_agent()},
        auth=None,
        policy=policy,
        timeout=timeout,
        owns_transport=over is None,
    )


def build_async_token_client(
    *, policy: RetryPolicy, timeout: httpx.Timeout | float | None, over: httpx.AsyncClient | None
) -> httpx.AsyncClient:
    source = over or httpx.AsyncClient(
        timeout=DEFAULT_TIMEOUT,
        transport=httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=4), verify=_ssl_context()
        ),
    )
    return _async_client_over(
        source,
        base_url="",
        headers={"User-Agent": user_agent()},
        auth=None,
        policy=policy,
        timeout=timeout,
        owns_transport=over is None,
    )


def _merged_headers(source: httpx.Headers, extra: Mapping[str, str]) -> httpx.Headers:
    headers = httpx.Headers(source)
    headers.update(extra)  # case-insensitive: an override replaces, never duplicates
    return headers


def _client_over(
    source: httpx.Client,
    *,
    base_url: str | httpx.URL,
    headers: Mapping[str, str],
    auth: httpx.Auth | None,
    policy: RetryPolicy,
    timeout: httpx.Timeout | float | None,
    owned: Sequence[_Closeable] = (),
    owns_transport: bool = False,
) -> httpx.Client:
    """A new client on `source`'s transport and mounts (with retries around them), its headers,
    cookies, event hooks, redirects and timeout, plus ours. `source` itself is left untouched.

    httpx has no public accessor for a client's transports; `_transport`/`_mounts` are read here
    only, in the one module that knows httpx internals.
    """

    def wrap(transport: httpx.BaseTransport) -> httpx.BaseTransport:
        inner = transport.inner if isinstance(transport, RetryingTransport) else transport
        return inner if owns_transport else _SharedTransport(inner)

    client = httpx.Client(
        base_url=base_url,
        headers=_merged_headers(source.headers, headers),
        cookies=source.cookies,
        timeout=source.timeout if timeout is None else timeout,
        follow_redirects=source.follow_redirects,
        event_hooks=source.event_hooks,
        auth=auth,
        transport=RetryingTransport(wrap(source._transport), policy, owned),
    )
    client._mounts = {
        pattern: None if transport is None else RetryingTransport(wrap(transport), policy)
        for pattern, transport in source._mounts.items()
    }
    _free_bodies_promptly(client)
    return client


def _async_client_over(
    source: httpx.AsyncClient,
    *,
    base_url: str | httpx.URL,
    headers: Mapping[str, str],
    auth: httpx.Auth | None,
    policy: RetryPolicy,
    timeout: httpx.Timeout | float | None,
    owned: Sequence[_AsyncCloseable] = (),
    owns_transport: bool = False,
) -> httpx.AsyncClient:
    """The async twin of `_client_over`."""

    def wrap(transport: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        inner = transport.inner if isinstance(transport, AsyncRetryingTransport) else transport
        return inner if owns_transport else _AsyncSharedTransport(inner)

    client = httpx.AsyncClient(
        base_url=base_url,
        headers=_merged_headers(source.headers, headers),
        cookies=source.cookies,
        timeout=source.timeout if timeout is None else timeout,
        follow_redirects=source.follow_redirects,
        event_hooks=source.event_hooks,
        auth=auth,
        transport=AsyncRetryingTransport(wrap(source._transport), policy, owned),
    )
    client._mounts = {
        pattern: None if transport is None else AsyncRetryingTransport(wrap(transport), policy)
        for pattern, transport in source._mounts.items()
    }
    _free_bodies_promptly(client)
    return client


@dataclass(frozen=True)
class MultipartPart:
    name: str
    filename: str | None  # set for file parts
    content: bytes | None  # the value of a text part; None for files (never read)

    def text(self) -> str:
        return (self.content or b"").decode("utf-8", errors="replace")


def multipart_parts(request: httpx.Request) -> list[MultipartPart] | None:
    """The parts of a multipart request without reading (or consuming) file payloads.

    Relies on httpx's MultipartStream keeping `fields` (DataField: name/value; FileField:
    name/filename/file). Returns None when the body is not such a stream.
    """
    fields = getattr(request.stream, "fields", None)
    if fields is None:
        return None
    parts = []
    for item in fields:
        name = str(getattr(item, "name", ""))
        if hasattr(item, "value"):  # DataField
            value = item.value
            parts.append(
                MultipartPart(
                    name, None, value if isinstance(value, bytes) else str(value).encode()
                )
            )
            continue
        filename = getattr(item, "filename", None)
        payload = getattr(item, "file", None)
        # openapi-python-client sends non-file properties as (None, bytes, "text/plain") parts.
        if filename is None and isinstance(payload, bytes | str):
            content = payload if isinstance(payload, bytes) else payload.encode()
            parts.append(MultipartPart(name, None, content))
        else:
            parts.append(MultipartPart(name, filename or "", None))
    return parts


class _WrongModeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Stands in for the sync (async) httpx client of an async (sync) generated Client.

    Without it the generated Client would lazily build a bare httpx client, and e.g. calling
    `sync()` on a client from `async_symetrisk()` would send unauthenticated requests.
    """

    def __init__(self, message: str) -> None:
        self._message = message

    def _fail(self) -> httpx.Response:
        from ._exceptions import ConfigurationError

        raise ConfigurationError(
            f"{self._message}; call the matching generated functions (sync/sync_detailed with "
            "the sync factory, asyncio/asyncio_detailed with the async_* factory)"
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._fail()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._fail()


def build_wrong_mode_client(message: str) -> httpx.Client:
    return httpx.Client(transport=_WrongModeTransport(message))


def build_wrong_mode_async_client(message: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=_WrongModeTransport(message))


class _SharedTransport(httpx.BaseTransport):
    """Another client's transport, used without owning it: closing is the owner's business."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)

    def close(self) -> None:
        pass


class _AsyncSharedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        pass


def is_configured(client: httpx.Client | httpx.AsyncClient) -> bool:
    """True for an httpx client that a finapi factory configured (and not a wrong-mode stand-in)."""
    return isinstance(client._transport, RetryingTransport | AsyncRetryingTransport)


def derive_client(
    original: httpx.Client,
    *,
    headers: Mapping[str, str],
    timeout: httpx.Timeout | float | None,
    max_retries: int | None,
) -> httpx.Client:
    """A client on `original`'s connections, auth (token cache) and validation, with other
    headers, timeout or retries. Closing it leaves `original` and its connections open."""
    assert isinstance(original._transport, RetryingTransport)
    policy = original._transport.policy
    return _client_over(
        original,
        base_url=original.base_url,
        headers=headers,
        auth=original.auth,
        policy=policy if max_retries is None else replace(policy, max_retries=max_retries),
        timeout=timeout,
    )


def derive_async_client(
    original: httpx.AsyncClient,
    *,
    headers: Mapping[str, str],
    timeout: httpx.Timeout | float | None,
    max_retries: int | None,
) -> httpx.AsyncClient:
    """The async twin of `derive_client`."""
    assert isinstance(original._transport, AsyncRetryingTransport)
    policy = original._transport.policy
    return _async_client_over(
        original,
        base_url=original.base_url,
        headers=headers,
        auth=original.auth,
        policy=policy if max_retries is None else replace(policy, max_retries=max_retries),
        timeout=timeout,
    )
