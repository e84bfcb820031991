"""Spec-driven calls through the resource clients: every operation of both specs, arguments and
expected answers built from the specs alone.

Two sources, each for what it owns:

- the compiled facts (`<api>_client._contract.CONTRACT`): which operations exist, their resource
  (`client.<tag>.<operation_id>`), each argument's wire name, Python name and location, the
  pagination facts. Nothing here guesses how the generator names things;
- the spec document, read with the project's one reader (`finapi._openapi`): the examples.

Arguments:

- path and required query parameters: the parameter's example, else its schema's example,
  default or first enum value, else a value of the schema's type. Parameters tied together by an
  operation-level `x-business-id: {number, country}` get the country whose
  `x-vat-number-patterns` entry the number matches, so the pair is consistent;
- JSON and form bodies: the first request example, split into the method's keywords;
- multipart bodies: small in-memory `File`s for binary properties (arrays get several).

`typed=True` turns each value into what the method's annotation asks for (generated models,
enums, dates), as a user writing typed code would; `typed=False` passes the plain JSON values
(dicts, enum values as strings), which the SDK accepts too. Both must put the same bytes on the
wire.
"""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import io
import re
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal
from urllib.parse import quote

import attrs
from brevio_client.types import File
from finapi import _openapi
from finapi._apis import APIS, ApiInfo
from finapi._contract import ApiContract
from finapi._contract import Operation as Facts
from finapi._resource import SyncResource
from finapi._types import NotGiven

JSON_MEDIA = "application/json"
MULTIPART = "multipart/form-data"
FORM = "application/x-www-form-urlencoded"


def contract(api: ApiInfo) -> ApiContract:
    """The facts `nox -s generate` compiled for an API."""
    found: ApiContract = importlib.import_module(f"{api.package}._contract").CONTRACT
    return found


def spec(api: ApiInfo) -> _openapi.ApiSpec:
    return _openapi.load_spec(api.name)


def first_example(media: Mapping[str, Any], document: _openapi.ApiSpec) -> Any:
    """The example Prism serves in static mode: `example`, else the first of `examples`."""
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        resolved = document.resolve(example)
        if "value" in resolved:
            return resolved["value"]
    raise LookupError("no example")


@dataclass(frozen=True)
class Response:
    status: int
    example: Any  # the first example of the success response (what static Prism serves)
    status_error_examples: Mapping[int, Any]  # documented 4xx status -> its first example


@dataclass(frozen=True)
class SpecOperation:
    api: ApiInfo
    facts: Facts

    def __str__(self) -> str:
        return f"{self.api.name}.{self.operation_id}"

    @property
    def operation_id(self) -> str:
        return self.facts.operation_id

    @property
    def spec(self) -> _openapi.ApiSpec:
        return spec(self.api)

    @property
    def definition(self) -> Mapping[str, Any]:
        return self.spec.operation(self.operation_id).definition

    @property
    def is_token_endpoint(self) -> bool:
        """The OAuth2 token endpoint itself (HTTP Basic with the client id and secret)."""
        return self.facts.security == "client_basic"

    # -- the resource methods ------------------------------------------------------------------

    def method(self, client: Any) -> Any:
        """`client.<tag>.<operation_id>` (sync or async, whichever client is given)."""
        return getattr(getattr(client, self.facts.tag), self.operation_id)

    def raw_method(self, client: Any) -> Any:
        """`client.<tag>.with_raw_response.<operation_id>`."""
        return getattr(getattr(client, self.facts.tag).with_raw_response, self.operation_id)

    # -- the spec's answer ---------------------------------------------------------------------

    def response(self) -> Response:
        responses: Mapping[str, Any] = self.definition["responses"]
        status = min(self.facts.success_statuses)
        content = self.spec.resolve(responses[str(status)]).get("content", {})
        example = first_example(content[JSON_MEDIA], self.spec) if JSON_MEDIA in content else None
        errors = {}
        for code, raw in responses.items():
            if code.startswith("4"):
                error_media = self.spec.resolve(raw).get("content", {}).get(JSON_MEDIA, {})
                errors[int(code)] = first_example(error_media, self.spec)
        return Response(status=status, example=example, status_error_examples=errors)

    # -- its request body ----------------------------------------------------------------------

    def request_media(self) -> tuple[str, Mapping[str, Any], Mapping[str, Any]] | None:
        """(media type, resolved schema, media object) of the request body, if any."""
        body = self.definition.get("requestBody")
        if body is None:
            return None
        content: Mapping[str, Any] = self.spec.resolve(body)["content"]
        media_type, media = next(iter(content.items()))
        return media_type, self.spec.resolve(media.get("schema", {})), media

    def file_fields(self) -> dict[str, bool]:
        """Binary body properties (wire name) -> whether the property is an array of files."""
        media = self.request_media()
        if media is None or self.facts.body is None:
            return {}
        properties = media[1].get("properties", {})
        return {
            body_field.name: self.spec.resolve(properties[body_field.name]).get("type") == "array"
            for body_field in self.facts.body.fields
            if body_field.binary
        }

    def file_limit(self, name: str) -> int:
        media = self.request_media()
        assert media is not None
        return int(self.spec.resolve(media[1]["properties"][name])["maxItems"])


