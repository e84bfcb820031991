"""Request building from the compiled facts, the per-call escape hatches, and raw responses."""

from __future__ import annotations

import datetime
import email.parser
import email.policy
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qs

import finapi
import httpx
import pytest
from brevio_client.types import File
from finapi._contract import Operation, Parameter
from finapi._serialize import query_pairs
from symetrisk_client.models import OrganizationReference, PingResponse

from .fakes import FakeApi, sequence

CONFIRMATION = "/v1/confirm/confirmations"


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str | None
    payload: bytes


def multipart(request: httpx.Request) -> list[Part]:
    """The parts of a multipart/form-data request, in order (stdlib parser, not ours)."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    assert message.is_multipart()
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        explicit = part.get("content-type")
        parts.append(
            Part(
                name=str(part.get_param("name", header="content-disposition")),
                filename=part.get_filename(),
                content_type=None if explicit is None else part.get_content_type(),
                payload=payload,
            )
        )
    return parts


# -- paths ---------------------------------------------------------------------------------------


def test_path_parameters_are_percent_encoded(fake: FakeApi) -> None:
    """A "/" or "?" in a value cannot change the route or start a query."""
    token = "a/b c?d#e%f"
    fake.json_route("POST", f"{CONFIRMATION}/{token}/complete-with-comment", {"token": "t"})
    fake.brevio().confirm.complete_confirmation_with_comment(token, comment="ok")
    (request,) = fake.requests
    assert request.url.raw_path == (
        b"/v1/confirm/confirmations/a%2Fb%20c%3Fd%23e%25f/complete-with-comment"
    )
    assert request.url.query == b""


def test_several_path_parameters_each_in_place(fake: FakeApi) -> None:
    fake.route(
        "GET",
        "/v1/connect/connections/c 1/accounts/a/1/transactions",
        lambda request: httpx.Response(200, json={"transactions": []}),
    )
    list(fake.brevio().connect.list_account_transactions("c 1", "a/1"))
    assert fake.requests[0].url.raw_path.startswith(
        b"/v1/connect/connections/c%201/accounts/a%2F1/transactions?"
    )


# -- query ---------------------------------------------------------------------------------------


def test_booleans_and_dates_in_the_query(fake: FakeApi) -> None:
    fake.json_route("GET", CONFIRMATION, {"confirmations": []})
    list(fake.brevio().confirm.list_pending_confirmations(processing=True, signature_reviews=False))
    params = fake.requests[0].url.params
    assert (params["processing"], params["signatureReviews"]) == ("true", "false")
    fake.json_route("GET", "/v1/sign/sign-requests/updated", [])
    list(fake.brevio().sign.list_updated_sign_requests(from_date=datetime.date(2025, 1, 31)))
    assert fake.requests[-1].url.params["fromDate"] == "2025-01-31"


def _query_operation(*parameters: Parameter) -> Operation:
    return Operation(
        operation_id="search",
        tag="t",
        method="GET",
        path="/search",
        summary="",
        parameters=parameters,
        parameters_schema=None,
        body=None,
        security="oauth2",
        success_statuses=frozenset({200}),
        response_schema=None,
    )


def test_query_lists_follow_style_and_explode() -> None:
    operation = _query_operation(
        Parameter("ids", "ids", "query", False),  # form, explode: repeated key
        Parameter("tags", "tags", "query", False, style="form", explode=False),  # one, commas
        Parameter("flags", "flags", "query", False),
    )
    pairs = query_pairs(operation, {"ids": [1, 2, 3], "tags": ["a", "b"], "flags": [True, False]})
    assert pairs == [
        ("ids", "1"),
        ("ids", "2"),
        ("ids", "3"),
        ("tags", "a,b"),
        ("flags", "true"),
        ("flags", "false"),
    ]


def test_query_objects_as_deep_objects_and_forms() -> None:
    operation = _query_operation(
        Parameter("filter", "filter_", "query", False, style="deepObject", explode=True),
        Parameter("point", "point", "query", False),  # form, explode: the object's own keys
        Parameter("range", "range_", "query", False, style="form", explode=False),
    )
    pairs = query_pairs(
        operation,
        {
            "filter": {"status": "open", "amount": {"gte": 10}, "ids": [1, 2]},
            "point": {"x": 1, "y": 2},
            "range": {"from": 1, "to": 9},
        },
    )
    assert pairs == [
        ("filter[status]", "open"),
        ("filter[amount][gte]", "10"),
        ("filter[ids][0]", "1"),
        ("filter[ids][1]", "2"),
        ("x", "1"),
        ("y", "2"),
        ("range", "from,1,to,9"),
    ]


def test_extra_query_adds_keys_and_replaces_the_keys_it_names(fake: FakeApi) -> None:
    fake.route(
        "GET",
        "/relationships",
        lambda request: httpx.Response(
            200,
            json={
                "metadata": {"limit": 5, "skip": 0, "returned_items": 0, "total_items": 0},
                "items": [],
            },
        ),
    )
    paginator = fake.symetrisk().bank.list_relationships(
        page_size=5, extra_query={"limit": 7, "tag": ["a", "b"], "debug": True}
    )
    list(paginator)
    params = fake.requests[0].url.params
    assert params.get_list("limit") == ["7"]  # replaced, not repeated
    assert params.get_list("skip") == ["0"]
    assert params.get_list("tag") == ["a", "b"]
    assert params["debug"] == "true"


def test_extra_query_on_a_plain_operation(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    fake.symetrisk().status.get_ping(extra_query={"verbose": 1})
    assert str(fake.requests[0].url) == "http://127.0.0.1:4010/ping?verbose=1"


# -- headers -------------------------------------------------------------------------------------


def test_extra_headers_add_and_override(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "pong"})
    client = fake.symetrisk(default_headers={"X-Team": "risk", "X-Trace": "default"})
    client.status.get_ping(extra_headers={"x-trace": "call-1", "Prefer": "code=200"})
    client.status.get_ping()
    first, second = fake.requests
    assert first.headers.get_list("x-trace") == ["call-1"]
    assert first.headers["prefer"] == "code=200"
    assert first.headers["x-team"] == "risk"
    assert second.headers["x-trace"] == "default"
    assert "prefer" not in second.headers


def test_extra_headers_go_with_every_attempt(fake: FakeApi) -> None:
    fake.route(
        "GET", "/ping", sequence(httpx.Response(503), httpx.Response(200, json={"message": "p"}))
    )
    fake.symetrisk().status.get_ping(extra_headers={"Idempotency-Key": "k-1"})
    assert [r.headers["idempotency-key"] for r in fake.requests] == ["k-1", "k-1"]


# -- bodies --------------------------------------------------------------------------------------


def test_extra_body_is_merged_into_the_json_body(fake: FakeApi) -> None:
    fake.json_route("POST", "/v1/confirm/audit-requests/finalize", {"successful": [], "failed": []})
    client = fake.brevio()
    client.confirm.finalize_audit_requests(tokens=["a"], extra_body={"dryRun": True})
    client.confirm.finalize_audit_requests(tokens=["a"], extra_body={"tokens": ["b", "c"]})
    first, second = (json.loads(request.content) for request in fake.requests)
    assert first == {"tokens": ["a"], "dryRun": True}
    assert second == {"tokens": ["b", "c"]}  # the escape hatch wins over the argument
    assert fake.requests[0].headers["content-type"] == "application/json"


def test_json_bodies_carry_models_as_their_wire_data(fake: FakeApi) -> None:
    fake.json_route("POST", "/request-access", [])
    fake.symetrisk().bank.request_borrower_access(
        borrowers=[OrganizationReference(organization_number="123456789")]
    )
    assert json.loads(fake.requests[0].content) == {
        "borrowers": [{"organization_number": "123456789"}]
    }


def test_multipart_with_several_files_and_text_parts(fake: FakeApi) -> None:
    fake.json_route("POST", f"{CONFIRMATION}/t/attachments", {"message": "ok"})
    files = [
        File(payload=io.BytesIO(b"%PDF one"), file_name="one.pdf", mime_type="application/pdf"),
        File(payload=io.BytesIO(b"two"), file_name="two.txt", mime_type="text/plain"),
        File(payload=io.BytesIO(b"\x89PNG three"), file_name="three.png", mime_type="image/png"),
    ]
    fake.brevio().confirm.upload_confirmation_attachments(
        "t", attachments=files, extra_body={"note": "see attached", "count": 3}
    )
    (request,) = fake.requests
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = multipart(request)
    texts = {part.name: part.payload for part in parts if part.filename is None}
    uploads = [part for part in parts if part.filename is not None]
    assert texts == {"note": b"see attached", "count": b"3"}
    assert [(p.name, p.filename, p.content_type, p.payload) for p in uploads] == [
        ("attachments", "one.pdf", "application/pdf", b"%PDF one"),
        ("attachments", "two.txt", "text/plain", b"two"),
        ("attachments", "three.png", "image/png", b"\x89PNG three"),
    ]


def test_a_single_file_field(fake: FakeApi) -> None:
    fake.json_route("POST", "/v1/sign/attachments", {"token": "att-1"})
    upload = File(payload=io.BytesIO(b"%PDF"), file_name="contract.pdf")
    assert fake.brevio().sign.upload_sign_document(attachment=upload).token == "att-1"
    (part,) = multipart(fake.requests[0])
    assert (part.name, part.filename, part.payload) == ("attachment", "contract.pdf", b"%PDF")


def test_multipart_with_text_parts_only(fake: FakeApi) -> None:
    """httpx would form-encode a body without files; the operation declares multipart."""
    fake.json_route("POST", f"{CONFIRMATION}/t/complete", {"token": "t"})
    fake.brevio().confirm.complete_confirmation("t", extra_body={"comment": "all good"})
    (request,) = fake.requests
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert [(p.name, p.payload) for p in multipart(request)] == [("comment", b"all good")]


def test_an_optional_multipart_body_left_out_sends_none(fake: FakeApi) -> None:
    fake.json_route("POST", f"{CONFIRMATION}/t/complete", {"token": "t"})
    fake.brevio().confirm.complete_confirmation("t")
    (request,) = fake.requests
    assert request.content == b""
    assert "content-type" not in request.headers


def test_form_bodies(fake: FakeApi) -> None:
    fake.brevio().auth.create_access_token(
        grant_type="client_credentials", scope="bank vendor", extra_body={"audience": "x"}
    )
    (request,) = fake.token_requests
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "scope": ["bank vendor"],
        "audience": ["x"],
    }


# -- raw responses ---------------------------------------------------------------------------------


class _Chunks(httpx.SyncByteStream):
    """A body that arrives from the transport, as over a socket (a pre-read mock body would
    never set `elapsed`, which httpx records when the stream is closed)."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self.body


