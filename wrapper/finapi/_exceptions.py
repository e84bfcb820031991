"""One error hierarchy for both APIs.

Modelled on the Stainless SDKs (openai-python `_exceptions.py`) so that users can write one
`except finapi.NotFoundError` no matter which API or which generated operation they called.
"""

from __future__ import annotations

import json

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FinapiError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "ValidationError",
    "status_error_from_response",
]

# Header names under which the two APIs (and AWS API Gateway in front of Symetrisk) return the
# id support needs to find a request in their logs.
REQUEST_ID_HEADERS = ("x-request-id", "x-amzn-requestid", "request-id")

_MAX_BODY_IN_MESSAGE = 500


class FinapiError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(FinapiError):
    """The client cannot be built: missing credentials, unknown environment, insecure URL..."""


class RequestValidationError(FinapiError, ValueError):
    """The request breaks the API contract; raised before anything is sent (or a token fetched).

    Attributes:
        operation_id: the spec's operationId of the rejected call.
        field: the offending parameter or body property, by its wire name (``"comment"``,
            ``"dueDays"``, ``"attachments"``), dotted for nested body values.
        problems: every problem found (the message shows the first ones).
    """

    def __init__(self, operation_id: str, problems: list[tuple[str, str]]) -> None:
        self.operation_id = operation_id
        self.problems = problems
        self.field = problems[0][0] if problems else ""
        lines = [f"{operation_id}: {text}" for _, text in problems]
        super().__init__("\n".join(lines))


class APIError(FinapiError):
    """Something went wrong talking to the API."""

    def __init__(self, message: str, *, request: httpx.Request | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIResponseValidationError(APIError):
    """The API answered with a success status, but the body is not what the spec describes, so
    it cannot be turned into the documented model (a drift check, see README "Contract drift",
    tells where the spec and the API disagree).

    Attributes:
        operation_id: the operation whose response broke the spec.
        status_code: the HTTP status of the response.
        body: the decoded JSON body, or the raw text when it is not JSON (None when empty).
        pointer: JSON pointer of the failing field ("/items/3/name"; "" for the whole body).
        problem: what is wrong there, in words.
        response: the `httpx.Response` (already read).
    """

    def __init__(
        self,
        *,
        operation_id: str,
        response: httpx.Response,
        body: object | None,
        pointer: str,
        problem: str,
    ) -> None:
        where = f"at {pointer}" if pointer else "in the body"
        message = (
            f"{operation_id}: HTTP {response.status_code} response does not match the spec "
            f"{where}: {problem}"
        )
        super().__init__(message, request=_without_credentials(response))
        self.operation_id = operation_id
        self.status_code = response.status_code
        self.body = body
        self.pointer = pointer
        self.problem = problem
        self.response = response
        self.request_id = request_id_of(response)


class APIConnectionError(APIError):
    """No usable response: DNS, refused connection, TLS, a connection dropped or stalled while
    the body was read..."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=public_request(request))


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APIStatusError(APIError):
    """The API answered with a 4xx/5xx status.

    Attributes:
        status_code: the HTTP status.
        body: the parsed JSON body, or the raw text when it is not JSON (None when empty).
        request_id: the server's request id, quote it to the API's support.
        response: the `httpx.Response` (already read).
    """

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, request=_without_credentials(response))
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id_of(response)


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401 from the API, or the OAuth2 token endpoint refusing the credentials (400/401/403:
    `invalid_client`, `invalid_grant`, ...). An outage of the token endpoint is a ServerError."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the server's own validation rejected the request."""


# Both names are in use for a 422; they refer to the same class.
ValidationError = UnprocessableEntityError


class RateLimitError(APIStatusError):
    """HTTP 429 (after the retries allowed by Retry-After were used up)."""


class ServerError(APIStatusError):
    """HTTP 5xx (after retries)."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def request_id_of(response: httpx.Response) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def decode_body(response: httpx.Response) -> object | None:
    """Parsed JSON when possible, the raw text otherwise; None for an empty body."""
    if not response.content:
        return None
    try:
        parsed: object = json.loads(response.content)
    except ValueError:
        return response.text
    return parsed


def status_error_class(status_code: int) -> type[APIStatusError]:
    cls = _STATUS_CLASSES.get(status_code)
    if cls is None:
        cls = ServerError if status_code >= 500 else APIStatusError
    return cls


def public_request(request: httpx.Request) -> httpx.Request:
    """A copy of a request that is safe to hand to the caller: credentials blanked.

    Errors carry the request they are about; the original still holds the bearer token (or the
    Basic client credential of a token request), and may be retried, so it is not touched.
    """
    headers = httpx.Headers(request.headers)
    for name in SENSITIVE_HEADERS:
        if name in headers:
            headers[name] = "[REDACTED]"
    return httpx.Request(
        request.method, request.url, headers=headers, extensions=dict(request.extensions)
    )


SENSITIVE_HEADERS = ("authorization", "proxy-authorization", "cookie")


def _without_credentials(response: httpx.Response) -> httpx.Request:
    """The blanked copy of a final response's request, which the response then points to too:
    an error hands out `error.response`, and `error.response.request` would otherwise still
    hold the bearer token (or the Basic credential of a token request). The call is over, so
    nothing sends that request again."""
    request = public_request(response.request)
    response.request = request
    return request


def status_error_from_response(
    response: httpx.Response, *, secrets: tuple[str, ...] = ()
) -> APIStatusError:
    """Build the typed error for an (already read) error response.

    `secrets` (the bearer token and client credentials this request carried) are blanked from
    the body and message: some servers echo the Authorization header back in error bodies.
    """
    body = scrub(decode_body(response), secrets)
    _scrub_content(response, secrets)
    cls = status_error_class(response.status_code)
    request = response.request
    message = (
        f"HTTP {response.status_code} {response.reason_phrase} for {request.method} {request.url}"
    )
    request_id = request_id_of(response)
    if request_id:
        message += f" (request id {request_id})"
    if body is not None:
        text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
        if len(text) > _MAX_BODY_IN_MESSAGE:
            text = text[:_MAX_BODY_IN_MESSAGE] + "..."
        message += f": {text}"
    # A Prism mock answers a request it finds invalid with the spec's documented error example,
    # and puts the real reason only in this header; show it, or the message names the wrong cause.
    violations = response.headers.get("sl-violations")
    if violations:
        message += f" [mock: the request breaks the spec: {scrub(violations, secrets)}]"
    return cls(message, response=response, body=body)


def _scrub_content(response: httpx.Response, secrets: tuple[str, ...]) -> None:
    """Blank echoed secrets in the body that `error.response` hands out, too."""
    content = response.content
    cleaned = content
    for secret in _longest_first(secrets):
        cleaned = cleaned.replace(secret.encode(), b"[REDACTED]")
    if cleaned != content:
        response.stream = httpx.ByteStream(cleaned)
        response._content = cleaned  # httpx caches the read body here; .content/.text/.json read it
        response.headers["Content-Length"] = str(len(cleaned))


def _longest_first(secrets: tuple[str, ...]) -> tuple[str, ...]:
    # A secret inside another (a client secret within a token) must not leave pieces behind.
    return tuple(sorted((secret for secret in secrets if secret), key=len, reverse=True))


def scrub(value: object, secrets: tuple[str, ...]) -> object:
    """A copy of a decoded body with every occurrence of the given secrets blanked."""
    live = _longest_first(secrets)
    if not live:
        return value
    if isinstance(value, str):
        for secret in live:
            value = value.replace(secret, "[REDACTED]")
        return value
    if isinstance(value, dict):
        return {key: scrub(item, live) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub(item, live) for item in value]
    return value
