"""finapi-drift: does the live API still match the spec, and which guessed routes are real?

    finapi-drift --api symetrisk|brevio [--base-url URL] [--allow-writes] [--max-examples N]
                 [--report-dir DIR] [--rate-limit 2/s] [--seed N] [--fail-on-warnings] [--verbose]

Credentials come from the environment: <API>_CLIENT_ID and <API>_CLIENT_SECRET. The target is
--base-url, else <API>_ENVIRONMENT (production | staging | mock | a base URL), else staging.
Tokens come from the SDK's own token handling (finapi.drift.sdk).

The run: the token endpoint first; then schemathesis over the operations; then the tool's own
requests through the SDK: every paginated listing walked with the SDK's paginator, and every GET
route that nothing reached yet probed with the spec's example values and values from earlier
responses. A route that never answers 2xx is reported as unreachable.

Read-only by default: only GET operations, no other method sent to their paths, valid data only,
at most --rate-limit requests. --allow-writes adds every other operation; on staging that sends
real e-mails and signup links, and it is refused against production.

Reports (in --report-dir, default ./reports/drift/<api>-<time>): <api>.drift.md (for people),
<api>.drift.junit.xml, <api>.drift.json, plus schemathesis's own JUnit XML, NDJSON events and log.

Exit codes: 0 no drift (warnings allowed unless --fail-on-warnings), 1 drift found, 2 the run
could not be done (configuration, network, schemathesis error), 3 credentials missing, 4 the token
endpoint refused the credentials, 5 no token endpoint where the spec says (404/405 or not JSON),
6 the token endpoint answers but not as OAuth2 (no access_token).
"""

from __future__ import annotations

import argparse
import datetime
import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path
from types import FrameType

import httpx

from finapi._apis import BY_NAME, ApiInfo
from finapi.drift import probes, report, runner, sdk, session, token_check
from finapi.drift.analysis import spec_file
from finapi.drift.spec import Spec

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_ERROR = 2
EXIT_MISSING_CREDENTIALS = 3
EXIT_AUTH_FAILED = 4
EXIT_NO_TOKEN_ENDPOINT = 5
EXIT_NOT_OAUTH2 = 6
TOKEN_EXIT_CODES = {
    token_check.REFUSED: EXIT_AUTH_FAILED,
    token_check.NOT_FOUND: EXIT_NO_TOKEN_ENDPOINT,
    token_check.NOT_OAUTH2: EXIT_NOT_OAUTH2,
    token_check.UNAVAILABLE: EXIT_ERROR,
}

DEFAULT_SEED = 20251121
DEFAULT_MAX_EXAMPLES = 10
DEFAULT_RATE_LIMIT = "2/s"
PHASES = ("examples", "coverage", "fuzzing")
NAMED_ENVIRONMENTS = ("production", "staging")

