"""Request validation before anything leaves the process, and locating what broke in a response.

Each operation's compiled facts (`generated/<api>_client/_contract.py`) carry the schemas of its
parameters (one object schema over their wire names) and of its body, with `$ref`s into the
spec's component schemas. The call's arguments, already turned into wire data
(`_serialize.wire_arguments`), are checked with jsonschema (Draft 2020-12). Limits such as "at
most 5 files", "at most 10 tokens", "comment up to 200 characters" and "dueDays in {7, 14, 30}"
are plain maxItems/maxLength/enum in the specs, so nothing here knows particular endpoints. The
vendor keyword `x-business-id` adds Nordic business-id checks (python-stdnum).

jsonschema is imported on the first check that needs it: an operation without parameters or
body (a ping) never pays for it.
"""

from __future__ import annotations

import datetime
import functools
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._business_ids import business_id_problem
from ._contract import ApiContract, JSONSchema, Operation
from ._exceptions import RequestValidationError
from ._serialize import WireArguments

_BUSINESS_ID = "x-business-id"

Validator = Any  # a jsonschema validator instance (jsonschema ships no type stubs)


@dataclass(frozen=True)
class _Compiled:
    parameters: Validator | None
    body: Validator | None
    file_fields: frozenset[str]


class RequestValidator:
    """Checks calls against one API's compiled contract; validators are built once per operation."""

    def __init__(self, contract: ApiContract, *, verify_checksums: bool) -> None:
        self.contract = contract
        self.verify_checksums = verify_checksums
        self._uri = f"urn:finapi:{contract.api.name}"
        self._compiled: dict[str, _Compiled] = {}
        self._response_validators: dict[str, Validator] = {}
        self._lock = threading.Lock()
        self._registry: Any = None

    def __repr__(self) -> str:
        return (
            f"RequestValidator(api={self.contract.api.name!r}, "
            f"verify_checksums={self.verify_checksums})"
        )

    # -- requests ------------------------------------------------------------------------------

    def check(self, operation: Operation, wire: WireArguments) -> None:
        """Raise `RequestValidationError` naming every problem of this call's arguments."""
        if operation.parameters_schema is None and operation.body is None:
            return
        compiled = self._compile(operation)
        problems: list[tuple[str, str]] = []
        if compiled.parameters is not None:
            problems += _problems(compiled.parameters, wire.parameters(), frozenset(), "")
        if compiled.body is not None and operation.body is not None:
            if wire.body is None:
                if operation.body.required:
                    problems.append(("body", "a request body is required"))
            else:
                problems += _problems(compiled.body, wire.body, compiled.file_fields, "body")
        if problems:
            raise RequestValidationError(operation.operation_id, problems)

    def _compile(self, operation: Operation) -> _Compiled:
        compiled = self._compiled.get(operation.operation_id)
        if compiled is not None:
            return compiled
        with self._lock:
            compiled = self._compiled.get(operation.operation_id)
            if compiled is None:
                body = operation.body
                compiled = _Compiled(
                    parameters=self._validator(operation.parameters_schema, business_ids=True),
                    body=self._validator(body.schema if body else None, business_ids=True),
                    file_fields=frozenset(f.name for f in body.fields if f.binary)
                    if body
                    else frozenset(),
                )
                self._compiled[operation.operation_id] = compiled
            return compiled

    # -- responses -----------------------------------------------------------------------------

    def response_container(self, operation: Operation) -> type[list[Any] | dict[str, Any]] | None:
        """`list` or `dict` when the success body must be a JSON array or object, else None.

        A cheap check for every response: the generated parsers iterate an array body and copy
        an object body with `dict(...)`, so `{}` where a list is documented would parse as an
        empty list, and `[]` where an object is as an object without fields, silently.
        """
        if operation.response_schema is None:
            return None
        kind = self.contract.resolve(operation.response_schema).get("type")
        if kind == "array":
            return list
        if kind == "object":
            return dict
        return None

    def response_problem(self, operation: Operation, data: object) -> tuple[str, str] | None:
        """(JSON pointer, problem) of the first place a success body breaks the spec, or None."""
        if operation.response_schema is None:
            return None
        with self._lock:
            validator = self._response_validators.get(operation.operation_id)
            if validator is None:
                validator = self._validator(operation.response_schema, business_ids=False)
                self._response_validators[operation.operation_id] = validator
        if validator is None:
            return None
        errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), str(e)))
        if not errors:
            return None
        error = _deepest(errors[0])
        path = [str(part) for part in error.absolute_path]
        if error.validator == "required":
            # The field that failed is the missing one, not the object that lacks it (as the
            # drift report points to it).
            path.append(_missing_name(error))
        pointer = "".join(f"/{_escape(part)}" for part in path)
        return pointer, _response_message(error)

    # -- building validators ---------------------------------------------------------------

    def _validator(self, schema: JSONSchema | None, *, business_ids: bool) -> Validator | None:
        if schema is None:
            return None
        import jsonschema
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        if self._registry is None:
            document = {"components": {"schemas": dict(self.contract.schemas)}}
            self._registry = Registry().with_resource(
                self._uri, Resource.from_contents(document, default_specification=DRAFT202012)
            )
        cls = (
            _business_id_validator(self.verify_checksums)
            if business_ids
            else jsonschema.Draft202012Validator
        )
        return cls(
            _absolute_refs(schema, self._uri),
            registry=self._registry,
            format_checker=cls.FORMAT_CHECKER if business_ids else _response_formats(),
        )


