"""What both APIs' sandboxes share: spec examples, request parsing, pagination, clocks."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from finapi._apis import api_named
from finapi._openapi import load_document
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from mocks.prism import ROOT

JSON = Any
T = TypeVar("T")
Handler = Callable[..., Awaitable[Response]]


class ApiError(Exception):
    """An error answer: the status and the body the API's error schema describes."""

    def __init__(self, status: int, body: dict[str, JSON]) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body


@functools.cache
def spec(api: str) -> dict[str, JSON]:
    """The spec document, for its documented examples (read once per process)."""
    return load_document(ROOT / "openapi" / api_named(api).spec_file)


def example(api: str, path: str, method: str, name: str, status: str = "200") -> JSON:
    """A documented response example, as a fresh copy the caller may change."""
    operation = spec(api)["paths"][path][method]
    content = operation["responses"][status]["content"]["application/json"]
    value = content["examples"][name]
    if "$ref" in value:
        value = spec(api)["components"]["examples"][value["$ref"].rsplit("/", 1)[1]]
    return json.loads(json.dumps(value["value"]))


def json_response(body: JSON, status: int = 200) -> Response:
    return JSONResponse(body, status_code=status)


def endpoint(
    error_body: Callable[[str], dict[str, JSON]],
) -> Callable[[Callable[..., Awaitable[JSON]]], Handler]:
    """Wrap a handler (a method taking the request) that returns a JSON value or raises
    ApiError into a Starlette endpoint; errors get the API's error body."""

    def wrap(handler: Callable[..., Awaitable[JSON]]) -> Handler:
        @functools.wraps(handler)
        async def run(*arguments: Any) -> Response:
            try:
                result = await handler(*arguments)
            except ApiError as error:
                return json_response(error.body, error.status)
            except BadInput as error:
                return json_response(error_body(str(error)), 422)
            return result if isinstance(result, Response) else json_response(result)

        return run

    return wrap


class BadInput(ValueError):
    """Input the backend cannot use; Prism normally refuses it before it gets here."""


async def json_body(request: Request) -> dict[str, JSON]:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise BadInput("The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise BadInput("The request body must be a JSON object.")
    return body


async def optional_json_body(request: Request) -> dict[str, JSON]:
    if not await request.body():
        return {}
    return await json_body(request)


async def uploaded_files(request: Request, field: str) -> list[tuple[str, int]]:
    """(file name, size) of every part named `field` of a multipart body (none if no body)."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return []
    form = await request.form(max_files=100)
    files = []
    for item in form.getlist(field):
        if isinstance(item, UploadFile):
            content = await item.read()
            files.append((item.filename or "attachment", len(content)))
    await form.close()
    return files


def query_int(request: Request, name: str, default: int, minimum: int = 0) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadInput(f"Query parameter {name} must be an integer.") from None
    if value < minimum:
        raise BadInput(f"Query parameter {name} must be at least {minimum}.")
    return value


def query_bool(request: Request, name: str) -> bool | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    if raw.lower() in ("true", "1"):
        return True
    if raw.lower() in ("false", "0"):
        return False
    raise BadInput(f"Query parameter {name} must be true or false.")


def query_date(request: Request, name: str) -> dt.date | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise BadInput(f"Query parameter {name} must be a date (YYYY-MM-DD).") from None


def page(items: Sequence[T], offset: int, size: int) -> list[T]:
    return list(items[offset : offset + size])


def utc_now() -> dt.datetime:
    """Now, to the second (what Brevio's examples show), in UTC."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def zulu(moment: dt.datetime | None) -> str | None:
    """Brevio's DateTime: ISO 8601 in UTC with a Z."""
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def naive(moment: dt.datetime) -> str:
    """Symetrisk's timestamps: ISO 8601 without a zone (UTC wall time)."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat()


def month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return month_end(index // 12, index % 12 + 1)
