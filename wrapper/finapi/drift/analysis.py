"""From recorded responses to findings a person can act on.

Errors on schemathesis's requests come from its checks: its verdict decides what failed. For a
failed `response_schema_conformance` the recorded response is validated again here (jsonschema,
Draft 2020-12, the spec as one resource, strict formats) to get what the NDJSON failure record
only has as text: the JSON pointer of each violation, the expected schema keyword and the
received value. The drift tool's own requests (the page walk and the reachability probes) are
validated here the same way, and that validation is their verdict.

Warnings are computed over every recorded JSON response, because the spec allows them:
- undocumented-enum-value: a value of an open enum (`anyOf: [KnownX, string]`, see
  openapi/CONVENTIONS.md) outside KnownX. Valid by design, but the spec is behind the API.
- undocumented-field: a property the schema does not declare (where it says nothing about
  additional properties).
- renamed-field: a declared property missing while an undeclared one is present in the same
  object, matched by normalised name (`returned_items` / `returnedItems`) or, when exactly one is
  missing and one is extra, by elimination. An error when the missing one is required, or is a
  field the operation's `x-pagination` relies on (items, total, next): the SDK pages with those.

Findings are grouped per schema field (`Partner.id`), not per array index or per operation: a
field that is wrong in every item of every listing is one finding, seen N times, in these
places. Every finding says what the spec would need to say to match (`fix`), on which line of
the spec, and whether the operation, the response or any schema on the way to the field is
marked `x-inferred`, with the reason, so a wrong guess is recognisable as one.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from jsonschema.exceptions import ValidationError, best_match

from finapi._openapi import Operation
from finapi.drift.events import CheckFailure, Interaction, Run
from finapi.drift.spec import (
    JSON,
    Inference,
    Spec,
    escape,
    generic_pointer,
    inferred,
    json_type,
    label,
    parts_of,
    pointer_of,
    type_accepts,
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
    "pattern": "wrong-format",
    "additionalProperties": "unexpected-field",
    "unevaluatedProperties": "unexpected-field",
}
# The x-pagination keys that name response fields the SDK's paginator reads.
PAGINATION_FIELDS = {"items": "the items", "total": "the total", "next": "the next cursor"}
MAX_VALUE_CHARS = 120
MAX_VALUES = 5  # distinct received values kept per finding group
OWN_CHECK = "drift-report"  # findings the drift tool computes itself (not a schemathesis check)


@dataclass
class Finding:
    api: str
    operation: str  # "GET /ping"
    operation_id: str | None
    kind: str
    severity: str  # error | warning
    check: str  # the schemathesis check, or OWN_CHECK for findings computed here
    pointer: str | None  # JSON pointer into the response body, array indices as `*`
    expected: str
    received: str
    message: str
    status: int | None = None
    request: str | None = None
    case_id: str | None = None
    operation_inferred: str | None = None
    inferred: list[Inference] = field(default_factory=list)
    occurrences: int = 1
    # The spec node to change: a field's declaration, the object that would declare a missing
    # one, or the operation. `subject` tells findings on one node apart (the new name of a
    # renamed field, an undeclared field's name, a status code).
    schema: str | None = None
    subject: str = ""
    field_name: str = ""  # "Partner.id", for people
    line: int | None = None  # line of `schema` in the spec file
    fix: str = ""  # what the spec would need to say to match
    where: list[str] = field(default_factory=list)  # "GET /x /items/*/id" for every place seen
    statuses: list[int] = field(default_factory=list)
    values: list[str] = field(default_factory=list)  # distinct received values (at most 5)

    def key(self) -> tuple[str, ...]:
        if self.schema is not None:
            return (self.kind, self.schema, self.subject)
        return (self.operation, self.kind, self.check, self.pointer or "", self.subject)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["inferred"] = [asdict(item) for item in self.inferred]
        return data


def show(value: JSON) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def spec_file(spec: Spec) -> str:
    """How the report names the spec file: its path in the repository."""
    return f"openapi/{spec.api_spec.name}.yaml"


@dataclass(frozen=True)
class Context:
    spec: Spec
    api: str
    operation: Operation | None
    label: str
    interaction: Interaction | None

    def finding(self, *, subject: str = "", schema: str | None = None, **values: Any) -> Finding:
        interaction = self.interaction
        operation = self.operation
        result = Finding(
            api=self.api,
            operation=self.label,
            operation_id=operation.operation_id if operation else None,
            operation_inferred=inferred(operation) if operation else None,
            status=interaction.status if interaction else None,
            request=f"{interaction.method} {interaction.url}" if interaction else None,
            case_id=interaction.case_id if interaction else None,
            subject=subject,
            **values,
        )
        pointer = result.pointer
        if operation is not None and interaction is not None and pointer is not None:
            ok, body = interaction.json()
            parts = parts_of(pointer)
            result.inferred = self.spec.inferences(
                operation, interaction.status, interaction.content_type, body if ok else None, parts
            )
            if schema is None:
                schema = self._field_schema(body if ok else None, parts, result.kind)
        if schema is None and operation is not None:
            schema = operation.pointer
        result.schema = schema
        if pointer is not None:
            result.pointer = generic_pointer(pointer)
        return result

    def _field_schema(self, body: JSON, parts: list[str | int], kind: str) -> str | None:
        """The spec node behind a field: its declaration, else the object that would hold it."""
        interaction, operation = self.interaction, self.operation
        assert interaction is not None
        assert operation is not None
        schema = self.spec.response_schema_pointer(
            operation, interaction.status, interaction.content_type
        )
        if schema is None:
            return None
        levels = self.spec.locations(schema, body, parts)
        if kind in ("undocumented-field", "unexpected-field") and len(levels) >= 2:
            return _declaring(self.spec, levels[-2], None) or next(iter(levels[-2]), None)
        last = levels[-1] if levels else []
        name = parts[-1] if parts else None
        return _declaring(self.spec, last, name) or (last[0] if last else None)


def _declaring(spec: Spec, pointers: list[str], name: str | int | None) -> str | None:
    """The pointer that declares a field (`.../properties/<name>`), else an object schema."""
    if isinstance(name, str):
        suffix = f"/properties/{escape(name)}"
        for pointer in pointers:
            if pointer.endswith(suffix):
                return pointer
    for pointer in pointers:
        node = spec.at(pointer)
        if isinstance(node, Mapping) and ("properties" in node or node.get("type") == "object"):
            return pointer
    return None


# -- schema violations ---------------------------------------------------------------------------


def _leaf(spec: Spec, error: ValidationError) -> ValidationError:
    """The most specific error under an anyOf/oneOf, looking only at branches of the right type.

    A nullable object (`anyOf: [{$ref: X}, {type: null}]`) that misses a required field fails
    both branches; the `null` branch's "is not of type 'null'" says nothing about an object, so
    the error reported is the one inside X (the missing field).
    """
    while error.validator in ("anyOf", "oneOf") and error.context:
        actual = json_type(error.instance)
        branches = error.validator_value if isinstance(error.validator_value, list) else []
        fitting = [
            item
            for item in error.context
            if item.relative_schema_path
            and isinstance(item.relative_schema_path[0], int)
            and item.relative_schema_path[0] < len(branches)
            and _branch_fits(spec, branches[item.relative_schema_path[0]], actual)
        ]
        deeper = best_match(fitting or error.context)
        if deeper is None:
            break
        error = deeper
    return error


def _branch_fits(spec: Spec, branch: JSON, actual: str) -> bool:
    allowed = spec.node_types(branch)
    return not allowed or any(type_accepts(declared, actual) for declared in allowed)


def _schema_findings(ctx: Context, body: JSON, schema_pointer: str) -> list[Finding]:
    spec = ctx.spec
    findings: list[Finding] = []
    for error in spec.validator(schema_pointer).iter_errors(body):
        path = list(error.absolute_path)
        if error.validator in ("anyOf", "oneOf"):
            allowed = spec.node_types(error.schema)
            if allowed and not any(type_accepts(t, json_type(error.instance)) for t in allowed):
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
            error = _leaf(spec, error)
            path = list(error.absolute_path)
        keyword = str(error.validator)
        kind = KEYWORD_KINDS.get(keyword, "constraint-violated")
        if keyword == "required":
            missing = [
                name
                for name in error.validator_value
                if isinstance(error.instance, dict) and name not in error.instance
            ]
            name = next((n for n in missing if error.message.startswith(repr(n))), None)
            name = name if name is not None else (missing[0] if missing else "?")
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
                subject=keyword if kind == "constraint-violated" else "",
            )
        )
    return findings


def _as_list(value: JSON) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


# -- open enums, undeclared and renamed fields -----------------------------------------------------


def _walk_findings(
    ctx: Context,
    body: JSON,
    schema_pointer: str,
    required_extra: Mapping[str, set[str]] | None = None,
) -> list[Finding]:
    """Warnings over the whole body, and renames (errors when the field is required).

    `required_extra`: JSON pointer of an object -> field names treated as required there
    (the fields `x-pagination` relies on).
    """
    spec = ctx.spec
    findings: list[Finding] = []
    objects: dict[str, tuple[dict[str, Any], list[str]]] = {}
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
                        check=OWN_CHECK,
                        pointer=where,
                        expected=f"one of {enum.name}: {', '.join(enum.known)}",
                        received=show(value),
                        message=(
                            f"{value!r} is not in {enum.name}; the open enum passes it through, "
                            "but the spec does not know it"
                        ),
                        schema=_enum_pointer(spec, pointer, enum.name),
                        subject=value,
                    )
                )
        if isinstance(value, dict):
            entry = objects.setdefault(where, (value, []))
            entry[1].append(pointer)
    for where, (value, pointers) in objects.items():
        extra_required = (required_extra or {}).get(where, set())
        findings.extend(_object_findings(ctx, where, value, pointers, extra_required))
    return findings


def _enum_pointer(spec: Spec, pointer: str, name: str) -> str:
    """Where the KnownX enum is declared (that is where a new value gets added)."""
    candidate = f"#/components/schemas/{escape(name)}"
    try:
        spec.at(candidate)
    except (KeyError, IndexError, TypeError):
        return pointer
    return candidate


def _object_findings(ctx: Context, where: str, value: dict[str, Any], pointers: list[str],
                     extra_required: set[str]) -> list[Finding]:  # fmt: skip
    spec = ctx.spec
    declared: dict[str, str] = {}
    schema_required: set[str] = set()
    open_object = False
    for pointer in pointers:
        properties, patterns, additional, needed = spec.object_view(pointer)
        for name, location in properties.items():
            declared.setdefault(name, location)
        schema_required |= needed
        if patterns or additional is not None:
            open_object = True
    required = schema_required | extra_required
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
        paging = " (x-pagination relies on it)" if old in extra_required else ""
        findings.append(
            ctx.finding(
                kind="renamed-field",
                severity=ERROR if old in required else WARNING,
                # schemathesis judges the schema's own `required`; the pagination fields are
                # this tool's verdict.
                check="response_schema_conformance" if old in schema_required else OWN_CHECK,
                pointer=f"{where}/{escape(old)}",
                expected=f"field {old!r}{paging}",
                received=f"field {new!r}{how}: {show(value[new])}",
                message=f"{old!r} is missing and {new!r} is there instead: probably renamed{how}",
                schema=declared[old],
                subject=new,
            )
        )
    object_schema = _declaring(spec, pointers, None)
    for name in left_extra:
        findings.append(
            ctx.finding(
                kind="undocumented-field",
                severity=WARNING,
                check=OWN_CHECK,
                pointer=f"{where}/{escape(name)}",
                expected="no such field in the schema",
                received=f"field {name!r}: {show(value[name])}",
                message=f"{name!r} is not declared by the response schema",
                schema=object_schema,
                subject=name,
            )
        )
    return findings


# -- pagination as contract ----------------------------------------------------------------------


def pagination_paths(operation: Operation) -> dict[str, str]:
    """x-pagination key -> dotted path into the body, for the fields the SDK's paginator reads."""
    config = operation.pagination or {}
    return {key: str(config[key]) for key in PAGINATION_FIELDS if config.get(key) is not None}