def test_raw_response_of_a_plain_operation(fake: FakeApi) -> None:
    fake.route(
        "GET",
        "/ping",
        lambda request: httpx.Response(
            200,
            headers={"x-request-id": "req-7", "x-extra": "1", "content-type": "application/json"},
            stream=_Chunks(b'{"message":"pong"}'),
        ),
    )
    raw = fake.symetrisk().status.with_raw_response.get_ping()
    assert isinstance(raw, finapi.APIResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req-7"
    assert raw.headers["x-extra"] == "1"
    assert raw.content == b'{"message":"pong"}'
    assert raw.text == '{"message":"pong"}'
    assert raw.json() == {"message": "pong"}
    assert str(raw.url) == "http://127.0.0.1:4010/ping"
    assert raw.elapsed >= 0
    parsed = raw.parse()
    assert parsed == PingResponse(message="pong")
    assert raw.parse() is parsed  # parsed once
    assert "GET http://127.0.0.1:4010/ping" in repr(raw)
    assert len(fake.requests) == 1


@pytest.mark.parametrize("header", ["x-request-id", "x-amzn-requestid", "request-id"])
def test_request_id_on_success(fake: FakeApi, header: str) -> None:
    fake.route(
        "GET",
        "/ping",
        lambda request: httpx.Response(200, json={"message": "p"}, headers={header: "id-1"}),
    )
    assert fake.symetrisk().status.with_raw_response.get_ping().request_id == "id-1"


def test_request_id_is_none_without_the_header(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"message": "p"})
    assert fake.symetrisk().status.with_raw_response.get_ping().request_id is None