WRITE_WARNING = (
    "WARNING: --allow-writes sends POST (and any other non-GET) operations to {url}. On staging "
    "these are real: access requests, audit requests and sign requests send real e-mails and "
    "signup links to the addresses in the generated data, and create records that stay there. "
    "Stop now (Ctrl-C) unless that is intended."
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="finapi-drift",
        description=__doc__.split("\n\n", 1)[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 2)[2],
    )
    parser.add_argument("--api", required=True, choices=sorted(BY_NAME))
    parser.add_argument(
        "--base-url", help="the API's base URL (default: <API>_ENVIRONMENT, else staging)"
    )
    parser.add_argument("--allow-writes", action="store_true", help="also send non-GET operations")
    parser.add_argument("--max-examples", type=int, default=DEFAULT_MAX_EXAMPLES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rate-limit", default=DEFAULT_RATE_LIMIT, help="e.g. 2/s, 100/m")
    parser.add_argument("--report-dir", type=Path)
    parser.add_argument("--fail-on-warnings", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="show schemathesis's own output")
    return parser


def missing_credentials(api: ApiInfo, env: Mapping[str, str]) -> list[str]:
    return [name for name in api.credential_variables if not env.get(name, "").strip()]


def _target(args: argparse.Namespace, api: ApiInfo, spec: Spec) -> str:
    """The environment the SDK is given; an unusable one names this CLI's own option."""
    chosen = (args.base_url or os.environ.get(api.environment_variable) or "staging").strip()
    if chosen.lower() in NAMED_ENVIRONMENTS and spec.api_spec.server_url(chosen.lower()) is None:
        raise _Unusable(
            f"{api.title} has no {chosen.lower()} server in {spec_file(spec)}: give the base URL "
            f"with --base-url URL (or set {api.environment_variable})."
        )
    return chosen


class _Unusable(Exception):
    pass


def _is_production(environment: str, base_url: str, spec: Spec) -> bool:
    if environment.strip().lower() == "production":
        return True
    production = spec.api_spec.server_url("production")
    return production is not None and base_url.rstrip("/") == production.rstrip("/")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    api = BY_NAME[args.api]
    missing = missing_credentials(api, os.environ)
    if missing:
        print(
            f"error: {api.title} credentials are missing: set {' and '.join(missing)} "
            f"(the API client id and secret; --base-url or {api.environment_variable} chooses "
            "the target, default staging).",
            file=sys.stderr,
        )
        return EXIT_MISSING_CREDENTIALS
    spec = Spec.of(api)
    try:
        environment = _target(args, api, spec)
        limiter = sdk.RateLimit(args.rate_limit)
    except (_Unusable, ValueError) as error:
        hint = " (--rate-limit)" if isinstance(error, ValueError) else ""
        print(f"error: {error}{hint}", file=sys.stderr)
        return EXIT_ERROR

    import finapi

    http = httpx.Client(event_hooks={"request": [limiter]})
    try:
        connection = sdk.connect(api, environment, http_client=http)
    except finapi.ConfigurationError as error:
        http.close()
        print(
            f"error: {error} (the target comes from --base-url, else {api.environment_variable})",
            file=sys.stderr,
        )
        return EXIT_ERROR
    try:
        return _drift(args, api, spec, environment, connection)
    finally:
        connection.close()
        http.close()


def _drift(args: argparse.Namespace, api: ApiInfo, spec: Spec, environment: str,
           connection: sdk.Connection) -> int:  # fmt: skip
    base_url = connection.base_url
    if args.allow_writes and _is_production(environment, base_url, spec):
        print("error: --allow-writes is refused against production.", file=sys.stderr)
        return EXIT_ERROR
    verdict = token_check.check(api, spec, sdk.Tokens(connection))
    if verdict.kind != token_check.OK:
        print(f"error: {verdict.message}", file=sys.stderr)
        return TOKEN_EXIT_CODES[verdict.kind]
    if args.allow_writes:
        print(WRITE_WARNING.format(url=base_url), file=sys.stderr, flush=True)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    report_dir: Path = (
        args.report_dir or Path("reports") / "drift" / f"{api.name}-{stamp}"
    ).resolve()
    version_headers = session.pinned_headers(api, spec)
    invocation = runner.Invocation(
        api=api,
        base_url=base_url,
        config_file=runner.DRIFT_CONFIG,
        report_dir=report_dir,
        auth="sdk",
        target="live",
        seed=args.seed,
        max_examples=args.max_examples,
        include_methods=() if args.allow_writes else ("GET",),
        phases=PHASES,
        rate_limit=args.rate_limit,
        # The version the SDK pins (it may be overridden by BREVIO_VERSION-style settings).
        headers={
            name: connection.headers.get(name, value) for name, value in version_headers.items()
        },
        environment=environment,
        mode="positive",
    )
    mode = (
        (
            "all operations (--allow-writes), valid data only"
            if args.allow_writes
            else "GET operations only (no other method to their paths), valid data only"
        )
        + f", at most {args.rate_limit}, phases {', '.join(PHASES)}"
        + ", then the SDK's page walk and reachability probes"
    )
    print(f"{api.title}: drift run against {base_url} ({mode})", flush=True)
    print(f"{api.title}: token endpoint ok", flush=True)
    result = session.execute(
        invocation,
        mode=mode,
        excluded_checks={},
        echo=args.verbose,
        own_requests=probes.own_requests(connection),
        auth_check="issued a token through the SDK (OAuth2 client credentials)",
    )
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
    raise KeyboardInterrupt  # one clean shutdown path: schemathesis is stopped with it


def run() -> None:
    """The `finapi-drift` console script."""
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    run()