def _pagination_required(operation: Operation) -> dict[str, set[str]]:
    """Object JSON pointer -> field names x-pagination relies on there (checked as required)."""
    required: dict[str, set[str]] = {}
    for path in pagination_paths(operation).values():
        if not path:
            continue  # "" is the body itself: its type is checked by the schema
        *parents, name = path.split(".")
        required.setdefault(pointer_of(tuple(parents)), set()).add(name)
    return required


def _pagination_findings(ctx: Context, body: JSON, already: set[str]) -> list[Finding]:
    """Missing pagination fields that no rename explains (renames come from `_walk_findings`)."""
    operation = ctx.operation
    assert operation is not None
    findings: list[Finding] = []
    for key, path in pagination_paths(operation).items():
        parts = path.split(".") if path else []
        node: JSON = body
        for depth, part in enumerate(parts):
            if not isinstance(node, dict):
                break
            if part not in node:
                pointer = pointer_of(parts[: depth + 1])
                if pointer not in already:
                    findings.append(
                        ctx.finding(
                            kind="pagination-field-missing",
                            severity=ERROR,
                            check=OWN_CHECK,
                            pointer=pointer,
                            expected=f"field {part!r} (x-pagination.{key}: {path!r})",
                            received="field absent",
                            message=(
                                f"x-pagination.{key} says {PAGINATION_FIELDS[key]} are at "
                                f"{path!r}, but the response has no {part!r}: the SDK's "
                                "paginator cannot page this listing"
                            ),
                            schema=f"{operation.pointer}/x-pagination",
                            subject=key,
                        )
                    )
                break
            node = node[part]
    return findings


