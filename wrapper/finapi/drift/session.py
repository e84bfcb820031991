"""One API's run end to end: schemathesis, the tool's own requests, analysis, reports.

Shared by the drift command (cli.py, with its own requests through the SDK: page walk and
reachability probes) and the contract run against the mocks (tests/drift/contract.py, without).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from finapi._apis import ApiInfo
from finapi.drift import analysis, events, probes, report, runner
from finapi.drift.analysis import ERROR, Finding
from finapi.drift.probes import Observed, OwnRequests, Reach
from finapi.drift.spec import Spec, label

# schemathesis's own exit codes: 0 all checks passed, 1 a check failed; anything else (2 for a
# configuration or schema error, 130 for an interrupt) means the run itself did not work.
SCHEMATHESIS_OK = (0, 1)


@dataclass
class Result:
    report: report.Report
    outcome: runner.Outcome
    paths: list[Path]

    @property
    def run_failed(self) -> bool:
        return (
            self.outcome.exit_code not in SCHEMATHESIS_OK
            or not self.outcome.invocation.ndjson_path.exists()
        )

    def failed(self, *, fail_on_warnings: bool = False) -> bool:
        return (
            self.run_failed
            or bool(self.report.errors)
            or self.outcome.exit_code != 0
            or (fail_on_warnings and bool(self.report.warnings))
        )


def execute(
    invocation: runner.Invocation,
    *,
    mode: str,
    excluded_checks: Mapping[str, str],
    echo: bool = False,
    own_requests: OwnRequests | None = None,
    auth_check: str | None = None,
) -> Result:
    started = time.monotonic()
    api = invocation.api
    spec = Spec.of(api)
    base_path = urlsplit(invocation.base_url).path
    outcome = runner.run(invocation, echo=echo)
    methods = {m.upper() for m in invocation.include_methods}
    operations = [op for op in spec.operations() if not methods or op.method in methods]
    findings: list[Finding] = []
    observed: list[Observed] = []
    seed: int | None = invocation.seed
    if invocation.ndjson_path.exists():
        run = events.load(invocation.ndjson_path)
        findings = analysis.analyse(run, spec, api.name, base_path)
        observed = probes.from_run(run, spec, base_path)
        seed = run.seed if run.seed is not None else seed
        if outcome.exit_code == 1 and not any(f.severity == ERROR for f in findings):
            findings.append(
                Finding(
                    api=api.name,
                    operation="(run)",
                    operation_id=None,
                    kind="unattributed-failure",
                    severity=ERROR,
                    check="schemathesis",
                    pointer=None,
                    expected="exit code 0",
                    received="exit code 1",
                    message=f"schemathesis failed; see {invocation.log_path}",
                )
            )
    own = own_requests(spec, operations, observed) if own_requests is not None else None
    reaches: dict[str, Reach] = {}
    if own is not None:
        findings += analysis.analyse_own(
            ((item.operation, item.interaction) for item in own.observed), spec, api.name
        )
        reaches = probes.reachability(operations, [*observed, *own.observed])
        for name, tried in own.tried.items():
            if name in reaches:
                reaches[name].tried = tried
        findings += probes.unreachable_findings(spec, api.name, reaches)
        for walked in own.walks:
            findings += probes.walk_findings(
                spec, api.name, walked, reaches[label(walked.operation)]
            )
    tested = {label(item.operation) for item in observed}
    if own is not None:
        tested |= {label(item.operation) for item in own.observed}
    result_report = report.Report(
        api=api.name,
        title=api.title,
        base_url=invocation.base_url,
        spec_path=analysis.spec_file(spec),
        spec_source=str(invocation.spec_path),
        mode=mode,
        seed=seed,
        max_examples=invocation.max_examples,
        operations=operations,
        tested=tested,
        findings=analysis.merge(findings, spec),
        reaches=reaches,
        walks=own.walks if own is not None else [],
        auth_check=auth_check,
        dropped=report.load_dropped(invocation.dropped_path),
        excluded_checks=dict(excluded_checks),
        seconds=time.monotonic() - started,
        schemathesis_exit=outcome.exit_code,
    )
    paths = report.write(result_report, invocation.report_dir)
    return Result(
        result_report,
        outcome,
        [*paths, invocation.junit_path, invocation.ndjson_path, invocation.log_path],
    )


def pinned_headers(api: ApiInfo, spec: Spec) -> dict[str, str]:
    """The dated-version header an API pins (Brevio-Version: the spec's info.x-brevio-version)."""
    if api.version_header is None:
        return {}
    value = spec.api_spec.info_extension(api.version_extension)
    return {api.version_header: str(value)} if value is not None else {}
