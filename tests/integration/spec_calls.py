"""Spec-driven calls: every operation of both specs, with arguments built from the spec alone.

For each operation the generated module is `<api>_client.api.<first tag>.<operationId>` and its
keyword arguments are derived from the spec:

- path and required query parameters: the parameter's example, else its schema's example,
  default or first enum value, else a value of the schema's type. Parameters tied together by an
  operation-level `x-business-id: {number, country}` get the country whose
  `x-vat-number-patterns` entry the number matches, so the pair is consistent;
- JSON and form bodies: `<BodyModel>.from_dict(<first request example>)`;
- multipart bodies: small in-memory `File`s for binary properties (arrays get `files` of them).

Values are converted to what the generated function's annotations ask for (enums, dates, models).
The expected answer is the first 2xx response: its `$ref`'d schema names the generated model and
its first example is what Prism serves in static mode.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import io
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import attrs
from brevio_client.types import File
from finapi._operations import snake_case

from tests.contract.specs import APIS, HTTP_METHODS, load_spec, resolve

JSON_MEDIA = "application/json"
MULTIPART = "multipart/form-data"
FORM = "application/x-www-form-urlencoded"


def first_example(media: Mapping[str, Any], spec: Mapping[str, Any]) -> Any:
    """The example Prism serves in static mode: `example`, else the first of `examples`."""
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        resolved = resolve(spec, example)
        if "value" in resolved:
            return resolved["value"]
    raise LookupError("no example")


@dataclass(frozen=True)
class Response:
    status: int
    model_name: str  # generated class in <api>_client.models
    is_list: bool
    example: Any
    status_error_examples: Mapping[int, Any]  # documented 4xx status -> its first example


@dataclass(frozen=True)
class SpecOperation:
    api: str
    method: str
    path: str
    definition: Mapping[str, Any]

    def __str__(self) -> str:
        return f"{self.api}.{self.operation_id}"

    @property
    def spec(self) -> dict[str, Any]:
        return load_spec(self.api)

    @property
    def operation_id(self) -> str:
        return str(self.definition["operationId"])

    @property
    def module(self) -> ModuleType:
        tag = str(self.definition["tags"][0])
        return importlib.import_module(f"{self.api}_client.api.{tag}.{self.operation_id}")

    @property
    def package(self) -> ModuleType:
        return importlib.import_module(f"{self.api}_client")

    @property
    def models(self) -> ModuleType:
        return importlib.import_module(f"{self.api}_client.models")

    @property
    def is_token_endpoint(self) -> bool:
        """Secured only by HTTP Basic (client id/secret): the OAuth2 token endpoint itself."""
        schemes = self.spec["components"]["securitySchemes"]
        requirements = self.definition.get("security", self.spec.get("security", []))
        names = {name for requirement in requirements for name in requirement}
        return bool(names) and all(
            schemes[name].get("type") == "http" and schemes[name].get("scheme") == "basic"
            for name in names
        )

    @property
    def parameters(self) -> list[dict[str, Any]]:
        item = self.spec["paths"][self.path]
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*item.get("parameters", []), *self.definition.get("parameters", [])]:
            param = resolve(self.spec, raw)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    @property
    def pagination(self) -> Mapping[str, Any] | None:
        value = self.definition.get("x-pagination")
        return value if isinstance(value, Mapping) else None

    def request_media(self) -> tuple[str, Mapping[str, Any], Mapping[str, Any]] | None:
        """(media type, resolved schema, media object) of the request body, if any."""
        body = self.definition.get("requestBody")
        if body is None:
            return None
        content: Mapping[str, Any] = resolve(self.spec, body)["content"]
        media_type, media = next(iter(content.items()))
        return media_type, resolve(self.spec, media.get("schema", {})), media

    def response(self) -> Response:
        responses: Mapping[str, Any] = self.definition["responses"]
        status = min(int(code) for code in responses if code.startswith("2"))
        media = resolve(self.spec, responses[str(status)])["content"][JSON_MEDIA]
        schema = media["schema"]
        is_list = schema.get("type") == "array"
        ref = str((schema["items"] if is_list else schema)["$ref"])
        errors = {}
        for code, raw in responses.items():
            if code.startswith("4"):
                error_media = resolve(self.spec, raw).get("content", {}).get(JSON_MEDIA, {})
                errors[int(code)] = first_example(error_media, self.spec)
        return Response(
            status=status,
            model_name=ref.rsplit("/", 1)[-1],
            is_list=is_list,
            example=first_example(media, self.spec),
            status_error_examples=errors,
        )

    def path_for(self, kwargs: Mapping[str, Any]) -> str:
        """The request path the call with `kwargs` goes to (wire names filled in)."""
        path = self.path
        for param in self.parameters:
            if param["in"] == "path":
                path = path.replace(
                    "{" + param["name"] + "}", str(kwargs[python_name(self, param["name"])])
                )
        return path


def operations(api: str) -> Iterator[SpecOperation]:
    for path, item in load_spec(api)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield SpecOperation(api, method.upper(), path, item[method])


def all_operations() -> list[SpecOperation]:
    return [operation for api in APIS for operation in operations(api)]


def operation(api: str, operation_id: str) -> SpecOperation:
    for candidate in operations(api):
        if candidate.operation_id == operation_id:
            return candidate
    raise LookupError(f"{api} has no operation {operation_id}")


def python_name(op: SpecOperation, wire_name: str) -> str:
    parameters = inspect.signature(op.module.sync_detailed).parameters
    base = snake_case(wire_name)
    for candidate in (base, f"{base}_", f"field_{base}"):
        if candidate in parameters:
            return candidate
    raise LookupError(f"{op}: no keyword for {wire_name!r} in {list(parameters)}")


# -- values -------------------------------------------------------------------------------------


def schema_value(spec: Mapping[str, Any], schema: Any, name: str) -> Any:
    """A valid value for a schema: its example, default or first enum value, else by type."""
    schema = resolve(spec, schema)
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
        return [schema_value(spec, schema.get("items", {}), name)]
    if kind == "object":
        return {
            prop: schema_value(spec, sub, prop)
            for prop, sub in schema.get("properties", {}).items()
            if prop in schema.get("required", [])
        }
    formats = {
        "date": "2025-01-31",
        "date-time": "2025-01-31T12:00:00Z",
        "uuid": "123e4567-e89b-12d3-a456-426614174000",
    }
    return formats.get(str(schema.get("format")), f"example-{name}")


def parameter_value(op: SpecOperation, param: Mapping[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    for example in (param.get("examples") or {}).values():
        return resolve(op.spec, example)["value"]
    return schema_value(op.spec, param.get("schema", {}), param["name"])


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
    number_schema = resolve(op.spec, params[number].get("schema", {}))
    country_schema = resolve(op.spec, params[country].get("schema", {}))
    patterns: Mapping[str, str] = number_schema.get("x-vat-number-patterns", {})
    for candidate in country_schema.get("enum", []):
        if candidate in patterns and re.fullmatch(patterns[candidate], str(values[number])):
            values[country] = candidate
            return


def convert(value: Any, annotation: Any) -> Any:
    """A JSON value as the generated function's parameter annotation wants it."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, types.UnionType) or origin is typing.Union:
        members = [arg for arg in typing.get_args(annotation) if arg.__name__ != "Unset"]
        errors: list[Exception] = []
        for member in members:
            try:
                return convert(value, member)
            except (TypeError, ValueError, KeyError) as error:
                errors.append(error)
        raise TypeError(f"{value!r} fits none of {members}: {errors}")
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


