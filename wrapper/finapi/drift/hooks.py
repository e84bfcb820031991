"""The schemathesis hooks of the drift tool, loaded by schemathesis itself.

The configuration files (finapi/drift/drift.toml, tests/drift/contract.toml) name this module
(`hooks = "finapi.drift.hooks"`), and schemathesis imports it like any installed module: no
PYTHONPATH or SCHEMATHESIS_HOOKS needed. runner.py sets these environment variables for the
schemathesis process:

    FINAPI_DRIFT_API       symetrisk | brevio
    FINAPI_DRIFT_AUTH      static  - fixed credentials (the Prism mocks accept any)
                           sdk     - tokens from the SDK's own token handling (staging)
    FINAPI_DRIFT_ENVIRONMENT  sdk auth: the environment handed to the SDK (a name or a URL)
    FINAPI_DRIFT_TARGET    prism | live: `prism` also drops the documented mock artefacts below
    FINAPI_DRIFT_DROPPED   JSONL file: one line per failure a filter dropped, for the report

What it registers:

* An auth provider chosen per operation from the spec's security requirements: HTTP Basic with
  the client id and secret for the token endpoints, `Bearer <token>` for everything else. The
  token comes from the SDK (sdk.py): its OAuth2 client credentials do the grant with HTTP Basic
  client auth, which Cognito requires and schemathesis's built-in `[auth.dynamic]` cannot send.
  A 401 on a request that carried the current token makes the SDK refresh it (its own 401
  path), once per token.
* `before_call`: file parts of multipart bodies get a Content-Type when the spec's `encoding`
  declares none. Every real client sends one (httpx: guessed from the file name, else
  application/octet-stream); Prism 5.14 drops the connection on a file part without it.
* `filter_failure`: drops exactly these failures, each recorded in FINAPI_DRIFT_DROPPED and
  counted in the report (report.DROP_REASONS), never a whole check:
    - multipart-unrepresentable: a negative multipart body that is not an object (an array, a
      number): multipart has only named parts, so what arrives is some valid-looking form.
  and against Prism only (FINAPI_DRIFT_TARGET=prism), each a property of the mock:
    - prism-invalid-json: status_code_conformance on Prism's own
      `400 {"error": {"code": "invalid_json"}}`, sent by its body parser for an unparsable JSON
      body before any spec-driven validation (the spec documents 422 for invalid input).
    - prism-multipart-array: a valid array of files sent as repeated parts rejected as "must be
      array" (stoplightio/prism#2654), matched on Prism's `sl-violations` header; and negative
      cases on such an array (maxItems, type) that Prism therefore cannot judge.
    - prism-unknown-query-parameter / prism-empty-query-value: negative cases whose only
      violation is an undeclared query parameter (Prism ignores those) or `name=` for an
      optional parameter (Prism reads it as absent).
    - prism-content-parameter: negative cases whose only violation is in a parameter declared
      with `content` (JSON in the query, Brevio's `companies`): Prism 5.14 validates only
      parameters with a `schema` and passes these through unread.
* `filter_case` (Prism only): multipart bodies carry only the field names the spec declares;
  Prism 5.14 crashes on some undeclared names (`%p`, NUL, `;` were seen) and then every later
  operation goes untested (prism-undeclared-field-name, counted as well).

Symetrisk's zone-less timestamps need no filter: the spec types them `format: date-time-local`
with a pattern (openapi/CONVENTIONS.md, "Dates and times"), which every tool checks as written.
"""

from __future__ import annotations

import base64
import json
import os
import threading
from pathlib import Path
from typing import Any, TypeAlias

import schemathesis
from schemathesis import AuthContext, HookContext, Response
from schemathesis import Case as GenericCase

from finapi._apis import ApiInfo, api_named
from finapi._openapi import Operation
from finapi.drift import sdk
from finapi.drift.spec import Spec

Case: TypeAlias = GenericCase[Any]

STATIC_CLIENT_ID = "drift-client-id"
STATIC_CLIENT_SECRET = "drift-client-secret"  # noqa: S105 - the mocks accept any credentials
STATIC_TOKEN = "drift-static-token"  # noqa: S105 - for the mocks, as above
FILE_PART_CONTENT_TYPE = "application/octet-stream"


def _api() -> ApiInfo:
    return api_named(os.environ.get("FINAPI_DRIFT_API", "symetrisk"))


_LOCK = threading.Lock()
_SPEC: Spec | None = None


def _spec() -> Spec:
    global _SPEC
    with _LOCK:
        if _SPEC is None:
            _SPEC = Spec.of(_api())
        return _SPEC


def _operation(method: str, path: str) -> Operation | None:
    return _spec().operation(f"{method.upper()} {path}")


