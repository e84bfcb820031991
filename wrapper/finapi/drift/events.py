"""A typed view of schemathesis's NDJSON event stream (`--report ndjson`).

Why the NDJSON stream: it is the one report that carries, per test case, the request, the full
response (status, headers, body up to 1 MiB) and every check's result with its failure record.
The failure record itself is only text (type, code, title, message), so the structured details
(JSON pointer, expected vs received) are recomputed from the recorded response in analysis.py.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Interaction:
    case_id: str
    method: str
    url: str
    status: int
    content_type: str | None
    body: bytes
    truncated: bool

    def json(self) -> tuple[bool, Any]:
        """(True, value) if the body is JSON, else (False, None)."""
        if not self.body or self.truncated:
            return False, None
        try:
            return True, json.loads(self.body)
        except ValueError:
            return False, None


@dataclass(frozen=True)
class CheckFailure:
    check: str
    case_id: str
    type: str  # e.g. "JsonSchemaError"
    code: str  # e.g. "ST108"
    title: str
    message: str


@dataclass(frozen=True)
class CaseInfo:
    case_id: str
    phase: str  # examples | coverage | fuzzing | stateful
    mode: str  # positive | negative
    description: str


@dataclass
class Scenario:
    label: str  # "GET /ping"
    phase: str
    status: str  # success | failure | error | skip ...
    cases: dict[str, CaseInfo] = field(default_factory=dict)
    interactions: dict[str, Interaction] = field(default_factory=dict)
    failures: list[CheckFailure] = field(default_factory=list)
    checks_run: dict[str, int] = field(default_factory=dict)  # check name -> times run


@dataclass(frozen=True)
class RunError:
    label: str | None
    type: str
    message: str


@dataclass
class Run:
    seed: int | None = None
    command: str = ""
    scenarios: list[Scenario] = field(default_factory=list)
    errors: list[RunError] = field(default_factory=list)
    finished: bool = False
    stop_reason: str | None = None
    skipped_phases: dict[str, str] = field(default_factory=dict)
    selected_operations: int | None = None

    def interactions(self) -> Iterator[tuple[Scenario, Interaction]]:
        for scenario in self.scenarios:
            for interaction in scenario.interactions.values():
                yield scenario, interaction

    def labels(self) -> set[str]:
        return {scenario.label for scenario in self.scenarios}


def _bytes(value: Any) -> bytes:
    if isinstance(value, Mapping) and "$base64" in value:
        return base64.b64decode(str(value["$base64"]))
    if isinstance(value, str):
        return value.encode()
    return b""


def _first(headers: Mapping[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            if isinstance(value, list):
                return str(value[0]) if value else None
            return str(value)
    return None


def _scenario(data: Mapping[str, Any]) -> Scenario:
    recorder = data.get("recorder") or {}
    scenario = Scenario(
        label=str(recorder.get("label", "")),
        phase=str(data.get("phase", "")),
        status=str(data.get("status", "")),
    )
    for case_id, node in (recorder.get("cases") or {}).items():
        value = node.get("value") or {}
        meta = value.get("meta") or {}
        phase = meta.get("phase") or {}
        scenario.cases[case_id] = CaseInfo(
            case_id=case_id,
            phase=str(phase.get("name", "")),
            mode=str((meta.get("generation") or {}).get("mode", "")),
            description=str((phase.get("data") or {}).get("description", "")),
        )
    for case_id, node in (recorder.get("interactions") or {}).items():
        request = node.get("request") or {}
        response = node.get("response")
        if not isinstance(response, Mapping):
            continue
        headers = response.get("headers") or {}
        scenario.interactions[case_id] = Interaction(
            case_id=case_id,
            method=str(request.get("method", "")),
            url=str(request.get("uri", "")),
            status=int(response.get("status_code", 0)),
            content_type=_first(headers, "content-type"),
            body=_bytes(response.get("content")),
            truncated="content_size" in response,
        )
    for case_id, checks in (recorder.get("checks") or {}).items():
        for check in checks:
            name = str(check.get("name", ""))
            scenario.checks_run[name] = scenario.checks_run.get(name, 0) + 1
            failure = (check.get("failure_info") or {}).get("failure")
            if check.get("status") == "failure" and isinstance(failure, Mapping):
                scenario.failures.append(
                    CheckFailure(
                        check=name,
                        case_id=case_id,
                        type=str(failure.get("type", "")),
                        code=str(failure.get("code", "")),
                        title=str(failure.get("title", "")),
                        message=str(failure.get("message", "")),
                    )
                )
    return scenario


def parse(lines: Iterator[str]) -> Run:
    run = Run()
    for line in lines:
        line = line.strip()
        if not line:
            continue
        event = json.loads(line)
        (kind, data), *_ = event.items()
        if kind == "Initialize":
            run.seed = data.get("seed")
            run.command = str(data.get("command", ""))
        elif kind == "LoadingFinished":
            operations = ((data.get("statistic") or {}).get("operations")) or {}
            selected = operations.get("selected")
            run.selected_operations = int(selected) if selected is not None else None
        elif kind == "ScenarioFinished":
            run.scenarios.append(_scenario(data))
        elif kind in ("NonFatalError", "FatalError"):
            value = data.get("value") or data.get("exception") or {}
            run.errors.append(
                RunError(
                    label=data.get("label"),
                    type=str(value.get("type", kind)) if isinstance(value, Mapping) else kind,
                    message=str(value.get("message", value))
                    if isinstance(value, Mapping)
                    else str(value),
                )
            )
        elif kind == "PhaseFinished":
            phase = data.get("phase") or {}
            reason = phase.get("skip_reason")
            if data.get("status") == "skip" and reason and reason != "disabled":
                run.skipped_phases[str(phase.get("name"))] = str(reason)
        elif kind == "EngineFinished":
            run.finished = True
            run.stop_reason = data.get("stop_reason")
    return run


def load(path: Path) -> Run:
    with path.open(encoding="utf-8") as handle:
        return parse(iter(handle))
