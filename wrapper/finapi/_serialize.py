"""From a resource method's arguments to wire values, and from wire values to an httpx request.

The generated resource methods hand the wrapper their arguments by Python name; the operation's
compiled facts (`_contract.Operation`) say each one's wire name and location. Values are turned
into JSON data first (enums to their values, dates to ISO 8601, models through their generated
`to_dict()`), because that is what the spec's schemas describe: validation checks exactly what
will be sent, before anything is formatted into a URL or a body.
"""

from __future__ import annotations

import datetime
import enum
import json
import secrets
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ._contract import Operation
from ._exceptions import RequestValidationError
from ._types import NOT_GIVEN, RequestOptions

# Stands in for a file in the JSON instance that request validation checks: a multipart file is
# a part, not a JSON value, but counting them (minItems/maxItems) and requiring them must work.
FILE_PLACEHOLDER = "<file>"


def _is_file(value: object) -> bool:
    """A generated `types.File`: what binary body fields take (`to_tuple()` gives the part)."""
    return callable(getattr(value, "to_tuple", None))


class _NotSerialisable(Exception):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(reason)
        self.where = where
        self.reason = reason


def to_wire(value: object, where: str = "") -> Any:
    """JSON data for a Python value: what the spec's schemas describe."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        # UTC is written with "Z", as the Brevio docs write it (the models' template does the same).
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(key): to_wire(item, f"{where}.{key}") for key, item in value.items()}
    if isinstance(value, Sequence | set | frozenset):
        return [to_wire(item, f"{where}[{index}]") for index, item in enumerate(value)]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        try:
            return to_dict()
        except Exception as error:  # any failure of a generated to_dict()
            # e.g. a plain string where the model declares an enum: `"no".value` fails inside.
            raise _NotSerialisable(
                where, f"{type(value).__name__} could not be serialised ({error!r})"
            ) from error
    raise _NotSerialisable(where, f"{type(value).__name__} is not a JSON value")


@dataclass
class WireArguments:
    """One call's arguments as wire data, grouped by where they go."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: dict[str, Any] | None = None  # JSON data; files as FILE_PLACEHOLDER
    files: list[tuple[str, Any]] = field(default_factory=list)  # (wire name, File) in order

    def parameters(self) -> dict[str, Any]:
        return {**self.path, **self.query, **self.headers}


def wire_arguments(operation: Operation, arguments: Mapping[str, object]) -> WireArguments:
    """Group and convert a call's arguments (by Python name) into wire data (by wire name)."""
    wire = WireArguments()
    problems: list[tuple[str, str]] = []
    for parameter in operation.parameters:
        value = arguments.get(parameter.python_name, NOT_GIVEN)
        if value is NOT_GIVEN or (value is None and not parameter.required):
            continue
        try:
            converted = to_wire(value, parameter.name)
        except _NotSerialisable as error:
            problems.append((parameter.name, f"{error.where}: {error.reason}"))
            continue
        {"path": wire.path, "query": wire.query, "header": wire.headers}[parameter.location][
            parameter.name
        ] = converted
    body = operation.body
    if body is not None:
        given: dict[str, Any] = {}
        for body_field in body.fields:
            value = arguments.get(body_field.python_name, NOT_GIVEN)
            if value is NOT_GIVEN:
                continue
            if body_field.binary:
                given[body_field.name] = _files(wire, body_field.name, value, problems)
                continue
            try:
                given[body_field.name] = to_wire(value, body_field.name)
            except _NotSerialisable as error:
                problems.append((body_field.name, f"{error.where}: {error.reason}"))
        if given or body.required:
            wire.body = given
    if problems:
        raise RequestValidationError(operation.operation_id, problems)
    return wire


def _files(
    wire: WireArguments, name: str, value: object, problems: list[tuple[str, str]]
) -> object:
    """Collect the files of a binary field; its wire value for validation is a placeholder each."""
    many = isinstance(value, list | tuple)
    items = list(value) if isinstance(value, list | tuple) else [value]
    for index, item in enumerate(items):
        if _is_file(item):
            wire.files.append((name, item))
        else:
            where = f"{name}[{index}]" if many else name
            problems.append((name, f"{where} must be a File, not {type(item).__name__}"))
    return [FILE_PLACEHOLDER] * len(items) if many else FILE_PLACEHOLDER


