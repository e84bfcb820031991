"""`python -m mocks.serve` (what `nox -s mock` runs) as a process: up, answering, stopped.

The front process (what nox runs) starts a supervisor in a session of its own, which runs the
Prism processes; the supervisor stops everything when the front stops or is killed.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

import httpx
import pytest
from finapi._apis import APIS, api_named

from mocks.prism import HOST, environment_for, free_port, port_is_free
from tests.contract.specs import ROOT
from tests.integration import processes
from tests.integration.spec_calls import issued_token, token_operation

pytestmark = pytest.mark.integration

READY_TIMEOUT = float(os.environ.get("FINAPI_TEST_MOCK_TIMEOUT", 90.0))


class Serve:
    """The serve process, with its stdout and stderr collected line by line."""

    def __init__(self, ports: dict[str, int], *options: str) -> None:
        arguments = [f"--{api}-port={port}" for api, port in ports.items()]
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mocks.serve", *options, *arguments],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, start_new_session=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self._readers = [
            threading.Thread(target=self._read, args=(stream, lines), daemon=True)
            for stream, lines in (
                (self.process.stdout, self.stdout),
                (self.process.stderr, self.stderr),
            )
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _read(stream: IO[str] | None, lines: list[str]) -> None:
        assert stream is not None
        for line in stream:
            lines.append(line.rstrip("\n"))

    def wait_for_line(self, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in line for line in self.stdout):
            if self.process.poll() is not None or time.monotonic() > deadline:
                if self.process.poll() is not None:
                    self.finish(timeout=5)  # all its output; else the fixture stops it
                pytest.fail(
                    f"no {text!r} from mocks.serve (exit code {self.process.returncode}):\n"
                    + "\n".join(self.stdout + self.stderr),
                    pytrace=False,
                )
            time.sleep(0.05)

    def finish(self, timeout: float) -> int:
        code = self.process.wait(timeout)
        for reader in self._readers:
            reader.join(timeout)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        return code


@dataclass
class Started:
    """What a test started: removed afterwards even when the test failed halfway."""

    serves: list[Serve] = field(default_factory=list)
    ports: list[int] = field(default_factory=list)

    def ports_for(self) -> dict[str, int]:
        ports = {api.name: free_port() for api in APIS}
        self.ports.extend(ports.values())
        return ports


@pytest.fixture
def started() -> Iterator[Started]:
    record = Started()
    yield record
    for serve in record.serves:
        if serve.process.poll() is None:
            processes.kill_groups([serve.process.pid])  # its own session and group
            serve.process.wait(10)
    # Prism processes for these fresh ports can only be ours.
    leftovers = {proc.pgid for port in record.ports for proc in processes.prism_on_port(port)}
    processes.kill_groups(sorted(leftovers))


def _check_answers(name: str, port: int) -> None:
    """The mock of an API is on `port`: its token endpoint issues the documented token."""
    api = api_named(name)
    with httpx.Client(timeout=5.0) as client:
        response = client.post(
            f"http://{HOST}:{port}{token_operation(api).facts.path}",
            auth=("any-id", "any-secret"),
            data={"grant_type": "client_credentials"},
        )
    assert response.status_code == 200, response.text
    assert response.json()["access_token"] == issued_token(api)


def _wait_until_free(ports: list[int], timeout: float = 10.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while True:
        taken = [port for port in ports if not port_is_free(port)]
        if not taken or time.monotonic() > deadline:
            return taken
        time.sleep(0.05)


def _tree(serve: Serve) -> tuple[int, list[int]]:
    """The supervisor's process group, and the groups of the Prism processes it runs."""
    children = processes.descendants(serve.process.pid)
    (supervisor,) = [child for child in children if "--supervise" in child.command]
    groups = sorted({child.pgid for child in children})
    assert serve.process.pid not in groups  # nothing shares the front's (nox's) group
    prisms = sorted({child.pgid for child in children if "prism-cli" in child.command})
    assert len(prisms) == len(APIS), children  # one Prism per API, each in its own group
    assert set(groups) == {supervisor.pgid, *prisms}, children
    return supervisor.pgid, prisms


def test_serve_starts_both_mocks_and_stops_cleanly_on_sigterm(started: Started) -> None:
    ports = started.ports_for()
    serve = Serve(ports, "--static")
    started.serves.append(serve)
    serve.wait_for_line("Ctrl-C stops both.", READY_TIMEOUT)
    assert any(line.startswith("Mocks are up, static") for line in serve.stdout)
    supervisor, groups = _tree(serve)
    for api, port in ports.items():
        _check_answers(api, port)

    # It prints the settings for these ports, exactly as environment_for() words them.
    urls = {api: f"http://{HOST}:{port}" for api, port in ports.items()}
    expected = [f"export {name}={value}" for name, value in environment_for(urls).items()]
    assert [line.strip() for line in serve.stdout if "export " in line] == expected

    # A client still holding a keep-alive connection must not make the port look taken after.
    held = socket.create_connection((HOST, ports[APIS[0].name]))
    try:
        os.kill(serve.process.pid, signal.SIGTERM)
        assert serve.finish(timeout=30) == 0, "\n".join(serve.stdout + serve.stderr)
        assert "Stopped the mocks." in serve.stdout
        assert serve.stderr == []
        assert processes.wait_until_gone([supervisor, *groups]) == []
        assert _wait_until_free(list(ports.values())) == []
    finally:
        held.close()


def test_killing_the_front_still_stops_everything(started: Started) -> None:
    """nox SIGKILLs its child when it stops slowly: the supervisor cleans up all the same."""
    ports = started.ports_for()
    serve = Serve(ports, "--static")
    started.serves.append(serve)
    serve.wait_for_line("Ctrl-C stops both.", READY_TIMEOUT)
    supervisor, groups = _tree(serve)
    serve.process.kill()
    assert serve.finish(timeout=30) == -signal.SIGKILL
    assert processes.wait_until_gone([supervisor, *groups]) == []
    assert _wait_until_free(list(ports.values())) == []


@pytest.mark.parametrize("taken_api", [api.name for api in APIS])
def test_serve_refuses_a_taken_port(taken_api: str, started: Started) -> None:
    ports = started.ports_for()
    taken = ports[taken_api]
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as squatter:
        squatter.bind((HOST, taken))
        squatter.listen()
        result = subprocess.run(
            [sys.executable, "-m", "mocks.serve", *(f"--{a}-port={p}" for a, p in ports.items())],
            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    assert result.returncode == 2, result.stdout + result.stderr
    assert "is up" not in result.stdout
    assert f"error: port {taken} on {HOST} is already in use" in result.stderr
    assert f"--{taken_api}-port" in result.stderr
    # Refused before anything started.
    assert [processes.prism_on_port(port) for port in ports.values()] == [[], []]


def test_serve_refuses_one_port_for_both_apis() -> None:
    port = free_port()
    result = subprocess.run(
        [sys.executable, "-m", "mocks.serve", "--static",
         *(f"--{api.name}-port={port}" for api in APIS)],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr == (
        f"error: --symetrisk-port and --brevio-port are both {port}: each API needs its own "
        "port. Choose two different ports.\n"
    )


def test_options_work_as_the_readme_writes_them() -> None:
    """`nox -s mock -- --static -- --brevio-port 5011` hands a second `--` through."""
    from mocks.serve import _parse

    parsed = _parse(["--dynamic", "--", "--brevio-port", "5011", "--seed", "demo"])
    assert (parsed.static, parsed.dynamic, parsed.brevio_port, parsed.seed) == (
        True, True, 5011, "demo",
    )  # fmt: skip
    assert _parse([]).symetrisk_port == 4010
