"""6. Mock cold start: from launch until both Prism mocks answer.

`mocks.prism.running_mocks` starts both processes before waiting for either (their start-up
overlaps) and returns once each answers HTTP; the context manager stops them again (process
groups, so npx's node children go too). Free ports keep this clear of a developer's running
`nox -s mock`. The time includes preparing the Prism copy of each spec when it is stale.

Context row: one Prism process, launched the same way, serving a one-operation spec. That is
Prism's own start-up cost (node loading the CLI), which no spec or runner change can remove.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
from finapi._apis import APIS

from mocks.prism import (
    HOST,
    MOCKS_DIR,
    check_node,
    free_port,
    prism_command,
    prism_environment,
    running_mocks,
)

from ._mode import Mode
from ._report import Figure, Target
from ._timing import median

NAME = "cold start"
TARGET = Target("<=", 2.0)
TIMEOUT = 60.0

_TRIVIAL_SPEC = """\
openapi: 3.1.0
info: {title: trivial, version: "1"}
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {type: object}
              example: {message: pong}
"""


def _free_ports(count: int) -> list[int]:
    ports: set[int] = set()
    while len(ports) < count:  # two probes can get the same ephemeral port
        ports.add(free_port())
    return sorted(ports)


def _both_mocks() -> float:
    names = [api.name for api in APIS]
    ports = dict(zip(names, _free_ports(len(names)), strict=True))
    start = time.perf_counter()
    with running_mocks(ports, timeout=TIMEOUT):
        return time.perf_counter() - start


def _trivial_prism(spec: Path) -> float:
    """Launch Prism as mocks/prism.py does, on a one-operation spec; time until it answers."""
    port = free_port()
    command = prism_command(spec, port)
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=MOCKS_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so stopping it reaches node too
        env=prism_environment(),
    )
    try:
        with httpx.Client(timeout=1.0, trust_env=False) as client:
            while time.perf_counter() - start < TIMEOUT:
                if process.poll() is not None:
                    raise RuntimeError(f"Prism exited with code {process.returncode}")
                with contextlib.suppress(httpx.TransportError):
                    client.get(f"http://{HOST}:{port}/ping")
                    return time.perf_counter() - start
                time.sleep(0.05)  # the same polling interval as mocks/prism.py
        raise RuntimeError(f"Prism did not answer within {TIMEOUT} s")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


def run(mode: Mode) -> list[Figure]:
    check_node()  # a clear message if Node or Prism is missing
    both: list[float] = []
    trivial: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        spec = Path(scratch) / "trivial.yaml"
        spec.write_text(_TRIVIAL_SPEC, encoding="utf-8")
        for _ in range(mode.cold_start_repeats):
            both.append(_both_mocks())
            if mode.cold_start_floor:
                trivial.append(_trivial_prism(spec))
    figures = [
        Figure(
            NAME,
            "both Prism mocks answering",
            median(both),
            "s",
            TARGET,
            "runs: " + ", ".join(f"{t:.2f} s" for t in both),
            {"seconds": [round(t, 3) for t in both]},
        )
    ]
    if trivial:
        figures.append(
            Figure(
                NAME,
                "  one Prism, one-operation spec (Prism's floor)",
                median(trivial),
                "s",
                None,
                "runs: " + ", ".join(f"{t:.2f} s" for t in trivial),
                {"seconds": [round(t, 3) for t in trivial]},
            )
        )
    return figures