def _binary(spec: Mapping[str, Any], schema: Any) -> str | None:
    """`one` for a binary property, `array` for an array of binaries, None otherwise."""
    schema = resolve(spec, schema)
    if schema.get("format") == "binary":
        return "one"
    if (
        schema.get("type") == "array"
        and resolve(spec, schema.get("items", {})).get("format") == "binary"
    ):
        return "array"
    return None


def body_class(op: SpecOperation) -> Any:
    """The generated model class of the request body."""
    annotation = typing.get_type_hints(op.module.sync_detailed)["body"]
    candidates = typing.get_args(annotation) or (annotation,)
    for candidate in candidates:
        if isinstance(candidate, type) and attrs.has(candidate):
            return candidate
    raise LookupError(f"{op}: no generated body model in {annotation}")


def multipart_body(op: SpecOperation, files: Callable[[], list[Any]]) -> Any:
    """The generated multipart model: `files()` for arrays of binaries, one file for single ones."""
    media = op.request_media()
    assert media is not None, f"{op} takes no body"
    assert media[0] == MULTIPART, f"{op} takes no multipart body"
    _, schema, _ = media
    cls = body_class(op)
    fields: dict[str, Any] = {}
    plain: dict[str, Any] = {}
    for name, prop in schema.get("properties", {}).items():
        kind = _binary(op.spec, prop)
        if kind == "array":
            fields[snake_case(name)] = files()
        elif kind == "one":
            fields[snake_case(name)] = make_file(0)
        elif name in schema.get("required", []):
            plain[name] = schema_value(op.spec, prop, name)
    placeholders = {
        name: [b""] if _binary(op.spec, prop) == "array" else b""
        for name, prop in schema.get("properties", {}).items()
        if _binary(op.spec, prop)
    }
    model = cls.from_dict({**plain, **placeholders})
    return attrs.evolve(model, **fields)


def call_arguments(op: SpecOperation, *, files: int = 2) -> dict[str, Any]:
    """Keyword arguments for the generated function, all derived from the spec."""
    hints = typing.get_type_hints(op.module.sync_detailed)
    params = {param["name"]: param for param in op.parameters}
    values = {
        name: parameter_value(op, param)
        for name, param in params.items()
        if param["in"] == "path" or (param["in"] == "query" and param.get("required"))
    }
    _business_id_country(op, values, params)
    kwargs: dict[str, Any] = {}
    for name, value in values.items():
        keyword_name = python_name(op, name)
        kwargs[keyword_name] = convert(value, hints[keyword_name])
    media = op.request_media()
    if media is not None:
        media_type, _, media_object = media
        if media_type == MULTIPART:
            kwargs["body"] = multipart_body(op, lambda: [make_file(i) for i in range(files)])
        else:
            example = first_example(media_object, op.spec)
            kwargs["body"] = body_class(op).from_dict(example)
    return kwargs


def to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [to_json(item) for item in parsed]
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    return parsed


# -- the OAuth2 token endpoint ------------------------------------------------------------------


def token_operation(api: str) -> SpecOperation:
    (found,) = [op for op in operations(api) if op.is_token_endpoint]
    return found


def token_url(api: str) -> str:
    scheme = load_spec(api)["components"]["securitySchemes"]["oauth2"]
    return str(scheme["flows"]["clientCredentials"]["tokenUrl"])


def issued_token(api: str) -> str:
    """The access token the mock's token endpoint hands out (its documented example)."""
    return str(token_operation(api).response().example["access_token"])
