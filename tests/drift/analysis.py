"""From schemathesis's recorded run to findings a person can act on.

Errors come from schemathesis's checks: its verdict decides what failed. For a failed
`response_schema_conformance` the recorded response is validated again here (jsonschema, Draft
2020-12, the spec as one resource) to get what the NDJSON failure record only has as text: the
JSON pointer of each violation, the expected schema keyword and the received value.

Warnings are computed here over every recorded JSON response, because the spec allows them:
- undocumented-enum-value: a value of an open enum (`anyOf: [KnownX, string]`, see
  openapi/CONVENTIONS.md) outside KnownX. Valid by design, but the spec is behind the API.
- undocumented-field: a property the schema does not declare (where it says nothing about
  additional properties).
- renamed-field: a declared property missing while an undeclared one is present in the same
  object, matched by normalised name (`returned_items` / `returnedItems`) or, when exactly one is
  missing and one is extra, by elimination. An error when the missing one is required.

Every finding names whether the operation, the response or any schema on the way to the field is
marked `x-inferred` in the spec, with the reason, so a wrong guess is recognisable as one.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from jsonschema.exceptions import ValidationError, best_match

from tests.drift.events import CheckFailure, Interaction, Run, Scenario
from tests.drift.spec import (
    JSON,
    Inference,
    Operation,
    Spec,
    generic_pointer,
    json_type,
    pointer_of,
)

ERROR = "error"
WARNING = "warning"

# schemathesis check -> finding kind (response_schema_conformance is analysed field by field).
CHECK_KINDS = {
    "not_a_server_error": "server-error",
    "status_code_conformance": "undocumented-status-code",
    "content_type_conformance": "wrong-content-type",
    "response_headers_conformance": "response-header",
    "response_schema_conformance": "schema-violation",
    "positive_data_acceptance": "valid-request-rejected",
    "negative_data_rejection": "invalid-request-accepted",
    "missing_required_header": "missing-header-accepted",
    "unsupported_method": "unsupported-method",
    "allow_header_conformance": "allow-header",
    "ignored_auth": "auth-ignored",
    "use_after_free": "use-after-free",
    "ensure_resource_availability": "resource-unavailable",
    "object_level_authorization": "object-level-authorization",
    "max_response_time": "slow-response",
}
FAILURE_TYPE_KINDS = {"MalformedJson": "malformed-json", "MissingContentType": "wrong-content-type"}
KEYWORD_KINDS = {
    "required": "missing-required-field",
    "type": "wrong-type",
    "enum": "value-not-allowed",
    "const": "value-not-allowed",
    "format": "wrong-format",
    "additionalProperties": "unexpected-field",
    "unevaluatedProperties": "unexpected-field",
}
MAX_VALUE_CHARS = 120


@dataclass
class Finding:
    api: str
    operation: str  # "GET /ping"
    operation_id: str | None
    kind: str
    severity: str  # error | warning
    check: str  # the schemathesis check, or "drift-report" for warnings computed here
    pointer: str | None  # JSON pointer into the response body
    expected: str
    received: str
    message: str
    status: int | None = None
    request: str | None = None
    case_id: str | None = None
    operation_inferred: str | None = None
    inferred: list[Inference] = field(default_factory=list)
    occurrences: int = 1

    def key(self) -> tuple[str, ...]:
        pointer = generic_pointer(self.pointer) if self.pointer is not None else ""
        value = self.received if self.kind in ("undocumented-enum-value", "renamed-field") else ""
        return (self.operation, self.kind, self.check, pointer, str(self.status or ""), value)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["inferred"] = [asdict(item) for item in self.inferred]
        return data


def show(value: JSON) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass(frozen=True)
class _Context:
    spec: Spec
    api: str
    operation: Operation | None
    label: str
    interaction: Interaction | None

    def finding(self, **values: Any) -> Finding:
        interaction = self.interaction
        result = Finding(
            api=self.api,
            operation=self.label,
            operation_id=self.operation.operation_id if self.operation else None,
            operation_inferred=self.operation.inferred if self.operation else None,
            status=interaction.status if interaction else None,
            request=f"{interaction.method} {interaction.url}" if interaction else None,
            case_id=interaction.case_id if interaction else None,
            **values,
        )
        pointer = result.pointer
        if self.operation is not None and interaction is not None and pointer is not None:
            ok, body = interaction.json()
            result.inferred = self.spec.inferences(
                self.operation,
                interaction.status,
                interaction.content_type,
                body if ok else None,
                _parts(pointer),
            )
        return result


def _parts(pointer: str) -> list[str | int]:
    parts: list[str | int] = []
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        parts.append(int(token) if token.isdigit() else token)
    return parts


# -- schema violations ---------------------------------------------------------------------------


def _leaf(error: ValidationError) -> ValidationError:
    """The most specific error under an anyOf/oneOf, unless the type itself is wrong."""
    while error.validator in ("anyOf", "oneOf") and error.context:
        deeper = best_match(error.context)
        if deeper is None:
            break
        error = deeper
    return error


def _schema_findings(ctx: _Context, body: JSON, schema_pointer: str) -> list[Finding]:
    spec = ctx.spec
    findings: list[Finding] = []
    for error in spec.validator(schema_pointer).iter_errors(body):
        path = list(error.absolute_path)
        if error.validator in ("anyOf", "oneOf"):
            allowed = spec.node_types(error.schema)
            if allowed and not any(_accepts(t, json_type(error.instance)) for t in allowed):
                findings.append(
                    ctx.finding(
                        kind="wrong-type",
                        severity=ERROR,
                        check="response_schema_conformance",
                        pointer=pointer_of(path),
                        expected=f"type {' or '.join(sorted(allowed))}",
                        received=f"{json_type(error.instance)} {show(error.instance)}",
                        message=error.message,
                    )
                )
                continue
            error = _leaf(error)
            path = list(error.absolute_path)
        keyword = str(error.validator)
        kind = KEYWORD_KINDS.get(keyword, "constraint-violated")
        if keyword == "required":
            missing = [
                name
                for name in error.validator_value
                if isinstance(error.instance, dict) and name not in error.instance
            ]
            name = next((n for n in missing if error.message.startswith(repr(n))), missing[:1])
            name = name[0] if isinstance(name, list) and name else name
            findings.append(
                ctx.finding(
                    kind=kind,
                    severity=ERROR,
                    check="response_schema_conformance",
                    pointer=pointer_of([*path, str(name)]),
                    expected=f"required field {str(name)!r}",
                    received="field absent",
                    message=error.message,
                )
            )
            continue
        if keyword == "type":
            expected = f"type {' or '.join(_as_list(error.validator_value))}"
            received = f"{json_type(error.instance)} {show(error.instance)}"
        elif keyword in ("enum", "const"):
            expected = f"{keyword} {show(error.validator_value)}"
            received = show(error.instance)
        else:
            expected = f"{keyword}: {show(error.validator_value)}"
            received = show(error.instance)
        findings.append(
            ctx.finding(
                kind=kind,
                severity=ERROR,
                check="response_schema_conformance",
                pointer=pointer_of(path),
                expected=expected,
                received=received,
                message=error.message,
            )
        )
    return findings


def _as_list(value: JSON) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def _accepts(declared: str, actual: str) -> bool:
    return declared == actual or (declared == "number" and actual == "integer")


# -- open enums, undeclared and renamed fields -----------------------------------------------------


def _walk_findings(ctx: _Context, body: JSON, schema_pointer: str) -> list[Finding]:
    spec = ctx.spec
    findings: list[Finding] = []
    objects: dict[str, tuple[list[str | int], dict[str, Any], list[str]]] = {}
    reported_enum: set[str] = set()
    for path, pointer, value in spec.walk(schema_pointer, body):
        where = pointer_of(path)
        if isinstance(value, str) and where not in reported_enum:
            enum = spec.open_enum(pointer)
            if enum is not None and value not in enum.known:
                reported_enum.add(where)
                findings.append(
                    ctx.finding(
                        kind="undocumented-enum-value",
                        severity=WARNING,
                        check="drift-report",
                        pointer=where,
                        expected=f"one of {enum.name}: {', '.join(enum.known)}",
                        received=show(value),
                        message=(
                            f"{value!r} is not in {enum.name}; the open enum passes it through, "
                            "but the spec does not know it"
                        ),
                    )
                )
        if isinstance(value, dict):
            entry = objects.setdefault(where, (path, value, []))
            entry[2].append(pointer)
    for where, (_, value, pointers) in objects.items():
        findings.extend(_object_findings(ctx, where, value, pointers))
    return findings


def _object_findings(ctx: _Context, where: str, value: dict[str, Any], pointers: list[str]
                     ) -> list[Finding]:  # fmt: skip
    spec = ctx.spec
    declared: dict[str, str] = {}
    required: set[str] = set()
    open_object = False
    for pointer in pointers:
        properties, patterns, additional, needed = spec.object_view(pointer)
        for name, location in properties.items():
            declared.setdefault(name, location)
        required |= needed
        if patterns or additional is not None:
            open_object = True
    if not declared:
        return []
    present = set(value)
    absent = [name for name in declared if name not in present]
    extra = [] if open_object else [name for name in value if name not in declared]
    pairs: dict[str, str] = {}
    for old in absent:
        for new in extra:
            if new not in pairs.values() and normalise(old) == normalise(new):
                pairs[old] = new
                break
    left_absent = [name for name in absent if name not in pairs and name in required]
    left_extra = [name for name in extra if name not in pairs.values()]
    if len(left_absent) == 1 and len(left_extra) == 1:
        old, new = left_absent[0], left_extra[0]
        if spec.type_matches(declared[old], value[new]):
            pairs[old] = new
    left_extra = [name for name in extra if name not in pairs.values()]
    findings: list[Finding] = []
    for old, new in pairs.items():
        style = "camelCase" if re.search(r"[a-z][A-Z]", new) and "_" in old else None
        how = f" ({style} instead of snake_case)" if style else ""
        findings.append(
            ctx.finding(
                kind="renamed-field",
                severity=ERROR if old in required else WARNING,
                check="response_schema_conformance" if old in required else "drift-report",
                pointer=f"{where}/{old}",
                expected=f"field {old!r}",
                received=f"field {new!r}{how}: {show(value[new])}",
                message=f"{old!r} is missing and {new!r} is there instead: probably renamed{how}",
            )
        )
    for name in left_extra:
        findings.append(
            ctx.finding(
                kind="undocumented-field",
                severity=WARNING,
                check="drift-report",
                pointer=f"{where}/{name}",
                expected="no such field in the schema",
                received=f"field {name!r}: {show(value[name])}",
                message=f"{name!r} is not declared by the response schema",
            )
        )
    return findings


# -- the whole run -------------------------------------------------------------------------------


def _check_finding(ctx: _Context, failure: CheckFailure) -> Finding:
    kind = FAILURE_TYPE_KINDS.get(failure.type) or CHECK_KINDS.get(failure.check, "check-failed")
    interaction = ctx.interaction
    expected, received = "", ""
    if failure.check == "status_code_conformance" and ctx.operation is not None:
        expected = "one of " + ", ".join(ctx.spec.documented_statuses(ctx.operation))
        received = str(interaction.status) if interaction else ""
    elif failure.check == "not_a_server_error":
        expected, received = "a status below 500", str(interaction.status) if interaction else ""
    elif failure.check == "positive_data_acceptance":
        expected = "2xx, 401, 403, 404 or 409 for a valid request"
        received = str(interaction.status) if interaction else ""
    elif failure.check == "negative_data_rejection":
        expected = "4xx for an invalid request"
        received = str(interaction.status) if interaction else ""
    elif interaction is not None:
        received = f"{interaction.status} {interaction.content_type or ''}".strip()
    first_line = failure.message.strip().split("\n", 1)[0]
    return ctx.finding(
        kind=kind,
        severity=ERROR,
        check=failure.check,
        pointer=None,
        expected=expected or failure.title,
        received=received or first_line,
        message=f"{failure.code} {failure.title}: {first_line}".strip(),
    )


def _body_key(interaction: Interaction, label: str) -> str:
    digest = hashlib.sha256(interaction.body).hexdigest()
    return f"{label}|{interaction.status}|{interaction.content_type}|{digest}"


def analyse(run: Run, spec: Spec, api: str) -> list[Finding]:
    findings: list[Finding] = []
    walked: set[str] = set()
    for scenario in run.scenarios:
        findings.extend(_scenario_findings(run, spec, api, scenario, walked))
    for error in run.errors:
        operation = spec.operation(error.label) if error.label else None
        ctx = _Context(spec, api, operation, error.label or "(run)", None)
        findings.append(
            ctx.finding(
                kind="run-error",
                severity=ERROR,
                check="schemathesis",
                pointer=None,
                expected="a completed request",
                received=error.type,
                message=error.message.strip().split("\n", 1)[0][:300],
            )
        )
    return merge(findings)


def _scenario_findings(run: Run, spec: Spec, api: str, scenario: Scenario, walked: set[str]
                       ) -> Iterator[Finding]:  # fmt: skip
    del run
    for failure in scenario.failures:
        interaction = scenario.interactions.get(failure.case_id)
        label = _label_of(interaction, scenario.label, spec)
        operation = spec.operation(label)
        ctx = _Context(spec, api, operation, label, interaction)
        if failure.check == "response_schema_conformance" and failure.type == "JsonSchemaError":
            detailed = _detailed_schema_findings(ctx)
            if detailed:
                yield from detailed
                continue
        yield _check_finding(ctx, failure)
    for interaction in scenario.interactions.values():
        label = _label_of(interaction, scenario.label, spec)
        operation = spec.operation(label)
        if operation is None:
            continue
        key = _body_key(interaction, label)
        if key in walked:
            continue
        walked.add(key)
        ok, body = interaction.json()
        schema = spec.response_schema_pointer(
            operation, interaction.status, interaction.content_type
        )
        if not ok or schema is None:
            continue
        ctx = _Context(spec, api, operation, label, interaction)
        # Errors come from schemathesis's verdict (above); the walk adds only warnings here.
        yield from (f for f in _walk_findings(ctx, body, schema) if f.severity == WARNING)


def _label_of(interaction: Interaction | None, fallback: str, spec: Spec) -> str:
    """The operation a request belongs to (stateful scenarios are labelled as a whole)."""
    if spec.operation(fallback) is not None or interaction is None:
        return fallback
    operation = spec.match(interaction.method, interaction.url)
    return operation.label if operation is not None else fallback


def _detailed_schema_findings(ctx: _Context) -> list[Finding]:
    interaction = ctx.interaction
    if interaction is None or ctx.operation is None:
        return []
    ok, body = interaction.json()
    schema = ctx.spec.response_schema_pointer(
        ctx.operation, interaction.status, interaction.content_type
    )
    if not ok or schema is None:
        return []
    findings = _schema_findings(ctx, body, schema)
    renamed = [f for f in _walk_findings(ctx, body, schema) if f.kind == "renamed-field"]
    renamed_pointers = {f.pointer for f in renamed if f.severity == ERROR}
    findings = [
        f
        for f in findings
        if not (f.kind == "missing-required-field" and f.pointer in renamed_pointers)
    ]
    return findings + [f for f in renamed if f.severity == ERROR]


def merge(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per (operation, kind, check, field with array indices as *, status)."""
    merged: dict[tuple[str, ...], Finding] = {}
    for finding in findings:
        key = finding.key()
        if key in merged:
            merged[key].occurrences += finding.occurrences
        else:
            merged[key] = finding
    order = {ERROR: 0, WARNING: 1}
    return sorted(
        merged.values(),
        key=lambda f: (f.operation, order.get(f.severity, 2), f.kind, f.pointer or ""),
    )
