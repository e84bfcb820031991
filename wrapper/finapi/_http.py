"""THE seam to the HTTP library: every httpx client the wrapper creates is created here.

openapi-python-client and the wider ecosystem are moving from httpx to httpx2 (issue #1457,
draft PR #1461; openai-python and Authlib already moved). Keeping construction, defaults and the
few httpx internals we rely on (a client's transports) in this one module keeps that migration a
local change. The request loop itself (`_core.py`) only calls `send` and `build_request`.
"""

from __future__ import annotations

import functools
import platform
import ssl
from collections.abc import Mapping

import httpx

from ._exceptions import ConfigurationError
from ._version import __version__

# Same shape as the Stainless SDKs: a short connect timeout, a generous read timeout.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_LIMITS = httpx.Limits(max_connections=50, max_keepalive_connections=10, keepalive_expiry=30)
TOKEN_LIMITS = httpx.Limits(max_connections=4)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs about 0.1 s per context, and every client builds two transports
    # (API and token endpoint). One context serves them all: an SSLContext is safe to share
    # between connections and threads.
    return httpx.create_ssl_context()


def user_agent() -> str:
    return (
        f"finapi-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"
    )


def _timeout(timeout: httpx.Timeout | float | None, fallback: httpx.Timeout) -> httpx.Timeout:
    return fallback if timeout is None else httpx.Timeout(timeout)


def build_client(
    *,
    base_url: str,
    headers: Mapping[str, str],
    timeout: httpx.Timeout | float | None,
    http_client: httpx.Client | None,
    limits: httpx.Limits = DEFAULT_LIMITS,
) -> httpx.Client:
    """A client of ours, or one over the user's client's transport.

    An injected client is never modified (it may be shared, e.g. by a Symetrisk and a Brevio
    client): ours is built on its transport, proxy mounts, headers, cookies, event hooks and
    timeout, and closing ours leaves it open.
    """
    if http_client is None:
        return httpx.Client(
            base_url=base_url,
            headers=headers,
            timeout=_timeout(timeout, DEFAULT_TIMEOUT),
            transport=httpx.HTTPTransport(limits=limits, verify=_ssl_context()),
        )
    if not isinstance(http_client, httpx.Client):
        raise ConfigurationError(_wrong_client(http_client, "httpx.Client", "sync"))
    return client_over(http_client, base_url=base_url, headers=headers, timeout=timeout)


def build_async_client(
    *,
    base_url: str,
    headers: Mapping[str, str],
    timeout: httpx.Timeout | float | None,
    http_client: httpx.AsyncClient | None,
    limits: httpx.Limits = DEFAULT_LIMITS,
) -> httpx.AsyncClient:
    """The async twin of `build_client`."""
    if http_client is None:
        return httpx.AsyncClient(
            base_url=base_url,
            headers=headers,
            timeout=_timeout(timeout, DEFAULT_TIMEOUT),
            transport=httpx.AsyncHTTPTransport(limits=limits, verify=_ssl_context()),
        )
    if not isinstance(http_client, httpx.AsyncClient):
        raise ConfigurationError(_wrong_client(http_client, "httpx.AsyncClient", "async"))
    return async_client_over(http_client, base_url=base_url, headers=headers, timeout=timeout)


def _wrong_client(given: object, expected: str, kind: str) -> str:
    # The other kind of client would fail only at the first request, deep inside httpx
    # ("'AsyncHTTPTransport' object has no attribute 'handle_request'").
    other = "the Async... clients" if kind == "sync" else "the sync clients"
    article = "an" if kind == "async" else "a"
    return (
        f"http_client must be an {expected} for {article} {kind} finapi client, not "
        f"{type(given).__module__}.{type(given).__qualname__} (use {other} for that one)"
    )


def _merged_headers(source: httpx.Headers, extra: Mapping[str, str]) -> httpx.Headers:
    headers = httpx.Headers(source)
    headers.update(extra)  # case-insensitive: an override replaces, never duplicates
    return headers


def client_over(
    source: httpx.Client,
    *,
    base_url: str | httpx.URL,
    headers: Mapping[str, str],
    timeout: httpx.Timeout | float | None,
) -> httpx.Client:
    """A new client on `source`'s transport and mounts, its headers, cookies, event hooks,
    redirects and timeout, plus ours. `source` is left untouched and keeps owning its transport.

    httpx has no public accessor for a client's transports; `_transport`/`_mounts` are read here
    only, in the one module that knows httpx internals.
    """
    client = httpx.Client(
        base_url=base_url,
        headers=_merged_headers(source.headers, headers),
        cookies=source.cookies,
        timeout=source.timeout if timeout is None else timeout,
        follow_redirects=source.follow_redirects,
        event_hooks=source.event_hooks,
        transport=_SharedTransport(source._transport),
    )
    client._mounts = {
        pattern: None if transport is None else _SharedTransport(transport)
        for pattern, transport in source._mounts.items()
    }
    return client


def async_client_over(
    source: httpx.AsyncClient,
    *,
    base_url: str | httpx.URL,
    headers: Mapping[str, str],
    timeout: httpx.Timeout | float | None,
) -> httpx.AsyncClient:
    """The async twin of `client_over`."""
    client = httpx.AsyncClient(
        base_url=base_url,
        headers=_merged_headers(source.headers, headers),
        cookies=source.cookies,
        timeout=source.timeout if timeout is None else timeout,
        follow_redirects=source.follow_redirects,
        event_hooks=source.event_hooks,
        transport=_AsyncSharedTransport(source._transport),
    )
    client._mounts = {
        pattern: None if transport is None else _AsyncSharedTransport(transport)
        for pattern, transport in source._mounts.items()
    }
    return client


class _SharedTransport(httpx.BaseTransport):
    """Another client's transport, used without owning it: closing is the owner's business."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner.inner if isinstance(inner, _SharedTransport) else inner

    @property
    def inner(self) -> httpx.BaseTransport:
        return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)

    def close(self) -> None:
        pass


class _AsyncSharedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner.inner if isinstance(inner, _AsyncSharedTransport) else inner

    @property
    def inner(self) -> httpx.AsyncBaseTransport:
        return self._inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        pass
