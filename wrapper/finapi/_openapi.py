"""THE reader of the OpenAPI documents, for tooling: generation, mocks, contract tests, drift.

The SDK itself never parses a spec at run time: `nox -s generate` compiles what it needs into
`generated/<api>_client/_contract.py` (see `_contract.py`), reading the specs with this module.
Everything else that needs a spec document (the generation step, the mocks, the contract tests
and the drift tool) reads it here too, so there is one loader and one `$ref` resolver.

This module imports only the standard library and `_apis` (PyYAML is imported when a document is
loaded), so the generation step can load it before the SDK is installed.
"""

from __future__ import annotations

import datetime
import functools
import importlib.resources
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import unquote

from ._apis import APIS, ApiInfo

JSON = Any  # a decoded JSON/YAML value

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecNotFoundError(LookupError):
    """No spec document for that API (not a known API, or its file is missing)."""


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, with its parameters already merged and de-referenced."""

    spec: ApiSpec = field(repr=False)
    operation_id: str
    method: str  # upper case
    path: str  # template, e.g. "/relationships/{id}"
    definition: Mapping[str, JSON] = field(repr=False)
    pointer: str = field(repr=False)  # JSON pointer of the operation object

    @property
    def parameters(self) -> list[Mapping[str, JSON]]:
        """Path-item and operation parameters, resolved; operation ones override by (name, in)."""
        path_item = self.spec.document["paths"][self.path]
        merged: dict[tuple[str, str], Mapping[str, JSON]] = {}
        for raw in [*path_item.get("parameters", []), *self.definition.get("parameters", [])]:
            param = self.spec.resolve(raw)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    @property
    def pagination(self) -> Mapping[str, JSON] | None:
        value = self.definition.get("x-pagination")
        return cast("Mapping[str, JSON] | None", value)

    def request_body_media(self) -> dict[str, tuple[str, Mapping[str, JSON]]]:
        """Media type -> (JSON pointer of its schema, resolved schema)."""
        body = self.definition.get("requestBody")
        if body is None:
            return {}
        pointer = self.pointer + "/requestBody"
        if "$ref" in body:
            pointer = _ref_to_pointer(body["$ref"])
            body = self.spec.resolve(body)
        result: dict[str, tuple[str, Mapping[str, JSON]]] = {}
        for media, content in body.get("content", {}).items():
            if "schema" in content:
                schema_pointer = f"{pointer}/content/{_escape(media)}/schema"
                result[media] = (schema_pointer, self.spec.resolve(content["schema"]))
        return result


class ApiSpec:
    """An OpenAPI 3.1 document plus lookups the wrapper needs."""

    def __init__(
        self, document: Mapping[str, JSON], *, name: str, path: Path | None = None
    ) -> None:
        self.document = document
        self.name = name
        self.path = path  # the YAML file it was read from, when it was read from one
        self._lines: dict[str, int] | None = None
        self.uri = f"urn:finapi:spec:{name}"
        self._by_id: dict[str, Operation] = {}
        self._templates: list[tuple[re.Pattern[str], list[str], Operation]] = []
        for template, path_item in document.get("paths", {}).items():
            for method in HTTP_METHODS:
                definition = path_item.get(method)
                if definition is None:
                    continue
                op = Operation(
                    spec=self,
                    operation_id=definition.get("operationId", f"{method}_{template}"),
                    method=method.upper(),
                    path=template,
                    definition=definition,
                    pointer=f"#/paths/{_escape(template)}/{method}",
                )
                self._by_id[op.operation_id] = op
                regex, names = _template_regex(template)
                self._templates.append((regex, names, op))
        # Literal paths win over templated ones (OpenAPI 3.1 "Path Templating Matching").
        self._templates.sort(key=lambda entry: len(entry[1]))

    def __repr__(self) -> str:
        return f"ApiSpec(name={self.name!r}, operations={len(self._by_id)})"

    def operations(self) -> list[Operation]:
        """Every operation, in document order."""
        return list(self._by_id.values())

    def operation(self, operation_id: str) -> Operation:
        try:
            return self._by_id[operation_id]
        except KeyError:
            raise LookupError(f"{self.name} spec has no operation {operation_id!r}") from None

    def match(self, method: str, raw_path: str) -> tuple[Operation, dict[str, str]] | None:
        """Find the operation for a request path (already stripped of the base path)."""
        for regex, names, op in self._templates:
            if op.method != method.upper():
                continue
            found = regex.fullmatch(raw_path)
            if found:
                values = {name: unquote(found.group(i + 1)) for i, name in enumerate(names)}
                return op, values
        return None

    def resolve(self, node: JSON) -> JSON:
        """Follow local `$ref`s until a non-reference node is reached."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"circular $ref {ref} in {self.name} spec")
            seen.add(ref)
            node = self.at_pointer(_ref_to_pointer(ref))
        return node

    def at_pointer(self, pointer: str) -> JSON:
        if not pointer.startswith("#"):
            raise ValueError(f"only local references are supported, got {pointer!r}")
        node: JSON = self.document
        for part in pointer[1:].split("/")[1:]:
            key = part.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    # -- facts the client configuration needs ------------------------------------------------

    def server_url(self, environment: str) -> str | None:
        """Base URL of a named environment: the server whose `x-environment` names it (the rule
        the generation step compiles into the SDK's contract too)."""
        for server in self.document.get("servers", []):
            if server.get("x-environment") == environment:
                return cast(str, server["url"])
        return None

    def token_url(self) -> str:
        try:
            scheme = self.document["components"]["securitySchemes"]["oauth2"]
            return cast(str, scheme["flows"]["clientCredentials"]["tokenUrl"])
        except KeyError:
            raise LookupError(
                f"{self.name} spec has no components.securitySchemes.oauth2 client-credentials "
                "tokenUrl"
            ) from None

    def info_extension(self, key: str) -> JSON:
        return self.document.get("info", {}).get(key)

    # -- for tooling ---------------------------------------------------------------------------

    def line_of(self, pointer: str) -> int | None:
        """1-based line of the node at a JSON pointer ("#/paths/~1ping/get") in the YAML file.

        For reports that tell a person which line of the spec to change. The file is composed
        (not constructed) once, on first use, so loading a spec costs nothing extra.
        """
        if self.path is None:
            return None
        if self._lines is None:
            self._lines = _line_index(self.path)
        return self._lines.get(pointer)


