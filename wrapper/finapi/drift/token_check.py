"""The token endpoint first: is it there, does it take the credentials, does it speak OAuth2?

Before any operation is tested, the drift run fetches a token through the SDK (the spec's
`tokenUrl`; Brevio's is inferred). A failure there is told apart by what came back:

    not-found    404/405/410, or an answer that is not JSON (an HTML page): no such endpoint
    refused      400/401/403 with an OAuth2 error (`{"error": "invalid_client"}`, RFC 6749 5.2)
    not-oauth2   an answer without `access_token` and without an OAuth2 error
    unavailable  5xx, 429 or no connection: the run could not be done

Each has its own message, naming the spec line to fix, and its own exit code (cli.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from finapi._apis import ApiInfo
from finapi.drift import sdk
from finapi.drift.analysis import spec_file
from finapi.drift.spec import Spec, inferred

OK = "ok"
NOT_FOUND = "not-found"
REFUSED = "refused"
NOT_OAUTH2 = "not-oauth2"
UNAVAILABLE = "unavailable"


@dataclass(frozen=True)
class TokenVerdict:
    kind: str
    url: str
    message: str
    status: int | None = None


def classify(status: int, content_type: str | None, body: bytes) -> str:
    """What a token endpoint's answer says (see the module docstring)."""
    if status >= 500 or status == 429:
        return UNAVAILABLE
    if status in (404, 405, 410):
        return NOT_FOUND
    media = (content_type or "").split(";", 1)[0].strip().lower()
    try:
        payload = json.loads(body) if body else None
    except ValueError:
        payload = None
    if payload is None or media in ("text/html", "application/xhtml+xml"):
        return NOT_FOUND
    if isinstance(payload, dict):
        if 200 <= status < 300 and isinstance(payload.get("access_token"), str):
            return OK if payload["access_token"] else NOT_OAUTH2
        if status in (400, 401, 403) and isinstance(payload.get("error"), str):
            return REFUSED
    return NOT_OAUTH2


def _where(spec: Spec) -> str:
    """The spec lines a person fixes when the token endpoint is not what the spec says."""
    file = spec_file(spec)
    pointer = "#/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl"
    line = spec.line_of(pointer)
    where = f"tokenUrl at {file}:{line}" if line else f"tokenUrl in {file}"
    operation = spec.token_operation()
    if operation is not None:
        op_line = spec.line_of(f"#/paths/{operation.path.replace('~', '~0').replace('/', '~1')}")
        where += f" and {operation.operation_id} (POST {operation.path}) at {file}:{op_line}"
        if inferred(operation):
            where += " (x-inferred)"
    return where


def check(api: ApiInfo, spec: Spec, tokens: sdk.Tokens) -> TokenVerdict:
    """Fetch a token through the SDK and say what went wrong, if anything."""
    import finapi

    try:
        tokens.authorization()
    except finapi.APIStatusError as error:
        response = error.response
        url = str(response.request.url) if response.request is not None else "the token URL"
        kind = classify(response.status_code, response.headers.get("content-type"),
                        response.content)  # fmt: skip
        if kind == OK:  # the SDK refused something the classification accepts: say so
            kind = NOT_OAUTH2
        return TokenVerdict(kind, url, _message(api, spec, kind, url, response.status_code,
                                                response.headers.get("content-type"), error),
                            response.status_code)  # fmt: skip
    except finapi.APIConnectionError as error:
        url = str(error.request.url) if error.request is not None else "the token URL"
        return TokenVerdict(UNAVAILABLE, url, f"{api.title}: no answer from the token endpoint "
                            f"{url}: {error}")  # fmt: skip
    return TokenVerdict(OK, "", f"{api.title}: the token endpoint issued a token")


def _message(api: ApiInfo, spec: Spec, kind: str, url: str, status: int,
             content_type: str | None, error: Exception) -> str:  # fmt: skip
    answer = f"HTTP {status}" + (f", {content_type.split(';')[0]}" if content_type else "")
    id_var, secret_var = api.credential_variables
    if kind == NOT_FOUND:
        return (
            f"{api.title}: there is no token endpoint at {url} ({answer}). Confirm the route and "
            f"fix the {_where(spec)}."
        )
    if kind == REFUSED:
        return (
            f"{api.title}: the token endpoint at {url} refused the credentials ({answer}): "
            f"{error}. Check {id_var} and {secret_var} (and the client's scopes)."
        )
    if kind == NOT_OAUTH2:
        return (
            f"{api.title}: {url} answered ({answer}) but not as an OAuth2 token endpoint: no "
            f"access_token and no OAuth2 error in the body. It may be another route; confirm the "
            f"token endpoint and fix the {_where(spec)}."
        )
    return f"{api.title}: the token endpoint at {url} is unavailable ({answer}): {error}"
