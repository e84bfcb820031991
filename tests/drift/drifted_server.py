"""A loopback HTTP server that answers like an API described by a spec, with deliberate drift.

Every operation answers with the first documented example of its 2xx response. Listings (an
`x-pagination` in the spec) page that example's items as the spec says: limit/skip with the
total in the metadata, a fixed offset page, offset and pageSize with `total` and `next`, or a
cursor in `next` (one item per page); the items are repeated so that a listing has a few pages.
A `Drift` for an operation changes the answer (rename a field, drop one, change a type or
status...) after paging, so a renamed `next` is renamed on every page.

The token endpoint (the path of the spec's oauth2 `tokenUrl`) checks HTTP Basic client
credentials and issues tokens, and every other request must carry a token it issued, so a drift
run goes through the SDK's real token handling; a `TokenAnswer` replaces that endpoint's
behaviour (missing, HTML, refusing, not OAuth2). Standard library only; runs in a thread.
"""

from __future__ import annotations

import base64
import copy
import datetime
import itertools
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from finapi._openapi import Operation
from finapi.drift.spec import JSON, Spec

# A drift takes the documented (status, body) and returns what the server sends instead.
Drift = Callable[[int, JSON], tuple[int, JSON]]
# What the token endpoint answers instead of a token: (status, content type, body bytes).
TokenAnswer = tuple[int, str, bytes]
REPEAT_ITEMS = 3  # a listing has at least this many items (its example's, repeated)


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    query: str
    authorization: str | None
    status: int


def example_response(spec: Spec, operation: Operation) -> tuple[int, JSON]:
    """The first example of the operation's 200 (else first 2xx) JSON response."""
    responses = operation.definition.get("responses") or {}
    for code in sorted((s for s in responses if str(s).startswith("2")), key=str):
        response = spec.resolve(responses[code])
        for media_type, media in (response.get("content") or {}).items():
            if "json" not in media_type:
                continue
            if "example" in media:
                return int(code), copy.deepcopy(media["example"])
            for example in (media.get("examples") or {}).values():
                example = spec.resolve(example)
                if "value" in example:
                    return int(code), copy.deepcopy(example["value"])
    raise LookupError(f"{operation.method} {operation.path} documents no JSON 2xx example")


def token_path(spec: Spec) -> str:
    return urlsplit(spec.api_spec.token_url()).path


def _number(query: Mapping[str, list[str]], name: str | None, default: int) -> int:
    try:
        return int(query[name][0]) if name and name in query else default
    except ValueError:
        return default


def _get_path(body: JSON, dotted: str) -> JSON:
    for part in dotted.split(".") if dotted else []:
        body = body[part]
    return body


def _set_path(body: JSON, dotted: str, value: JSON) -> JSON:
    if not dotted:
        return value
    *parents, last = dotted.split(".")
    node = body
    for part in parents:
        node = node[part]
    node[last] = value
    return body


CURSOR_EPOCH = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)


def _cursor(index: int) -> str:
    return (CURSOR_EPOCH + datetime.timedelta(seconds=index)).isoformat().replace("+00:00", "Z")


def _cursor_index(cursor: str | None) -> int:
    """The item a cursor points at; 0 for anything that is not one of ours."""
    try:
        moment = datetime.datetime.fromisoformat(str(cursor).replace("Z", "+00:00"))
    except ValueError:
        return 0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return max(0, int((moment - CURSOR_EPOCH).total_seconds()))


def paged(operation: Operation, body: JSON, query: Mapping[str, list[str]]) -> JSON:
    """The page of a listing's example that the query asks for, as the x-pagination says."""
    config = operation.pagination
    if config is None:
        return body
    items_path = str(config.get("items", ""))
    items = _get_path(body, items_path)
    if not isinstance(items, list) or not items:
        return body
    dataset = (items * REPEAT_ITEMS)[: max(REPEAT_ITEMS, len(items))]
    style = config["style"]
    total = len(dataset)
    if style == "cursor":
        # Keyset cursors are timestamps (Brevio's `next` is a date-time): item i is EPOCH + i s.
        values = query.get(str(config.get("cursor_param"))) or []
        given = values[0] if values else None
        start = _cursor_index(given)
        page, following = dataset[start : start + 1], start + 1
        body = _set_path(body, items_path, page)
        if isinstance(body, dict) and "cursor" in body:
            body["cursor"] = _cursor(start) if given is not None and start else None
        return _set_path(
            body, str(config["next"]), _cursor(following) if following < total else None
        )
    if style == "limit-skip":
        start = _number(query, config.get("skip_param"), 0)
        size = _number(query, config.get("limit_param"), int(config.get("default_limit", 100)))
    elif style == "offset":
        start, size = _number(query, config.get("offset_param"), 0), int(config["page_size"])
    else:  # offset-page-size
        start = _number(query, config.get("offset_param"), 0)
        size = _number(query, config.get("page_size_param"), int(config.get("max_page_size", 50)))
    page = dataset[start : start + size]
    body = _set_path(body, items_path, page)
    if config.get("total"):
        body = _set_path(body, str(config["total"]), total)
        metadata = body.get("metadata") if isinstance(body, dict) else None
        if isinstance(metadata, dict):  # Symetrisk's metadata echoes the page it describes
            metadata.update({"limit": size, "skip": start, "returned_items": len(page)})
    if config.get("next"):
        following = start + size
        body = _set_path(body, str(config["next"]), following if following < total else None)
    return body


