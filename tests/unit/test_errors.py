"""Typed errors: one hierarchy, status mapping, request ids, bodies."""

from __future__ import annotations

import finapi
import httpx
import pytest
from finapi._exceptions import status_error_from_response
from symetrisk_client.api.status import get_ping

from .fakes import FakeApi


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, finapi.BadRequestError),
        (403, finapi.PermissionDeniedError),
        (404, finapi.NotFoundError),
        (409, finapi.ConflictError),
        (422, finapi.UnprocessableEntityError),
        (429, finapi.RateLimitError),
        (500, finapi.ServerError),
        (503, finapi.ServerError),
        (418, finapi.APIStatusError),
    ],
)
def test_status_codes_map_to_error_classes(
    fake: FakeApi, status: int, error_class: type[finapi.APIStatusError]
) -> None:
    fake.route(
        "GET",
        "/ping",
        lambda request: httpx.Response(
            status, json={"detail": f"status {status}"}, headers={"x-request-id": "req-42"}
        ),
    )
    with pytest.raises(error_class) as caught:
        get_ping.sync_detailed(client=fake.symetrisk(max_retries=0))
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.body == {"detail": f"status {status}"}
    assert error.request_id == "req-42"
    assert "req-42" in str(error)
    assert f"HTTP {status}" in str(error)
    assert error.response.status_code == status
    assert isinstance(error, finapi.APIError)
    assert isinstance(error, finapi.FinapiError)


def test_validation_error_alias() -> None:
    assert finapi.ValidationError is finapi.UnprocessableEntityError


def test_401_after_replay_is_authentication_error(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(401, text="expired"))
    with pytest.raises(finapi.AuthenticationError) as caught:
        get_ping.sync(client=fake.symetrisk())
    assert caught.value.body == "expired"


@pytest.mark.parametrize("header", ["x-request-id", "x-amzn-requestid", "request-id"])
def test_request_id_headers(header: str) -> None:
    request = httpx.Request("GET", "https://api.example.com/x")
    response = httpx.Response(404, headers={header: "abc"}, request=request)
    assert status_error_from_response(response).request_id == "abc"


def test_empty_and_non_json_bodies() -> None:
    request = httpx.Request("GET", "https://api.example.com/x")
    empty = status_error_from_response(httpx.Response(500, request=request))
    assert empty.body is None
    assert empty.request_id is None
    html = status_error_from_response(
        httpx.Response(502, text="<html>down</html>", request=request)
    )
    assert html.body == "<html>down</html>"


def test_long_bodies_are_truncated_in_the_message() -> None:
    request = httpx.Request("GET", "https://api.example.com/x")
    error = status_error_from_response(httpx.Response(400, text="x" * 5000, request=request))
    assert len(str(error)) < 700
    assert error.body == "x" * 5000


def test_connection_errors_are_typed(fake: FakeApi) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    fake.route("GET", "/ping", refuse)
    with pytest.raises(finapi.APIConnectionError) as caught:
        get_ping.sync_detailed(client=fake.symetrisk(max_retries=0))
    assert caught.value.request is not None
    assert "ConnectError" in str(caught.value)


async def test_async_errors_are_typed(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(404, json={"detail": "gone"}))
    with pytest.raises(finapi.NotFoundError) as caught:
        await get_ping.asyncio(client=fake.async_symetrisk())
    assert caught.value.body == {"detail": "gone"}


def test_generated_sync_returns_parsed_model_on_success(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    result = get_ping.sync(client=fake.symetrisk())
    assert result is not None
    assert result.to_dict() == {"message": "pong"}
