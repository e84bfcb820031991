"""Reports of a drift or contract run: Markdown (for people), JUnit XML (for CI), JSON (for tools).

Markdown and the printed summary list, per operation: the kind of finding, the check that found
it, the field as a JSON pointer into the response body, expected versus received, and every
`x-inferred` on the way (operation, response, field), so that a wrong guess in the spec is
recognisable as one.
"""

from __future__ import annotations

import datetime
import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.drift.analysis import ERROR, WARNING, Finding
from tests.drift.spec import Operation

MAX_REASON_CHARS = 160


@dataclass
class Report:
    api: str
    title: str
    base_url: str
    spec_path: str
    mode: str  # human-readable description of what was sent
    seed: int | None
    max_examples: int
    operations: list[Operation]  # the operations selected for the run
    tested: set[str]  # labels schemathesis produced results for
    findings: list[Finding]
    dropped: Counter[str] = field(default_factory=Counter)
    excluded_checks: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    schemathesis_exit: int | None = None
    started: str = field(
        default_factory=lambda: datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    )

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def untested(self) -> list[Operation]:
        return [op for op in self.operations if op.label not in self.tested]

    def verdict(self) -> str:
        if self.errors:
            return "DRIFT"
        if self.warnings:
            return "CLEAN, WITH WARNINGS"
        return "CLEAN"