# -- the whole run -------------------------------------------------------------------------------


def _check_finding(ctx: Context, failure: CheckFailure) -> Finding:
    kind = FAILURE_TYPE_KINDS.get(failure.type) or CHECK_KINDS.get(failure.check, "check-failed")
    interaction = ctx.interaction
    expected, received = "", ""
    status = str(interaction.status) if interaction else ""
    if failure.check == "status_code_conformance" and ctx.operation is not None:
        expected = "one of " + ", ".join(ctx.spec.documented_statuses(ctx.operation))
        received = status
    elif failure.check == "not_a_server_error":
        expected, received = "a status below 500", status
    elif failure.check == "positive_data_acceptance":
        expected, received = "2xx, 401, 403, 404 or 409 for a valid request", status
    elif failure.check == "negative_data_rejection":
        expected, received = "4xx for an invalid request", status
    elif interaction is not None:
        received = f"{interaction.status} {interaction.content_type or ''}".strip()
    first_line = failure.message.strip().split("\n", 1)[0]
    subject = status if kind in ("undocumented-status-code", "server-error") else ""
    return ctx.finding(
        kind=kind,
        severity=ERROR,
        check=failure.check,
        pointer=None,
        expected=expected or failure.title,
        received=received or first_line,
        message=f"{failure.code} {failure.title}: {first_line}".strip(),
        subject=subject,
    )