def _record_drop(reason: str, failure: object, case: Case, response: Response) -> None:
    target = os.environ.get("FINAPI_DRIFT_DROPPED")
    if not target:
        return
    line = {
        "reason": reason,
        "operation": f"{case.method.upper()} {case.path}",
        "check": getattr(failure, "title", type(failure).__name__),
        "status": response.status_code,
        "case_id": case.id,
    }
    with _LOCK, Path(target).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(line) + "\n")


def _record_case_drop(reason: str, case: Case) -> None:
    target = os.environ.get("FINAPI_DRIFT_DROPPED")
    if not target:
        return
    line = {"reason": reason, "operation": f"{case.method.upper()} {case.path}", "case_id": case.id}
    with _LOCK, Path(target).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(line) + "\n")


# -- auth --------------------------------------------------------------------------------------


class Credentials:
    def __init__(self) -> None:
        api = _api()
        self.mode = os.environ.get("FINAPI_DRIFT_AUTH", "static")
        self.tokens: sdk.Tokens | None = None
        if self.mode == "sdk":
            connection = sdk.connect(api, os.environ["FINAPI_DRIFT_ENVIRONMENT"])
            self.tokens = sdk.Tokens(connection)
            client_id, client_secret = (
                os.environ.get(name, "") for name in api.credential_variables
            )
        else:
            client_id, client_secret = STATIC_CLIENT_ID, STATIC_CLIENT_SECRET
        pair = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode("ascii")
        self.basic = f"Basic {pair}"

    def for_operation(self, operation: Operation | None) -> str:
        if operation is not None and _spec().uses_basic_auth(operation):
            return self.basic
        if self.tokens is not None:
            return self.tokens.authorization()
        return f"Bearer {STATIC_TOKEN}"


_CREDENTIALS: Credentials | None = None


def credentials() -> Credentials:
    global _CREDENTIALS
    with _LOCK:
        if _CREDENTIALS is None:
            _CREDENTIALS = Credentials()
        return _CREDENTIALS


class SpecAuth:
    """Basic for the token endpoints, the SDK's bearer token for everything else."""

    def get(self, case: Case, context: AuthContext) -> str | None:
        operation = _operation(context.operation.method, context.operation.path)
        if operation is not None and not _spec().security_schemes(operation):
            return None
        return credentials().for_operation(operation)

    def set(self, case: Case, data: str, context: AuthContext) -> None:
        case.headers["Authorization"] = data


# No caching here (refresh_interval=None): the SDK caches the token until shortly before
# `expires_in` runs out, which a fixed schemathesis refresh interval would only second-guess.
schemathesis.auth(refresh_interval=None)(SpecAuth)


# -- requests ----------------------------------------------------------------------------------


def before_call(context: HookContext, case: Case, kwargs: dict[str, Any]) -> None:
    if not case.media_type or not case.media_type.startswith("multipart/"):
        return
    operation = _operation(case.method, case.path)
    if operation is None:
        return
    body = _spec().resolve(operation.definition.get("requestBody") or {})
    media = (body.get("content") or {}).get("multipart/form-data") or {}
    declared = set((media.get("encoding") or {}).keys())
    selected = dict(case.multipart_content_types or {})
    for name in _spec().multipart_file_fields(operation):
        if name not in declared:
            selected.setdefault(name, FILE_PART_CONTENT_TYPE)
    if selected:
        case.multipart_content_types = selected


def after_call(context: HookContext, case: Case, response: Response) -> None:
    creds = _CREDENTIALS
    if creds is None or creds.tokens is None or response.status_code != 401:
        return
    sent = case.headers.get("Authorization") if case.headers else None
    if isinstance(sent, str) and sent.startswith("Bearer "):
        creds.tokens.rejected(sent)


schemathesis.hook(before_call)
schemathesis.hook(after_call)


# -- failure filters -----------------------------------------------------------------------------


def _value(item: object) -> str:
    """An enum's value (schemathesis's ParameterLocation is a str Enum), else the string."""
    return str(getattr(item, "value", item))


def _is_prism_invalid_json(failure: object, response: Response) -> bool:
    if type(failure).__name__ != "UndefinedStatusCode" or response.status_code != 400:
        return False
    try:
        body = json.loads(response.content or b"")
    except ValueError:
        return False
    return isinstance(body, dict) and (body.get("error") or {}).get("code") == "invalid_json"


def _file_arrays(case: Case) -> set[str]:
    operation = _operation(case.method, case.path)
    if operation is None:
        return set()
    return {name for name, array in _spec().multipart_file_fields(operation).items() if array}