def operations(api: ApiInfo) -> Iterator[SpecOperation]:
    for facts in contract(api).operations.values():
        yield SpecOperation(api, facts)


def all_operations() -> list[SpecOperation]:
    return [op for api in APIS for op in operations(api)]


def operation(api: str, operation_id: str) -> SpecOperation:
    for candidate in all_operations():
        if candidate.api.name == api and candidate.operation_id == operation_id:
            return candidate
    raise LookupError(f"{api} has no operation {operation_id}")


# -- values -------------------------------------------------------------------------------------


def schema_value(document: _openapi.ApiSpec, schema: Any, name: str) -> Any:
    """A valid value for a schema: its example, default or first enum value, else by type."""
    schema = document.resolve(schema)
    if schema.get("examples"):
        return schema["examples"][0]
    for key in ("example", "default", "const"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "array":
        return [schema_value(document, schema.get("items", {}), name)]
    if kind == "object":
        return {
            prop: schema_value(document, sub, prop)
            for prop, sub in schema.get("properties", {}).items()
            if prop in schema.get("required", [])
        }
    formats = {
        "date": "2025-01-31",
        "date-time": "2025-01-31T12:00:00Z",
        "uuid": "123e4567-e89b-12d3-a456-426614174000",
    }
    return formats.get(str(schema.get("format")), f"example-{name}")


def parameter_value(document: _openapi.ApiSpec, param: Mapping[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    for example in (param.get("examples") or {}).values():
        return document.resolve(example)["value"]
    return schema_value(document, param.get("schema", {}), param["name"])


def _business_id_country(
    op: SpecOperation, values: dict[str, Any], params: Mapping[str, Mapping[str, Any]]
) -> None:
    """Make an `x-business-id: {number, country}` parameter pair consistent."""
    rule = op.definition.get("x-business-id")
    if not isinstance(rule, Mapping) or "number" not in rule or "country" not in rule:
        return
    number, country = str(rule["number"]), str(rule["country"])
    if number not in values or country not in params:
        return
    number_schema = op.spec.resolve(params[number].get("schema", {}))
    country_schema = op.spec.resolve(params[country].get("schema", {}))
    patterns: Mapping[str, str] = number_schema.get("x-vat-number-patterns", {})
    for candidate in country_schema.get("enum", []):
        if candidate in patterns and re.fullmatch(patterns[candidate], str(values[number])):
            values[country] = candidate
            return


def file_bytes(index: int) -> bytes:
    return b"%PDF-1.4\n" + f"document {index}\n".encode() * 4


def file_name(index: int) -> str:
    return f"doc-{index}.pdf"


def make_file(index: int) -> File:
    """A small in-memory PDF-ish generated `File` (both generated packages' are alike)."""
    return File(
        payload=io.BytesIO(file_bytes(index)),
        file_name=file_name(index),
        mime_type="application/pdf",
    )


def make_files(count: int, start: int = 0) -> list[File]:
    return [make_file(index) for index in range(start, start + count)]


# -- typed values: what the method's annotations ask for ----------------------------------------


class _Names(Mapping[str, Any]):
    """Names the generated resource modules import only for type checking (models, `File`)."""

    def __init__(self, package: str) -> None:
        self._models = importlib.import_module(f"{package}.models")
        self._types = importlib.import_module(f"{package}.types")

    def __getitem__(self, name: str) -> Any:
        if name == "File":
            return self._types.File
        if name == "datetime":
            return datetime
        try:
            return getattr(self._models, name)
        except AttributeError:
            raise KeyError(name) from None

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


@functools.cache
def method_annotations(api: ApiInfo, tag: str, operation_id: str) -> dict[str, Any]:
    """The sync resource method's annotations, by Python name."""
    module = importlib.import_module(f"{api.package}.resources.{tag}")
    exported = [getattr(module, name) for name in module.__all__]
    (resource,) = [c for c in exported if isinstance(c, type) and issubclass(c, SyncResource)]
    return typing.get_type_hints(getattr(resource, operation_id), localns=_Names(api.package))


def convert(value: Any, annotation: Any) -> Any:
    """A JSON value as the annotation wants it (generated model, enum, date...)."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, types.UnionType) or origin is typing.Union:
        members = [arg for arg in typing.get_args(annotation) if arg is not NotGiven]
        errors: list[Exception] = []
        for member in members:
            try:
                return convert(value, member)
            except (TypeError, ValueError, KeyError) as error:
                errors.append(error)
        raise TypeError(f"{value!r} fits none of {members}: {errors}")
    if origin is Literal:
        if value in typing.get_args(annotation):
            return value
        raise ValueError(f"{value!r} is not one of {typing.get_args(annotation)}")
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [convert(entry, item) for entry in value]
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return annotation(value)
        if issubclass(annotation, datetime.datetime):
            return datetime.datetime.fromisoformat(value)
        if issubclass(annotation, datetime.date):
            return datetime.date.fromisoformat(value)
        if attrs.has(annotation):
            model: Any = annotation  # a generated attrs model: from_dict() builds it
            return model.from_dict(value)
        if annotation in (str, int, float, bool) and not isinstance(value, annotation):
            raise TypeError(f"{value!r} is not {annotation.__name__}")
    return value


# -- one call -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """The arguments of one call and what they must look like on the wire."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    path: str  # the operation's path with the values filled in
    query: dict[str, str]  # wire name -> text of every query parameter given
    json_body: Any = None  # the JSON body, when the operation takes one
    form: dict[str, str] | None = None  # the form body (token endpoint)
    files: dict[str, list[int]] = field(default_factory=dict)  # file field -> file indexes

    def invoke(self, method: Any, **extra: Any) -> Any:
        return method(*self.args, **self.kwargs, **extra)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def call_for(op: SpecOperation, *, typed: bool, files: int = 2) -> Call:
    """A call of `op` with values from the spec (`files` files per array of files)."""
    document = op.spec
    facts = op.facts
    params = {param["name"]: param for param in document.operation(op.operation_id).parameters}
    wanted = [p for p in facts.parameters if p.location == "path" or p.required]
    values = {p.name: parameter_value(document, params[p.name]) for p in wanted}
    _business_id_country(op, values, params)
    hints = method_annotations(op.api, facts.tag, op.operation_id) if typed else {}

    def as_argument(python_name: str, value: Any) -> Any:
        return convert(value, hints[python_name]) if typed else value

    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    path_values: dict[str, str] = {}
    query: dict[str, str] = {}
    for parameter in wanted:
        value = values[parameter.name]
        if parameter.location == "path":
            args.append(as_argument(parameter.python_name, value))
            path_values[parameter.name] = quote(_text(value), safe="")
        else:
            kwargs[parameter.python_name] = as_argument(parameter.python_name, value)
            query[parameter.name] = _text(value)
    call = Call(tuple(args), kwargs, facts.path.format_map(path_values), query)

    media = op.request_media()
    if media is None or facts.body is None:
        return call
    media_type, schema, media_object = media
    if media_type == MULTIPART:
        file_indexes: dict[str, list[int]] = {}
        for body_field in facts.body.fields:
            if body_field.binary:
                many = op.file_fields()[body_field.name]
                chosen = make_files(files) if many else make_file(0)
                kwargs[body_field.python_name] = chosen
                file_indexes[body_field.name] = list(range(files)) if many else [0]
            elif body_field.required:
                prop = schema["properties"][body_field.name]
                kwargs[body_field.python_name] = schema_value(document, prop, body_field.name)
        return replace(call, files=file_indexes)
    try:
        example = first_example(media_object, document)
    except LookupError:
        example = schema_value(document, schema, "body")
    for body_field in facts.body.fields:
        if body_field.name in example:
            value = example[body_field.name]
            kwargs[body_field.python_name] = as_argument(body_field.python_name, value)
    if media_type == FORM:
        return replace(call, form={name: _text(value) for name, value in example.items()})
    return replace(call, json_body=example)


def to_json(parsed: Any) -> Any:
    """A parsed value back as JSON data (what the spec's examples are)."""
    if isinstance(parsed, list):
        return [to_json(item) for item in parsed]
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    return parsed


def json_path(body: Any, path: str) -> Any:
    """A dotted wire path (as in `x-pagination`) into a JSON body; "" is the body."""
    for part in path.split(".") if path else []:
        body = body[part]
    return body


# -- the OAuth2 token endpoint ------------------------------------------------------------------


def token_operation(api: ApiInfo) -> SpecOperation:
    (found,) = [op for op in operations(api) if op.is_token_endpoint]
    return found


def issued_token(api: ApiInfo) -> str:
    """The access token the mock's token endpoint hands out (its documented example)."""
    return str(token_operation(api).response().example["access_token"])