def format_checker() -> Any:
    """A strict `jsonschema.FormatChecker` for the formats the specs use (for tooling).

    date-time is RFC 3339 (offset required), date-time-local is the OpenAPI format registry's
    RFC 3339 date-time without the offset, and date, email, uuid and uri are jsonschema's own
    checks. jsonschema silently skips a format whose checker library is missing (date-time
    needs rfc3339-validator, uri needs rfc3986-validator: the `drift` extra), so this refuses to
    build a checker that would not check.
    """
    from jsonschema import FormatChecker  # tooling only: the SDK runtime never calls this

    checker = FormatChecker()
    missing = [name for name in STRICT_FORMATS if name not in checker.checkers]
    if missing:
        raise RuntimeError(
            f"jsonschema cannot check format(s) {', '.join(missing)}: install "
            "rfc3339-validator and rfc3986-validator (pip install 'finapi[drift]')"
        )
    checker.checks("date-time-local", raises=ValueError)(_is_local_date_time)
    return checker


# Formats a strict checker must know; date-time-local is added by `format_checker` itself.
STRICT_FORMATS = ("date-time", "date", "email", "uuid", "uri")
_LOCAL_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?")


def _is_local_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _LOCAL_DATE_TIME.fullmatch(value):
        raise ValueError(
            f"{value!r} is not a date-time without a zone (YYYY-MM-DDTHH:MM:SS[.ffffff])"
        )
    datetime.datetime.fromisoformat(value)  # month 13, hour 25... raise ValueError
    return True


def _line_index(path: Path) -> dict[str, int]:
    """JSON pointer -> 1-based line of every mapping value and sequence item in a YAML file."""
    import yaml  # tooling only, like load_document

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        root = yaml.compose(handle, Loader=loader)
    lines: dict[str, int] = {}
    stack: list[tuple[str, yaml.Node]] = [("#", root)] if root is not None else []
    while stack:
        pointer, node = stack.pop()
        lines.setdefault(pointer, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((f"{pointer}/{_escape(str(key.value))}", value))
                # A key's own line is where a person looks (the value may start on the next one).
                lines.setdefault(f"{pointer}/{_escape(str(key.value))}", key.start_mark.line + 1)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((f"{pointer}/{index}", item) for index, item in enumerate(node.value))
    return lines


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _ref_to_pointer(ref: str) -> str:
    if not ref.startswith("#"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    return ref


def _template_regex(path: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []
    pattern = ""
    for piece in re.split(r"(\{[^}]+\})", path):
        if piece.startswith("{") and piece.endswith("}"):
            names.append(piece[1:-1])
            pattern += "([^/]*)"  # empty too: `required`/`pattern` then say what is wrong
        else:
            pattern += re.escape(piece)
    return re.compile(pattern), names


def api_for(name_or_package: str) -> ApiInfo:
    """The API named "symetrisk" or packaged as "symetrisk_client"."""
    for api in APIS:
        if name_or_package in (api.name, api.package):
            return api
    known = ", ".join(api.name for api in APIS)
    raise SpecNotFoundError(f"{name_or_package!r} is not one of the APIs ({known})")


def spec_path(api: ApiInfo) -> Path:
    """Where the spec document of an API is, in a checkout or in an installed wheel."""
    # Source checkout or editable install: wrapper/finapi/../../openapi/<file>.
    in_repo = Path(__file__).resolve().parents[2] / "openapi" / api.spec_file
    if in_repo.is_file():
        return in_repo
    # Installed wheel: the specs are force-included as finapi/_specs/*.yaml (pyproject.toml).
    packaged = importlib.resources.files(__package__ or "finapi").joinpath("_specs", api.spec_file)
    if packaged.is_file():
        return Path(str(packaged))
    raise SpecNotFoundError(f"OpenAPI document {api.spec_file} not found (looked in {in_repo})")


def load_document(path: Path) -> dict[str, JSON]:
    """A spec file as JSON data.

    YAML timestamps stay strings: OpenAPI documents follow the JSON data model, so an unquoted
    `2025-04-15` in an example or enum is the string it would be in JSON, never a `date`.
    """
    import yaml  # only tooling loads documents; the SDK runtime does not need PyYAML

    loader = _json_data_loader(yaml)
    with path.open(encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=loader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(document, dict):
        raise ValueError(f"{path} is not an OpenAPI document (top level is not a mapping)")
    return document


@functools.cache
def _json_data_loader(yaml: Any) -> Any:
    # The C loader (when PyYAML was built with libyaml) parses the large specs ~10x faster.
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    resolvers = {
        first: [(tag, regexp) for tag, regexp in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in base.yaml_implicit_resolvers.items()
    }
    return type("JSONDataLoader", (base,), {"yaml_implicit_resolvers": resolvers})


@functools.cache
def load_spec(name_or_package: str) -> ApiSpec:
    """The spec of an API ("symetrisk" or "symetrisk_client"), parsed once."""
    api = api_for(name_or_package)
    path = spec_path(api)
    return ApiSpec(load_document(path), name=api.name, path=path)
