"""The main job: serve both APIs from local Prism mocks until Ctrl-C or SIGTERM.

nox -s mock                                  # static examples on ports 4010 / 4011
nox -s mock -- --dynamic                     # generated data instead of the examples
nox -s mock -- --symetrisk-port 5010 --brevio-port 5011
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from types import FrameType
from typing import IO

from mocks.prism import APIS, DEFAULT_PORTS, MockError, environment_for, running_mocks


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="nox -s mock --", description=__doc__.splitlines()[0])
    for api in APIS:
        parser.add_argument(
            f"--{api}-port",
            type=int,
            default=DEFAULT_PORTS[api],
            help=f"default {DEFAULT_PORTS[api]}",
        )
    parser.add_argument(
        "--dynamic", action="store_true", help="answer with generated data, not the examples"
    )
    return parser.parse_args(argv)


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # one clean shutdown path for Ctrl-C and SIGTERM


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    ports = {api: getattr(args, f"{api}_port") for api in APIS}
    # Prism's own output is kept aside and shown only if a mock fails to start (it explains why).
    with tempfile.TemporaryFile(prefix="finapi-prism-", suffix=".log") as log:
        return _serve(args, ports, log)


def _show_log(log: IO[bytes]) -> None:
    log.flush()
    log.seek(0)
    text = log.read().decode("utf-8", errors="replace").strip()
    if text:
        print(f"Prism output:\n{text}\n", file=sys.stderr)


def _serve(args: argparse.Namespace, ports: dict[str, int], log: IO[bytes]) -> int:
    try:
        with running_mocks(ports, dynamic=args.dynamic, log=log) as mocks:
            mode = "dynamic (generated data)" if args.dynamic else "static (documented examples)"
            print(f"\nMocks are up, {mode}:")
            for api, mock in mocks.items():
                print(f"  {api:<10} {mock.base_url}   (token endpoint included)")
            print("\nPoint the SDK at them (any credentials work):\n")
            for name, value in environment_for(mocks).items():
                print(f"  export {name}={value}")
            print("\nCtrl-C stops both.", flush=True)
            while all(m.process is not None and m.process.poll() is None for m in mocks.values()):
                time.sleep(0.2)
            dead = [
                api for api, m in mocks.items() if m.process is None or m.process.poll() is not None
            ]
            _show_log(log)
            print(f"Prism for {', '.join(dead)} stopped unexpectedly.", file=sys.stderr)
            return 1
    except MockError as error:
        _show_log(log)
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nStopped the mocks.")
        return 0


if __name__ == "__main__":
    sys.exit(main())