def _is_prism_multipart_array_rejection(failure: object, case: Case, response: Response) -> bool:
    """A valid array of files (repeated parts) that Prism rejected as "must be array"."""
    if type(failure).__name__ != "RejectedPositiveData" or response.status_code != 422:
        return False
    arrays = _file_arrays(case)
    try:
        violations = [
            item
            for value in response.headers.get("sl-violations") or []
            for item in json.loads(value)
        ]
    except (TypeError, ValueError):
        return False
    return bool(violations) and all(
        violation.get("code") == "type"
        and list(violation.get("location") or []) in (["request", "body", name] for name in arrays)
        for violation in violations
    )


def _negative_targets(case: Case) -> tuple[str | None, set[tuple[str, str]]] | None:
    """(coverage scenario, {(location, name)}) of what a negative case mutated.

    Body targets are named by their top-level property. None if it cannot be told.
    """
    meta = case.meta
    if meta is None or not meta.generation.mode.is_negative:
        return None
    data = meta.phase.data
    scenario = getattr(data, "scenario", None)
    location = _value(getattr(data, "parameter_location", None) or "")
    targets: set[tuple[str, str]] = set()
    for mutation in getattr(data, "mutations", ()) or ():
        where = _value(mutation.parameter_location)
        path = list(mutation.path)
        if path:
            # The top-level property or parameter: a mutation inside a parameter's value
            # (`companies[0].vatNo`) names the inner property in `parameter`.
            targets.add((where, str(path[0])))
        elif where != "body" and mutation.parameter:
            targets.add((where, str(mutation.parameter)))
        else:
            return None
    if not targets:
        pointer = str(getattr(data, "location", "") or "")
        parameter = getattr(data, "parameter", None)
        if location == "body" and pointer.startswith("/properties/"):
            targets.add(("body", pointer.split("/")[2].replace("~1", "/").replace("~0", "~")))
        elif location != "body" and parameter:
            targets.add((location, str(parameter)))
        elif not (location == "query" and _value(scenario or "") == "object_unexpected_properties"):
            return None
    return (None if scenario is None else _value(scenario)), targets


def _prism_accepted_negative(failure: object, case: Case) -> str | None:
    """Negative cases whose acceptance says something about Prism, not about the contract."""
    if type(failure).__name__ != "AcceptedNegativeData":
        return None
    found = _negative_targets(case)
    if found is None:
        return None
    scenario, targets = found
    if scenario == "object_unexpected_properties" and not targets:
        return "prism-unknown-query-parameter"
    query = case.query or {}
    if targets and all(where == "query" and query.get(name) == "" for where, name in targets):
        return "prism-empty-query-value"
    arrays = _file_arrays(case)
    if targets and all(where == "body" and name in arrays for where, name in targets):
        return "prism-multipart-array"
    serialised = _content_parameters(case)
    if targets and all((where, name) in serialised for where, name in targets):
        return "prism-content-parameter"
    return None


def _content_parameters(case: Case) -> set[tuple[str, str]]:
    """(location, name) of the parameters declared with `content` (e.g. JSON in the query)."""
    operation = _operation(case.method, case.path)
    if operation is None:
        return set()
    return {(str(p["in"]), str(p["name"])) for p in operation.parameters if "content" in p}


def _is_unrepresentable_multipart(failure: object, case: Case) -> bool:
    """A negative multipart body that is not an object: multipart can only carry named parts."""
    if type(failure).__name__ != "AcceptedNegativeData":
        return False
    if not case.media_type or not case.media_type.startswith("multipart/"):
        return False
    return not isinstance(case.body, dict)


def filter_failure(context: HookContext, failure: object, case: Case, response: Response) -> bool:
    reason: str | None = None
    if _is_unrepresentable_multipart(failure, case):
        reason = "multipart-unrepresentable"
    elif os.environ.get("FINAPI_DRIFT_TARGET") == "prism":
        if _is_prism_invalid_json(failure, response):
            reason = "prism-invalid-json"
        elif _is_prism_multipart_array_rejection(failure, case, response):
            reason = "prism-multipart-array"
        else:
            reason = _prism_accepted_negative(failure, case)
    if reason is None:
        return True
    _record_drop(reason, failure, case, response)
    return False


def filter_case(context: HookContext, case: Case) -> bool:
    """Against Prism: multipart bodies carry only the field names the spec declares."""
    if os.environ.get("FINAPI_DRIFT_TARGET") != "prism":
        return True
    if not case.media_type or not case.media_type.startswith("multipart/"):
        return True
    if not isinstance(case.body, dict):
        return True
    operation = _operation(case.method, case.path)
    if operation is None:
        return True
    _, schema = operation.request_body_media().get("multipart/form-data", ("", {}))
    declared = set(schema.get("properties") or {})
    if all(str(name) in declared for name in case.body):
        return True
    _record_case_drop("prism-undeclared-field-name", case)
    return False


schemathesis.hook(filter_failure)
schemathesis.hook(filter_case)
