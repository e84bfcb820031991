"""The SDK layer of the generation step: spec facts and resource methods, computed once.

openapi-python-client parses the spec into `GeneratorData` (endpoints with the Python names and
types it chose, models). This module pairs each of its endpoints with the raw operation of the
spec (for what the generator does not keep: `x-pagination`, `x-inferred`, security, schemas) and
computes:

- `contract_facts`: the data `generated/<api>_client/_contract.py` holds (see
  wrapper/finapi/_contract.py for the shapes): wire names next to the generator's Python names,
  request schemas, pagination, servers, token URL, version;
- `resources`: one `Resource` per tag, one `Method` per operation, with everything the resource
  template prints (signature, docstring, parse and items accessors).

Doing this here in Python, not in Jinja, keeps the templates to layout.
"""

from __future__ import annotations

import copy
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.bodies import BodyType
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import EnumProperty, ModelProperty, Property
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords every generated method takes besides its operation's arguments.
OPTION_NAMES = frozenset({"extra_headers", "extra_query", "extra_body", "timeout", "self"})
LISTING_NAMES = frozenset({"page_size", "max_items", "concurrency"})
# Schema keywords that say nothing a validator checks: left out of the compiled schemas.
DOCUMENTATION_KEYWORDS = frozenset(
    {"description", "summary", "example", "examples", "title", "x-inferred", "externalDocs"}
)
MODELS = ".."  # resources/<tag>.py -> the package root, for the generator's import strings


class GenerationError(Exception):
    """The spec asks for something the SDK layer cannot express; the message says what."""


# -- the raw document ------------------------------------------------------------------------


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a non-reference node."""
    seen = set()
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen or not str(ref).startswith("#/"):
            raise GenerationError(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        target: Any = document
        for part in str(ref)[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def compiled_schema(document: Mapping[str, Any], node: Any) -> Any:
    """A schema as validation needs it: documentation keywords dropped, `$ref`s kept (they point
    into `components.schemas`, which the contract carries), component wrappers inlined."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#/components/schemas/"):
            return compiled_schema(document, resolve(document, node))
        return {
            key: compiled_schema(document, value) if key != "enum" else list(value)
            for key, value in node.items()
            if key not in DOCUMENTATION_KEYWORDS and key != "default"
        }
    if isinstance(node, list):
        return [compiled_schema(document, item) for item in node]
    return copy.deepcopy(node)


@dataclass(frozen=True)
class RawOperation:
    path: str
    method: str
    definition: Mapping[str, Any]
    parameters: list[Mapping[str, Any]]  # path-item and operation parameters, resolved, merged


def raw_operations(document: Mapping[str, Any]) -> dict[tuple[str, str], RawOperation]:
    found = {}
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            definition = item.get(method)
            if definition is None:
                continue
            merged: dict[tuple[str, str], Mapping[str, Any]] = {}
            for raw in [*item.get("parameters", []), *definition.get("parameters", [])]:
                parameter = resolve(document, raw)
                merged[(parameter["name"], parameter["in"])] = parameter
            found[(path, method)] = RawOperation(path, method, definition, list(merged.values()))
    return found


# -- what the templates print ---------------------------------------------------------------


@dataclass
class Argument:
    python_name: str
    wire_name: str
    location: str  # path | query | header | body
    annotation: str
    required: bool
    description: str

    @property
    def declaration(self) -> str:
        if self.required:
            return f"{self.python_name}: {self.annotation}"
        return f"{self.python_name}: {self.annotation} | NotGiven = NOT_GIVEN"