def _body_key(interaction: Interaction, label_: str) -> str:
    digest = hashlib.sha256(interaction.body).hexdigest()
    return f"{label_}|{interaction.status}|{interaction.content_type}|{digest}"


def analyse(run: Run, spec: Spec, api: str, base_path: str) -> list[Finding]:
    """Findings of a schemathesis run (its NDJSON events); `base_path` of the URL it tested."""
    findings: list[Finding] = []
    walked: set[str] = set()
    for scenario in run.scenarios:
        for failure in scenario.failures:
            interaction = scenario.interactions.get(failure.case_id)
            operation = _operation_of(interaction, scenario.label, spec, base_path)
            ctx = Context(spec, api, operation, _label_or(operation, scenario.label), interaction)
            if failure.check == "response_schema_conformance" and failure.type == "JsonSchemaError":
                detailed = _detailed_schema_findings(ctx)
                if detailed:
                    findings.extend(detailed)
                    continue
            findings.append(_check_finding(ctx, failure))
        for interaction in scenario.interactions.values():
            operation = _operation_of(interaction, scenario.label, spec, base_path)
            if operation is None:
                continue
            # Errors come from schemathesis's verdict (above); this adds warnings and the
            # pagination contract, which schemathesis cannot know about.
            findings.extend(_response_findings(spec, api, operation, interaction, walked,
                                               errors=False))  # fmt: skip
    for error in run.errors:
        operation = spec.operation(error.label) if error.label else None
        ctx = Context(spec, api, operation, error.label or "(run)", None)
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
    return findings


def analyse_own(observations: Iterable[tuple[Operation, Interaction]], spec: Spec, api: str
                ) -> list[Finding]:  # fmt: skip
    """Findings of the drift tool's own requests (page walk, probes): validated here."""
    findings: list[Finding] = []
    walked: set[str] = set()
    for operation, interaction in observations:
        ctx = Context(spec, api, operation, label(operation), interaction)
        if spec.response_key(operation, interaction.status) is None:
            findings.append(
                ctx.finding(
                    kind="undocumented-status-code",
                    severity=ERROR,
                    check=OWN_CHECK,
                    pointer=None,
                    expected="one of " + ", ".join(spec.documented_statuses(operation)),
                    received=str(interaction.status),
                    message=f"HTTP {interaction.status} is not documented for {label(operation)}",
                    subject=str(interaction.status),
                )
            )
            continue
        findings.extend(_response_findings(spec, api, operation, interaction, walked,
                                           errors=True))  # fmt: skip
    return findings


