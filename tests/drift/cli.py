"""Contract drift against staging (or any base URL): does the live API still match the spec?

    python -m tests.drift.cli --api symetrisk|brevio [--base-url URL] [--allow-writes]
                              [--max-examples N] [--report-dir DIR] [--rate-limit 2/s] [--seed N]
                              [--fail-on-warnings] [--verbose]

Credentials come from the environment: <API>_CLIENT_ID and <API>_CLIENT_SECRET. The target is
--base-url, else <API>_ENVIRONMENT (production | staging | mock | a base URL), else staging.
Tokens come from the SDK's own token handling (finapi), see tests/drift/tokens.py.

Read-only by default: only GET operations, no other method sent to their paths, valid data only,
at most --rate-limit requests. --allow-writes adds every other operation; on staging that sends
real e-mails and signup links, and it is refused against production.

Reports (in --report-dir): <api>.drift.md (for people), <api>.drift.junit.xml, <api>.drift.json,
plus schemathesis's own JUnit XML, NDJSON event stream and log.

Exit codes: 0 no drift (warnings allowed unless --fail-on-warnings), 1 drift found, 2 the run
could not be done (configuration, network, schemathesis error), 3 credentials missing,
4 the token endpoint refused the credentials.
"""

from __future__ import annotations

import argparse
import datetime
import os
import signal
import sys
from pathlib import Path
from types import FrameType

from tests.drift import report, runner, session
from tests.drift.apis import APIS, ROOT, Api
from tests.drift.spec import Spec

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_ERROR = 2
EXIT_MISSING_CREDENTIALS = 3
EXIT_AUTH_FAILED = 4

DEFAULT_SEED = 20251121
DEFAULT_MAX_EXAMPLES = 10
DEFAULT_RATE_LIMIT = "2/s"
PHASES = ("examples", "coverage", "fuzzing")

WRITE_WARNING = (
    "WARNING: --allow-writes sends POST (and any other non-GET) operations to {url}. On staging "
    "these are real: access requests, audit requests and sign requests send real e-mails and "
    "signup links to the addresses in the generated data, and create records that stay there. "
    "Stop now (Ctrl-C) unless that is intended."
)


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.drift.cli",
        description=__doc__.split("\n\n", 1)[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 2)[2],
    )
    parser.add_argument("--api", required=True, choices=sorted(APIS))
    parser.add_argument("--base-url", help="default: <API>_ENVIRONMENT, else staging")
    parser.add_argument("--allow-writes", action="store_true", help="also send non-GET operations")
    parser.add_argument("--max-examples", type=int, default=DEFAULT_MAX_EXAMPLES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rate-limit", default=DEFAULT_RATE_LIMIT, help="e.g. 2/s, 100/m")
    parser.add_argument("--report-dir", type=Path)
    parser.add_argument("--fail-on-warnings", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="show schemathesis's own output")
    return parser.parse_args(argv)


def missing_credentials(api: Api, env: dict[str, str] | os._Environ[str]) -> list[str]:
    return [name for name in api.credential_variables if not env.get(name, "").strip()]


def _is_production(environment: str, base_url: str, spec: Spec) -> bool:
    if environment.strip().lower() == "production":
        return True
    servers = spec.document.get("servers") or []
    production = str(servers[0].get("url", "")).rstrip("/") if servers else ""
    return bool(production) and base_url.rstrip("/") == production


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    api = APIS[args.api]
    missing = missing_credentials(api, os.environ)
    if missing:
        print(
            f"error: {api.title} credentials are missing: set {' and '.join(missing)} "
            f"(the API client id and secret; {api.environment_variable} or --base-url chooses "
            "the target, default staging).",
            file=sys.stderr,
        )
        return EXIT_MISSING_CREDENTIALS
    environment = args.base_url or os.environ.get(api.environment_variable) or "staging"
    spec = Spec.load(api.spec_path, naive_timestamps=api.naive_timestamps)

    import finapi

    from tests.drift.tokens import WrapperTokens

    try:
        tokens = WrapperTokens(api, environment)
    except finapi.ConfigurationError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    base_url = tokens.base_url
    if args.allow_writes and _is_production(environment, base_url, spec):
        print("error: --allow-writes is refused against production.", file=sys.stderr)
        return EXIT_ERROR
    try:
        tokens.authorization()
    except finapi.AuthenticationError as error:
        print(
            f"error: the token endpoint refused the {api.title} credentials: {error}",
            file=sys.stderr,
        )
        return EXIT_AUTH_FAILED
    except finapi.FinapiError as error:
        print(f"error: could not get a {api.title} token: {error}", file=sys.stderr)
        return EXIT_ERROR

    if args.allow_writes:
        print(WRITE_WARNING.format(url=base_url), file=sys.stderr, flush=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    report_dir: Path = (
        args.report_dir or ROOT / "reports" / "drift" / f"{api.name}-{stamp}"
    ).resolve()
    methods = () if args.allow_writes else ("GET",)
    headers = {
        name: value
        for name, value in tokens.headers.items()
        if api.pinned_header is not None and name.lower() == api.pinned_header[0].lower()
    }
    invocation = runner.Invocation(
        api=api,
        base_url=base_url,
        config_file=runner.DRIFT_CONFIG,
        report_dir=report_dir,
        auth="wrapper",
        target="live",
        seed=args.seed,
        max_examples=args.max_examples,
        include_methods=methods,
        phases=PHASES,
        rate_limit=args.rate_limit,
        headers=headers,
        environment=environment,
        mode="positive",
    )
    mode = (
        "all operations (--allow-writes), valid data only"
        if args.allow_writes
        else "GET operations only (no other method to their paths), valid data only"
    ) + f", at most {args.rate_limit}, phases {', '.join(PHASES)}"
    print(
        f"{api.title}: drift run against {base_url} ({mode}); reports in {report_dir}", flush=True
    )
    result = session.execute(invocation, mode=mode, excluded_checks={}, echo=args.verbose)
    print(report.summary(result.report, result.paths))
    if result.run_failed:
        print(
            f"error: schemathesis did not complete (exit {result.outcome.exit_code}); "
            f"see {invocation.log_path}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return EXIT_DRIFT if result.failed(fail_on_warnings=args.fail_on_warnings) else EXIT_OK


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # one clean shutdown path: mocks and schemathesis are stopped


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
