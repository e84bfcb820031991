"""Responses handed to users: `APIResponse[T]` (raw access) and turning a body into its model."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._contract import Operation
from ._exceptions import APIResponseValidationError, request_id_of

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

_UNDECODED: Any = object()


class ResponseLocator(Protocol):
    def response_container(
        self, operation: Operation
    ) -> type[list[Any] | dict[str, Any]] | None: ...

    def response_problem(self, operation: Operation, data: object) -> tuple[str, str] | None: ...


class APIResponse(Generic[T_co]):
    """One HTTP response of a call, with its parsed value on demand.

        raw = symetrisk.bank.with_raw_response.get_borrower("123456789")
        raw.status_code, raw.headers, raw.request_id
        borrower = raw.parse()

    The body is read already; `parse()` is cached.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[APIResponse[Any]], T_co]):
        self.http_response = http_response
        self._parse = parse
        self._parsed: Any = _UNDECODED
        self._data: Any = _UNDECODED

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url}>"

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id (quote it to the API's support)."""
        return request_id_of(self.http_response)

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def elapsed(self) -> float:
        """Seconds from sending the request to reading the whole body (the last attempt)."""
        return self.http_response.elapsed.total_seconds()

    def json(self) -> Any:
        """The decoded JSON body (decoded once; `parse()` reuses it)."""
        if self._data is _UNDECODED:
            self._data = json.loads(self.http_response.content)
        return self._data

    def parse(self) -> T_co:
        """The body as the operation's documented model."""
        if self._parsed is _UNDECODED:
            self._parsed = self._parse(self)
        parsed: T_co = self._parsed
        return parsed

    def _forget_json(self) -> None:
        """Let go of the decoded JSON once the model holds it: keeping both doubles a large
        page's memory, and the cyclic GC's work, while the page lives (json() decodes again)."""
        self._data = _UNDECODED


def model_parser(
    operation: Operation,
    from_json: Callable[[Any], T],
    locator: ResponseLocator,
    *,
    strict: bool = False,
) -> Callable[[APIResponse[Any]], T]:
    """A parse step for `APIResponse`: JSON, then the generated model.

    Whatever goes wrong is an `APIResponseValidationError` with the JSON pointer of the failing
    field: the generated `from_dict` raises KeyError/ValueError/TypeError/AttributeError on data
    that breaks the schema, and says nothing about where; the schema validator finds the spot.
    With `strict`, the body is checked against the schema before it is parsed, so a value the
    model would pass through unchecked (a number where a string is documented) is caught too.
    """

    def parse(response: APIResponse[Any]) -> T:
        try:
            data = response.json()
        except ValueError as error:
            raise _mismatch(operation, response, "", f"the body is not JSON ({error})") from None
        container = locator.response_container(operation)
        if strict or (container is not None and not isinstance(data, container)):
            found = locator.response_problem(operation, data)
            if found is not None:
                raise _mismatch(operation, response, *found)
        try:
            return from_json(data)
        except Exception as error:  # anything generated from_dict raises
            found = locator.response_problem(operation, data)
            pointer, problem = found or ("", f"{type(error).__name__}: {error}")
            raise _mismatch(operation, response, pointer, problem) from error

    return parse


def _mismatch(
    operation: Operation, response: APIResponse[Any], pointer: str, problem: str
) -> APIResponseValidationError:
    http = response.http_response
    try:
        body: object | None = response.json() if http.content else None
    except ValueError:
        body = http.text
    return APIResponseValidationError(
        operation_id=operation.operation_id,
        response=http,
        body=body,
        pointer=pointer,
        problem=problem,
    )
