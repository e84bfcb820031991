"""Which processes are alive: for checking that no mock process outlives its owner.

mocks/prism.py starts every Prism in its own process group (node, and anything it starts), so a
group id names everything one mock started. Zombies count as gone (they hold no port or memory).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

# Process groups of the Prism mocks the session fixture started (checked at session end).
STARTED_GROUPS: list[int] = []


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    pgid: int
    state: str
    command: str

    @property
    def alive(self) -> bool:
        return not self.state.startswith(("Z", "X"))


def process_table() -> list[Proc]:
    """Every process: from /proc on Linux, else from `ps` (macOS, BSD)."""
    proc = Path("/proc")
    if (proc / "self" / "stat").exists():
        table = []
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                command = (
                    (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                )
            except OSError:
                continue  # exited while we looked
            # "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
            fields = stat.rsplit(")", 1)[1].split()
            table.append(
                Proc(int(entry.name), int(fields[1]), int(fields[2]), fields[0], command.strip())
            )
        return table
    output = subprocess.run(
        ["ps", "-A", "-o", "pid=", "-o", "ppid=", "-o", "pgid=", "-o", "stat=", "-o", "args="],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rows = (line.split(maxsplit=4) for line in output.splitlines() if line.strip())
    return [
        Proc(int(row[0]), int(row[1]), int(row[2]), row[3], row[4] if len(row) > 4 else "")
        for row in rows
    ]


def live_in_groups(groups: list[int]) -> list[Proc]:
    wanted = set(groups)
    return [p for p in process_table() if p.pgid in wanted and p.alive]


def prism_on_port(port: int) -> list[Proc]:
    """Live Prism processes (npm exec, sh, node) serving this loopback port."""
    marker = f"--port {port} "
    return [
        p for p in process_table() if p.alive and "prism" in p.command and marker in f"{p.command} "
    ]


def descendants(pid: int) -> list[Proc]:
    table = process_table()
    children: dict[int, list[Proc]] = {}
    for entry in table:
        children.setdefault(entry.ppid, []).append(entry)
    found: list[Proc] = []
    pending = [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            found.append(child)
            pending.append(child.pid)
    return found


def wait_until_gone(groups: list[int], timeout: float = 10.0) -> list[Proc]:
    """Survivors in these process groups once `timeout` has passed (empty: all gone)."""
    deadline = time.monotonic() + timeout
    while True:
        survivors = live_in_groups(groups)
        if not survivors or time.monotonic() >= deadline:
            return survivors
        time.sleep(0.05)


def kill_groups(groups: list[int]) -> None:
    """Last resort for groups this test run started itself (never anyone else's)."""
    for group in groups:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(group, signal.SIGKILL)
