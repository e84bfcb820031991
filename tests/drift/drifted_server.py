"""A loopback HTTP server that answers like an API described by a spec, with deliberate drift.

Every operation answers with the first documented example of its 200 response; a `Drift` for an
operation changes that answer (rename a field, drop one, change a type or status...). The token
endpoint (the path of the spec's oauth2 `tokenUrl`) is served too and checks HTTP Basic client
credentials, and every other request must carry a token it issued, so a drift run against it goes
through the SDK's real token handling. Standard library only; runs in a thread of the caller.
"""

from __future__ import annotations

import base64
import copy
import itertools
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from tests.drift.spec import JSON, Operation, Spec

# A drift takes the documented (status, body) and returns what the server sends instead.
Drift = Callable[[int, JSON], tuple[int, JSON]]


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    authorization: str | None
    status: int


def example_response(spec: Spec, operation: Operation) -> tuple[int, JSON]:
    """The first example of the operation's 200 (else first 2xx) JSON response."""
    responses = operation.definition.get("responses") or {}
    for status in sorted((s for s in responses if str(s).startswith("2")), key=str):
        response = spec.resolve(responses[status])
        for media_type, media in (response.get("content") or {}).items():
            if "json" not in media_type:
                continue
            if "example" in media:
                return int(status), copy.deepcopy(media["example"])
            for example in (media.get("examples") or {}).values():
                example = spec.resolve(example)
                if "value" in example:
                    return int(status), copy.deepcopy(example["value"])
    raise LookupError(f"{operation.label} documents no JSON example for a 2xx response")


def token_path(spec: Spec) -> str:
    schemes = (spec.document.get("components") or {}).get("securitySchemes") or {}
    for scheme in schemes.values():
        flow = ((scheme.get("flows") or {}).get("clientCredentials")) or {}
        if "tokenUrl" in flow:
            return urlsplit(str(flow["tokenUrl"])).path
    raise LookupError("the spec has no oauth2 client-credentials tokenUrl")


class DriftedServer:
    def __init__(self, spec: Spec, drifts: Mapping[str, Drift], *, client_id: str,
                 client_secret: str) -> None:  # fmt: skip
        self.spec = spec
        self.drifts = dict(drifts)  # operationId -> drift
        self.basic = "Basic " + base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
        self.token_path = token_path(spec)
        self.issued: set[str] = set()
        self.seen: list[Seen] = []
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def answer(self, method: str, path: str, authorization: str | None) -> tuple[int, JSON]:
        if method == "POST" and path == self.token_path:
            if authorization != self.basic:
                return 401, {"error": "invalid_client"}
            token = f"drift-token-{next(self._counter)}"
            with self._lock:
                self.issued.add(token)
            return 200, {"access_token": token, "expires_in": 3600, "token_type": "Bearer"}
        operation = self.spec.match(method, path, base_path="")
        if operation is None:
            return 404, {"detail": "Not Found"}
        bearer = (authorization or "").removeprefix("Bearer ")
        with self._lock:
            known = bearer in self.issued
        if not authorization or not authorization.startswith("Bearer ") or not known:
            return 401, {"detail": "Not authenticated"}
        status, body = example_response(self.spec, operation)
        drift = self.drifts.get(operation.operation_id)
        return drift(status, body) if drift is not None else (status, body)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                path = urlsplit(self.path).path
                authorization = self.headers.get("Authorization")
                status, body = server.answer(self.command, path, authorization)
                with server._lock:
                    server.seen.append(Seen(self.command, path, authorization, status))
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_TRACE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: the test asserts on `seen` instead

        return Handler


@contextmanager
def serving(spec: Spec, drifts: Mapping[str, Drift], *, client_id: str, client_secret: str
            ) -> Iterator[DriftedServer]:  # fmt: skip
    server = DriftedServer(spec, drifts, client_id=client_id, client_secret=client_secret)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# -- drifts used by the tests ----------------------------------------------------------------------


def rename(path: list[str | int], new: str) -> Drift:
    """Rename the key at `path` (the last element) to `new`."""

    def drift(status: int, body: JSON) -> tuple[int, JSON]:
        parent = _at(body, path[:-1])
        parent[new] = parent.pop(path[-1])
        return status, body

    return drift


def remove(path: list[str | int]) -> Drift:
    def drift(status: int, body: JSON) -> tuple[int, JSON]:
        del _at(body, path[:-1])[path[-1]]
        return status, body

    return drift


def replace(path: list[str | int], value: JSON) -> Drift:
    def drift(status: int, body: JSON) -> tuple[int, JSON]:
        _at(body, path[:-1])[path[-1]] = value
        return status, body

    return drift


def status(code: int, body: JSON) -> Drift:
    def drift(_: int, __: JSON) -> tuple[int, JSON]:
        return code, body

    return drift


def chain(*drifts: Drift) -> Drift:
    def drift(status_code: int, body: JSON) -> tuple[int, JSON]:
        for step in drifts:
            status_code, body = step(status_code, body)
        return status_code, body

    return drift


def _at(body: JSON, path: list[str | int]) -> Any:
    node = body
    for key in path:
        node = node[key]
    return node
