"""Typed errors: one hierarchy, status mapping, request ids, bodies, faults, and 2xx bodies
off the spec."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Iterator

import finapi
import httpx
import pytest
from finapi._exceptions import status_error_from_response
from symetrisk_client.models import Borrower, PingResponse

from tests.conftest import Sleeps

from .fakes import CLIENT_ID, SECRET, FakeApi, sequence

BASIC_CREDENTIAL = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
PONG = httpx.Response(200, json={"message": "pong"})


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
        fake.symetrisk(max_retries=0).status.get_ping()
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
        fake.symetrisk().status.get_ping()
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
        fake.symetrisk(max_retries=0).status.get_ping()
    assert caught.value.request is not None
    assert "ConnectError" in str(caught.value)


async def test_async_errors_are_typed(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(404, json={"detail": "gone"}))
    with pytest.raises(finapi.NotFoundError) as caught:
        await fake.async_symetrisk().status.get_ping()
    assert caught.value.body == {"detail": "gone"}


def test_a_method_returns_the_parsed_model_on_success(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    result = fake.symetrisk().status.get_ping()
    assert isinstance(result, PingResponse)
    assert result.to_dict() == {"message": "pong"}


# -- faults met on real sockets: connection and timeout errors, also while reading the body -------


class _BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that starts arriving, then the connection drops or stalls."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"mess'
        raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"mess'
        raise self.error


def broken_body(error: Exception) -> httpx.Response:
    return httpx.Response(
        200, headers={"content-type": "application/json"}, stream=_BrokenBody(error)
    )


FAULTS = [
    pytest.param(lambda: httpx.ConnectError("refused"), finapi.APIConnectionError, id="connect"),
    pytest.param(lambda: httpx.ReadTimeout("stalled"), finapi.APITimeoutError, id="read-timeout"),
    pytest.param(
        lambda: broken_body(httpx.RemoteProtocolError("peer closed connection")),
        finapi.APIConnectionError,
        id="dropped-mid-body",
    ),
    pytest.param(
        lambda: broken_body(httpx.ReadTimeout("stalled mid-body")),
        finapi.APITimeoutError,
        id="stalled-mid-body",
    ),
]


def faulty(make: object) -> httpx.Response:
    assert callable(make)
    outcome = make()
    if isinstance(outcome, Exception):
        raise outcome
    assert isinstance(outcome, httpx.Response)
    return outcome


@pytest.mark.parametrize(("make", "error_class"), FAULTS)
def test_faults_are_typed_and_retried_for_a_get(
    fake: FakeApi, make: object, error_class: type[finapi.APIConnectionError], slept: Sleeps
) -> None:
    fake.route("GET", "/ping", lambda request: faulty(make))
    with pytest.raises(error_class) as caught:
        fake.symetrisk().status.get_ping()
    assert len(fake.api_requests("/ping")) == 3  # 1 + 2 retries
    assert len(slept) == 2
    error = caught.value
    assert isinstance(error.__cause__, httpx.TransportError)
    assert error.request is not None
    assert error.request.headers["authorization"] == "[REDACTED]"
    for token in fake.issued_tokens():
        assert token not in str(error)
        assert token not in repr(error.request.headers)


@pytest.mark.parametrize(("make", "error_class"), FAULTS)
def test_a_fault_then_success_returns_the_model(
    fake: FakeApi, make: object, error_class: type[finapi.APIConnectionError]
) -> None:
    calls = 0

    def flaky(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return faulty(make) if calls == 1 else httpx.Response(200, json={"message": "pong"})

    fake.route("GET", "/ping", flaky)
    assert fake.symetrisk().status.get_ping() == PingResponse(message="pong")
    assert calls == 2


@pytest.mark.parametrize(("make", "error_class"), FAULTS)
async def test_async_faults_are_typed_and_retried_for_a_get(
    fake: FakeApi, make: object, error_class: type[finapi.APIConnectionError]
) -> None:
    fake.route("GET", "/ping", lambda request: faulty(make))
    with pytest.raises(error_class) as caught:
        await fake.async_symetrisk().status.get_ping()
    assert len(fake.api_requests("/ping")) == 3
    assert caught.value.request is not None
    assert caught.value.request.headers["authorization"] == "[REDACTED]"


def test_a_post_dropped_mid_body_is_not_retried(fake: FakeApi) -> None:
    """The server has seen the whole request when its answer breaks off: no second POST."""
    fake.route(
        "POST",
        "/request-access",
        lambda request: broken_body(httpx.RemoteProtocolError("peer closed connection")),
    )
    with pytest.raises(finapi.APIConnectionError):
        fake.symetrisk().bank.request_borrower_access(borrowers=[])
    assert len(fake.api_requests("/request-access")) == 1


def test_a_token_request_fault_keeps_no_basic_credential(fake: FakeApi) -> None:
    fake.token_failure = httpx.ConnectError("refused")
    with pytest.raises(finapi.APIConnectionError) as caught:
        fake.symetrisk().status.get_ping()
    assert caught.value.request is not None
    assert caught.value.request.headers["authorization"] == "[REDACTED]"
    assert BASIC_CREDENTIAL not in str(caught.value) + repr(caught.value.request.headers)


def test_an_echoed_authorization_header_is_scrubbed_from_the_error(fake: FakeApi) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        authorization = request.headers["authorization"]
        token = authorization.removeprefix("Bearer ")
        return httpx.Response(
            400,
            json={"detail": "bad", "headers": {"Authorization": authorization}, "seen": [token]},
            headers={"x-request-id": "echo-1"},
        )

    fake.route("GET", "/ping", echo)
    with pytest.raises(finapi.BadRequestError) as caught:
        fake.symetrisk().status.get_ping()
    error = caught.value
    (token,) = fake.issued_tokens()
    assert token not in str(error)
    assert token not in repr(error.body)
    assert token not in repr(error)
    assert error.body == {
        "detail": "bad",
        "headers": {"Authorization": "Bearer [REDACTED]"},
        "seen": ["[REDACTED]"],
    }
    assert error.request_id == "echo-1"


def test_a_token_endpoint_echoing_basic_credentials_is_scrubbed(fake: FakeApi) -> None:
    fake.token_failure = httpx.Response(
        401,
        json={"error": "invalid_client", "error_description": f"got Basic {BASIC_CREDENTIAL}"},
    )
    with pytest.raises(finapi.AuthenticationError) as caught:
        fake.symetrisk().status.get_ping()
    assert BASIC_CREDENTIAL not in str(caught.value)
    assert BASIC_CREDENTIAL not in repr(caught.value.body)


# -- a 2xx whose body breaks the spec, from a direct call ---------------------------------------


@pytest.mark.parametrize(
    ("body", "pointer", "problem"),
    [
        ({}, "/message", "required property 'message' is missing"),
        ({"other": 1}, "/message", "required property 'message' is missing"),
        ([], "", "is not of type 'object'"),
    ],
)
def test_a_direct_call_with_a_body_off_the_spec(
    fake: FakeApi, body: object, pointer: str, problem: str
) -> None:
    fake.route(
        "GET",
        "/ping",
        lambda request: httpx.Response(200, json=body, headers={"x-request-id": "r"}),
    )
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        fake.symetrisk().status.get_ping()
    error = caught.value
    assert isinstance(error, finapi.FinapiError)
    assert error.operation_id == "get_ping"
    assert error.status_code == 200
    assert error.body == body
    assert error.pointer == pointer
    assert problem in error.problem
    assert error.request_id == "r"
    assert "get_ping: HTTP 200 response does not match the spec" in str(error)
    assert not isinstance(error.__cause__, finapi.FinapiError)


def test_a_nested_field_is_located(fake: FakeApi) -> None:
    companies = [{"name": "A AS", "organization_number": "123456789"}, {"name": "B AS"}]
    fake.json_route("POST", "/initialize-company", companies)
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        fake.symetrisk().credit_scoring.initialize_credit_scorer_company(borrowers=[])
    assert caught.value.operation_id == "initialize_credit_scorer_company"
    assert caught.value.pointer == "/1/organization_number"
    assert caught.value.body == companies
    assert isinstance(caught.value.__cause__, KeyError)  # what generated from_dict raised


def test_a_value_of_the_wrong_type_that_from_dict_chokes_on(fake: FakeApi) -> None:
    score = {
        "snapshot_date": "31.12.2025",
        "credit_score": 68.91,
        "liquidity_coverage": {"value": 4.17, "contribution": 50},
        "solidity": {"value": 30.47, "contribution": 11.05},
        "cashflow": {"value": 4.05, "contribution": 7.86},
    }
    fake.json_route("GET", "/get-credit-score/923609016/999999998", score)
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        fake.symetrisk().credit_scoring.get_credit_score("923609016", "999999998")
    assert caught.value.pointer == "/snapshot_date"
    assert caught.value.problem == "'31.12.2025' is not a 'date'"
    assert caught.value.body == score
    assert isinstance(caught.value.__cause__, ValueError)


def test_a_body_that_is_not_json(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        fake.symetrisk().status.get_ping()
    assert caught.value.status_code == 200
    assert caught.value.body == "<html>maintenance</html>"
    assert caught.value.pointer == ""
    assert "not JSON" in caught.value.problem


def test_an_empty_body(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(200))
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        fake.symetrisk().status.get_ping()
    assert caught.value.body is None


async def test_async_direct_call_with_a_body_off_the_spec(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"msg": "pong"})
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        await fake.async_symetrisk().status.get_ping()
    assert caught.value.pointer == "/message"


def test_the_error_keeps_no_bearer_token(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {})
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        fake.symetrisk().status.get_ping()
    assert caught.value.request is not None
    assert caught.value.request.headers["authorization"] == "[REDACTED]"
    assert caught.value.response.request.headers["authorization"] == "[REDACTED]"


def test_a_field_of_the_wrong_json_type_is_refused_by_default(fake: FakeApi) -> None:
    """`{"message": 5}` would make a `str` attribute hold an int: the models check JSON types."""
    fake.json_route("GET", "/ping", {"message": 5})
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        fake.symetrisk().status.get_ping()
    assert caught.value.pointer == "/message"
    assert "is not of type 'string'" in caught.value.problem
    assert isinstance(caught.value.__cause__, TypeError)


@pytest.mark.parametrize(
    ("message", "kind"),
    [(True, "bool in a string field"), (None, "null in a non-nullable field")],
)
def test_other_json_types_are_refused_too(fake: FakeApi, message: object, kind: str) -> None:
    fake.json_route("GET", "/ping", {"message": message})
    with pytest.raises(finapi.APIResponseValidationError, match="message"):
        fake.symetrisk().status.get_ping()


def test_strict_response_validation_catches_what_the_models_pass(fake: FakeApi) -> None:
    """The models check JSON types, not the rest of a schema: a pattern, say."""
    companies = [{"name": "A AS", "organization_number": "12"}]  # the spec: nine digits
    fake.json_route("POST", "/initialize-company", companies)
    lenient = fake.symetrisk().credit_scoring.initialize_credit_scorer_company(borrowers=[])
    assert lenient[0].organization_number == "12"
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        fake.symetrisk(
            strict_response_validation=True
        ).credit_scoring.initialize_credit_scorer_company(borrowers=[])
    assert caught.value.pointer == "/0/organization_number"
    assert "does not match" in caught.value.problem


def test_strict_response_validation_passes_a_good_body(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk(strict_response_validation=True)
    assert client.status.get_ping() == PingResponse(message="pong")


# -- low-level calls ------------------------------------------------------------------------------


def test_low_level_get_uses_token_retries_and_typed_errors(fake: FakeApi, slept: Sleeps) -> None:
    fake.route("GET", "/not-in-the-spec", sequence(httpx.Response(503), PONG))
    client = fake.symetrisk()
    response = client.get("/not-in-the-spec", params={"a": "1"}, headers={"X-Trace": "t"})
    assert response.json() == {"message": "pong"}
    first, second = fake.api_requests("/not-in-the-spec")
    assert first.headers["authorization"] == second.headers["authorization"]
    assert second.headers["authorization"] == "Bearer access-token-1-abcdefgh"
    assert second.headers["x-trace"] == "t"
    assert second.url.params["a"] == "1"
    assert len(slept) == 1
    fake.route("GET", "/gone", lambda request: httpx.Response(404, json={"detail": "gone"}))
    with pytest.raises(finapi.NotFoundError) as caught:
        client.get("/gone")
    assert caught.value.body == {"detail": "gone"}


def test_low_level_request_casts_and_replays_after_401(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk()
    client.get("/ping")
    fake.revoke_tokens()
    parsed = client.request("GET", "/ping", cast_to=PingResponse.from_dict)
    assert parsed == PingResponse(message="pong")
    assert len(fake.token_requests) == 2


def test_low_level_post_is_not_retried_after_a_503(fake: FakeApi) -> None:
    fake.route("POST", "/custom", sequence(httpx.Response(503), PONG))
    client = fake.symetrisk()
    with pytest.raises(finapi.ServerError):
        client.post("/custom", json={"a": 1})
    (request,) = fake.api_requests("/custom")
    assert request.content == b'{"a":1}'
    assert request.headers["authorization"].startswith("Bearer ")


@pytest.mark.parametrize(
    ("response", "problem"),
    [
        (httpx.Response(200, json={"msg": "x"}), "KeyError"),
        (httpx.Response(200, text="<html>"), "not JSON"),
    ],
)
def test_low_level_cast_failure_is_a_response_validation_error(
    fake: FakeApi, response: httpx.Response, problem: str
) -> None:
    fake.route("GET", "/ping", sequence(response))
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        fake.symetrisk().request("GET", "/ping", cast_to=PingResponse.from_dict)
    assert caught.value.status_code == 200
    assert caught.value.operation_id == "GET /ping"
    assert problem in caught.value.problem


async def test_async_low_level_calls(fake: FakeApi) -> None:
    fake.route("GET", "/ping", sequence(httpx.ReadTimeout("slow"), PONG))
    fake.json_route("POST", "/custom", {"ok": True})
    client = fake.async_symetrisk()
    assert (await client.get("/ping")).json() == {"message": "pong"}
    assert (await client.post("/custom", json={})).json() == {"ok": True}
    borrower = await client.request("GET", "/ping", cast_to=PingResponse.from_dict)
    assert borrower.message == "pong"
    assert len(fake.token_requests) == 1
    fake.route("GET", "/ping", lambda request: httpx.Response(409, json={}))
    with pytest.raises(finapi.ConflictError):
        await client.request("GET", "/ping", cast_to=Borrower.from_dict)


def test_a_mock_violation_header_is_shown_in_the_error(fake: FakeApi) -> None:
    """Prism answers an invalid request with the spec's canned 422 example; the real reason is
    only in its sl-violations header, so the error shows that too."""
    violation = "[request.query.limit] must be >= 1"
    fake.route(
        "GET",
        "/ping",
        lambda request: httpx.Response(
            422,
            json={"detail": "an unrelated documented example"},
            headers={"sl-violations": violation},
        ),
    )
    with pytest.raises(finapi.UnprocessableEntityError) as caught:
        fake.symetrisk(max_retries=0).status.get_ping()
    assert violation in str(caught.value)
    assert caught.value.body == {"detail": "an unrelated documented example"}