class DriftedServer:
    def __init__(self, spec: Spec, drifts: Mapping[str, Drift], *, client_id: str,
                 client_secret: str, token_answer: TokenAnswer | None = None) -> None:  # fmt: skip
        self.spec = spec
        self.drifts = dict(drifts)  # operationId -> drift
        self.token_answer = token_answer
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

    def answer(self, method: str, path: str, query: str, authorization: str | None
               ) -> tuple[int, str, bytes]:  # fmt: skip
        if method == "POST" and path == self.token_path:
            return self._token(authorization)
        status, body = self._api(method, path, parse_qs(query), authorization)
        return status, "application/json", json.dumps(body).encode()

    def _token(self, authorization: str | None) -> tuple[int, str, bytes]:
        if self.token_answer is not None:
            return self.token_answer
        if authorization != self.basic:
            return 401, "application/json", json.dumps({"error": "invalid_client"}).encode()
        token = f"drift-token-{next(self._counter)}"
        with self._lock:
            self.issued.add(token)
        body = {"access_token": token, "expires_in": 3600, "token_type": "Bearer"}
        return 200, "application/json", json.dumps(body).encode()

    def _api(self, method: str, path: str, query: Mapping[str, list[str]],
             authorization: str | None) -> tuple[int, JSON]:  # fmt: skip
        found = self.spec.api_spec.match(method, path)
        if found is None:
            return 404, {"detail": "Not Found"}
        operation = found[0]
        bearer = (authorization or "").removeprefix("Bearer ")
        with self._lock:
            known = bearer in self.issued
        if not authorization or not authorization.startswith("Bearer ") or not known:
            return 401, {"detail": "Not authenticated"}
        status, body = example_response(self.spec, operation)
        body = paged(operation, body, query)
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
                url = urlsplit(self.path)
                authorization = self.headers.get("Authorization")
                status, content_type, payload = server.answer(
                    self.command, url.path, url.query, authorization
                )
                with server._lock:
                    server.seen.append(
                        Seen(self.command, url.path, url.query, authorization, status)
                    )
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_TRACE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: the tests assert on `seen` instead

        return Handler


@contextmanager
def serving(spec: Spec, drifts: Mapping[str, Drift], *, client_id: str, client_secret: str,
            token_answer: TokenAnswer | None = None) -> Iterator[DriftedServer]:  # fmt: skip
    server = DriftedServer(spec, drifts, client_id=client_id, client_secret=client_secret,
                           token_answer=token_answer)  # fmt: skip
    server.start()
    try:
        yield server
    finally:
        server.stop()


# -- drifts used by the tests ----------------------------------------------------------------------


# Each drift changes the body where `path` exists (an empty page has no `items/0`).


def rename(path: list[str | int], new: str) -> Drift:
    """Rename the key at `path` (the last element) to `new`."""

    def drift(status: int, body: JSON) -> tuple[int, JSON]:
        parent = _at(body, path[:-1])
        if isinstance(parent, dict) and path[-1] in parent:
            parent[new] = parent.pop(path[-1])
        return status, body

    return drift


def remove(path: list[str | int]) -> Drift:
    def drift(status: int, body: JSON) -> tuple[int, JSON]:
        parent = _at(body, path[:-1])
        if isinstance(parent, dict) and path[-1] in parent:
            del parent[path[-1]]
        return status, body

    return drift


def replace(path: list[str | int], value: JSON) -> Drift:
    def drift(status: int, body: JSON) -> tuple[int, JSON]:
        parent = _at(body, path[:-1])
        if isinstance(parent, dict) and path[-1] in parent:
            parent[path[-1]] = value
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
    """The node at `path`, or None where the body has no such place."""
    node = body
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    return node


# -- token endpoint answers used by the tests ----------------------------------------------------


def token_json(code: int, body: JSON) -> TokenAnswer:
    return code, "application/json", json.dumps(body).encode()


def token_html(code: int = 200) -> TokenAnswer:
    return code, "text/html; charset=utf-8", b"<!doctype html><title>Welcome</title><p>Hello</p>"