def load_dropped(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                counts[str(json.loads(line).get("reason"))] += 1
    return counts


DROP_REASONS = {
    "naive-timestamp": "timestamps without a zone, which the spec documents (Symetrisk)",
    "multipart-unrepresentable": "a non-object multipart body: multipart carries only named parts",
    "prism-invalid-json": "Prism's own 400 invalid_json for an unparsable JSON body",
    "prism-multipart-array": "Prism cannot read files sent as repeated parts as an array (#2654)",
    "prism-unknown-query-parameter": "Prism ignores unknown query parameters",
    "prism-empty-query-value": "Prism treats `name=` as an absent parameter",
    "prism-undeclared-field-name": "case not sent: odd multipart field names crash Prism's parser",
}


def _short(text: str | None, limit: int = MAX_REASON_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _inferred_text(finding: Finding) -> str:
    parts = []
    for item in finding.inferred:
        where = f"`{item.pointer}`" if item.pointer else "response"
        parts.append(f"{where}: {_short(item.reason, 100)}")
    return "; ".join(parts) if parts else "no"


def _by_operation(report: Report) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = {op.label: [] for op in report.operations}
    for finding in report.findings:
        grouped.setdefault(finding.operation, []).append(finding)
    return grouped


def markdown(report: Report) -> str:
    lines = [
        f"# Contract drift report: {report.title}",
        "",
        f"- Result: **{report.verdict()}**: {len(report.errors)} error(s), "
        f"{len(report.warnings)} warning(s)",
        f"- Base URL: {report.base_url}",
        f"- Spec: `{report.spec_path}`",
        f"- Sent: {report.mode}",
        f"- Seed {report.seed}, at most {report.max_examples} examples per operation and phase; "
        f"started {report.started}, took {report.seconds:.0f} s",
        "",
        "Kinds: errors are schemathesis check failures (with the field analysed from the recorded "
        "response); warnings are computed from every response (`undocumented-enum-value`: an "
        "open enum value outside its `KnownX`; `undocumented-field`; `renamed-field` of an "
        "optional field). `x-inferred` marks what the spec guessed.",
        "",
        "## Operations",
        "",
        "| Operation | operationId | Operation x-inferred | Errors | Warnings |",
        "|---|---|---|---|---|",
    ]
    grouped = _by_operation(report)
    by_label = {op.label: op for op in report.operations}
    for label, items in grouped.items():
        op = by_label.get(label)
        errors = sum(1 for f in items if f.severity == ERROR)
        warnings = sum(1 for f in items if f.severity == WARNING)
        tested = "" if label in report.tested or op is None else " (not tested)"
        inferred = "yes" if op is not None and op.inferred else "no"
        operation_id = op.operation_id if op else "-"
        lines.append(f"| `{label}`{tested} | {operation_id} | {inferred} | {errors} | {warnings} |")
    lines += ["", "## Findings", ""]
    if not report.findings:
        lines += ["None: every response matched the spec.", ""]
    for label, items in grouped.items():
        if not items:
            continue
        op = by_label.get(label)
        title = f"### `{label}`" + (f" ({op.operation_id})" if op else "")
        lines += [title, ""]
        if op is not None and op.inferred:
            lines += [f"Operation is `x-inferred`: {_short(op.inferred, 400)}", ""]
        lines += [
            "| Severity | Kind | Check | Field (JSON pointer) | Expected | Received | Status | "
            "Seen | x-inferred on the way |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for f in items:
            lines.append(
                "| "
                + " | ".join(
                    _cell(value)
                    for value in (
                        f.severity,
                        f.kind,
                        f.check,
                        f"`{f.pointer}`" if f.pointer is not None else "-",
                        f.expected,
                        f.received,
                        str(f.status or "-"),
                        f"{f.occurrences}x",
                        _inferred_text(f),
                    )
                )
                + " |"
            )
        lines.append("")
        for f in items:
            if f.request:
                lines.append(f"- {f.kind} `{f.pointer or ''}`: {_short(f.message, 300)}. "
                             f"Example: `{_short(f.request, 200)}` (case {f.case_id})")  # fmt: skip
        lines.append("")
    if report.untested:
        lines += ["## Not tested", ""]
        lines += [f"- `{op.label}` ({op.operation_id})" for op in report.untested]
        lines.append("")
    if report.excluded_checks:
        lines += ["## Excluded checks", ""]
        lines += [f"- `{name}`: {reason}" for name, reason in report.excluded_checks.items()]
        lines.append("")
    if report.dropped:
        lines += ["## Dropped by documented filters (tests/drift/hooks.py)", ""]
        for reason, count in sorted(report.dropped.items()):
            lines.append(f"- `{reason}` x{count}: {DROP_REASONS.get(reason, reason)}")
        lines.append("")
    return "\n".join(lines)


def summary(report: Report, paths: Sequence[Path] = ()) -> str:
    """The printed summary: one line per finding, then where the reports are."""
    lines = [
        f"{report.title}: {report.verdict()}: {len(report.errors)} error(s), "
        f"{len(report.warnings)} warning(s) over {len(report.tested)}/{len(report.operations)} "
        f"operation(s) tested ({report.seconds:.0f} s)"
    ]
    for f in report.findings:
        marks = []
        if f.operation_inferred:
            marks.append("operation x-inferred")
        if any(item.pointer for item in f.inferred):
            marks.append("field x-inferred")
        suffix = f"  [{', '.join(marks)}]" if marks else ""
        lines.append(
            f"  {f.severity.upper():7} {f.operation}  {f.kind}  {f.pointer or '-'}  "
            f"expected {_short(f.expected, 80)}; received {_short(f.received, 80)}{suffix}"
        )
    for op in report.untested:
        lines.append(f"  NOTE    {op.label} was not tested")
    for reason, count in sorted(report.dropped.items()):
        lines.append(f"  dropped {count} x {reason}: {DROP_REASONS.get(reason, reason)}")
    for path in paths:
        lines.append(f"  report: {path}")
    return "\n".join(lines)


def junit(reports: Iterable[Report]) -> str:
    """One testsuite per API, one testcase per selected operation; errors are <failure>s."""
    suites = ET.Element("testsuites", name="contract-drift")
    for report in reports:
        grouped = _by_operation(report)
        by_label = {op.label: op for op in report.operations}
        suite = ET.SubElement(
            suites,
            "testsuite",
            name=f"drift.{report.api}",
            tests=str(len(grouped)),
            failures=str(
                sum(1 for items in grouped.values() if any(f.severity == ERROR for f in items))
            ),
            skipped=str(len(report.untested)),
            time=f"{report.seconds:.3f}",
            timestamp=report.started,
        )
        properties = ET.SubElement(suite, "properties")
        for name, value in (
            ("base_url", report.base_url),
            ("seed", str(report.seed)),
            ("mode", report.mode),
        ):
            ET.SubElement(properties, "property", name=name, value=value)
        for label, items in grouped.items():
            op = by_label.get(label)
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"drift.{report.api}",
                name=f"{label} ({op.operation_id})" if op else label,
            )
            if op is not None and label not in report.tested:
                ET.SubElement(case, "skipped", message="not tested")
            errors = [f for f in items if f.severity == ERROR]
            if errors:
                failure = ET.SubElement(
                    case,
                    "failure",
                    type=",".join(sorted({f.kind for f in errors})),
                    message="; ".join(f"{f.kind} {f.pointer or ''}".strip() for f in errors)[:500],
                )
                failure.text = "\n".join(_finding_text(f) for f in errors)
            warnings = [f for f in items if f.severity == WARNING]
            if warnings:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join("WARNING " + _finding_text(f) for f in warnings)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def _finding_text(f: Finding) -> str:
    inferred = _inferred_text(f)
    return (
        f"{f.kind} [{f.check}] {f.pointer or '-'}: expected {f.expected}; received {f.received}; "
        f"status {f.status or '-'}; "
        f"operation x-inferred: {'yes' if f.operation_inferred else 'no'}; "
        f"field x-inferred: {inferred}; {f.request or ''}"
    )


def as_json(report: Report) -> dict[str, Any]:
    return {
        "api": report.api,
        "base_url": report.base_url,
        "verdict": report.verdict(),
        "seed": report.seed,
        "max_examples": report.max_examples,
        "mode": report.mode,
        "operations": [op.label for op in report.operations],
        "tested": sorted(report.tested),
        "findings": [f.as_dict() for f in report.findings],
        "dropped": dict(report.dropped),
        "excluded_checks": report.excluded_checks,
        "schemathesis_exit": report.schemathesis_exit,
    }


def write(report: Report, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    md = directory / f"{report.api}.drift.md"
    md.write_text(markdown(report), encoding="utf-8")
    xml = directory / f"{report.api}.drift.junit.xml"
    xml.write_text(junit([report]), encoding="utf-8")
    data = directory / f"{report.api}.drift.json"
    data.write_text(json.dumps(as_json(report), indent=2) + "\n", encoding="utf-8")
    return [md, xml, data]
