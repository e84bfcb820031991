"""Logging: FINAPI_LOG, what is logged, silence by default, and that credentials never are
(DEBUG, all loggers)."""

from __future__ import annotations

import base64
import json
import logging
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import finapi
import httpx
import pytest
from finapi._logging import RedactingFilter, configure_from_env, redact

from .fakes import CLIENT_ID, SECRET, FakeApi

LOOPBACK_TOKEN = "loopback-access-token-0123456789"


def assert_no_credentials(text: str, *tokens: str) -> None:
    basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    for needle in (SECRET, basic, *tokens):
        assert needle not in text


def all_records_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        f"{record.name} {record.getMessage()} {record.args!r} {record.__dict__!r}"
        for record in caplog.records
    )


def test_debug_logs_of_all_loggers_hold_no_secrets(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # root: finapi, httpx, httpcore...
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk()
    client.status.get_ping()
    fake.revoke_tokens()
    client.status.get_ping()  # 401 -> refresh -> replay
    fake.token_failure = httpx.Response(
        401, json={"error": "invalid_client", "client_secret": SECRET}
    )
    fake.revoke_tokens()
    with pytest.raises(finapi.AuthenticationError) as caught:
        client.status.get_ping()
    issued = ["access-token-1-abcdefgh", "access-token-2-abcdefgh"]
    assert_no_credentials(all_records_text(caplog), *issued)
    assert_no_credentials(str(caught.value) + repr(caught.value), *issued)
    assert_no_credentials(repr(caught.value.body), *issued)
    assert_no_credentials(str(caught.value.response.request.headers), *issued)
    assert_no_credentials(repr(client._shared.tokens), *issued)
    assert_no_credentials(repr(client), *issued)
    messages = [record.getMessage() for record in caplog.records if record.name == "finapi"]
    assert any("GET http://127.0.0.1:4010/ping -> 200" in m for m in messages)
    assert any("refreshing the token" in m for m in messages)


class _LoopbackHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self._json({"access_token": LOOPBACK_TOKEN, "expires_in": 3600, "token_type": "Bearer"})

    def do_GET(self) -> None:
        if self.headers.get("Authorization") != f"Bearer {LOOPBACK_TOKEN}":
            self.send_response(401)
            self.end_headers()
            return
        self._json({"message": "pong"})

    def _json(self, body: object) -> None:
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        """Silence the stdlib server's stderr logging."""


@pytest.fixture
def loopback_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _LoopbackHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_real_transport_debug_logs_hold_no_secrets(
    loopback_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Through httpx's real transport (httpcore logs at DEBUG) against a loopback server."""
    caplog.set_level(logging.DEBUG)
    with finapi.Symetrisk(
        client_id=CLIENT_ID, client_secret=SECRET, environment=loopback_url
    ) as client:
        assert client.status.get_ping().message == "pong"
    assert any(record.name.startswith("httpcore") for record in caplog.records)
    assert_no_credentials(all_records_text(caplog), LOOPBACK_TOKEN)


def test_redaction_filter() -> None:
    assert redact("Authorization: Bearer abc.def.ghi") == "Authorization: [REDACTED]"
    assert "eyJhbGciOi" not in redact('{"access_token": "eyJhbGciOiJIUzI1NiJ9.x.y"}')
    assert redact("grant_type=client_credentials&client_secret=hunter2") == (
        "grant_type=client_credentials&client_secret=[REDACTED]"
    )
    assert "dXNlcjpwYXNzd29yZA" not in redact("header Basic dXNlcjpwYXNzd29yZA==")
    assert redact("GET /ping -> 200") == "GET /ping -> 200"


def test_filter_rewrites_records_from_any_logger() -> None:
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "sent %s", ("Bearer s3cr3ttoken",), None
    )
    assert RedactingFilter().filter(record)
    assert "s3cr3ttoken" not in record.getMessage()


@pytest.fixture
def restore_loggers() -> Iterator[None]:
    saved = {
        name: (logging.getLogger(name).level, list(logging.getLogger(name).handlers))
        for name in ("finapi", "httpx")
    }
    yield
    for name, (level, handlers) in saved.items():
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.handlers[:] = handlers


@pytest.mark.usefixtures("restore_loggers")
@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_finapi_log_env_enables_a_handler(
    monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    monkeypatch.setenv("FINAPI_LOG", value)
    configure_from_env()
    configure_from_env()  # idempotent
    finapi_logger = logging.getLogger("finapi")
    ours = [h for h in finapi_logger.handlers if getattr(h, "_finapi_handler", False)]
    assert len(ours) == 1
    assert finapi_logger.level == level
    assert any(isinstance(f, RedactingFilter) for f in ours[0].filters)


@pytest.mark.usefixtures("restore_loggers")
def test_no_handler_without_finapi_log() -> None:
    configure_from_env()
    assert not any(
        getattr(h, "_finapi_handler", False) for h in logging.getLogger("finapi").handlers
    )


# -- silence by default (issue 10) ------------------------------------------------------------

# Retries, a token-endpoint failure (logged at WARNING) and a pagination warning, in a fresh
# interpreter whose program configured no logging: Python's last-resort handler would print
# any WARNING that reaches it to stderr.
_NOISY_PROGRAM = textwrap.dedent(
    """
    import httpx
    import finapi
    import finapi._core

    finapi._core.sleep = lambda seconds: None  # keep it fast; the delays are still logged
    answers = {"ping": 0, "refuse": False}

    def handle(request):
        if request.url.path == "/oauth2/token":
            if answers["refuse"]:
                return httpx.Response(401, json={"error": "invalid_client"})
            return httpx.Response(200, json={"access_token": "tok-123456789", "expires_in": 3600})
        if request.url.path == "/relationships":
            item = {
                "relationship_id": "00000000-0000-0000-0000-000000000001",
                "relationship_state": "access_approved",
                "borrower_company_name": "B",
                "contact_email": "b@example.com",
                "borrower_organization_number": "123456789",
                "relationship_created_at": "2025-01-01T00:00:00",
            }
            metadata = {"limit": 1, "skip": 0, "returned_items": 1, "total_items": 9}
            return httpx.Response(200, json={"metadata": metadata, "items": [item]})
        answers["ping"] += 1
        if answers["ping"] < 3:
            return httpx.Response(503, headers={"Retry-After": "0"})
        return httpx.Response(200, json={"message": "pong"})

    http = httpx.Client(transport=httpx.MockTransport(handle))
    client = finapi.Symetrisk(environment="mock", http_client=http)
    assert client.status.get_ping().message == "pong"
    assert len(list(client.bank.list_relationships(page_size=1))) == 1  # repeated page: warns
    answers["refuse"] = True
    try:
        finapi.Symetrisk(environment="mock", http_client=http).status.get_ping()  # refused
    except finapi.AuthenticationError:
        pass
    print("done")
    """
)


def run_noisy_program(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        key: value
        for key, value in os.environ.items()
        if key != "FINAPI_LOG" and not key.startswith(("SYMETRISK_", "BREVIO_"))
    }
    return subprocess.run(
        [sys.executable, "-c", _NOISY_PROGRAM],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_nothing_reaches_stderr_when_the_program_configured_no_logging() -> None:
    result = run_noisy_program()
    assert result.returncode == 0, result.stderr
    assert result.stdout == "done\n"
    assert result.stderr == ""


def test_finapi_log_makes_the_same_program_speak() -> None:
    """The control for the test above: the program does log, through FINAPI_LOG's handler."""
    result = run_noisy_program(FINAPI_LOG="info")
    assert result.returncode == 0, result.stderr
    assert "GET http://127.0.0.1:4010/ping -> 200 (retry 2)" in result.stderr
    assert "Token request to http://127.0.0.1:4010/oauth2/token failed" in result.stderr
    assert "identical to page 1" in result.stderr
    assert "tok-123456789" not in result.stderr
