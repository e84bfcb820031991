"""A scripted HTTP/1.1 server on a free loopback port, for faults only a real socket shows.

Each request is answered by a script: a full reply, or headers and part of the body followed by a
dropped connection or a stall. The server writes raw bytes itself (the standard library's
http.server cannot send half a body on purpose) and records every request it read.

    with ScriptedServer(script) as server:
        client = finapi.Symetrisk(environment=server.url, ...)
        ...
        server.count("GET", "/ping")
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

HOST = "127.0.0.1"
STALL_LIMIT = 30.0  # a stalled answer is released by then at the latest


@dataclass(frozen=True)
class Seen:
    """A request as the server read it."""

    method: str
    path: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    number: int  # 1 for the first request to this method and path, 2 for the second...


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, value: Any, **headers: str) -> Reply:
        return cls(
            status, json.dumps(value).encode(), {"Content-Type": "application/json", **headers}
        )


@dataclass(frozen=True)
class Drop:
    """Headers announcing the whole body, `sent` bytes of it, then the connection is closed."""

    body: bytes
    sent: int
    status: int = 200


@dataclass(frozen=True)
class Stall:
    """Headers announcing the whole body, `sent` bytes of it, then nothing until released."""

    body: bytes
    sent: int
    status: int = 200


Action = Reply | Drop | Stall
Script = Callable[[Seen], Action]

_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    503: "Service Unavailable",
}


def _head(status: int, length: int, headers: Mapping[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}", f"Content-Length: {length}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if not any(name.lower() == "content-type" for name in headers):
        lines.append("Content-Type: application/json")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        while True:  # keep-alive: several requests per connection
            request_line = self.rfile.readline(65537)
            if not request_line.strip():
                return
            method, target, _ = request_line.decode("latin-1").split(" ", 2)
            headers: dict[str, str] = {}
            while (line := self.rfile.readline(65537)) not in (b"\r\n", b"\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            assert "chunked" not in headers.get("transfer-encoding", ""), "not supported here"
            body = self.rfile.read(int(headers.get("content-length", "0")))
            action = self.server.answer(method, target.split("?", 1)[0], headers, body)
            if isinstance(action, Reply):
                self.wfile.write(_head(action.status, len(action.body), action.headers))
                self.wfile.write(action.body)
                self.wfile.flush()
                continue
            self.wfile.write(_head(action.status, len(action.body), {}))
            self.wfile.write(action.body[: action.sent])
            self.wfile.flush()
            if isinstance(action, Stall):
                self.server.released.wait(STALL_LIMIT)
            else:
                self.connection.shutdown(socket.SHUT_RDWR)
            return


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    block_on_close = True  # server_close() waits for the handlers (stalls are released first)
    allow_reuse_address = True

    def __init__(self, script: Script) -> None:
        super().__init__((HOST, 0), _Handler)
        self.script = script
        self.released = threading.Event()
        self.seen: list[Seen] = []
        self._lock = threading.Lock()

    def answer(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> Action:
        with self._lock:
            number = 1 + sum(1 for s in self.seen if (s.method, s.path) == (method, path))
            seen = Seen(method, path, headers, body, number)
            self.seen.append(seen)
        return self.script(seen)


class ScriptedServer:
    def __init__(self, script: Script) -> None:
        self._server = _Server(script)
        # A short poll interval: shutdown() waits for the loop to notice, once per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def seen(self) -> list[Seen]:
        return list(self._server.seen)

    def use(self, script: Script) -> None:
        """Answer the next requests with another script."""
        self._server.script = script

    def count(self, method: str, path: str) -> int:
        return sum(1 for s in self._server.seen if (s.method, s.path) == (method, path))

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._server.released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def wait_for(condition: Callable[[], bool], timeout: float = STALL_LIMIT) -> bool:
    """Poll until `condition()` holds (for scripts that wait for the clients' side)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True
