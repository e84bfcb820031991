"""Contract fuzzing in CI: schemathesis over both specs against the Prism mocks, 0 failures.

    python -m tests.drift.contract [--api symetrisk|brevio ...] [--max-examples N] [--seed N]
                                   [--workers N] [--report-dir DIR] [--verbose]

Each API gets its own Prism process on a free loopback port (mocks.prism.running_mocks, always
stopped on exit) and one `schemathesis run` with every operation, positive and negative data, the
phases examples, coverage and fuzzing, a fixed seed and a bounded number of examples. The run
fails (exit 1) on any check failure; exit 2 means a mock or schemathesis could not run at all.

Which spec schemathesis reads: the TRUE spec (openapi/<api>.yaml), not the Prism-served copy
(mocks.prism.prism_document). The copy differs only in request schemas (an array of files in a
multipart body also accepts a single part), so responses are validated against identical
schemas either way; but generating from the copy would make positive cases send a single file
where the real API documents an array, i.e. test a contract that does not exist. The known
disagreement between Prism and the true spec (Prism cannot read repeated parts as an array,
stoplightio/prism#2654) is dropped by a filter that matches Prism's own violation report
(`sl-violations`) and nothing else (hooks.py, `prism-multipart-array`), and counted in the report.

The stateful phase is not run: Prism keeps no state (a "created" resource is never there, a
"deleted" one still is), and the specs declare no links, so its scenarios would chain inferred
links through canned examples and measure Prism, not the contract.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import FrameType

from finapi._apis import BY_NAME
from finapi.drift import report, runner, session
from finapi.drift.spec import Spec

from mocks.prism import MockError, free_port, running_mocks

ROOT = Path(__file__).resolve().parents[2]
CONTRACT_CONFIG = Path(__file__).resolve().parent / "contract.toml"

DEFAULT_SEED = 20251121
DEFAULT_MAX_EXAMPLES = 25
PHASES = ("examples", "coverage", "fuzzing")

# Checks that cannot apply to a stateless mock, excluded by name. Every other check runs.
EXCLUDED_CHECKS = {
    "ignored_auth": (
        "Prism accepts any `Authorization: Bearer <x>` and any Basic credentials (it checks only "
        "that the scheme is present), so 'invalid credentials were accepted' describes the mock"
    ),
    "unsupported_method": (
        "Prism answers undeclared methods with 405 but no `Allow` header; that is Prism's router, "
        "not anything the spec says (the probes are switched off in contract.toml)"
    ),
    "use_after_free": "needs a server that deletes things; Prism keeps no state",
    "ensure_resource_availability": (
        "needs a server that stores what was created; Prism keeps no state"
    ),
    "object_level_authorization": (
        "needs two identities whose data the server keeps apart; the mock has neither"
    ),
}


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.drift.contract", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--api", action="append", choices=sorted(BY_NAME), help="default: both")
    parser.add_argument("--max-examples", type=int, default=DEFAULT_MAX_EXAMPLES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    # More than one worker means threads, and Hypothesis parses lambda sources with `ast` from
    # them, which CPython 3.11 does not survive reliably ("AST constructor recursion depth
    # mismatch"). The two APIs run as two processes side by side instead.
    parser.add_argument("--workers", type=int, default=1, help="schemathesis workers per API")
    parser.add_argument("--report-dir", type=Path, default=ROOT / "reports" / "contract")
    parser.add_argument("--verbose", action="store_true", help="show schemathesis's own output")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    apis = [BY_NAME[name] for name in (args.api or BY_NAME)]
    report_dir: Path = args.report_dir.resolve()
    report_dir.mkdir(parents=True, exist_ok=True)
    print("Excluded checks (cannot apply to a stateless mock):")
    for name, reason in EXCLUDED_CHECKS.items():
        print(f"  - {name}: {reason}")
    print("Stateful phase: not run (Prism keeps no state; the specs declare no links).")
    started = time.monotonic()
    failed = False
    try:
        with (
            (report_dir / "prism.log").open("wb") as log,
            running_mocks({api.name: free_port() for api in apis}, log=log) as mocks,
        ):
            invocations = []
            for api in apis:
                spec = Spec.of(api)
                invocations.append(
                    runner.Invocation(
                        api=api,
                        base_url=mocks[api.name].base_url,
                        config_file=CONTRACT_CONFIG,
                        report_dir=report_dir,
                        auth="static",
                        target="prism",
                        seed=args.seed,
                        max_examples=args.max_examples,
                        workers=args.workers,
                        exclude_checks=tuple(EXCLUDED_CHECKS),
                        phases=PHASES,
                        headers=session.pinned_headers(api, spec),
                        request_retries=1,
                    )
                )
                print(f"{api.title}: schemathesis against Prism at {mocks[api.name].base_url}")
            mode = "positive and negative data, every operation, phases " + ", ".join(PHASES)
            # One schemathesis process per API, side by side (each single-threaded, see --workers).
            with ThreadPoolExecutor(max_workers=len(invocations)) as pool:
                results = list(
                    pool.map(
                        lambda inv: session.execute(
                            inv, mode=mode, excluded_checks=EXCLUDED_CHECKS, echo=args.verbose
                        ),
                        invocations,
                    )
                )
            for result in results:
                api = result.outcome.invocation.api
                mock = mocks[api.name]
                print()
                if mock.process is None or mock.process.poll() is not None:
                    print(f"error: Prism for {api.name} stopped during the run", file=sys.stderr)
                    failed = True
                if result.run_failed:
                    print(
                        f"error: schemathesis did not complete for {api.name} (exit "
                        f"{result.outcome.exit_code}); see {result.outcome.invocation.log_path}",
                        file=sys.stderr,
                    )
                print(report.summary(result.report, result.paths))
                failed = failed or result.failed()
    except MockError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(
        f"\nContract run {'FAILED' if failed else 'passed'} in {time.monotonic() - started:.0f} s."
    )
    return 1 if failed else 0


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # one clean shutdown path: mocks and schemathesis are stopped


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
