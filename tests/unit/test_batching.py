"""Spec-sized batching helpers with per-item reports."""

from __future__ import annotations

import io
import json

import finapi
import httpx
import pytest
from brevio_client.models import SignAttachmentInput, SignSigneeInput
from brevio_client.types import File

from .fakes import FakeApi

CONFIRMATION = "conf-1"
UPLOAD_PATH = f"/v1/confirm/confirmations/{CONFIRMATION}/attachments"
FINALIZE_PATH = "/v1/confirm/audit-requests/finalize"
SIGN_PATH = "/v1/sign/sign-requests"


def files(count: int) -> list[File]:
    return [
        File(payload=io.BytesIO(f"file {i}".encode()), file_name=f"f{i}.pdf") for i in range(count)
    ]


def parts_per_request(fake: FakeApi, path: str) -> list[int]:
    return [request.content.count(b'name="attachments"') for request in fake.api_requests(path)]


def test_twelve_attachments_upload_as_5_5_2(fake: FakeApi) -> None:
    fake.json_route("POST", UPLOAD_PATH, {"message": "uploaded"})
    values = files(12)
    report = finapi.batched(
        fake.brevio().confirm.upload_confirmation_attachments,
        field="attachments",
        values=values,
        token=CONFIRMATION,
    )
    assert parts_per_request(fake, UPLOAD_PATH) == [5, 5, 2]
    assert [len(batch.items) for batch in report.batches] == [5, 5, 2]
    assert report.ok
    assert report.succeeded == values
    assert report.failed == []
    assert all(batch.result is not None for batch in report.batches)
    assert report.batches[0].result is not None
    assert report.batches[0].result.message == "uploaded"
    assert len(fake.token_requests) == 1


def test_other_body_fields_go_with_every_batch(fake: FakeApi) -> None:
    fake.json_route("POST", SIGN_PATH, {"token": "sr-1"})
    attachments = [SignAttachmentInput(token=f"att-{i}") for i in range(7)]
    report = finapi.batched(
        fake.brevio().sign.create_sign_request,
        field="attachments",
        values=attachments,
        vat_no="999999998",
        country="no",
        user="user@example.com",
        signees=[SignSigneeInput(email="signee@example.com")],
    )
    assert report.ok
    bodies = [json.loads(request.content) for request in fake.api_requests(SIGN_PATH)]
    assert [len(body["attachments"]) for body in bodies] == [5, 2]
    assert [item["token"] for body in bodies for item in body["attachments"]] == [
        f"att-{i}" for i in range(7)
    ]
    assert all(body["vatNo"] == "999999998" and body["country"] == "no" for body in bodies)
    assert all(body["signees"] == [{"email": "signee@example.com"}] for body in bodies)


def test_23_tokens_finalize_as_10_10_3_with_per_item_results(fake: FakeApi) -> None:
    def finalize(request: httpx.Request) -> httpx.Response:
        tokens = json.loads(request.content)["tokens"]
        failed = [token for token in tokens if token.endswith("7")]
        return httpx.Response(
            200, json={"successful": [t for t in tokens if t not in failed], "failed": failed}
        )

    fake.route("POST", FINALIZE_PATH, finalize)
    tokens = [f"token-{i:02d}" for i in range(23)]
    report = finapi.batched(
        fake.brevio().confirm.finalize_audit_requests, field="tokens", values=tokens
    )
    sizes = [len(json.loads(r.content)["tokens"]) for r in fake.api_requests(FINALIZE_PATH)]
    assert sizes == [10, 10, 3]
    assert [item.item for item in report.failed] == ["token-07", "token-17"]
    assert all(item.detail == "reported as failed" and item.error is None for item in report.failed)
    assert len(report.succeeded) == 21
    assert not report.ok
    assert [item.batch for item in report.items] == [0] * 10 + [1] * 10 + [2] * 3


