"""The main job as a person runs it: the README command in a terminal, stopped with Ctrl-C.

`python3 -m nox -s mock` runs in a pseudo-terminal that is its controlling terminal, as in a shell;
Ctrl-C is the ^C character typed into it, so the terminal sends SIGINT to the foreground process
group (nox and its child) and nox then escalates to SIGTERM and SIGKILL on its own schedule. After
that, no process of the tree may be left, the ports must be free, and a second start must work.

The command is the README's: `python3` as found on PATH outside the test session's virtualenv
(where `python3 -m pip install nox uv` put nox), run from the repository root.
"""

from __future__ import annotations

import fcntl
import os
import pty
import shutil
import signal
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from mocks.prism import free_port, port_is_free
from tests.contract.specs import ROOT
from tests.integration import processes

pytestmark = pytest.mark.integration

READY_TIMEOUT = float(os.environ.get("FINAPI_TEST_NOX_MOCK_TIMEOUT", 300.0))  # a first run installs
STOP_TIMEOUT = 30.0


def _outside_venv() -> dict[str, str]:
    """This environment without the test session's virtualenv (as in the user's shell)."""
    venv = os.environ.get("VIRTUAL_ENV") or (sys.prefix if sys.prefix != sys.base_prefix else "")
    path = os.pathsep.join(
        entry
        for entry in os.environ.get("PATH", "").split(os.pathsep)
        if not venv or Path(entry).resolve() != (Path(venv) / "bin").resolve()
    )
    environment = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    return {**environment, "PATH": path, "TERM": "dumb"}


def _readme_python() -> str:
    """`python3` as the user's shell finds it, with nox installed."""
    python = shutil.which("python3", path=_outside_venv()["PATH"])
    assert python, "python3 is not on PATH"
    found = subprocess.run(
        [python, "-c", "import nox"], capture_output=True, text=True, check=False
    )
    assert found.returncode == 0, (
        f"{python} has no nox: install it as the README says (python3 -m pip install nox uv)"
    )
    return python


def _become_controlling_terminal() -> None:
    """In the child, after setsid(): the pty on stdin becomes its controlling terminal."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """A command running in its own pseudo-terminal, with everything it printed."""

    def __init__(self, command: list[str]) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            command, cwd=ROOT, stdin=slave, stdout=slave, stderr=slave, env=_outside_venv(),
            start_new_session=True, preexec_fn=_become_controlling_terminal,
        )  # fmt: skip
        os.close(slave)
        self.output = b""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # EIO: every process holding the terminal has gone
                return
            if not chunk:
                return
            self.output += chunk

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", errors="replace")

    def wait_for(self, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.text:
            if self.process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"no {text!r} in the terminal:\n{self.text}", pytrace=False)
            time.sleep(0.1)

    def type_ctrl_c(self) -> None:
        os.write(self.master, b"\x03")

    def close(self) -> None:
        if self.process.poll() is None:
            processes.kill_groups([self.process.pid])
            self.process.wait(10)
        self._reader.join(5)
        os.close(self.master)


def _start_and_stop_with_ctrl_c(python: str, ports: dict[str, int]) -> str:
    arguments = [f"--{api}-port={port}" for api, port in ports.items()]
    terminal = Terminal([python, "-m", "nox", "-s", "mock", "--", *arguments])
    try:
        terminal.wait_for("Ctrl-C stops both.", READY_TIMEOUT)
        tree = processes.descendants(terminal.process.pid)
        assert any("--supervise" in p.command for p in tree), tree
        assert sum("prism-cli" in p.command for p in tree) >= len(ports), tree
        terminal.type_ctrl_c()
        code = terminal.process.wait(STOP_TIMEOUT)
        assert code == 0, terminal.text
        assert "Stopped the mocks." in terminal.text
        survivors = _still_alive([p.pid for p in tree])
        assert survivors == [], f"left behind after Ctrl-C: {survivors}\n{terminal.text}"
        assert [port for port in ports.values() if not port_is_free(port)] == []
        return terminal.text
    finally:
        terminal.close()


def _still_alive(pids: list[int], timeout: float = 5.0) -> list[processes.Proc]:
    deadline = time.monotonic() + timeout
    while True:
        alive = [p for p in processes.process_table() if p.pid in set(pids) and p.alive]
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.05)


def test_ctrl_c_on_nox_mock_in_a_terminal_stops_everything_and_it_starts_again() -> None:
    python = _readme_python()
    ports = {"symetrisk": free_port(), "brevio": free_port()}
    first = _start_and_stop_with_ctrl_c(python, ports)
    assert "Sandbox is up" in first
    second = _start_and_stop_with_ctrl_c(python, ports)  # same ports: all were released
    assert "already in use" not in second


def test_sigterm_to_nox_does_not_orphan_the_mocks() -> None:
    """`kill <nox>`: nox dies at once; the front sees its parent gone and everything stops."""
    python = _readme_python()
    ports = {"symetrisk": free_port(), "brevio": free_port()}
    arguments = [f"--{api}-port={port}" for api, port in ports.items()]
    terminal = Terminal([python, "-m", "nox", "-s", "mock", "--", "--static", *arguments])
    try:
        terminal.wait_for("Ctrl-C stops both.", READY_TIMEOUT)
        tree = processes.descendants(terminal.process.pid)
        terminal.process.terminate()
        assert terminal.process.wait(STOP_TIMEOUT) == -signal.SIGTERM
        survivors = _still_alive([p.pid for p in tree], timeout=STOP_TIMEOUT)
        assert survivors == [], f"orphaned by SIGTERM to nox: {survivors}\n{terminal.text}"
        assert [port for port in ports.values() if not port_is_free(port)] == []
    finally:
        terminal.close()
