"""What the drift report needs to know about a spec, on top of `finapi._openapi` (the one reader).

`finapi._openapi.ApiSpec` loads the document and resolves `$ref`s; this module adds the schema
walking a report needs: which schemas apply to a field of a response, which of them are marked
`x-inferred`, open enums, and a strict validator. Schema positions are JSON pointers into the
document (`#/components/schemas/Borrower`), so a `$ref` is just a jump to another pointer and
`x-inferred` can be read at every step of a walk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from finapi._apis import ApiInfo
from finapi._openapi import ApiSpec, Operation, format_checker, load_spec

JSON = Any  # a decoded JSON/YAML value


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_of(parts: Sequence[str | int]) -> str:
    """JSON pointer (RFC 6901) of an instance path: ["items", 0, "id"] -> "/items/0/id"."""
    return "".join(f"/{escape(str(part))}" for part in parts)


def parts_of(pointer: str) -> list[str | int]:
    """The inverse of `pointer_of` (digits become array indices)."""
    parts: list[str | int] = []
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        parts.append(int(token) if token.isdigit() else token)
    return parts


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


def type_accepts(declared: str, actual: str) -> bool:
    return declared == actual or (declared == "number" and actual == "integer")


def label(operation: Operation) -> str:
    """How schemathesis names an operation: "GET /ping"."""
    return f"{operation.method} {operation.path}"


def inferred(node: Mapping[str, JSON] | Operation) -> str | None:
    """The `x-inferred` reason of an operation or a spec node, if it has one."""
    definition = node.definition if isinstance(node, Operation) else node
    value = definition.get("x-inferred") if isinstance(definition, Mapping) else None
    return None if value is None else str(value)


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


class Spec:
    """One API's spec, as the drift tool walks it."""

    def __init__(self, spec: ApiSpec) -> None:
        self.api_spec = spec
        self.document = spec.document
        self._registry: Registry[Any] = Registry().with_resource(
            spec.uri, Resource.from_contents(dict(spec.document), default_specification=DRAFT202012)
        )
        self._formats = format_checker()
        self._validators: dict[str, Draft202012Validator] = {}
        self._expanded: dict[str, list[str]] = {}
        self._children: dict[tuple[str, str | int], list[str]] = {}
        self._enums: dict[str, OpenEnum | None] = {}
        self._objects: dict[str, tuple[dict[str, str], list[str], str | bool | None, set[str]]] = {}
        self._by_label = {label(operation): operation for operation in spec.operations()}

    @classmethod
    def of(cls, api: ApiInfo) -> Spec:
        return cls(load_spec(api.package))

    @classmethod
    def from_document(cls, document: Mapping[str, JSON], name: str = "test") -> Spec:
        return cls(ApiSpec(document, name=name))

    # -- navigation ----------------------------------------------------------------------------

    def at(self, pointer: str) -> JSON:
        return self.api_spec.at_pointer(pointer)

    def resolve(self, node: JSON) -> JSON:
        return self.api_spec.resolve(node)

    def deref(self, pointer: str) -> str:
        """Follow `$ref`s (without siblings) from a pointer to the pointer of the real node."""
        node = self.at(pointer)
        while isinstance(node, Mapping) and "$ref" in node and len(node) == 1:
            self.resolve(node)  # raises on a circular chain
            pointer = str(node["$ref"])
            node = self.at(pointer)
        return pointer

    def line_of(self, pointer: str) -> int | None:
        return self.api_spec.line_of(pointer)

    # -- operations ----------------------------------------------------------------------------

    def operations(self) -> list[Operation]:
        return self.api_spec.operations()

    def operation(self, name: str) -> Operation | None:
        """By label ("GET /ping")."""
        return self._by_label.get(name)

    def by_id(self, operation_id: str) -> Operation:
        return self.api_spec.operation(operation_id)

    def match(self, method: str, url: str, base_path: str) -> Operation | None:
        """The operation a request to `url` belongs to (its path starts with `base_path`)."""
        path = urlsplit(url).path
        base = base_path.rstrip("/")
        if not path.startswith(base):
            return None
        found = self.api_spec.match(method, path[len(base) :])
        return found[0] if found else None

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

    def token_operation(self) -> Operation | None:
        """The operation behind the oauth2 tokenUrl (the spec's token endpoint), if declared."""
        token_path = urlsplit(self.api_spec.token_url()).path
        for operation in self.operations():
            if operation.method == "POST" and self.uses_basic_auth(operation):
                servers = self.resolve(self.document["paths"][operation.path]).get("servers")
                base = urlsplit(
                    str((servers or self.document.get("servers") or [{}])[0].get("url", ""))
                )
                if base.path.rstrip("/") + operation.path == token_path:
                    return operation
        return None

    def multipart_file_fields(self, operation: Operation) -> dict[str, bool]:
        """Multipart properties that are files: name -> whether it is an array of files."""
        media = operation.request_body_media().get("multipart/form-data")
        if media is None:
            return {}
        fields: dict[str, bool] = {}
        for name, prop in (media[1].get("properties") or {}).items():
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
        for media in [wanted, *content]:
            if media in content and _is_json(media) and "schema" in content[media]:
                return f"{response}/content/{escape(media)}/schema"
        return None

    # -- validation ----------------------------------------------------------------------------

    def validator(self, pointer: str) -> Draft202012Validator:
        cached = self._validators.get(pointer)
        if cached is None:
            cached = Draft202012Validator(
                {"$ref": f"{self.api_spec.uri}{pointer}"},
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

    def branches(self, pointer: str) -> list[str]:
        """Every anyOf/oneOf branch of the expanded schema."""
        found: list[str] = []
        for current in self.expand(pointer):
            node = self.at(current)
            for keyword in ("anyOf", "oneOf"):
                for index, _ in enumerate(node.get(keyword) or ()):
                    found.append(f"{current}/{keyword}/{index}")
        return found

    def alternatives(self, pointer: str, instance: JSON) -> list[str]:
        """anyOf/oneOf branches (of the expanded schema) that the instance matches.

        If none matches, the branches whose type at least fits, so that a walk can still say
        something about the fields below (a nullable object missing a required field is still
        walked as that object, not as `null`).
        """
        branches = self.branches(pointer)
        if not branches:
            return []
        valid = [branch for branch in branches if self.is_valid(branch, instance)]
        if valid:
            return valid
        return [branch for branch in branches if self.type_matches(branch, instance)]

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
        return not allowed or any(type_accepts(declared, actual) for declared in allowed)

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

    def locations(self, schema: str, instance: JSON, path: list[str | int]) -> list[list[str]]:
        """For each depth 0..len(path): the schemas that apply to the instance there.

        Level 0 is the response schema; level k the schemas of `instance[path[0]]...[path[k-1]]`,
        through $ref, allOf and the anyOf/oneOf branches the values on the way match. A level is
        empty where the schema says nothing (and every later level then too).
        """
        levels: list[list[str]] = []
        level = [schema]
        value: JSON = instance
        for depth in range(len(path) + 1):
            current: list[str] = []
            for start in level:
                for pointer in [*self.expand(start), *self._branch_pointers(start, value)]:
                    if pointer not in current:
                        current.append(pointer)
            levels.append(current)
            if depth == len(path):
                break
            key = path[depth]
            following: list[str] = []
            for start in current:
                for child in self.child(start, key):
                    if child not in following:
                        following.append(child)
            level = following
            value = _get(value, key)
        return levels

    def inferences(self, operation: Operation, status: int, content_type: str | None,
                   instance: JSON, path: list[str | int]) -> list[Inference]:  # fmt: skip
        """Every x-inferred from the response down to the field at `path` (JSON pointer parts)."""
        found: list[Inference] = []
        response = self.response_pointer(operation, status)
        if response is not None:
            response_key = escape(str(self.response_key(operation, status)))
            raw = self.at(f"{operation.pointer}/responses/{response_key}")
            for node, where in ((raw, response), (self.at(response), response)):
                reason = inferred(node)
                if reason is not None and Inference("", where, reason) not in found:
                    found.append(Inference("", where, reason))
        schema = self.response_schema_pointer(operation, status, content_type)
        if schema is None:
            return found
        for depth, level in enumerate(self.locations(schema, instance, path)):
            here = pointer_of(path[:depth])
            for pointer in level:
                reason = inferred(self.at(pointer))
                if reason is not None and all(item.reason != reason for item in found):
                    found.append(Inference(here, pointer, reason))
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
        unique: list[str] = []
        for current in [*self.expand(pointer), *self._branch_pointers(pointer, instance)]:
            if current not in unique:
                unique.append(current)
        for current in unique:
            yield path, current, instance
        if isinstance(instance, dict | list):
            items = instance.items() if isinstance(instance, dict) else enumerate(instance)
            for key, value in items:
                children: list[str] = []
                for current in unique:
                    for child in self.child(current, key):
                        if child not in children:
                            children.append(child)
                for child in children:
                    yield from self.walk(child, value, [*path, key])


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