@functools.cache
def _response_formats() -> Any:
    """Formats of success bodies, checked as the generated models read them.

    jsonschema checks `date-time` as RFC 3339 (an offset is required), and only when the
    optional rfc3339-validator package happens to be installed. Symetrisk documents its
    timestamps as sent without a time zone (the spec's examples have none) and the models parse
    them, so such a check made strict validation refuse the spec's own examples, depending on
    what else was installed. Here a `date-time` is what `datetime.fromisoformat` reads, and so is
    a `date-time-local` (the registry format the Symetrisk spec now uses for them).
    """
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    checker.checkers = dict(jsonschema.Draft202012Validator.FORMAT_CHECKER.checkers)

    checker.checks("date-time", raises=ValueError)(_is_date_time)
    checker.checks("date-time-local", raises=ValueError)(_is_date_time)
    return checker


def _is_date_time(instance: object) -> bool:
    if isinstance(instance, str):
        datetime.datetime.fromisoformat(instance)  # ValueError: not a date-time
    return True


def _problems(
    validator: Validator, instance: object, file_fields: frozenset[str], root: str
) -> list[tuple[str, str]]:
    found = []
    for error in sorted(validator.iter_errors(instance), key=_error_order):
        where = _location(error) or root
        if error.validator == "required":
            missing = _missing_name(error)
            field = f"{where}.{missing}" if where and where != "body" else missing
            found.append((field, f"{field} is required"))
            continue
        path = list(error.absolute_path)
        is_file = bool(path) and path[0] in file_fields
        found.append((where or root or "arguments", _describe(error, where or root, is_file)))
    return found


def _deepest(error: Any) -> Any:
    """For anyOf/oneOf failures, the sub-error that got furthest into the instance.

    A required field missing inside a nullable object (`anyOf: [X, null]`) is reported as that
    missing field, not as "is not of type null" on the parent.
    """
    while error.context:
        error = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return error


def _response_message(error: Any) -> str:
    if error.validator == "required":
        return f"required property {_missing_name(error)!r} is missing"
    return str(error.message)


def _missing_name(error: Any) -> str:
    missing = re.match(r"'([^']+)'", error.message)
    return missing.group(1) if missing else str(error.message)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@functools.cache  # one class per setting: building it costs ~10 ms, per operation otherwise
def _business_id_validator(verify_checksums: bool) -> Any:
    """Draft 2020-12 plus the `x-business-id` keyword.

    `x-business-id: {country: "no"}` on a string schema: the value is a business id of that
    country. `x-business-id: {number: vatNo, country: country}` on an object schema (a body, or
    the parameters of an operation): the property `vatNo` holds a business id of the country
    named in the property `country`.
    """
    import jsonschema

    def business_id(validator: Any, rule: Any, instance: Any, schema: Any) -> Iterator[Any]:
        if not isinstance(rule, Mapping):
            return
        if "number" in rule:
            if not isinstance(instance, Mapping):
                return
            number, country = instance.get(rule["number"]), instance.get(rule.get("country", ""))
            if isinstance(number, str) and isinstance(country, str):
                problem = business_id_problem(number, country, verify_checksum=verify_checksums)
                if problem:
                    yield jsonschema.ValidationError(problem, path=(rule["number"],))
        elif isinstance(instance, str) and isinstance(rule.get("country"), str):
            problem = business_id_problem(
                instance, rule["country"], verify_checksum=verify_checksums
            )
            if problem:
                yield jsonschema.ValidationError(problem)

    return jsonschema.validators.extend(
        jsonschema.Draft202012Validator, {_BUSINESS_ID: business_id}
    )


def _absolute_refs(node: Any, base_uri: str) -> Any:
    """Copy of a schema whose local `$ref`s point into the registered component schemas."""
    if isinstance(node, Mapping):
        return {
            key: (
                base_uri + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _absolute_refs(value, base_uri)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(item, base_uri) for item in node]
    return node


def _location(error: Any) -> str:
    text = ""
    for part in error.absolute_path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _error_order(error: Any) -> tuple[str, str]:
    return (_location(error), str(error.validator))


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count != 1 else f"1 {noun.removesuffix('s')}"


def _describe(error: Any, where: str, files: bool) -> str:
    """A message a developer can act on: field, limit, what was sent."""
    kind, limit, value = error.validator, error.validator_value, error.instance
    noun = "files" if files else "items"
    if kind == "maxItems":
        return f"{where} has {_plural(len(value), noun)}; at most {limit} are allowed per request"
    if kind == "minItems":
        return f"{where} has {_plural(len(value), noun)}; at least {limit} are required"
    if kind == "maxLength":
        return f"{where} is {len(value)} characters long; at most {limit} are allowed"
    if kind == "minLength":
        return f"{where} is {len(value)} characters long; at least {limit} are required"
    if kind == "enum":
        return f"{where} must be one of {', '.join(map(str, limit))} (got {value!r})"
    if kind == "const":
        return f"{where} must be {limit!r} (got {value!r})"
    if kind == "pattern":
        return f"{where} {value!r} does not match the pattern {limit}"
    if kind in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        sign = {"minimum": ">=", "exclusiveMinimum": ">", "maximum": "<=", "exclusiveMaximum": "<"}
        return f"{where} must be {sign[kind]} {limit} (got {value!r})"
    if kind == "type":
        return f"{where} must be of type {limit} (got {value!r})"
    return f"{where}: {error.message}"
