"""The main job: serve both APIs locally until Ctrl-C or SIGTERM.

nox -s mock                                           # the sandbox on ports 4010 / 4011
nox -s mock -- --seed demo                            # other seeded data
nox -s mock -- --static                               # Prism's documented examples, no state
nox -s mock -- --dynamic                              # Prism-generated data (implies --static)
nox -s mock -- --symetrisk-port 5010 --brevio-port 5011

How stopping is made reliable. `nox -s mock` runs this module as its child, in the terminal's
foreground process group. On Ctrl-C the terminal sends SIGINT to that whole group, and nox then
escalates on its own schedule (SIGTERM, then SIGKILL, a fraction of a second apart), so whatever
does the cleanup must not be in that group, nor depend on the process nox kills. Hence two
processes:

- the **front** (this module, what nox runs) checks the options, starts the supervisor and waits;
  on SIGINT, SIGTERM or SIGHUP, or when its own parent (nox) has gone, it closes the supervisor's
  stdin and waits for it to finish;
- the **supervisor** (`--supervise`, started in a session of its own, so no terminal signal and
  none of nox's escalation reaches it) runs the sandbox backend and the Prism processes (each in
  its own process group) and stops them all, in parallel, as soon as its stdin reaches end of
  file, which happens however the front ends, even by SIGKILL.

So the mocks are stopped whether nox waits for the front or kills it, and a second start finds
the ports free. The noxfile also gives the front time to finish (`interrupt_timeout`), so the
shell prompt only returns once everything is stopped.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from types import FrameType
from typing import IO

from finapi._apis import APIS

from mocks.prism import MockError, PrismMock, check_ports, environment_for, running_mocks

# Longest the front waits for the supervisor's cleanup (normally about a second), within the
# 10 s nox gives it (noxfile.py); the supervisor finishes the cleanup even if the front is killed.
STOP_TIMEOUT = 8.0
POLL = 0.1


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nox -s mock --", description=__doc__.splitlines()[0])
    for api in APIS:
        parser.add_argument(
            f"--{api.name}-port",
            type=int,
            default=api.mock_port,
            metavar="N",
            help=f"port for {api.title} (default {api.mock_port})",
        )
    parser.add_argument(
        "--static",
        action="store_true",
        help="serve Prism's documented examples (no state) instead of the sandbox",
    )
    parser.add_argument(
        "--dynamic",
        action="store_true",
        help="serve Prism-generated data instead of the examples (implies --static)",
    )
    parser.add_argument(
        "--seed", default="finapi", help="seed of the sandbox's data (default: finapi)"
    )
    parser.add_argument("--supervise", action="store_true", help=argparse.SUPPRESS)
    # `nox -s mock -- --static -- --brevio-port 5011` passes a second `--` through; there are no
    # positional arguments, so it is dropped rather than refused.
    arguments = parser.parse_args([argument for argument in argv if argument != "--"])
    if arguments.dynamic:
        arguments.static = True
    return arguments


def _ports(arguments: argparse.Namespace) -> dict[str, int]:
    return {api.name: getattr(arguments, f"{api.name}_port") for api in APIS}


# ------------------------------------------------------------------ the front


class _StopRequest:
    def __init__(self) -> None:
        self.signal: int | None = None

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.signal = signum


def _front(argv: list[str]) -> int:
    arguments = _parse(argv)
    try:
        check_ports(_ports(arguments))
    except MockError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    stop = _StopRequest()
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, stop)
    parent = os.getppid()
    supervisor = subprocess.Popen(
        [sys.executable, "-m", "mocks.serve", "--supervise", *argv],
        stdin=subprocess.PIPE,
        start_new_session=True,
    )
    while supervisor.poll() is None and stop.signal is None and os.getppid() == parent:
        time.sleep(POLL)
    assert supervisor.stdin is not None
    with contextlib.suppress(OSError):
        supervisor.stdin.close()  # end of file: the supervisor stops everything
    try:
        return supervisor.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        print("error: the mocks did not stop in time.", file=sys.stderr)
        return 1


# ------------------------------------------------------------------ the supervisor


class _FirstSignalInterrupts:
    """The first stop request interrupts whatever runs (start-up included); later ones are
    ignored, so that nothing cuts the cleanup short."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if not self.requested:
            self.requested = True
            raise KeyboardInterrupt


def _watch_stdin() -> None:
    """The front closes our stdin to stop us (or it is gone): then stop as on SIGTERM."""
    while sys.stdin.buffer.read(1024):
        pass
    os.kill(os.getpid(), signal.SIGTERM)


def _show_log(log: IO[bytes]) -> None:
    log.flush()
    log.seek(0)
    text = log.read().decode("utf-8", errors="replace").strip()
    if text:
        print(f"Prism output:\n{text}\n", file=sys.stderr)


@contextlib.contextmanager
def _started(arguments: argparse.Namespace, log: IO[bytes]) -> Iterator[dict[str, PrismMock]]:
    if arguments.static:
        with running_mocks(_ports(arguments), dynamic=arguments.dynamic, log=log) as mocks:
            yield mocks
        return
    from mocks.sandbox.run import running_sandbox  # the web stack is only needed here

    with running_sandbox(_ports(arguments), seed=arguments.seed, log=log) as sandbox:
        yield sandbox.mocks


def _banner(arguments: argparse.Namespace, mocks: dict[str, PrismMock]) -> None:
    if arguments.dynamic:
        print("\nMocks are up, dynamic (Prism-generated data, no state):")
    elif arguments.static:
        print("\nMocks are up, static (documented examples, no state):")
    else:
        print(f"\nSandbox is up (seed {arguments.seed!r}; Prism validates every exchange):")
    for api, mock in mocks.items():
        print(f"  {api:<10} {mock.base_url}   (token endpoint included)")
    if not arguments.static:
        print("\nTest helpers (what the other party does): POST <url>/_sandbox/..., see README.md.")
    print("\nPoint the SDK at them (any credentials work):\n")
    urls = {api: mock.base_url for api, mock in mocks.items()}
    for name, value in environment_for(urls).items():
        print(f"  export {name}={value}")
    print("\nCtrl-C stops both.", flush=True)


def _supervise(argv: list[str]) -> int:
    arguments = _parse(argv)
    handler = _FirstSignalInterrupts()
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, handler)
    threading.Thread(target=_watch_stdin, daemon=True).start()
    # Prism's own output is kept aside and shown only if a mock fails (it explains why).
    with tempfile.TemporaryFile(prefix="finapi-prism-", suffix=".log") as log:
        try:
            with _started(arguments, log) as mocks:
                _banner(arguments, mocks)
                while True:
                    time.sleep(POLL)
                    dead = [
                        api
                        for api, mock in mocks.items()
                        if mock.process is None or mock.process.poll() is not None
                    ]
                    if dead:
                        _show_log(log)
                        print(f"Prism for {', '.join(dead)} stopped unexpectedly.", file=sys.stderr)
                        return 1
        except MockError as error:
            _show_log(log)
            print(f"error: {error}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            pass  # the context managers above have stopped everything
    print("\nStopped the mocks.", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if "--supervise" in arguments:
        return _supervise([a for a in arguments if a != "--supervise"])
    return _front(arguments)


if __name__ == "__main__":
    sys.exit(main())