def _response_findings(spec: Spec, api: str, operation: Operation, interaction: Interaction,
                       walked: set[str], *, errors: bool) -> Iterator[Finding]:  # fmt: skip
    """Findings of one recorded response, once per distinct body."""
    key = _body_key(interaction, label(operation))
    if key in walked:
        return
    walked.add(key)
    ok, body = interaction.json()
    schema = spec.response_schema_pointer(operation, interaction.status, interaction.content_type)
    if not ok or schema is None:
        return
    ctx = Context(spec, api, operation, label(operation), interaction)
    paging = _pagination_required(operation) if 200 <= interaction.status < 300 else {}
    walk = _walk_findings(ctx, body, schema, paging)
    if errors:
        yield from _detailed_schema_findings(ctx, walk)
    else:
        # schemathesis judged the schema; renames of the fields x-pagination relies on are
        # errors it cannot see (they are optional in the schema).
        yield from (f for f in walk if f.severity == ERROR and f.check == OWN_CHECK)
    yield from (f for f in walk if f.severity == WARNING)
    if 200 <= interaction.status < 300 and pagination_paths(operation):
        renamed = {f.pointer for f in walk if f.kind == "renamed-field" and f.pointer}
        yield from _pagination_findings(ctx, body, {p for p in renamed if p})


def _operation_of(interaction: Interaction | None, fallback: str, spec: Spec, base_path: str
                  ) -> Operation | None:  # fmt: skip
    """The operation a request belongs to (stateful scenarios are labelled as a whole)."""
    operation = spec.operation(fallback)
    if operation is not None or interaction is None:
        return operation
    return spec.match(interaction.method, interaction.url, base_path)


def _label_or(operation: Operation | None, fallback: str) -> str:
    return label(operation) if operation is not None else fallback


def _detailed_schema_findings(ctx: Context, walk: list[Finding] | None = None) -> list[Finding]:
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
    if walk is None:
        paging = _pagination_required(ctx.operation) if 200 <= interaction.status < 300 else {}
        walk = _walk_findings(ctx, body, schema, paging)
    renamed = [f for f in walk if f.kind == "renamed-field" and f.severity == ERROR]
    renamed_pointers = {f.pointer for f in renamed}
    findings = [
        f
        for f in findings
        if not (f.kind == "missing-required-field" and f.pointer in renamed_pointers)
    ]
    return findings + renamed


# -- grouping and what to change -----------------------------------------------------------------


def merge(findings: Iterable[Finding], spec: Spec) -> list[Finding]:
    """One finding per schema field (or per operation and place), with every place it was seen."""
    merged: dict[tuple[str, ...], Finding] = {}
    for finding in findings:
        place = f"{finding.operation} {finding.pointer}" if finding.pointer else finding.operation
        group = merged.get(finding.key())
        if group is None:
            group = merged[finding.key()] = finding
            group.where, group.statuses, group.values = [], [], []
        else:
            group.occurrences += finding.occurrences
            if finding.severity == ERROR:
                group.severity = ERROR
        if place not in group.where:
            group.where.append(place)
        if finding.status is not None and finding.status not in group.statuses:
            group.statuses.append(finding.status)
        if finding.received not in group.values and len(group.values) < MAX_VALUES:
            group.values.append(finding.received)
        for item in finding.inferred:
            if item not in group.inferred:
                group.inferred.append(item)
    for group in merged.values():
        describe(group, spec)
    order = {ERROR: 0, WARNING: 1}
    return sorted(
        merged.values(),
        key=lambda f: (order.get(f.severity, 2), f.operation, f.kind, f.pointer or ""),
    )


def field_name(spec: Spec, pointer: str | None) -> str:
    """A schema pointer for people: `#/components/schemas/Page/properties/items/items` is
    `Page.items[]`."""
    if not pointer:
        return ""
    steps = [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("#").split("/")[1:]]
    name = ""
    if steps[:2] == ["components", "schemas"] and len(steps) >= 3:
        name, rest = steps[2], steps[3:]
    elif steps[:1] == ["paths"] and len(steps) >= 3:
        name, rest = f"{steps[2].upper()} {steps[1]}", steps[3:]
        if rest[:1] == ["responses"] and len(rest) >= 2:
            name, rest = f"{name} {rest[1]} response", rest[2:]
    else:
        return pointer
    index = 0
    while index < len(rest):
        step = rest[index]
        if step in ("properties", "patternProperties") and index + 1 < len(rest):
            name += f".{rest[index + 1]}"
            index += 2
        elif step in ("allOf", "anyOf", "oneOf", "prefixItems", "content"):
            index += 2
        elif step == "items":
            name += "[]"
            index += 1
        elif step == "additionalProperties":
            name += ".*"
            index += 1
        else:
            index += 1  # "schema", "x-pagination"...
    return name