def test_a_raw_call_still_raises_typed_errors(fake: FakeApi) -> None:
    fake.route("GET", "/ping", lambda request: httpx.Response(404, json={"detail": "gone"}))
    with pytest.raises(finapi.NotFoundError):
        fake.symetrisk().status.with_raw_response.get_ping()


def test_a_raw_response_off_the_spec_raises_on_parse_only(fake: FakeApi) -> None:
    fake.json_route("GET", "/ping", {"unexpected": True})
    raw = fake.symetrisk().status.with_raw_response.get_ping()
    assert raw.json() == {"unexpected": True}
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        raw.parse()
    assert caught.value.pointer == "/message"


async def test_async_raw_response(fake: FakeApi) -> None:
    fake.route(
        "GET",
        "/ping",
        lambda request: httpx.Response(200, json={"message": "p"}, headers={"x-request-id": "a"}),
    )
    raw = await fake.async_symetrisk().status.with_raw_response.get_ping()
    assert raw.request_id == "a"
    assert raw.parse().message == "p"


def test_raw_token_operation(fake: FakeApi) -> None:
    raw = fake.symetrisk().auth.with_raw_response.create_access_token(
        grant_type="client_credentials"
    )
    assert raw.status_code == 200
    assert raw.parse().access_token == "access-token-1-abcdefgh"
