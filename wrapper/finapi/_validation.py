"""Spec-driven request validation, run before a request (or its token fetch) leaves the process.

The operation is found by method + path template, then path/query parameters and the body
(JSON, multipart, form) are checked with jsonschema (Draft 2020-12, `$ref`s resolved against the
whole spec). Limits such as "at most 5 files", "at most 10 tokens", "comment up to 200 characters"
and "dueDays in {7, 14, 30}" are plain maxItems/maxLength/enum in the specs, so nothing here knows
about particular endpoints. The vendor keyword `x-business-id` adds Nordic business-id checks.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import parse_qsl

import httpx
import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._business_ids import business_id_problem
from ._exceptions import RequestValidationError
from ._http import MultipartPart, multipart_parts
from ._openapi import JSON, ApiSpec, Operation

FILE_PLACEHOLDER = "<file>"
_BUSINESS_ID = "x-business-id"

Validator = Any  # a jsonschema validator instance (jsonschema ships no type stubs)


@dataclass
class _CompiledParam:
    name: str
    location: str  # "path" | "query" | "header"
    required: bool
    schema: Mapping[str, JSON]  # resolved, for coercion of string values
    validator: Validator


@dataclass
class _CompiledBody:
    media_type: str
    schema: Mapping[str, JSON]  # resolved
    validator: Validator
    file_fields: frozenset[str]


@dataclass
class _CompiledOperation:
    operation: Operation
    params: list[_CompiledParam]
    bodies: dict[str, _CompiledBody]
    body_required: bool
    param_business_id: Mapping[str, str] | None


class RequestValidator:
    """Checks `httpx.Request`s against one spec. Compiled validators are cached per operation."""

    def __init__(self, spec: ApiSpec, *, base_path: str = "", verify_checksums: bool) -> None:
        self.spec = spec
        self.base_path = base_path.rstrip("/")
        self.verify_checksums = verify_checksums
        self._registry: Registry[Any] = Registry().with_resource(
            spec.uri, Resource.from_contents(spec.document, default_specification=DRAFT202012)
        )
        self._validator_class = _validator_class(verify_checksums)
        self._compiled: dict[str, _CompiledOperation] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"RequestValidator(spec={self.spec.name!r}, verify_checksums={self.verify_checksums})"
        )

    # -- entry points --------------------------------------------------------------------------

    def check(self, request: httpx.Request) -> None:
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        if self.base_path:
            if not raw_path.startswith(self.base_path + "/"):
                return
            raw_path = raw_path[len(self.base_path) :]
        found = self.spec.match(request.method, raw_path)
        if found is None:
            return  # not an operation of this spec (e.g. a raw call); nothing to check against
        operation, path_values = found
        compiled = self._compile(operation)
        problems = self._check_params(compiled, path_values, request)
        problems += self._check_body(compiled, request)
        if problems:
            raise RequestValidationError(operation.operation_id, problems)

    # -- compilation ---------------------------------------------------------------------------

    def _compile(self, operation: Operation) -> _CompiledOperation:
        cached = self._compiled.get(operation.operation_id)
        if cached is not None:
            return cached
        with self._lock:
            cached = self._compiled.get(operation.operation_id)
            if cached is None:
                cached = self._build(operation)
                self._compiled[operation.operation_id] = cached
            return cached

    def _build(self, operation: Operation) -> _CompiledOperation:
        params = []
        for param in operation.parameters:
            if param.get("in") not in ("path", "query", "header") or "schema" not in param:
                continue
            params.append(
                _CompiledParam(
                    name=param["name"],
                    location=param["in"],
                    required=bool(param.get("required", param["in"] == "path")),
                    schema=self.spec.resolve(param["schema"]),
                    validator=self._make_validator(param["schema"]),
                )
            )
        bodies = {}
        for media, (_, schema) in operation.request_body_media().items():
            bodies[media] = _CompiledBody(
                media_type=media,
                schema=schema,
                validator=self._make_validator(schema),
                file_fields=frozenset(
                    name
                    for name, prop in schema.get("properties", {}).items()
                    if _is_binary(self.spec, prop)
                ),
            )
        body = self.spec.resolve(operation.definition.get("requestBody", {}))
        rule = operation.definition.get(_BUSINESS_ID)
        return _CompiledOperation(
            operation=operation,
            params=params,
            bodies=bodies,
            body_required=bool(body.get("required", False)),
            param_business_id=cast("Mapping[str, str] | None", rule),
        )

    def _make_validator(self, schema: JSON) -> Validator:
        cls = self._validator_class
        return cls(
            _absolute_refs(schema, self.spec.uri),
            registry=self._registry,
            format_checker=cls.FORMAT_CHECKER,
        )

    # -- parameters ----------------------------------------------------------------------------

    def _check_params(
        self,
        compiled: _CompiledOperation,
        path_values: Mapping[str, str],
        request: httpx.Request,
    ) -> list[tuple[str, str]]:
        problems: list[tuple[str, str]] = []
        values: dict[str, Any] = {}
        for param in compiled.params:
            if param.location == "path":
                raw: list[str] = [path_values[param.name]] if param.name in path_values else []
            elif param.location == "header":
                raw = request.headers.get_list(param.name)
            else:
                raw = request.url.params.get_list(param.name)
            if not raw:
                if param.required:
                    problems.append(
                        (param.name, f"{param.location} parameter {param.name} is required")
                    )
                continue
            value = _coerce_many(raw, param.schema)
            values[param.name] = value
            problems += [
                (param.name, _describe(error, param.name, files=False))
                for error in param.validator.iter_errors(value)
            ]
        rule = compiled.param_business_id
        if rule:
            problem = self._business_id_in(values, rule)
            if problem is not None:
                problems.append((str(rule.get("number")), f"{rule.get('number')}: {problem}"))
        return problems

    def _business_id_in(self, values: Mapping[str, Any], rule: Mapping[str, str]) -> str | None:
        number, country = values.get(rule.get("number", "")), values.get(rule.get("country", ""))
        if not isinstance(number, str) or not isinstance(country, str):
            return None
        return business_id_problem(number, country, verify_checksum=self.verify_checksums)

    # -- bodies --------------------------------------------------------------------------------

    def _check_body(
        self, compiled: _CompiledOperation, request: httpx.Request
    ) -> list[tuple[str, str]]:
        if not compiled.bodies:
            return []
        media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if not media:
            if compiled.body_required and not _has_body(request):
                return [("body", "a request body is required")]
            return []
        body = compiled.bodies.get(media)
        if body is None:
            return []
        try:
            instance = self._decode(body, request)
        except _Undecodable:
            return []
        return [
            (_location(error), _describe(error, _location(error), _is_file_error(error, body)))
            for error in sorted(body.validator.iter_errors(instance), key=_error_order)
        ]

    def _decode(self, body: _CompiledBody, request: httpx.Request) -> JSON:
        if body.media_type == "application/json" or body.media_type.endswith("+json"):
            try:
                return json.loads(_content(request))
            except ValueError as error:
                raise _Undecodable from error
        if body.media_type == "multipart/form-data":
            parts = multipart_parts(request)
            if parts is None:
                raise _Undecodable
            return self._form_instance(body, parts)
        if body.media_type == "application/x-www-form-urlencoded":
            pairs = parse_qsl(_content(request).decode("utf-8"), keep_blank_values=True)
            return self._form_instance(
                body, [MultipartPart(name, None, value.encode()) for name, value in pairs]
            )
        raise _Undecodable

    def _form_instance(self, body: _CompiledBody, parts: list[MultipartPart]) -> dict[str, Any]:
        """Rebuild the JSON-like object a multipart/form body stands for, to validate it."""
        grouped: dict[str, list[MultipartPart]] = {}
        for part in parts:
            grouped.setdefault(part.name, []).append(part)
        properties = body.schema.get("properties", {})
        instance: dict[str, Any] = {}
        for name, named_parts in grouped.items():
            schema = self.spec.resolve(properties.get(name, {}))
            is_array = _schema_type(schema) == "array"
            item_schema = self.spec.resolve(schema.get("items", {})) if is_array else schema
            values = [
                FILE_PLACEHOLDER
                if name in body.file_fields or part.filename is not None
                else _coerce(part.text(), item_schema)
                for part in named_parts
            ]
            instance[name] = values if is_array or len(values) > 1 else values[0]
        return instance


class _Undecodable(Exception):
    """The body cannot be inspected (streamed, not JSON...): leave it to the server."""


def _has_body(request: httpx.Request) -> bool:
    return bool(
        request.headers.get("content-length", "0") != "0" or "transfer-encoding" in request.headers
    )


def _content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead as error:
        raise _Undecodable from error


def _validator_class(verify_checksums: bool) -> Any:
    """Draft 2020-12 plus the `x-business-id` keyword.

    `x-business-id: {country: "no"}` on a string schema: the value is a business id of that
    country. `x-business-id: {number: vatNo, country: country}` on an object schema: the sibling
    property `vatNo` holds a business id of the country named in the property `country`.
    """

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


def _absolute_refs(node: JSON, base_uri: str) -> JSON:
    """Copy of a sub-schema whose local `$ref`s point into the registered spec document."""
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


def _is_binary(spec: ApiSpec, prop: JSON) -> bool:
    schema = spec.resolve(prop)
    if _schema_type(schema) == "array":
        schema = spec.resolve(schema.get("items", {}))
    return bool(
        schema.get("format") == "binary"
        or "contentMediaType" in schema
        or schema.get("contentEncoding") == "binary"
    )


def _schema_type(schema: Mapping[str, JSON]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    return kind if isinstance(kind, str) else None


_INTEGER = re.compile(r"[+-]?\d+")


def _coerce(text: str, schema: Mapping[str, JSON]) -> Any:
    """Turn a query/path/form string into the JSON type its schema asks for, when it fits."""
    kind = _schema_type(schema)
    if kind == "integer" and _INTEGER.fullmatch(text):
        return int(text)
    if kind == "number":
        try:
            return float(text) if not _INTEGER.fullmatch(text) else int(text)
        except ValueError:
            return text
    if kind == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    if kind in ("object", "array"):
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def _coerce_many(raw: list[str], schema: Mapping[str, JSON]) -> Any:
    if _schema_type(schema) == "array":
        items = schema.get("items", {})
        if len(raw) == 1 and "," in raw[0]:  # style=form, explode=false
            raw = raw[0].split(",")
        return [_coerce(value, items) for value in raw]
    return _coerce(raw[0], schema) if len(raw) == 1 else raw


def _location(error: Any) -> str:
    text = ""
    for part in error.absolute_path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "body"


def _error_order(error: Any) -> tuple[str, str]:
    return (_location(error), str(error.validator))


def _is_file_error(error: Any, body: _CompiledBody) -> bool:
    path = list(error.absolute_path)
    return bool(path) and path[0] in body.file_fields


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
    if kind == "required":
        missing = re.match(r"'([^']+)'", error.message)
        name = missing.group(1) if missing else error.message
        return f"{where + '.' if where != 'body' else ''}{name} is required"
    return f"{where}: {error.message}"