def describe(finding: Finding, spec: Spec) -> None:
    """Fill in field_name, line and fix (what the spec would need to say)."""
    finding.field_name = field_name(spec, finding.schema)
    finding.line = spec.line_of(finding.schema) if finding.schema else None
    at = spec_file(spec) + (f":{finding.line}" if finding.line else "")
    name = finding.field_name or finding.operation
    pointer = finding.pointer or ""
    parent, _, last = pointer.rpartition("/")
    old = last.replace("~1", "/").replace("~0", "~")
    inferred_route = "inferred path, " if finding.operation_inferred else ""
    kind = finding.kind
    if kind == "renamed-field":
        finding.fix = (
            f"field {finding.subject} instead of {old} at {parent or '/'}: rename in {at} ({name})"
        )
    elif kind == "missing-required-field":
        finding.fix = (
            f"{old} is absent at {parent or '/'}: if the API really leaves it out, drop it from "
            f"`required` in {at} ({name})"
        )
    elif kind == "pagination-field-missing":
        finding.fix = (
            f"x-pagination.{finding.subject} of {finding.operation} names a field the response "
            f"lacks ({pointer}): correct x-pagination and the response schema in {at}"
        )
    elif kind == "wrong-type":
        finding.fix = f"{pointer} is {_received_type(finding)}: change the type of {name} in {at}"
    elif kind == "wrong-format":
        finding.fix = f"{pointer} is {finding.received}: correct format/pattern of {name} in {at}"
    elif kind == "value-not-allowed":
        finding.fix = f"add {finding.received} to the enum of {name} in {at}"
    elif kind == "constraint-violated":
        finding.fix = f"{pointer} breaks `{finding.subject}`: relax it on {name} in {at}"
    elif kind in ("undocumented-field", "unexpected-field"):
        finding.fix = f"declare {finding.subject} (optional) in {name}, {at}"
    elif kind == "undocumented-enum-value":
        finding.fix = f"add {finding.subject!r} to {name} in {at}"
    elif kind == "undocumented-status-code":
        finding.fix = f"document response {finding.subject} of {finding.operation} in {at}"
    elif kind == "wrong-content-type":
        finding.fix = f"document the content type {finding.received} of {finding.operation} in {at}"
    elif kind == "server-error":
        finding.fix = f"not a spec change: {finding.operation} failed on the server's side"
    elif kind == "valid-request-rejected":
        finding.fix = (
            f"{finding.operation} rejected a request the spec allows ({finding.received}): "
            f"tighten its parameters or request body in {at}"
        )
    elif kind == "invalid-request-accepted":
        finding.fix = (
            f"{finding.operation} accepted a request the spec forbids ({finding.received}): if "
            f"the API really is that lenient, loosen its parameters or request body in {at}"
        )
    elif kind == "operation-unreachable":
        finding.fix = (
            f"{finding.operation} unreachable ({finding.received}): {inferred_route}"
            f"confirm the route, then fix method and path in {at}"
            if finding.operation_inferred
            else f"{finding.operation} unreachable ({finding.received}): a documented route; "
            f"check the credentials' scopes and the example values in {at}"
        )
    elif kind in ("listing-repeats-page", "listing-stops-short", "page-size-exceeded"):
        finding.fix = f"{finding.message}: correct x-pagination of {finding.operation} in {at}"
    elif kind == "page-walk-failed":
        reason = finding.received
        if reason.endswith(")") and "(" in reason:  # "...could not parse it (KeyError: 'id')"
            reason = reason[reason.rfind("(") + 1 : -1]
        reason = reason if len(reason) <= 80 else reason[:79] + "…"
        finding.fix = (
            f"the SDK's paginator fails on {finding.operation} ({reason}): the findings on its "
            f"fields say what to change in {at}"
        )
    else:
        finding.fix = f"see the message and {at}"


def _received_type(finding: Finding) -> str:
    received = finding.received.split(" ", 1)
    return f"{received[0]} ({received[1]})" if len(received) == 2 else finding.received
