"""One API's run end to end: schemathesis, analysis, reports. Shared by contract.py and cli.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tests.drift import analysis, events, report, runner
from tests.drift.analysis import ERROR, Finding
from tests.drift.apis import ROOT, Api
from tests.drift.spec import Spec

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


def pinned_headers(api: Api, spec: Spec) -> dict[str, str]:
    if api.pinned_header is None:
        return {}
    header, extension = api.pinned_header
    value = (spec.document.get("info") or {}).get(extension)
    return {header: str(value)} if value is not None else {}


def execute(
    invocation: runner.Invocation,
    *,
    mode: str,
    excluded_checks: Mapping[str, str],
    echo: bool = False,
) -> Result:
    api = invocation.api
    spec = Spec.load(api.spec_path, naive_timestamps=api.naive_timestamps)
    outcome = runner.run(invocation, echo=echo)
    methods = {m.upper() for m in invocation.include_methods}
    operations = [op for op in spec.operations() if not methods or op.method in methods]
    findings: list[Finding] = []
    tested: set[str] = set()
    seed: int | None = invocation.seed
    if invocation.ndjson_path.exists():
        run = events.load(invocation.ndjson_path)
        findings = analysis.analyse(run, spec, api.name)
        tested = {label for label in run.labels() if spec.operation(label) is not None}
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
    try:
        shown_spec = str(api.spec_path.relative_to(ROOT))
    except ValueError:
        shown_spec = str(api.spec_path)
    result_report = report.Report(
        api=api.name,
        title=api.title,
        base_url=invocation.base_url,
        spec_path=shown_spec,
        mode=mode,
        seed=seed,
        max_examples=invocation.max_examples,
        operations=operations,
        tested=tested,
        findings=findings,
        dropped=report.load_dropped(invocation.dropped_path),
        excluded_checks=dict(excluded_checks),
        seconds=outcome.seconds,
        schemathesis_exit=outcome.exit_code,
    )
    paths = report.write(result_report, invocation.report_dir)
    return Result(result_report, outcome, [*paths, invocation.junit_path, invocation.log_path])
