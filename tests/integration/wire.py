"""What went over the wire: httpx event hooks on the client injected into the wrapper.

An `http_client=` given to a finapi factory carries both the API requests and the OAuth2 token
requests, so its hooks see everything the SDK sends, after the wrapper's auth and validation.
"""

from __future__ import annotations

import email.parser
import email.policy
import functools
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import brevio_client
import finapi
import httpx
import symetrisk_client

WrapperClient = symetrisk_client.AuthenticatedClient | brevio_client.AuthenticatedClient

# Dummy credentials: Prism only checks that Basic credentials are present.
from tests.integration.mock_session import CLIENT_ID, CLIENT_SECRET


@functools.cache
def ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs ~0.1 s; the mocks are plain http, so one context is shared.
    return httpx.create_ssl_context()


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Sent:
    """A request as it left the client (body read in full)."""

    method: str
    url: httpx.URL
    headers: httpx.Headers
    content: bytes

    @property
    def path(self) -> str:
        return self.url.path

    def query(self) -> dict[str, list[str]]:
        params: dict[str, list[str]] = {}
        for key, value in self.url.params.multi_items():
            params.setdefault(key, []).append(value)
        return params

    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.content.decode("ascii"), keep_blank_values=True)

    def parts(self) -> list[Part]:
        """The multipart/form-data parts, parsed from the bytes on the wire."""
        content_type = self.headers["content-type"]
        assert content_type.startswith("multipart/form-data"), content_type
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + self.content
        )
        parts = []
        for part in message.iter_parts():
            payload = part.get_payload(decode=True)
            parts.append(
                Part(
                    name=str(part.get_param("name", header="content-disposition")),
                    filename=part.get_filename(),
                    content_type=part.get_content_type(),
                    data=payload if isinstance(payload, bytes) else b"",
                )
            )
        return parts


@dataclass(frozen=True)
class Received:
    request: Sent
    status_code: int
    content: bytes


class Recorder:
    """Builds hooked httpx clients and keeps every request and response they carried."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        self.received: list[Received] = []
        self._by_request: dict[int, Sent] = {}

    # -- clients -------------------------------------------------------------------------------

    def client(self) -> httpx.Client:
        return httpx.Client(
            verify=ssl_context(),
            event_hooks={"request": [self._on_request], "response": [self._on_response]},
        )

    def async_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            verify=ssl_context(),
            event_hooks={
                "request": [self._on_async_request],
                "response": [self._on_async_response],
            },
        )

    # -- hooks ---------------------------------------------------------------------------------

    def _record(self, request: httpx.Request) -> None:
        sent = Sent(request.method, request.url, httpx.Headers(request.headers), request.content)
        self._by_request[id(request)] = sent
        self.sent.append(sent)

    def _on_request(self, request: httpx.Request) -> None:
        request.read()
        self._record(request)

    async def _on_async_request(self, request: httpx.Request) -> None:
        await request.aread()
        self._record(request)

    def _on_response(self, response: httpx.Response) -> None:
        response.read()
        self._answer(response)

    async def _on_async_response(self, response: httpx.Response) -> None:
        await response.aread()
        self._answer(response)

    def _answer(self, response: httpx.Response) -> None:
        sent = self._by_request[id(response.request)]
        self.received.append(Received(sent, response.status_code, response.content))

    # -- queries -------------------------------------------------------------------------------

    def to(self, path: str) -> list[Sent]:
        return [sent for sent in self.sent if sent.path == path]

    def not_to(self, path: str) -> list[Sent]:
        return [sent for sent in self.sent if sent.path != path]


def wrapper_client(
    api: str,
    base_url: str,
    recorder: Recorder | None = None,
    *,
    asynchronous: bool = False,
    **options: Any,
) -> WrapperClient:
    """A finapi client for the mock at `base_url`, with dummy credentials."""
    settings: dict[str, Any] = {
        "environment": base_url,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        **options,
    }
    if recorder is not None:
        settings["http_client"] = recorder.async_client() if asynchronous else recorder.client()
    if api == "symetrisk":
        factory = finapi.async_symetrisk if asynchronous else finapi.symetrisk
        return factory(**settings)
    factory_b = finapi.async_brevio if asynchronous else finapi.brevio
    return factory_b(**settings)


def oauth_of(
    client: WrapperClient, *, asynchronous: bool = False
) -> finapi.OAuth2ClientCredentials:
    """The wrapper's OAuth2 auth inside the client's httpx auth (finapi wraps it in a guard)."""
    httpx_client: httpx.Client | httpx.AsyncClient = (
        client.get_async_httpx_client() if asynchronous else client.get_httpx_client()
    )
    auth: object = httpx_client.auth
    while not isinstance(auth, finapi.OAuth2ClientCredentials):
        inner = getattr(auth, "inner", None)
        assert inner is not None, f"no OAuth2ClientCredentials inside {httpx_client.auth!r}"
        auth = inner
    return auth