def format_path(operation: Operation, path_values: Mapping[str, Any]) -> str:
    """The path with its parameters percent-encoded (a "/" in a value cannot change the route)."""
    return operation.path.format_map(
        {name: quote(_text(value), safe="") for name, value in path_values.items()}
    )


def query_pairs(operation: Operation, query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query parameters as (key, text) pairs, following each parameter's style and explode."""
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        parameter = operation.parameter(name)
        pairs += _query_value(name, value, parameter.style, parameter.explode)
    return pairs


def _query_value(name: str, value: Any, style: str, explode: bool) -> list[tuple[str, str]]:
    if style == "json":
        return [(name, json.dumps(value, separators=(",", ":"), ensure_ascii=False))]
    if isinstance(value, list):
        if style == "deepObject":
            return [
                pair
                for index, item in enumerate(value)
                for pair in _query_value(f"{name}[{index}]", item, style, explode)
            ]
        if explode:
            return [(name, _text(item)) for item in value]
        return [(name, ",".join(_text(item) for item in value))]
    if isinstance(value, dict):
        if style == "deepObject":
            return [
                pair
                for key, item in value.items()
                for pair in _query_value(f"{name}[{key}]", item, style, explode)
            ]
        if explode:
            return [(str(key), _text(item)) for key, item in value.items()]
        return [(name, ",".join(f"{key},{_text(item)}" for key, item in value.items()))]
    return [(name, _text(value))]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def merge_query(
    pairs: list[tuple[str, str]], extra: RequestOptions
) -> list[tuple[str, str | int | float | bool | None]]:
    """`extra_query` adds keys and replaces the keys it names."""
    merged: list[tuple[str, str | int | float | bool | None]] = []
    if not extra.extra_query:
        merged += pairs
        return merged
    replaced = set(extra.extra_query)
    merged += [(key, value) for key, value in pairs if key not in replaced]
    for key, value in extra.extra_query.items():
        if isinstance(value, str) or not isinstance(value, Sequence):
            merged.append((key, _text(value)))
        else:
            merged += [(key, _text(item)) for item in value]
    return merged


def request_content(
    operation: Operation, wire: WireArguments, options: RequestOptions
) -> dict[str, Any]:
    """httpx keyword arguments for the body: `json`, `data` and/or `files`."""
    body = operation.body
    extra = dict(options.extra_body or {})
    if body is None:
        return {"json": extra} if extra else {}
    values = {**(wire.body or {}), **extra}
    if wire.body is None and not extra:
        return {}
    if body.media_type == "multipart/form-data":
        binary = {field.name for field in body.fields if field.binary}
        data = {name: _text(value) for name, value in values.items() if name not in binary}
        files = [(name, _file_tuple(item)) for name, item in wire.files]
        if not files:
            # httpx writes multipart only when there are files, and form-urlencoded otherwise;
            # the operation declares multipart, so text-only parts are encoded here.
            boundary = secrets.token_hex(16)  # random: no value can contain it by accident
            return {
                "content": _multipart_text_parts(data, boundary),
                "headers": {"Content-Type": f"multipart/form-data; boundary={boundary}"},
            }
        return {"files": files, "data": data}
    if body.media_type == "application/x-www-form-urlencoded":
        return {"data": {name: _text(value) for name, value in values.items()}}
    return {"json": values}


def _multipart_text_parts(data: Mapping[str, str], boundary: str) -> bytes:
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{quote(name)}"\r\n\r\n{value}\r\n'
        for name, value in data.items()
    ]
    return ("".join(parts) + f"--{boundary}--\r\n").encode()


def _file_tuple(file: Any) -> tuple[str | None, Any, str | None]:
    name, payload, mime_type = file.to_tuple()
    return name, payload, mime_type