@dataclass
class Method:
    name: str  # the operationId
    summary: str
    docstring: str
    positional: list[Argument]
    keyword: list[Argument]
    return_annotation: str  # the parsed model, or Paginator[Item] for listings
    parse_name: str
    parse_annotation: str  # what the parse function returns (the page model for listings)
    response: Any  # the generator's Response (its prop feeds the `construct` macros)
    parse_imports: list[str]
    has_body: bool = False
    item_imports: set[str] = field(default_factory=set)
    paginated: bool = False
    item_annotation: str = ""
    items_name: str = ""
    items_expression: str = ""
    page_size_argument: bool = False
    concurrency_argument: bool = False

    @property
    def arguments(self) -> list[Argument]:
        return self.positional + self.keyword


@dataclass
class Resource:
    tag: str  # attribute on the client, module name
    name: str  # Bank: the stem of BankResource, AsyncBankResource, BankWithRawResponse, ...
    description: str
    methods: list[Method] = field(default_factory=list)
    type_imports: set[str] = field(default_factory=set)


def pascal_case(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_"))


def _docstring_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def _split_union(annotation: str) -> list[str]:
    """Top-level members of a `A | B[C | D]` annotation."""
    members, depth, current = [], 0, ""
    for char in annotation:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            members.append(current.strip())
            current = ""
        else:
            current += char
    members.append(current.strip())
    return members


def _annotation(prop: Property) -> str:
    """The argument type: the generator's, with `Unset` removed (we use NOT_GIVEN) and enums
    widened to their plain values (the wrapper sends either as the same wire value)."""
    members = [
        member
        for member in _split_union(prop.get_type_string(no_optional=True).as_unembedded_code())
        if member != "Unset"
    ]
    if isinstance(prop, EnumProperty):
        literal = ", ".join(repr(value) for value in prop.values.values())
        members.append(f"Literal[{literal}]")
    return " | ".join(members)


def _is_binary(prop: Property) -> bool:
    if isinstance(prop, ListProperty):
        return isinstance(prop.inner_property, FileProperty)
    return isinstance(prop, FileProperty)


def members(prop: ModelProperty) -> list[Property]:
    """A model's properties, required first (the generator's own order)."""
    return [*(prop.required_properties or []), *(prop.optional_properties or [])]


def _description(raw: Mapping[str, Any] | None) -> str:
    if not raw:
        return ""
    return " ".join(str(raw.get("description", "")).split())


def _imports(prop: PropertyProtocol) -> set[str]:
    return set(prop.get_imports(prefix=MODELS)) | set(prop.get_lazy_imports(prefix=MODELS))


# -- one API ---------------------------------------------------------------------------------


@dataclass
class Compiled:
    contract: dict[str, Any]  # keyword arguments of ApiContract, as plain data
    operations: list[dict[str, Any]]  # keyword arguments of each Operation, as plain data
    resources: list[Resource]


def compile_api(
    document: Mapping[str, Any],
    data: GeneratorData,
    *,
    version_header: str | None,
    version_extension: str,
) -> Compiled:
    raws = raw_operations(document)
    operations: list[dict[str, Any]] = []
    resources: list[Resource] = []
    tags = {tag["name"]: tag for tag in document.get("tags", [])}
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        resource = Resource(
            tag=str(tag),
            name=pascal_case(str(tag)),
            description=_description(tags.get(str(tag))),
        )
        # The resource classes share their modules with the models their annotations name.
        models = {str(model.class_info.name) for model in data.models} | {
            str(enum.class_info.name) for enum in data.enums
        }
        taken = models & {f"{resource.name}Resource", f"Async{resource.name}Resource"}
        if taken:
            raise GenerationError(f"tag {tag!r}: a model is named like its resource ({taken})")
        for endpoint in collection.endpoints:
            path = endpoint.path.get_untrusted_value()
            raw = raws[(path, endpoint.method)]
            facts, method = _compile_operation(document, endpoint, raw, str(tag), version_header)
            operations.append(facts)
            resource.methods.append(method)
            resource.type_imports |= _method_imports(endpoint) | method.item_imports
        resources.append(resource)
    return Compiled(
        contract=_contract_facts(document, version_extension),
        operations=operations,
        resources=resources,
    )


def _contract_facts(document: Mapping[str, Any], version_extension: str) -> dict[str, Any]:
    info = document.get("info", {})
    servers = {
        str(server["x-environment"]): str(server["url"]).rstrip("/")
        for server in document.get("servers", [])
        if "x-environment" in server
    }
    if "production" not in servers:
        raise GenerationError("no server has `x-environment: production`")
    schemes = document.get("components", {}).get("securitySchemes", {})
    oauth2 = [s for s in schemes.values() if s.get("type") == "oauth2"]
    if len(oauth2) != 1:
        raise GenerationError("expected exactly one oauth2 security scheme")
    flow = oauth2[0]["flows"]["clientCredentials"]
    schemas = document.get("components", {}).get("schemas", {})
    version = info.get(version_extension)
    return {
        "title": str(info.get("title", "")),
        "version": str(info.get("version", "")),
        "api_version": None if version is None else str(version),
        "servers": servers,
        "token_url": str(flow["tokenUrl"]),
        "scopes": tuple(flow.get("scopes", {})),
        "schemas": {name: compiled_schema(document, schema) for name, schema in schemas.items()},
    }


def _security(document: Mapping[str, Any], raw: RawOperation) -> str:
    requirements = raw.definition.get("security", document.get("security", []))
    if not requirements:
        return "none"
    names = list(requirements[0])
    if not names:
        return "none"
    scheme = document["components"]["securitySchemes"][names[0]]
    if scheme.get("type") == "oauth2":
        return "oauth2"
    if scheme.get("type") == "http" and scheme.get("scheme") == "basic":
        return "client_basic"
    raise GenerationError(f"{raw.definition['operationId']}: unsupported security {names[0]!r}")


def _generator_parameters(endpoint: Endpoint) -> Iterator[tuple[str, Property]]:
    for location, prop in endpoint.iter_all_parameters():
        yield str(location.value), prop


def _compile_operation(
    document: Mapping[str, Any],
    endpoint: Endpoint,
    raw: RawOperation,
    tag: str,
    version_header: str | None,
) -> tuple[dict[str, Any], Method]:
    definition = raw.definition
    operation_id = str(definition["operationId"])
    if operation_id != str(endpoint.name):
        raise GenerationError(f"{operation_id}: the generator named it {endpoint.name!r}")

    # Parameters: wire facts from the spec, Python names and types from the generator.
    generated = {
        (prop.name.get_untrusted_value(), loc): prop
        for loc, prop in _generator_parameters(endpoint)
    }
    parameters: list[dict[str, Any]] = []
    arguments: list[Argument] = []
    schema_properties: dict[str, Any] = {}
    required: list[str] = []
    for parameter in raw.parameters:
        name, location = str(parameter["name"]), str(parameter["in"])
        if location == "header" and version_header and name.lower() == version_header.lower():
            continue  # the client sends the pinned version on every request
        if location == "cookie":
            raise GenerationError(f"{operation_id}: cookie parameters are not supported")
        prop = generated[(name, location)]
        is_required = bool(parameter.get("required", location == "path"))
        style = str(parameter.get("style", "form" if location == "query" else "simple"))
        content = parameter.get("content", {})
        if content:
            # Serialised as a media type: `_serialize` sends JSON text, the only one supported.
            if list(content) != ["application/json"]:
                raise GenerationError(f"{operation_id}: parameter {name} has media {list(content)}")
            style = "json"
            parameter = {**parameter, "schema": content["application/json"]["schema"]}
        parameters.append(
            {
                "name": name,
                "python_name": str(prop.python_name),
                "location": location,
                "required": is_required,
                "style": style,
                # OpenAPI: explode defaults to true for style=form, false otherwise.
                "explode": bool(parameter.get("explode", style == "form")),
            }
        )
        if "schema" in parameter:
            schema_properties[name] = compiled_schema(document, parameter["schema"])
        if is_required:
            required.append(name)
        arguments.append(
            Argument(
                python_name=str(prop.python_name),
                wire_name=name,
                location=location,
                annotation=_annotation(prop),
                required=is_required,
                description=_description(parameter),
            )
        )
    parameters_schema: dict[str, Any] | None = None
    if schema_properties:
        parameters_schema = {"type": "object", "properties": schema_properties}
        if required:
            parameters_schema["required"] = required
        if "x-business-id" in definition:
            parameters_schema["x-business-id"] = dict(definition["x-business-id"])

    body_facts, body_arguments = _compile_body(document, endpoint, raw, operation_id)
    arguments += body_arguments
    taken = {argument.python_name for argument in arguments}
    if len(taken) != len(arguments) or taken & OPTION_NAMES:
        raise GenerationError(
            f"{operation_id}: argument names collide ({sorted(a.python_name for a in arguments)})"
        )

    response = _success_response(endpoint, operation_id)
    raw_response = resolve(document, definition["responses"][str(response.status_code.pattern)])
    media = raw_response.get("content", {}).get("application/json", {})
    response_schema = compiled_schema(document, media["schema"]) if "schema" in media else None

    pagination = definition.get("x-pagination")
    method = _method(
        endpoint, definition, arguments, response, pagination, operation_id, raw, document
    )
    method.has_body = body_facts is not None
    facts = {
        "operation_id": operation_id,
        "tag": tag,
        "method": raw.method.upper(),
        "path": raw.path,
        "summary": str(definition.get("summary", "")),
        "parameters": parameters,
        "parameters_schema": parameters_schema,
        "body": body_facts,
        "security": _security(document, raw),
        "success_statuses": sorted(
            int(code) for code in definition["responses"] if str(code).startswith("2")
        ),
        "response_schema": response_schema,
        "pagination": pagination and _pagination_facts(pagination, parameters),
        "batch_result": _batch_result(response.prop),
        "inferred": definition.get("x-inferred"),
        "deprecated": bool(definition.get("deprecated", False)),
    }
    return facts, method


def _compile_body(
    document: Mapping[str, Any], endpoint: Endpoint, raw: RawOperation, operation_id: str
) -> tuple[dict[str, Any] | None, list[Argument]]:
    if not endpoint.bodies:
        return None, []
    if len(endpoint.bodies) > 1:
        raise GenerationError(f"{operation_id}: more than one request media type")
    body = endpoint.bodies[0]
    prop = body.prop
    if not isinstance(prop, ModelProperty):
        raise GenerationError(f"{operation_id}: the request body is not an object")
    raw_body = resolve(document, raw.definition["requestBody"])
    media_type = body.content_type.get_untrusted_value()
    raw_schema = raw_body["content"][media_type]["schema"]
    raw_properties = resolve(document, raw_schema).get("properties", {})
    fields = []
    arguments = []
    for member in members(prop):
        wire = member.name.get_untrusted_value()
        fields.append(
            {
                "name": wire,
                "python_name": str(member.python_name),
                "required": bool(member.required),
                "binary": _is_binary(member),
            }
        )
        arguments.append(
            Argument(
                python_name=str(member.python_name),
                wire_name=wire,
                location="body",
                annotation=_annotation(member),
                required=bool(member.required),
                description=_description(resolve(document, raw_properties.get(wire, {}))),
            )
        )
    media = {
        BodyType.JSON: "application/json",
        BodyType.FILES: "multipart/form-data",
        BodyType.DATA: "application/x-www-form-urlencoded",
    }
    if body.body_type not in media:
        raise GenerationError(f"{operation_id}: unsupported body type {body.body_type}")
    facts = {
        "media_type": media[body.body_type],
        "required": bool(raw_body.get("required", False)),
        "fields": fields,
        "schema": compiled_schema(document, raw_schema),
    }
    return facts, arguments


def _batch_result(prop: Property) -> tuple[str, str] | None:
    """Python names of a `{successful: [...], failed: [...]}` success model's two lists."""
    if not isinstance(prop, ModelProperty):
        return None
    by_wire_name = {m.name.get_untrusted_value(): m for m in members(prop)}
    successful, failed = by_wire_name.get("successful"), by_wire_name.get("failed")
    if isinstance(successful, ListProperty) and isinstance(failed, ListProperty):
        return (str(successful.python_name), str(failed.python_name))
    return None


def _success_response(endpoint: Endpoint, operation_id: str) -> Any:
    successes = [
        response
        for response in endpoint.responses.patterns
        if response.status_code.range is not None and 200 <= response.status_code.range[0] < 300
    ]
    if len(successes) != 1:
        raise GenerationError(f"{operation_id}: expected exactly one 2xx response")
    response = successes[0]
    if response.source["attribute"] != "response.json()":
        raise GenerationError(f"{operation_id}: the 2xx response is not JSON")
    return response


def _pagination_facts(
    config: Mapping[str, Any], parameters: list[dict[str, Any]]
) -> dict[str, Any]:
    style = str(config["style"])
    if style == "cursor" and not config.get("next"):
        raise GenerationError("x-pagination style cursor needs `next`, the field with the cursor")
    by_name = {p["name"]: p for p in parameters}
    position_name = {
        "limit-skip": "skip_param",
        "offset": "offset_param",
        "cursor": "cursor_param",
        "offset-page-size": "offset_param",
    }[style]
    size_name = {"limit-skip": "limit_param", "offset-page-size": "page_size_param"}.get(style)
    max_page_size = config.get("max_page_size")
    if style == "offset":
        page_size = int(config["page_size"])
    elif style == "cursor":
        page_size = 0
    elif style == "limit-skip":
        page_size = int(config.get("default_limit", 100))
    else:
        page_size = int(config.get("default_page_size", max_page_size or 100))
    return {
        "style": style,
        "position": by_name[config[position_name]],
        "size": by_name[config[size_name]] if size_name else None,
        "page_size": page_size,
        "max_page_size": None if max_page_size is None else int(max_page_size),
        "items": str(config.get("items", "")),
        "total": config.get("total"),
        "next": config.get("next"),
        "inferred": config.get("x-inferred"),
    }


def _items(response_prop: Property, path: str) -> tuple[str, PropertyProtocol | None]:
    """(expression over `page`, the item property) for the spec's items path."""
    node, expression = response_prop, "page"
    for part in path.split(".") if path else []:
        if not isinstance(node, ModelProperty):
            return "", None
        by_wire_name = {m.name.get_untrusted_value(): m for m in members(node)}
        if part not in by_wire_name:
            return "", None
        node = by_wire_name[part]
        expression += f".{node.python_name}"
    if not isinstance(node, ListProperty):
        return "", None
    return expression, node.inner_property


def _method(
    endpoint: Endpoint,
    definition: Mapping[str, Any],
    arguments: list[Argument],
    response: Any,
    pagination: Mapping[str, Any] | None,
    operation_id: str,
    raw: RawOperation,
    document: Mapping[str, Any],
) -> Method:
    prop = response.prop
    page_annotation = prop.get_type_string(no_optional=True).as_unembedded_code()
    positional = [a for a in arguments if a.location == "path"]
    order = {name: raw.path.find("{" + name + "}") for name in (a.wire_name for a in positional)}
    positional.sort(key=lambda a: order[a.wire_name])
    keyword_arguments = [a for a in arguments if a.location != "path"]
    keyword_arguments.sort(key=lambda a: not a.required)  # required keywords first, for reading
    method = Method(
        name=operation_id,
        summary=str(definition.get("summary", "")),
        docstring="",
        positional=positional,
        keyword=keyword_arguments,
        return_annotation=page_annotation,
        parse_name=f"_parse_{operation_id}",
        parse_annotation=page_annotation,
        response=response,
        parse_imports=sorted(_imports(prop)),
    )
    if pagination is not None:
        expression, item_prop = _items(prop, str(pagination.get("items", "")))
        if item_prop is None:
            raise GenerationError(f"{operation_id}: x-pagination items path not found in the model")
        item = item_prop.get_type_string(no_optional=True).as_unembedded_code()
        method.item_imports = _imports(item_prop)
        style = str(pagination["style"])
        size_param = {"limit-skip": "limit_param", "offset-page-size": "page_size_param"}.get(style)
        size_wire = pagination.get(size_param) if size_param else None
        method.keyword = [a for a in method.keyword if a.wire_name != size_wire]
        clash = {a.python_name for a in method.arguments} & LISTING_NAMES
        if clash:
            raise GenerationError(
                f"{operation_id}: arguments {clash} collide with paginator options"
            )
        method.paginated = True
        method.items_expression = expression
        method.item_annotation = item
        method.items_name = f"_items_{operation_id}"
        method.return_annotation = f"Paginator[{item}]"
        method.page_size_argument = size_wire is not None
        method.concurrency_argument = pagination.get("total") is not None
    method.docstring = _method_docstring(method, definition, pagination)
    return method


def _method_docstring(
    method: Method, definition: Mapping[str, Any], pagination: Mapping[str, Any] | None
) -> str:
    width = 92
    lines: list[str] = []
    summary = str(definition.get("summary", method.name)).strip()
    lines.append(summary.rstrip(".") + ".")
    description = " ".join(str(definition.get("description", "")).split())
    if description:
        lines += ["", *textwrap.wrap(description, width)]
    inferred = definition.get("x-inferred")
    if inferred:
        text = "Inferred: " + " ".join(str(inferred).split())
        lines += ["", *textwrap.wrap(text, width)]
    documented = [a for a in method.arguments if a.description]
    if documented or pagination is not None:
        lines += ["", "Args:"]
        for argument in method.arguments:
            text = f"{argument.python_name}: {argument.description or '(not described)'}"
            if argument.python_name != argument.wire_name:
                text += f" (`{argument.wire_name}` on the wire)"
            lines += textwrap.wrap(text, width, initial_indent="    ", subsequent_indent="        ")
        if pagination is not None:
            listing = ["max_items: stop after this many items (default: all)."]
            if method.page_size_argument:
                listing.insert(0, "page_size: items per request (default: the API's).")
            if method.concurrency_argument:
                listing.append("concurrency: pages fetched at once after the first (default 1).")
            for text in listing:
                lines += textwrap.wrap(
                    text, width, initial_indent="    ", subsequent_indent="        "
                )
    lines += ["", "Returns:"]
    if method.paginated:
        lines.append(f"    A lazy listing of every {method.item_annotation}, page by page.")
    else:
        lines.append(f"    {method.return_annotation}")
    lines += [
        "",
        "Raises:",
        "    finapi.RequestValidationError: the arguments break the spec (nothing was sent).",
        "    finapi.APIStatusError: the API answered with an error status (a subclass per status).",
        "    finapi.APIResponseValidationError: the answer does not match the spec.",
        "    finapi.APIConnectionError: no answer (after the retries).",
    ]
    return _docstring_text("\n".join(lines))


def _method_imports(endpoint: Endpoint) -> set[str]:
    """Imports the resource module's annotations need (under TYPE_CHECKING)."""
    found: set[str] = set()
    for _, prop in _generator_parameters(endpoint):
        found |= _imports(prop)
    for body in endpoint.bodies:
        if isinstance(body.prop, ModelProperty):
            for member in members(body.prop):
                found |= _imports(member)
    for response in endpoint.responses.patterns:
        if response.status_code.range is not None and 200 <= response.status_code.range[0] < 300:
            found |= _imports(response.prop)
    return {line for line in found if "types import UNSET" not in line}
