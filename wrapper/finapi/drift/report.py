"""Reports of a drift or contract run: Markdown (for people), JUnit XML (for CI), JSON (for tools).

The Markdown report opens with the verdict, the reachability summary (`N of M operations
reached, K of L inferred routes confirmed`), a reachability table and the page walk, then one
entry per finding group (a schema field, or an operation for status and reachability findings):
what the spec would need to say, where it was seen, expected versus received, and every
`x-inferred` on the way. The console gets a short summary and the list of files written.
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

from finapi._openapi import Operation
from finapi.drift.analysis import ERROR, WARNING, Finding
from finapi.drift.probes import Reach, Walked
from finapi.drift.spec import inferred, label

MAX_REASON_CHARS = 160
MAX_CONSOLE_FINDINGS = 15


@dataclass
class Report:
    api: str
    title: str
    base_url: str
    spec_path: str  # as people know it: openapi/<api>.yaml
    mode: str  # human-readable description of what was sent
    seed: int | None
    max_examples: int
    operations: list[Operation]  # the operations selected for the run
    tested: set[str]  # labels of operations something was sent to
    findings: list[Finding]  # grouped (analysis.merge)
    reaches: dict[str, Reach] = field(default_factory=dict)  # label -> reach (drift runs)
    walks: list[Walked] = field(default_factory=list)
    auth_check: str | None = None  # what the token endpoint check said
    spec_source: str = ""  # the file that was read (the packaged copy, when installed)
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
        return [op for op in self.operations if label(op) not in self.tested]

    def verdict(self) -> str:
        if self.errors:
            return "DRIFT"
        if self.warnings:
            return "CLEAN, WITH WARNINGS"
        return "CLEAN"

    def reach_summary(self) -> str:
        """`N of M operations reached, K of L inferred routes confirmed`."""
        if not self.reaches:
            return ""
        reaches = list(self.reaches.values())
        guessed = [reach for reach in reaches if inferred(reach.operation)]
        return (
            f"{sum(r.reached for r in reaches)} of {len(reaches)} operations reached, "
            f"{sum(r.reached for r in guessed)} of {len(guessed)} inferred routes confirmed"
        )


def load_dropped(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                counts[str(json.loads(line).get("reason"))] += 1
    return counts


DROP_REASONS = {
    "multipart-unrepresentable": "a non-object multipart body: multipart carries only named parts",
    "prism-invalid-json": "Prism's own 400 invalid_json for an unparsable JSON body",
    "prism-multipart-array": "Prism cannot read files sent as repeated parts as an array (#2654)",
    "prism-unknown-query-parameter": "Prism ignores unknown query parameters",
    "prism-empty-query-value": "Prism treats `name=` as an absent parameter",
    "prism-content-parameter": "Prism does not validate parameters declared with `content`",
    "prism-undeclared-field-name": "case not sent: odd multipart field names crash Prism's parser",
}


def _short(text: str | None, limit: int = MAX_REASON_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _inferred_text(finding: Finding) -> str:
    parts = []
    if finding.operation_inferred:
        parts.append(f"operation: {_short(finding.operation_inferred, 100)}")
    for item in finding.inferred:
        where = f"`{item.pointer}`" if item.pointer else "response"
        parts.append(f"{where}: {_short(item.reason, 100)}")
    return "; ".join(parts) if parts else "no"


def _title(finding: Finding) -> str:
    subject = finding.field_name or finding.operation
    if finding.kind in ("operation-unreachable", "undocumented-status-code", "server-error"):
        subject = finding.operation + (f" ({finding.operation_id})" if finding.operation_id else "")
    return f"{finding.severity} · {finding.kind} · `{subject}`"


def _places(finding: Finding, limit: int = 6) -> str:
    shown = [f"`{place}`" for place in finding.where[:limit]]
    more = len(finding.where) - limit
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _by_operation(report: Report) -> dict[str, list[Finding]]:
    """Findings per operation label (a group seen in several operations counts in each)."""
    grouped: dict[str, list[Finding]] = {label(op): [] for op in report.operations}
    for finding in report.findings:
        names = {_operation_of_place(place) for place in finding.where} or {finding.operation}
        for name in sorted(names):
            grouped.setdefault(name, []).append(finding)
    return grouped


def _operation_of_place(place: str) -> str:
    """ "GET /items/{id} /data/*" -> "GET /items/{id}" (a place is "METHOD path[ pointer]")."""
    method, space, rest = place.partition(" ")
    return f"{method} {rest.split(' ', 1)[0]}" if space else place


def markdown(report: Report) -> str:
    lines = [
        f"# Contract drift report: {report.title}",
        "",
        f"- Result: **{report.verdict()}**: {len(report.errors)} error(s), "
        f"{len(report.warnings)} warning(s) (one per schema field or operation)",
    ]
    if report.reaches:
        lines.append(f"- Reachability: {report.reach_summary()}")
    if report.auth_check:
        lines.append(f"- Token endpoint: {report.auth_check}")
    source = (
        f" (read from `{report.spec_source}`)"
        if report.spec_source and not report.spec_source.endswith(report.spec_path)
        else ""
    )
    lines += [
        f"- Base URL: {report.base_url}",
        f"- Spec: `{report.spec_path}`{source}",
        f"- Sent: {report.mode}",
        f"- Seed {report.seed}, at most {report.max_examples} examples per operation and phase; "
        f"started {report.started}, took {report.seconds:.0f} s",
        "",
        "## Operations",
        "",
        "| Operation | Method and path | Route | Reached | Statuses seen | Errors | Warnings |",
        "|---|---|---|---|---|---|---|",
    ]
    grouped = _by_operation(report)
    for op in report.operations:
        name = label(op)
        items = grouped.get(name, [])
        reach = report.reaches.get(name)
        if name not in report.tested:
            reached, statuses = "not tested", "-"
        elif reach is None:
            reached, statuses = "-", "-"
        else:
            reached = "yes" if reach.reached else "**no**"
            statuses = reach.statuses_text() or "-"
        route = "inferred" if inferred(op) else "documented"
        errors = sum(1 for f in items if f.severity == ERROR)
        warnings = sum(1 for f in items if f.severity == WARNING)
        lines.append(
            f"| {op.operation_id} | `{name}` | {route} | {reached} | {statuses} | {errors} | "
            f"{warnings} |"
        )
    if report.walks:
        lines += [
            "",
            "## Pagination: the SDK's paginator over each listing",
            "",
            "| Operation | x-pagination | Walk |",
            "|---|---|---|",
        ]
        for walked in report.walks:
            style = (walked.operation.pagination or {}).get("style", "?")
            lines.append(
                f"| {walked.operation.operation_id} | {style} | {_cell(walked.outcome())} |"
            )
    lines += ["", "## Findings", ""]
    if not report.findings:
        lines += ["None: every response matched the spec.", ""]
    for number, f in enumerate(report.findings, start=1):
        statuses = ", ".join(str(s) for s in f.statuses) or "-"
        values = "; ".join(f.values) if len(f.values) > 1 else f.received
        lines += [
            f"### {number}. {_title(f)}",
            "",
            f"- **What to change:** {f.fix}",
            f"- Seen {f.occurrences}x (HTTP {statuses}) in {_places(f)}"
            if f.statuses
            else f"- Where: {_places(f)}",
            f"- Expected {f.expected}; received {_short(values, 300)}",
            f"- x-inferred on the way: {_inferred_text(f)}",
        ]
        if f.request:
            lines.append(f"- Example: `{_short(f.request, 200)}` ({_short(f.message, 300)})")
        else:
            lines.append(f"- {_short(f.message, 500)}")
        lines.append("")
    if report.untested:
        lines += ["## Not tested", ""]
        lines += [f"- `{label(op)}` ({op.operation_id})" for op in report.untested]
        lines.append("")
    if report.excluded_checks:
        lines += ["## Excluded checks", ""]
        lines += [f"- `{name}`: {reason}" for name, reason in report.excluded_checks.items()]
        lines.append("")
    if report.dropped:
        lines += ["## Dropped by documented filters (finapi/drift/hooks.py)", ""]
        for reason, count in sorted(report.dropped.items()):
            lines.append(f"- `{reason}` x{count}: {DROP_REASONS.get(reason, reason)}")
        lines.append("")
    return "\n".join(lines)


def summary(report: Report, paths: Sequence[Path] = ()) -> str:
    """The console summary: verdict, reachability, the first findings, every file written."""
    head = (
        f"{report.title}: {report.verdict()}: {len(report.errors)} error(s), "
        f"{len(report.warnings)} warning(s)"
    )
    if report.reaches:
        head += f"; {report.reach_summary()}"
    else:
        head += f" over {len(report.tested)}/{len(report.operations)} operation(s) tested"
    lines = [f"{head} ({report.seconds:.0f} s)"]
    for f in report.findings[:MAX_CONSOLE_FINDINGS]:
        seen = f", {f.occurrences}x" if f.occurrences > 1 else ""
        lines.append(f"  {f.severity.upper():7} {f.kind}{seen}: {_short(f.fix, 220)}")
    hidden = len(report.findings) - MAX_CONSOLE_FINDINGS
    if hidden > 0:
        lines.append(f"  … and {hidden} more finding(s) in the Markdown report")
    for op in report.untested:
        lines.append(f"  NOTE    {label(op)} was not tested")
    for reason, count in sorted(report.dropped.items()):
        lines.append(f"  dropped {count} x {reason}: {DROP_REASONS.get(reason, reason)}")
    if paths:
        lines.append("Files written:")
        lines += [f"  {path}" for path in paths if path.exists()]
    return "\n".join(lines)


def junit(reports: Iterable[Report]) -> str:
    """One testsuite per API, one testcase per selected operation; errors are <failure>s."""
    suites = ET.Element("testsuites", name="contract-drift")
    for report in reports:
        grouped = _by_operation(report)
        by_label = {label(op): op for op in report.operations}
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
            ("reachability", report.reach_summary()),
        ):
            ET.SubElement(properties, "property", name=name, value=value)
        for name, items in grouped.items():
            op = by_label.get(name)
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"drift.{report.api}",
                name=f"{name} ({op.operation_id})" if op else name,
            )
            if op is not None and name not in report.tested:
                ET.SubElement(case, "skipped", message="not tested")
            errors = [f for f in items if f.severity == ERROR]
            if errors:
                failure = ET.SubElement(
                    case,
                    "failure",
                    type=",".join(sorted({f.kind for f in errors})),
                    message="; ".join(f.fix for f in errors)[:500],
                )
                failure.text = "\n".join(_finding_text(f) for f in errors)
            warnings = [f for f in items if f.severity == WARNING]
            if warnings:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join("WARNING " + _finding_text(f) for f in warnings)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"


def _finding_text(f: Finding) -> str:
    return (
        f"{f.kind} [{f.check}] {f.field_name or f.pointer or '-'}: {f.fix}; expected "
        f"{f.expected}; received {f.received}; seen {f.occurrences}x in {', '.join(f.where)}; "
        f"x-inferred: {_inferred_text(f)}; {f.request or ''}"
    )


def as_json(report: Report) -> dict[str, Any]:
    return {
        "api": report.api,
        "base_url": report.base_url,
        "verdict": report.verdict(),
        "reachability": report.reach_summary(),
        "token_endpoint": report.auth_check,
        "seed": report.seed,
        "max_examples": report.max_examples,
        "mode": report.mode,
        "operations": [
            {
                "operation": label(op),
                "operation_id": op.operation_id,
                "inferred": inferred(op),
                "tested": label(op) in report.tested,
                "reached": report.reaches[label(op)].reached
                if label(op) in report.reaches
                else None,
                "statuses": {
                    str(status): count
                    for status, count in sorted(report.reaches[label(op)].statuses.items())
                }
                if label(op) in report.reaches
                else {},
            }
            for op in report.operations
        ],
        "walks": [
            {
                "operation_id": walked.operation.operation_id,
                "pages": [page.items for page in walked.result.pages],
                "total": walked.total,
                "stopped": walked.result.stopped,
                "warnings": walked.result.warnings,
                "error": walked.result.error,
            }
            for walked in report.walks
        ],
        "findings": [f.as_dict() for f in report.findings],
        "dropped": dict(report.dropped),
        "excluded_checks": report.excluded_checks,
        "schemathesis_exit": report.schemathesis_exit,
    }


def _reach_json(reach: Reach | None) -> dict[str, Any]:
    if reach is None:
        return {"reached": None, "statuses": {}, "probes": []}
    return {
        "reached": reach.reached,
        "statuses": {str(status): count for status, count in sorted(reach.statuses.items())},
        "probes": reach.tried,
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
