"""The shapes of the spec facts that `nox -s generate` compiles into each generated package.

`generated/<api>_client/_contract.py` builds one `ApiContract` out of these classes: every
operation with its wire names, Python names, locations, request schemas, pagination and the
reason it is inferred, plus the API's servers, token URL and dated version. The wrapper reads
only these objects at run time; it never parses the YAML specs and never guesses how the
generator names things (the generation step wrote the Python names down).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ._apis import ApiInfo

JSONSchema = Mapping[str, Any]
Location = Literal["path", "query", "header"]
# "oauth2": a bearer token from the client-credentials flow. "client_basic": the token endpoint
# itself, authenticated with the client id and secret (HTTP Basic) and sent to the token URL.
Security = Literal["oauth2", "client_basic", "none"]
PaginationStyle = Literal["limit-skip", "offset", "cursor", "offset-page-size"]


@dataclass(frozen=True, slots=True)
class Parameter:
    """A path, query or header parameter of one operation."""

    name: str  # on the wire, e.g. "vatNo"
    python_name: str  # the method's keyword, e.g. "vat_no"
    location: Location
    required: bool
    # Query serialisation (OpenAPI `style`/`explode`): "form" + explode repeats a list's key;
    # "json" for a parameter the spec serialises as `content: application/json`.
    style: str = "form"
    explode: bool = True


@dataclass(frozen=True, slots=True)
class BodyField:
    """A top-level property of an object request body, flattened into a method keyword."""

    name: str  # on the wire
    python_name: str
    required: bool
    binary: bool = False  # a file, or an array of files (multipart parts)


@dataclass(frozen=True, slots=True)
class RequestBody:
    media_type: str  # application/json | multipart/form-data | application/x-www-form-urlencoded
    required: bool
    fields: tuple[BodyField, ...]
    schema: JSONSchema  # for validation; `$ref`s point into ApiContract.schemas


@dataclass(frozen=True, slots=True)
class Pagination:
    """An operation's `x-pagination`, with the generated keyword names written down.

    Paths (`items`, `total`, `next`) are dotted wire paths into the JSON body; "" is the body.
    """

    style: PaginationStyle
    position: Parameter  # skip / offset / cursor
    size: Parameter | None  # limit / pageSize, when the caller may choose the page size
    page_size: int  # the default (or, for "offset", the fixed) page size
    max_page_size: int | None
    items: str
    total: str | None = None
    next: str | None = None
    inferred: str | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of a spec, as the wrapper needs it."""

    operation_id: str  # also the resource method's name
    tag: str  # the resource it belongs to
    method: str  # upper case
    path: str  # template with wire names, e.g. "/borrower/{organization_number}"
    summary: str
    parameters: tuple[Parameter, ...]
    # An object schema over the parameters' wire names (with `x-business-id` rules across them);
    # None when the operation has no parameters to check.
    parameters_schema: JSONSchema | None
    body: RequestBody | None
    security: Security
    success_statuses: frozenset[int]
    response_schema: JSONSchema | None  # of the success response, for precise parse errors
    pagination: Pagination | None = None
    # Python names of the success model's `successful` and `failed` lists, when the API reports
    # per item which ones of a batch went through (`finapi.batched` reads them).
    batch_result: tuple[str, str] | None = None
    inferred: str | None = None  # the operation's `x-inferred` reason
    deprecated: bool = False

    def parameter(self, name: str) -> Parameter:
        """A parameter by its wire name."""
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        raise LookupError(f"{self.operation_id} has no parameter {name!r}")

    def body_field(self, name: str) -> BodyField:
        """A body property by its wire name."""
        for body_field in self.body.fields if self.body else ():
            if body_field.name == name:
                return body_field
        raise LookupError(f"{self.operation_id} has no request-body property {name!r}")


@dataclass(frozen=True)
class ApiContract:
    """Everything the wrapper needs from one spec, compiled at generate time."""

    api: ApiInfo
    title: str  # info.title
    version: str  # info.version
    api_version: str | None  # the dated version pinned in `api.version_header`, if any
    servers: Mapping[str, str]  # environment ("production", "staging") -> base URL
    token_url: str  # the production token URL (oauth2 clientCredentials tokenUrl)
    scopes: tuple[str, ...]  # every scope the spec declares
    operations: Mapping[str, Operation]
    schemas: Mapping[str, JSONSchema] = field(repr=False)  # components.schemas, for `$ref`s

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.operations[operation_id]
        except KeyError:
            raise LookupError(f"{self.api.title} has no operation {operation_id!r}") from None

    def resolve(self, schema: JSONSchema) -> JSONSchema:
        """Follow `$ref`s (they point into `schemas`) to the schema itself."""
        seen: set[str] = set()
        while "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in seen:
                raise ValueError(f"circular $ref {ref}")
            seen.add(ref)
            schema = self.schemas[ref.removeprefix("#/components/schemas/")]
        return schema

    @property
    def token_path(self) -> str:
        """The token endpoint's path, used on hosts other than production (mock, staging)."""
        from urllib.parse import urlsplit

        return urlsplit(self.token_url).path
