"""`python -m benchmarks [--quick] [--output PATH] [--only NAME ...]` from the repository root."""

from __future__ import annotations

import argparse
import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from . import cold_start, memory, overhead, pagination, parse, startup, tokens
from ._fixtures import ROOT
from ._mode import FULL, QUICK, Mode
from ._report import (
    CRASHED,
    Figure,
    JSONValue,
    crashed,
    environment,
    render_table,
    write_json,
)

BENCHMARKS: dict[str, Callable[[Mode], list[Figure]]] = {
    "overhead": overhead.run,
    "parse": parse.run,
    "pagination": pagination.run,
    "tokens": tokens.run,
    "memory": memory.run,
    "cold-start": cold_start.run,
    "sdk-start": startup.run,
}
RESULTS = ROOT / "benchmarks" / "results"


def _load(snapshot: Mapping[str, JSONValue]) -> str:
    load = snapshot.get("loadavg_1_5_15")
    return f"{load[0]:.1f}" if isinstance(load, list) and isinstance(load[0], float) else "?"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="short run (CI): fewer items/rounds")
    parser.add_argument(
        "--output",
        type=Path,
        help="JSON file for the figures (default: benchmarks/results/latest[-quick].json)",
    )
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), metavar="NAME",
                        help=f"run only these: {', '.join(BENCHMARKS)}")  # fmt: skip
    args = parser.parse_args(argv)
    mode = QUICK if args.quick else FULL
    output: Path = args.output or RESULTS / ("latest-quick.json" if args.quick else "latest.json")

    before = environment()
    started = time.perf_counter()
    figures: list[Figure] = []
    for name, benchmark in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} ({mode.name})...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        try:
            figures += benchmark(mode)
        except Exception as error:  # a crash is reported, and fails the run, after the others
            traceback.print_exc()
            figures.append(crashed(name, error))
        print(f"  {name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    after = environment()

    header = (
        f"finapi benchmarks ({mode.name} run, {seconds:.0f} s; python {before['python']}, "
        f"{before['cpus']} CPUs, load average {_load(before)} at start, {_load(after)} at end)."
        " Ratios are against baselines measured alternately in this process."
    )
    print(render_table(figures, header))
    write_json(output, mode=mode.name, figures=figures, before=before, after=after, seconds=seconds)
    print(f"figures written to {output}")

    # Everything we started must be gone: loopback servers, thread pools, mock processes.
    stray = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    if stray:
        print(f"warning: threads still running: {', '.join(stray)}", file=sys.stderr)
    return 1 if any(f.status == CRASHED for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
