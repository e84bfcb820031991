"""What went over the wire: httpx event hooks on the client injected into the wrapper.

An `http_client=` given to a finapi client carries both the API requests and the OAuth2 token
requests (the SDK builds its clients over its transport, with its event hooks), so its hooks see
everything the SDK sends, after the wrapper's validation, token and retries.
"""

from __future__ import annotations

import base64
import contextlib
import email.parser
import email.policy
import functools
import ssl
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import finapi
import httpx
from finapi._apis import ApiInfo
from finapi._base_client import AsyncAPIClient, SyncAPIClient

# Dummy credentials: Prism only checks that Basic credentials are present.
from tests.integration.mock_session import CLIENT_ID, CLIENT_SECRET

BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()


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


def client_class(api: ApiInfo, *, asynchronous: bool = False) -> Any:
    """`finapi.Symetrisk`, `finapi.AsyncBrevio`...: the generated client of an API."""
    return getattr(finapi, f"Async{api.title}" if asynchronous else api.title)


def _settings(base_url: str, options: dict[str, Any]) -> dict[str, Any]:
    return {
        "environment": base_url,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        **options,
    }


@contextlib.contextmanager
def sync_client(
    api: ApiInfo, base_url: str, recorder: Recorder | None = None, **options: Any
) -> Iterator[SyncAPIClient]:
    """A finapi client for the server at `base_url`, with dummy credentials (and its requests
    recorded when a recorder is given). Both are closed on exit."""
    with contextlib.ExitStack() as stack:
        if recorder is not None:
            options["http_client"] = stack.enter_context(recorder.client())
        client: SyncAPIClient = client_class(api)(**_settings(base_url, options))
        yield stack.enter_context(client)


@contextlib.asynccontextmanager
async def async_client(
    api: ApiInfo, base_url: str, recorder: Recorder | None = None, **options: Any
) -> AsyncIterator[AsyncAPIClient]:
    """The async twin of `sync_client`."""
    async with contextlib.AsyncExitStack() as stack:
        if recorder is not None:
            options["http_client"] = await stack.enter_async_context(recorder.async_client())
        client: AsyncAPIClient = client_class(api, asynchronous=True)(
            **_settings(base_url, options)
        )
        yield await stack.enter_async_context(client)
