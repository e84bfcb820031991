"""The specs' operations and examples, for tests (read with the project's one spec reader)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from finapi import _openapi
from finapi._apis import APIS as API_INFOS
from finapi._openapi import HTTP_METHODS

ROOT = Path(__file__).resolve().parents[2]
APIS = tuple(api.name for api in API_INFOS)


def load_spec(api: str) -> dict[str, Any]:
    """The spec document of an API ("symetrisk" or "brevio"), parsed once."""
    return dict(_openapi.load_spec(api).document)


@dataclass(frozen=True)
class Operation:
    api: str
    method: str
    path: str
    definition: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.definition["operationId"])

    @property
    def tag(self) -> str:
        """The resource the operation belongs to: `client.<tag>.<operationId>`."""
        return str(self.definition["tags"][0])


def operations(api: str) -> Iterator[Operation]:
    for path, item in load_spec(api)["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(api, method, path, item[method])


@dataclass(frozen=True)
class Example:
    api: str
    operation: Operation
    location: str  # "request" or "response <status>"
    media_type: str
    name: str
    value: Any
    schema: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.api}:{self.operation.operation_id}:{self.location}:{self.name}"


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (JSON Pointer escapes included)."""
    return _openapi.ApiSpec(spec, name="spec").resolve(node)


def _media_examples(
    api: str, operation: Operation, location: str, content: dict[str, Any]
) -> Iterator[Example]:
    spec = load_spec(api)
    for media_type, media in content.items():
        schema = media.get("schema", {})
        if "example" in media:
            yield Example(api, operation, location, media_type, "example", media["example"], schema)
        for name, example in (media.get("examples") or {}).items():
            example = resolve(spec, example)
            if "value" in example:
                yield Example(api, operation, location, media_type, name, example["value"], schema)


def _parameter_examples(api: str, operation: Operation) -> Iterator[Example]:
    """Examples of parameters: on the parameter (with its schema) or in its `content`."""
    spec = load_spec(api)
    path_item = spec["paths"][operation.path]
    for raw in [*path_item.get("parameters", []), *operation.definition.get("parameters", [])]:
        param = resolve(spec, raw)
        location = f"parameter {param['in']} {param['name']}"
        if "content" in param:
            yield from _media_examples(api, operation, location, param["content"])
            continue
        schema = param.get("schema", {})
        if "example" in param:
            yield Example(api, operation, location, "", "example", param["example"], schema)
        for name, example in (param.get("examples") or {}).items():
            example = resolve(spec, example)
            if "value" in example:
                yield Example(api, operation, location, "", name, example["value"], schema)


def examples(api: str) -> Iterator[Example]:
    spec = load_spec(api)
    for operation in operations(api):
        yield from _parameter_examples(api, operation)
        body = operation.definition.get("requestBody")
        if body:
            body = resolve(spec, body)
            yield from _media_examples(api, operation, "request", body.get("content", {}))
        for status, response in operation.definition.get("responses", {}).items():
            response = resolve(spec, response)
            yield from _media_examples(
                api, operation, f"response {status}", response.get("content", {})
            )


def all_examples() -> list[Example]:
    return [example for api in APIS for example in examples(api)]
