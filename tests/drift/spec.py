"""Lookups in one OpenAPI document that the drift report needs.

Schema positions are JSON pointers into the document (`#/components/schemas/Borrower`), so a
`$ref` is just a jump to another pointer and `x-inferred` can be read at every step of a walk.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

JSON = Any  # a decoded JSON/YAML value
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_URI = "urn:finapi:drift:spec"


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer_of(parts: list[str | int] | tuple[str | int, ...]) -> str:
    """JSON pointer (RFC 6901) of an instance path: ["items", 0, "id"] -> "/items/0/id"."""
    return "".join(f"/{escape(str(part))}" for part in parts)


def generic_pointer(pointer: str) -> str:
    """Array indices replaced by `*`, to group findings: /items/3/id -> /items/*/id."""
    return re.sub(r"/\d+(?=/|$)", "/*", pointer)


def json_type(value: JSON) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _type_accepts(declared: str, actual: str) -> bool:
    return declared == actual or (declared == "number" and actual == "integer")


@dataclass(frozen=True)
class Operation:
    method: str  # upper case
    path: str  # template, as in the spec
    operation_id: str
    pointer: str  # "#/paths/~1ping/get"
    definition: Mapping[str, JSON]

    @property
    def label(self) -> str:
        """How schemathesis names the operation: "GET /ping"."""
        return f"{self.method} {self.path}"

    @property
    def inferred(self) -> str | None:
        value = self.definition.get("x-inferred")
        return None if value is None else str(value)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(str(tag) for tag in self.definition.get("tags", ()))


@dataclass(frozen=True)
class Inference:
    """An `x-inferred` met on the way to a field: where (JSON pointer into the response), why."""

    pointer: str
    schema_location: str
    reason: str


@dataclass(frozen=True)
class OpenEnum:
    """`anyOf: [{$ref: KnownX}, {type: string}]`: values outside `known` are passed through."""

    name: str  # "KnownRelationshipState"
    known: tuple[str, ...]


def _naive_or_aware_datetime(value: object, *, allow_naive: bool) -> bool:
    if not isinstance(value, str):
        return True
    if "T" not in value and "t" not in value:
        raise ValueError(f"{value!r} has no 'T' between date and time")
    parsed = datetime.datetime.fromisoformat(value.replace("z", "Z"))
    if parsed.tzinfo is None and not allow_naive:
        raise ValueError(f"{value!r} has no time zone")
    return True


def format_checker(*, naive_timestamps: bool) -> FormatChecker:
    """jsonschema's format checks, with date-time as the API sends it (see apis.Api)."""
    checker = FormatChecker()
    checker.checks("date-time", raises=ValueError)(
        functools.partial(_naive_or_aware_datetime, allow_naive=naive_timestamps)
    )
    return checker


class Spec:
    """One OpenAPI 3.1 document."""

    def __init__(self, document: Mapping[str, JSON], *, naive_timestamps: bool = False) -> None:
        self.document = document
        self._registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(dict(document), default_specification=DRAFT202012)
        )
        self._formats = format_checker(naive_timestamps=naive_timestamps)
        self._validators: dict[str, Draft202012Validator] = {}
        self._expanded: dict[str, list[str]] = {}
        self._children: dict[tuple[str, str | int], list[str]] = {}
        self._enums: dict[str, OpenEnum | None] = {}
        self._objects: dict[str, tuple[dict[str, str], list[str], str | bool | None, set[str]]] = {}
        self._operations: list[Operation] = []
        for path, item in (document.get("paths") or {}).items():
            for method in HTTP_METHODS:
                definition = item.get(method)
                if isinstance(definition, Mapping):
                    self._operations.append(
                        Operation(
                            method=method.upper(),
                            path=path,
                            operation_id=str(definition.get("operationId", f"{method} {path}")),
                            pointer=f"#/paths/{escape(path)}/{method}",
                            definition=definition,
                        )
                    )
        self._by_label = {operation.label: operation for operation in self._operations}

    @classmethod
    def load(cls, path: Path, *, naive_timestamps: bool = False) -> Spec:
        with path.open(encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
        return cls(document, naive_timestamps=naive_timestamps)

    # -- navigation ----------------------------------------------------------------------------

    def at(self, pointer: str) -> JSON:
        if not pointer.startswith("#"):
            raise ValueError(f"only local references are supported, got {pointer!r}")
        node: JSON = self.document
        for part in pointer[1:].split("/")[1:]:
            key = unescape(part)
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def deref(self, pointer: str) -> str:
        """Follow `$ref`s (without siblings) from a pointer to the pointer of the real node."""
        seen = {pointer}
        node = self.at(pointer)
        while isinstance(node, Mapping) and "$ref" in node and len(node) == 1:
            pointer = str(node["$ref"])
            if pointer in seen:
                raise ValueError(f"circular $ref {pointer}")
            seen.add(pointer)
            node = self.at(pointer)
        return pointer

    def resolve(self, node: JSON) -> JSON:
        while isinstance(node, Mapping) and "$ref" in node:
            node = self.at(str(node["$ref"]))
        return node

    # -- operations ----------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        return list(self._operations)

    def operation(self, label: str) -> Operation | None:
        return self._by_label.get(label)

    def by_id(self, operation_id: str) -> Operation:
        for operation in self._operations:
            if operation.operation_id == operation_id:
                return operation
        raise LookupError(f"no operation {operation_id!r}")

    def match(self, method: str, url: str, base_path: str | None = None) -> Operation | None:
        """The operation a request belongs to.

        With `base_path` the path must be exactly base path + template; without, any prefix may
        precede the template and the most specific (longest literal) template wins.
        """
        path = urlsplit(url).path
        if base_path is not None:
            if not path.startswith(base_path.rstrip("/")):
                return None
            path = path[len(base_path.rstrip("/")) :]
        candidates: list[tuple[int, int, Operation]] = []
        for operation in self._operations:
            if operation.method != method.upper():
                continue
            pieces = re.split(r"(\{[^}]+\})", operation.path)
            pattern = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in pieces)
            prefix = "" if base_path is not None else "(?:/.*)?"
            if re.fullmatch(f"{prefix}{pattern}", path):
                literal = sum(len(p) for p in pieces if not p.startswith("{"))
                candidates.append((-literal, len(pieces), operation))
        candidates.sort(key=lambda item: (item[0], item[1]))
        return candidates[0][2] if candidates else None

    def security_schemes(self, operation: Operation) -> list[tuple[str, Mapping[str, JSON]]]:
        """The schemes of the operation's security requirements (its own, else the root's)."""
        requirements = operation.definition.get("security", self.document.get("security")) or []
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}
        found: list[tuple[str, Mapping[str, JSON]]] = []
        for requirement in requirements:
            for name in requirement:
                scheme = self.resolve(schemes.get(name) or {})
                if (name, scheme) not in found:
                    found.append((name, scheme))
        return found

    def uses_basic_auth(self, operation: Operation) -> bool:
        return any(
            scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic"
            for _, scheme in self.security_schemes(operation)
        )

    def multipart_file_fields(self, operation: Operation) -> dict[str, bool]:
        """Multipart properties that are files: name -> whether it is an array of files."""
        body = self.resolve(operation.definition.get("requestBody") or {})
        media = (body.get("content") or {}).get("multipart/form-data")
        if not isinstance(media, Mapping):
            return {}
        schema = self.resolve(media.get("schema") or {})
        fields: dict[str, bool] = {}
        for name, prop in (schema.get("properties") or {}).items():
            prop = self.resolve(prop)
            items = self.resolve(prop.get("items") or {})
            if _is_binary(prop):
                fields[name] = False
            elif prop.get("type") == "array" and _is_binary(items):
                fields[name] = True
        return fields

    # -- responses -----------------------------------------------------------------------------

    def documented_statuses(self, operation: Operation) -> list[str]:
        return [str(status) for status in operation.definition.get("responses") or {}]

    def response_key(self, operation: Operation, status: int) -> str | None:
        """The `responses` key that documents a status: exact, then `4XX`, then `default`."""
        responses = operation.definition.get("responses") or {}
        for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
            if key in responses:
                return key
        return None

    def response_pointer(self, operation: Operation, status: int) -> str | None:
        key = self.response_key(operation, status)
        if key is None:
            return None
        return self.deref(f"{operation.pointer}/responses/{escape(key)}")

    def response_schema_pointer(
        self, operation: Operation, status: int, content_type: str | None
    ) -> str | None:
        """Pointer of the documented schema for a JSON response, if there is one."""
        response = self.response_pointer(operation, status)
        if response is None:
            return None
        content = self.at(response).get("content") or {}
        wanted = (content_type or "application/json").split(";")[0].strip().lower()
        candidates = [wanted, *content]
        for media in candidates:
            if media in content and _is_json(media) and "schema" in content[media]:
                return f"{response}/content/{escape(media)}/schema"
        return None

    # -- validation ----------------------------------------------------------------------------

    def validator(self, pointer: str) -> Draft202012Validator:
        cached = self._validators.get(pointer)
        if cached is None:
            cached = Draft202012Validator(
                {"$ref": f"{SPEC_URI}{pointer}"},
                registry=self._registry,
                format_checker=self._formats,
            )
            self._validators[pointer] = cached
        return cached

    def is_valid(self, pointer: str, instance: JSON) -> bool:
        return bool(self.validator(pointer).is_valid(instance))

    # -- schema walking ------------------------------------------------------------------------

    def expand(self, pointer: str) -> list[str]:
        """The schema at `pointer` and every schema it must also satisfy ($ref and allOf)."""
        cached = self._expanded.get(pointer)
        if cached is None:
            cached = self._expanded[pointer] = self._expand(pointer)
        return cached

    def _expand(self, pointer: str) -> list[str]:
        result: list[str] = []
        stack = [pointer]
        while stack:
            current = stack.pop(0)
            if current in result:
                continue
            result.append(current)
            node = self.at(current)
            if not isinstance(node, Mapping):
                continue
            if "$ref" in node:
                stack.append(str(node["$ref"]))
            for index, _ in enumerate(node.get("allOf") or ()):
                stack.append(f"{current}/allOf/{index}")
        return result

    def alternatives(self, pointer: str, instance: JSON) -> list[str]:
        """anyOf/oneOf branches (of the expanded schema) that the instance matches.

        If none matches, the branches whose type at least fits, so that a walk can still say
        something about the fields below.
        """
        branches: list[str] = []
        for current in self.expand(pointer):
            node = self.at(current)
            for keyword in ("anyOf", "oneOf"):
                for index, _ in enumerate(node.get(keyword) or ()):
                    branches.append(f"{current}/{keyword}/{index}")
        if not branches:
            return []
        valid = [branch for branch in branches if self.is_valid(branch, instance)]
        if valid:
            return valid
        actual = json_type(instance)
        return [
            branch for branch in branches if actual in self.types(branch) or not self.types(branch)
        ]

    def types(self, pointer: str) -> set[str]:
        """JSON types a schema allows (empty set: any)."""
        return self.node_types(self.at(pointer))

    def node_types(self, node: JSON, depth: int = 0) -> set[str]:
        """JSON types a schema node allows (empty set: any), following $ref and combinators."""
        if not isinstance(node, Mapping) or depth > 32:
            return set()
        constraints: list[set[str]] = []
        if "$ref" in node:
            constraints.append(self.node_types(self.at(str(node["$ref"])), depth + 1))
        declared = node.get("type")
        if isinstance(declared, str):
            constraints.append({declared})
        elif isinstance(declared, list):
            constraints.append({str(item) for item in declared})
        for keyword in ("anyOf", "oneOf"):
            branches = [self.node_types(b, depth + 1) for b in node.get(keyword) or ()]
            if branches and all(branches):
                constraints.append(set().union(*branches))
        for branch in node.get("allOf") or ():
            constraints.append(self.node_types(branch, depth + 1))
        if "const" in node:
            constraints.append({json_type(node["const"])})
        if isinstance(node.get("enum"), list):
            constraints.append({json_type(item) for item in node["enum"]})
        allowed: set[str] | None = None
        for constraint in constraints:
            if constraint:
                allowed = set(constraint) if allowed is None else allowed & constraint
        return allowed or set()

    def type_matches(self, pointer: str, instance: JSON) -> bool:
        allowed = self.types(pointer)
        actual = json_type(instance)
        return not allowed or any(_type_accepts(declared, actual) for declared in allowed)

    def object_view(
        self, pointer: str
    ) -> tuple[dict[str, str], list[str], str | bool | None, set[str]]:
        """(properties: name -> pointer, patternProperties, additionalProperties, required)."""
        cached = self._objects.get(pointer)
        if cached is None:
            cached = self._objects[pointer] = self._object_view(pointer)
        return cached

    def _object_view(
        self, pointer: str
    ) -> tuple[dict[str, str], list[str], str | bool | None, set[str]]:
        properties: dict[str, str] = {}
        patterns: list[str] = []
        additional: str | bool | None = None
        required: set[str] = set()
        for current in self.expand(pointer):
            node = self.at(current)
            for name in node.get("properties") or {}:
                properties.setdefault(name, f"{current}/properties/{escape(name)}")
            for pattern in node.get("patternProperties") or {}:
                patterns.append(f"{current}/patternProperties/{escape(pattern)}")
            if "additionalProperties" in node:
                value = node["additionalProperties"]
                additional = value if isinstance(value, bool) else f"{current}/additionalProperties"
            required.update(str(name) for name in node.get("required") or ())
        return properties, patterns, additional, required

    def child(self, pointer: str, key: str | int) -> list[str]:
        """Schemas that apply to `instance[key]` (ignoring anyOf/oneOf, see `alternatives`)."""
        cached = self._children.get((pointer, key))
        if cached is None:
            cached = self._children[(pointer, key)] = self._child(pointer, key)
        return cached

    def _child(self, pointer: str, key: str | int) -> list[str]:
        found: list[str] = []
        for current in self.expand(pointer):
            node = self.at(current)
            if isinstance(key, int):
                prefix = node.get("prefixItems") or []
                if key < len(prefix):
                    found.append(f"{current}/prefixItems/{key}")
                elif isinstance(node.get("items"), Mapping):
                    found.append(f"{current}/items")
                continue
            if key in (node.get("properties") or {}):
                found.append(f"{current}/properties/{escape(key)}")
                continue
            matched = False
            for pattern in node.get("patternProperties") or {}:
                if re.search(pattern, key):
                    found.append(f"{current}/patternProperties/{escape(pattern)}")
                    matched = True
            if not matched and isinstance(node.get("additionalProperties"), Mapping):
                found.append(f"{current}/additionalProperties")
        return found

    def open_enum(self, pointer: str) -> OpenEnum | None:
        """The open-enum pattern of CONVENTIONS.md: anyOf [closed string enum, plain string]."""
        if pointer not in self._enums:
            self._enums[pointer] = self._open_enum(pointer)
        return self._enums[pointer]

    def _open_enum(self, pointer: str) -> OpenEnum | None:
        for current in self.expand(pointer):
            node = self.at(current)
            branches = node.get("anyOf") or node.get("oneOf")
            if not isinstance(branches, list) or len(branches) != 2:
                continue
            closed: OpenEnum | None = None
            plain = False
            for branch in branches:
                resolved = self.resolve(branch)
                values = resolved.get("enum")
                if isinstance(values, list) and all(isinstance(v, str) for v in values):
                    ref = branch.get("$ref") if isinstance(branch, Mapping) else None
                    name = str(ref).rsplit("/", 1)[-1] if ref else "enum"
                    closed = OpenEnum(name, tuple(values))
                elif resolved.get("type") == "string" and not (
                    {"enum", "const", "pattern", "format"} & set(resolved)
                ):
                    plain = True
            if closed is not None and plain:
                return closed
        return None

    def inferences(self, operation: Operation, status: int, content_type: str | None,
                   instance: JSON, path: list[str | int]) -> list[Inference]:  # fmt: skip
        """Every x-inferred from the response down to the field at `path` (JSON pointer parts)."""
        found: list[Inference] = []
        response = self.response_pointer(operation, status)
        if response is not None:
            response_key = escape(str(self.response_key(operation, status)))
            raw = self.at(f"{operation.pointer}/responses/{response_key}")
            for node, where in ((raw, response), (self.at(response), response)):
                if isinstance(node, Mapping) and "x-inferred" in node:
                    item = Inference("", where, str(node["x-inferred"]))
                    if item not in found:
                        found.append(item)
        schema = self.response_schema_pointer(operation, status, content_type)
        if schema is None:
            return found
        level = [schema]
        value: JSON = instance
        for depth in range(len(path) + 1):
            here = pointer_of(path[:depth])
            seen: set[str] = set()
            for start in level:
                for current in [*self.expand(start), *self._branch_pointers(start, value)]:
                    if current in seen:
                        continue
                    seen.add(current)
                    node = self.at(current)
                    if isinstance(node, Mapping) and "x-inferred" in node:
                        item = Inference(here, current, str(node["x-inferred"]))
                        if all(existing.reason != item.reason for existing in found):
                            found.append(item)
            if depth == len(path):
                break
            key = path[depth]
            following: list[str] = []
            for start in level:
                candidates = [start, *self._branch_pointers(start, value)]
                for candidate in candidates:
                    following.extend(self.child(candidate, key))
            level = following
            value = _get(value, key)
            if not level:
                break
        return found

    def _branch_pointers(self, pointer: str, instance: JSON) -> list[str]:
        """anyOf/oneOf branches that apply to the instance, expanded, recursively."""
        result: list[str] = []
        stack = self.alternatives(pointer, instance) if instance is not _MISSING else []
        while stack:
            branch = stack.pop(0)
            for current in self.expand(branch):
                if current not in result:
                    result.append(current)
            stack.extend(b for b in self.alternatives(branch, instance) if b not in result)
        return result

    def walk(self, pointer: str, instance: JSON, path: list[str | int] | None = None
             ) -> Iterator[tuple[list[str | int], str, JSON]]:  # fmt: skip
        """Every (instance path, schema pointer, value) pair of a valid-enough instance.

        Descends through objects and arrays, following $ref/allOf and the anyOf/oneOf branches
        the value matches. Yields a node once per schema that applies to it.
        """
        path = path or []
        pointers = [*self.expand(pointer), *self._branch_pointers(pointer, instance)]
        unique: list[str] = []
        for current in pointers:
            if current not in unique:
                unique.append(current)
        for current in unique:
            yield path, current, instance
        if isinstance(instance, dict):
            for key, value in instance.items():
                children: list[str] = []
                for current in unique:
                    for child in self.child(current, key):
                        if child not in children:
                            children.append(child)
                for child in children:
                    yield from self.walk(child, value, [*path, key])
        elif isinstance(instance, list):
            for index, value in enumerate(instance):
                children = []
                for current in unique:
                    for child in self.child(current, index):
                        if child not in children:
                            children.append(child)
                for child in children:
                    yield from self.walk(child, value, [*path, index])


class _Missing:
    pass


_MISSING = _Missing()


def _get(value: JSON, key: str | int) -> JSON:
    try:
        return value[key]
    except (KeyError, IndexError, TypeError):
        return _MISSING


def _is_binary(schema: Mapping[str, JSON]) -> bool:
    return schema.get("type") == "string" and (
        schema.get("format") in ("binary", "byte")
        or schema.get("contentMediaType") == "application/octet-stream"
    )


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")
