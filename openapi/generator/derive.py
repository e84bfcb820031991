"""The copy of a spec that openapi-python-client generates from.

The specs in openapi/ say what the APIs send, in terms every validator checks (Spectral,
openapi-spec-validator, jsonschema, schemathesis, Prism). Two of those terms are beyond
openapi-python-client 0.29, which would otherwise generate worse code from a truer spec:

- `format: date-time-local` (OpenAPI format registry: RFC 3339 date-time without the offset,
  Symetrisk's zone-less timestamps). The generator knows only `date-time`; with it, the models
  parse these strings into `datetime` objects (naive, as sent). So the derived copy says
  `date-time`; the pattern next to it stays (the generator ignores it).
- A parameter serialised as a media type (`content: {application/json: ...}`, Brevio's
  `companies` filter, JSON in the query string). The generator silently drops parameters without
  a `schema`; in the derived copy the media type's schema is the parameter's, so the SDK's method
  takes the value itself (a list of `CompanyInput`) and the SDK layer sends it as JSON (the
  contract records the parameter's style as "json").
- A `$ref` with a sibling `default` (OpenAPI 3.1 allows siblings: `language: {$ref: KnownLanguage,
  default: nb}`). The generator reads such a node as a bare reference and drops the default;
  wrapped in a one-element `allOf` (its own idiom for "this reference, plus"), the generated
  model field gets the default.

`generator_document` is pure: no I/O, the input is not modified. The generation step writes its
result to a temporary file and hands that to openapi-python-client (`--path`).
"""

from __future__ import annotations

import copy
from typing import Any

GENERATOR_FORMATS = {"date-time-local": "date-time"}


def generator_document(document: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of an OpenAPI document, rewritten where openapi-python-client needs it."""
    derived = copy.deepcopy(document)
    _rewrite(derived)
    return derived


def _rewrite(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _rewrite(item)
        return
    if not isinstance(node, dict):
        return
    value = node.get("format")
    if isinstance(value, str) and value in GENERATOR_FORMATS:
        node["format"] = GENERATOR_FORMATS[value]
    if _is_parameter_with_content(node):
        (media,) = node.pop("content").values()
        node["schema"] = media["schema"]
    if isinstance(node.get("$ref"), str) and "default" in node:
        node["allOf"] = [{"$ref": node.pop("$ref")}]
    for child in node.values():
        _rewrite(child)


def _is_parameter_with_content(node: dict[str, Any]) -> bool:
    return (
        isinstance(node.get("name"), str)
        and node.get("in") in ("query", "header", "path", "cookie")
        and isinstance(node.get("content"), dict)
        and "schema" not in node
    )