def test_a_failed_batch_is_reported_and_the_rest_still_run(fake: FakeApi) -> None:
    calls = 0

    def flaky(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 2:
            return httpx.Response(
                404, json={"detail": "unknown token"}, headers={"x-request-id": "r2"}
            )
        tokens = json.loads(request.content)["tokens"]
        return httpx.Response(200, json={"successful": tokens, "failed": []})

    fake.route("POST", FINALIZE_PATH, flaky)
    tokens = [f"t{i}" for i in range(23)]
    report = finapi.batched(
        fake.brevio().confirm.finalize_audit_requests, field="tokens", values=tokens
    )
    assert [batch.ok for batch in report.batches] == [True, False, True]
    failed_batch = report.batches[1]
    assert isinstance(failed_batch.error, finapi.NotFoundError)
    assert failed_batch.error.request_id == "r2"
    assert [item.item for item in report.failed] == tokens[10:20]
    assert all(item.error is failed_batch.error for item in report.failed)
    assert report.succeeded == tokens[:10] + tokens[20:]


def test_a_response_off_the_spec_is_reported_not_raised(fake: FakeApi) -> None:
    """Batches already sent must not vanish from the report because one answer was malformed."""
    calls = 0

    def drifting(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls == 2:
            return httpx.Response(200, json={"unexpected": True})
        tokens = json.loads(request.content)["tokens"]
        return httpx.Response(200, json={"successful": tokens, "failed": []})

    fake.route("POST", FINALIZE_PATH, drifting)
    tokens = [f"t{i}" for i in range(23)]
    report = finapi.batched(
        fake.brevio().confirm.finalize_audit_requests, field="tokens", values=tokens
    )
    assert [batch.ok for batch in report.batches] == [True, False, True]
    error = report.batches[1].error
    assert isinstance(error, finapi.APIResponseValidationError)
    assert "does not match the spec" in str(error)
    assert report.succeeded == tokens[:10] + tokens[20:]


def test_items_missing_from_the_response_are_not_counted_as_successful(fake: FakeApi) -> None:
    fake.json_route("POST", FINALIZE_PATH, {"successful": ["a"], "failed": []})
    report = finapi.batched(
        fake.brevio().confirm.finalize_audit_requests, field="tokens", values=["a", "b"]
    )
    assert report.succeeded == ["a"]
    assert report.failed[0].item == "b"
    assert report.failed[0].detail == "not reported as successful or failed"


def test_batch_size_cannot_exceed_the_documented_limit(fake: FakeApi) -> None:
    with pytest.raises(ValueError, match="exceeds the documented maximum of 10 tokens"):
        finapi.batched(
            fake.brevio().confirm.finalize_audit_requests,
            field="tokens",
            values=[],
            batch_size=11,
        )


@pytest.mark.parametrize("batch_size", [0, -1])
def test_batch_size_must_be_positive(fake: FakeApi, batch_size: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        finapi.batched(
            fake.brevio().confirm.finalize_audit_requests,
            field="tokens",
            values=["a"],
            batch_size=batch_size,
        )


def test_smaller_batch_size_is_allowed(fake: FakeApi) -> None:
    fake.json_route("POST", FINALIZE_PATH, {"successful": [], "failed": []})
    finapi.batched(
        fake.brevio().confirm.finalize_audit_requests,
        field="tokens",
        values=list("abcdefg"),
        batch_size=3,
    )
    assert len(fake.api_requests(FINALIZE_PATH)) == 3


def test_field_without_max_items_needs_a_batch_size(fake: FakeApi) -> None:
    with pytest.raises(TypeError, match="no maxItems in the spec; pass batch_size="):
        finapi.batched(
            fake.brevio().confirm.mark_audit_requests_processing, field="tokens", values=["a"]
        )


def test_unknown_field(fake: FakeApi) -> None:
    with pytest.raises(
        TypeError, match="no array query parameter or request-body property 'files'"
    ):
        finapi.batched(fake.brevio().confirm.finalize_audit_requests, field="files", values=[])


def test_only_resource_methods_can_be_batched() -> None:
    with pytest.raises(TypeError, match="is not a method of a finapi resource"):
        finapi.batched(print, field="tokens", values=["a"])


def test_no_values_no_calls(fake: FakeApi) -> None:
    report = finapi.batched(
        fake.brevio().confirm.finalize_audit_requests, field="tokens", values=[]
    )
    assert report.items == []
    assert report.batches == []
    assert report.ok
    assert fake.token_requests == []


def test_a_batch_refused_before_the_network_is_reported(fake: FakeApi) -> None:
    """A chunk that breaks another limit of the spec fails alone, before the network."""
    fake.json_route("POST", FINALIZE_PATH, {"successful": ["ok-1"], "failed": []})
    report = finapi.batched(
        fake.brevio().confirm.finalize_audit_requests,
        field="tokens",
        values=["ok-1", 5],
        batch_size=1,
    )
    assert [batch.ok for batch in report.batches] == [True, False]
    assert isinstance(report.batches[1].error, finapi.RequestValidationError)
    assert len(fake.api_requests(FINALIZE_PATH)) == 1


async def test_async_batched(fake: FakeApi) -> None:
    fake.json_route("POST", UPLOAD_PATH, {"message": "uploaded"})
    report = await finapi.abatched(
        fake.async_brevio().confirm.upload_confirmation_attachments,
        field="attachments",
        values=files(12),
        token=CONFIRMATION,
    )
    assert report.ok
    assert parts_per_request(fake, UPLOAD_PATH) == [5, 5, 2]
