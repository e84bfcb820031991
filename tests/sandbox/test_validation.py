"""Prism really validates both directions in front of the sandbox, and the seeded data is sound.

The off-spec test puts the sandbox's Prism configuration (mocks.prism, proxy mode) in front of a
loopback server scripted to answer off the spec: if response validation were off, or did not fail
the exchange, the sandbox could drift from the contract unnoticed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpx
import pytest
from stdnum.no import fodselsnummer, kontonr, orgnr

from mocks.prism import HOST, free_port, running_mocks
from mocks.sandbox.app import Sandbox
from tests.sandbox.conftest import OffSpec, check_exchange

pytestmark = pytest.mark.integration

GOOD_PING = {"message": "pong"}
OFF_SPEC_PING = {"message": 42}  # PingResponse.message is a string


class _Scripted(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Scripted.requests.append(self.path)
        body = json.dumps(OFF_SPEC_PING if "bad" in self.headers.get("X-Case", "") else GOOD_PING)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def off_spec_backend() -> Iterator[str]:
    server = ThreadingHTTPServer((HOST, 0), _Scripted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_prism_fails_an_off_spec_answer_and_refuses_an_invalid_request(
    off_spec_backend: str,
) -> None:
    _Scripted.requests.clear()
    upstream = {"symetrisk": f"{off_spec_backend}/symetrisk"}
    with (
        running_mocks({"symetrisk": free_port()}, upstreams=upstream, timeout=90) as mocks,
        httpx.Client(base_url=mocks["symetrisk"].base_url, timeout=30, trust_env=False) as client,
    ):
        headers = {"Authorization": "Bearer anything"}
        good = client.get("/ping", headers=headers)
        assert good.json() == GOOD_PING
        check_exchange(good)  # passes

        bad = client.get("/ping", headers={**headers, "X-Case": "bad"})
        assert bad.status_code == 500
        problem = bad.json()
        assert problem["type"].endswith("#VIOLATIONS")
        assert [v["location"] for v in problem["validation"]] == [["response", "body", "message"]]
        with pytest.raises(OffSpec, match="message"):
            check_exchange(bad)

        refused = client.get("/borrower/12345", headers=headers)
        assert refused.status_code == 422
        assert refused.json()["validation"][0]["location"] == ["path", "organization_number"]
        unauthenticated = client.get("/ping")
        assert unauthenticated.status_code == 401
    # Prism forwarded only the two valid requests.
    assert _Scripted.requests == ["/symetrisk/ping", "/symetrisk/ping"]


def test_seeded_data_is_deterministic_per_seed() -> None:
    first, again, other = Sandbox("alpha"), Sandbox("alpha"), Sandbox("beta")

    def fingerprint(sandbox: Sandbox) -> tuple[list[str], list[str], list[str]]:
        return (
            sorted(sandbox.symetrisk.borrowers),
            sorted(sandbox.brevio.audit_requests),
            [c["token"] for c in sandbox.brevio.connections],
        )

    assert fingerprint(first) == fingerprint(again)
    assert fingerprint(first) != fingerprint(other)


def test_seeded_nordic_numbers_carry_valid_check_digits() -> None:
    sandbox = Sandbox("finapi")
    generated = [org for org in sandbox.symetrisk.borrowers if org != "123456789"]
    assert len(generated) > 100
    assert all(orgnr.is_valid(org) for org in generated)
    brevio = sandbox.brevio
    numbers = [
        number["accountNumber"]
        for request in brevio.audit_requests.values()
        for number in request.account_numbers
    ]
    assert numbers
    assert all(kontonr.is_valid(n) for n in numbers)
    pids = [pid for (_, _, pid) in brevio.rights if pid != "01017012345"]
    assert all(fodselsnummer.is_valid(pid) for pid in pids)
