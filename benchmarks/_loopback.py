"""A fake Symetrisk on loopback: stdlib ThreadingHTTPServer in a thread, with injected latency.

It serves `GET /api/v1/relationships?limit=&skip=` from pre-encoded pages (so the server's own
CPU use, which shares the GIL with the client under test, is a dict lookup and a write) after
sleeping `latency` seconds, `POST /oauth2/token`, and fixed bodies for other GET paths given
as `static`, counting each kind of request.

Shutdown is complete on exit: the serve loop stops, and `server_close()` joins every handler
thread (daemon_threads=False). Idle keep-alive connections end when the client closes them, or
at the latest after the per-connection socket timeout.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import parse_qs, urlsplit

from ._fixtures import TOKEN_PATH, token_body

API_PREFIX = "/api/v1"


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins the handler threads: nothing is left behind
    api: LoopbackApi


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as against a real API
    # Headers and body go out in two writes; with Nagle's algorithm the body then waits for the
    # client's delayed ACK of the headers (40 ms on Linux), which would swamp the 20 ms latency.
    disable_nagle_algorithm = True
    timeout = 10  # seconds an idle keep-alive connection may hold its handler thread
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the benchmark prints a table, not an access log."""

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if urlsplit(self.path).path != TOKEN_PATH:
            self._send(404, b'{"detail": "Not found"}')
            return
        self.server.api.count("token")
        self._send(200, token_body())

    def do_GET(self) -> None:
        api = self.server.api
        parts = urlsplit(self.path)
        if parts.path in api.static:
            api.count("api")
            self._send(200, api.static[parts.path])
            return
        if parts.path != f"{API_PREFIX}/relationships":
            self._send(404, b'{"detail": "Not found"}')
            return
        api.count("api")
        slept = time.perf_counter()
        time.sleep(api.latency)  # the injected network/server latency (releases the GIL)
        api.slept(time.perf_counter() - slept)
        skip = int(parse_qs(parts.query).get("skip", ["0"])[0])
        self._send(200, api.pages.get(skip, api.empty_page))


class LoopbackApi:
    """`with LoopbackApi(pages, latency=0.02) as api:` ... `api.base_url`, `api.requests("api")`."""

    def __init__(
        self,
        pages: Mapping[int, bytes],
        *,
        latency: float,
        empty_page: bytes,
        static: Mapping[str, bytes] | None = None,
    ) -> None:
        self.pages = pages
        self.static = dict(static or {})
        self.latency = latency
        self.empty_page = empty_page
        self._counts = {"api": 0, "token": 0}
        self.sleeps: list[float] = []  # actual latencies: a loaded machine oversleeps
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.api = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="loopback-api"
        )

    @property
    def origin(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}{API_PREFIX}"

    def count(self, kind: str) -> None:
        with self._lock:
            self._counts[kind] += 1

    def slept(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)

    def requests(self, kind: str) -> int:
        with self._lock:
            return self._counts[kind]

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
