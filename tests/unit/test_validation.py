"""Pre-network validation, driven by the specs (and by small in-memory specs for extensions)."""

from __future__ import annotations

import io
import json
from typing import Any

import finapi
import httpx
import pytest
from brevio_client.api.confirm import (
    complete_confirmation_with_comment,
    finalize_audit_requests,
    list_audit_requests,
    upload_confirmation_attachments,
)
from brevio_client.api.sign import create_sign_request
from brevio_client.models import (
    AttachmentsUpload,
    CommentRequest,
    CreateSignRequestRequest,
    FinalizeAuditRequestsRequest,
    KnownCountry,
    SignAttachmentInput,
    SignSigneeInput,
)
from brevio_client.types import UNSET, File
from finapi._openapi import ApiSpec
from finapi._validation import RequestValidator
from symetrisk_client.api.bank import list_relationships
from symetrisk_client.api.credit_scoring import get_credit_score

from .fakes import FakeApi


def files(count: int) -> list[File]:
    return [File(payload=io.BytesIO(b"%PDF-1.4"), file_name=f"doc{i}.pdf") for i in range(count)]


def assert_nothing_sent(fake: FakeApi) -> None:
    assert fake.token_requests == [], "validation must run before the token fetch"
    assert fake.requests == []


def test_too_many_files_in_one_upload(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        upload_confirmation_attachments.sync_detailed(
            "conf-token", client=fake.brevio(), body=AttachmentsUpload(attachments=files(6))
        )
    assert str(caught.value) == (
        "upload_confirmation_attachments: attachments has 6 files; "
        "at most 5 are allowed per request"
    )
    assert caught.value.operation_id == "upload_confirmation_attachments"
    assert caught.value.field == "attachments"
    assert_nothing_sent(fake)


def test_five_files_pass(fake: FakeApi) -> None:
    fake.json_route("POST", "/v1/confirm/confirmations/conf-token/attachments", {"message": "ok"})
    response = upload_confirmation_attachments.sync_detailed(
        "conf-token", client=fake.brevio(), body=AttachmentsUpload(attachments=files(5))
    )
    assert response.status_code == 200
    # The file payloads were not consumed by validation: all five arrive.
    assert fake.requests[0].content.count(b"%PDF-1.4") == 5


def test_too_many_tokens_in_one_call(fake: FakeApi) -> None:
    body = FinalizeAuditRequestsRequest(tokens=[f"token-{i}" for i in range(11)])
    with pytest.raises(finapi.RequestValidationError, match="tokens has 11 items; at most 10"):
        finalize_audit_requests.sync_detailed(client=fake.brevio(), body=body)
    assert_nothing_sent(fake)


def test_comment_over_200_characters(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        complete_confirmation_with_comment.sync_detailed(
            "conf-token", client=fake.brevio(), body=CommentRequest(comment="x" * 201)
        )
    assert "comment is 201 characters long; at most 200 are allowed" in str(caught.value)
    assert_nothing_sent(fake)


ATTACHMENT = "att-1"


def sign_request(**extra: Any) -> CreateSignRequestRequest:
    body = CreateSignRequestRequest(
        attachments=[SignAttachmentInput(token=ATTACHMENT)],
        vat_no="999999998",
        country=KnownCountry.NO,
        user="user@example.com",
        signees=[SignSigneeInput(email="signee@example.com")],
        # Not the model's default (30): the tests below send dueDays themselves.
        due_days=UNSET,
    )
    body.additional_properties.update(extra)
    return body


def test_due_days_outside_the_enum(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        create_sign_request.sync_detailed(client=fake.brevio(), body=sign_request(dueDays=10))
    assert "create_sign_request: dueDays must be one of 7, 14, 30 (got 10)" in str(caught.value)
    assert_nothing_sent(fake)


def test_query_parameter_limits(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        list_relationships.sync_detailed(client=fake.symetrisk(), limit=0, skip=-1)
    message = str(caught.value)
    assert "list_relationships: limit must be >= 1 (got 0)" in message
    assert "list_relationships: skip must be >= 0 (got -1)" in message
    assert_nothing_sent(fake)


def test_path_parameter_pattern(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        get_credit_score.sync_detailed("12345", "123456789", client=fake.symetrisk())
    assert "creditor_organization_number '12345' does not match the pattern" in str(caught.value)
    assert_nothing_sent(fake)


def test_empty_path_parameter_is_caught(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError, match="organization_number"):
        get_credit_score.sync_detailed("", "123456789", client=fake.symetrisk())
    assert_nothing_sent(fake)


def test_missing_required_query_parameter(fake: FakeApi) -> None:
    client = fake.brevio()
    with pytest.raises(finapi.RequestValidationError, match="query parameter vatNo is required"):
        list_audit_requests.sync_detailed(client=client, vat_no=None, country=KnownCountry.NO)  # type: ignore[arg-type]
    assert_nothing_sent(fake)


def test_valid_request_goes_through(fake: FakeApi) -> None:
    fake.json_route("GET", "/v1/confirm/audit-requests/", [])
    response = list_audit_requests.sync_detailed(
        client=fake.brevio(), vat_no="999999998", country=KnownCountry.NO, offset=0
    )
    assert response.status_code == 200


def test_validation_can_be_switched_off(fake: FakeApi) -> None:
    fake.json_route("POST", "/v1/confirm/audit-requests/finalize", {"successful": [], "failed": []})
    body = FinalizeAuditRequestsRequest(tokens=[f"token-{i}" for i in range(11)])
    response = finalize_audit_requests.sync_detailed(
        client=fake.brevio(validate_requests=False), body=body
    )
    assert response.status_code == 200


async def test_async_validation_before_network(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError, match="at most 5 are allowed"):
        await upload_confirmation_attachments.asyncio_detailed(
            "conf-token", client=fake.async_brevio(), body=AttachmentsUpload(attachments=files(6))
        )
    assert_nothing_sent(fake)


# -- x-business-id on in-memory specs ------------------------------------------------------------

BUSINESS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/borrowers/{organization_number}": {
            "get": {
                "operationId": "get_borrower",
                "parameters": [
                    {
                        "name": "organization_number",
                        "in": "path",
                        "required": True,
                        "schema": {"$ref": "#/components/schemas/OrganizationNumber"},
                    }
                ],
            }
        },
        "/companies": {
            "post": {
                "operationId": "create_company",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Company"}}
                    },
                },
            },
            "get": {
                "operationId": "list_companies",
                "x-business-id": {"number": "vatNo", "country": "country"},
                "parameters": [
                    {
                        "name": "vatNo",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "country",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                ],
            },
        },
    },
    "components": {
        "schemas": {
            "OrganizationNumber": {"type": "string", "x-business-id": {"country": "no"}},
            "Company": {
                "type": "object",
                "x-business-id": {"number": "vatNo", "country": "country"},
                "properties": {
                    "vatNo": {"type": "string"},
                    "country": {"type": "string", "enum": ["dk", "fi", "no", "se"]},
                },
            },
        }
    },
}


def validator(verify_checksums: bool) -> RequestValidator:
    return RequestValidator(
        ApiSpec(BUSINESS_SPEC, name="business"), verify_checksums=verify_checksums
    )


def company(vat_no: str, country: str) -> httpx.Request:
    return httpx.Request("POST", "https://x/companies", json={"vatNo": vat_no, "country": country})


VALID_IDS = [
    ("no", "923609016"),
    ("dk", "13585628"),
    ("se", "556036-0793"),
    ("fi", "2077474-0"),
]


@pytest.mark.parametrize(("country", "number"), VALID_IDS)
def test_valid_business_ids_pass_with_checksums(country: str, number: str) -> None:
    validator(True).check(company(number, country))


@pytest.mark.parametrize(
    ("country", "number"),
    [("no", "923609017"), ("dk", "13585627"), ("se", "5560360794"), ("fi", "2077474-1")],
)
def test_checksum_failures_only_when_enabled(country: str, number: str) -> None:
    validator(False).check(company(number, country))
    with pytest.raises(finapi.RequestValidationError, match="check digit is wrong") as caught:
        validator(True).check(company(number, country))
    assert caught.value.field == "vatNo"
    assert "create_company: vatNo" in str(caught.value)


@pytest.mark.parametrize(
    ("country", "number", "digits"),
    [("no", "12345", 9), ("dk", "1234567", 8), ("se", "55603607", 10), ("fi", "abc", 8)],
)
def test_format_is_always_checked(country: str, number: str, digits: int) -> None:
    with pytest.raises(finapi.RequestValidationError, match=f"expected {digits} digits"):
        validator(False).check(company(number, country))


def test_staging_test_number_passes_without_checksum() -> None:
    request = httpx.Request("GET", "https://x/borrowers/999999998")
    validator(False).check(request)
    with pytest.raises(finapi.RequestValidationError, match="Norwegian organisation number"):
        validator(True).check(request)


def test_business_id_on_operation_query_parameters() -> None:
    good = httpx.Request(
        "GET", "https://x/companies", params={"vatNo": "13585628", "country": "dk"}
    )
    bad = httpx.Request("GET", "https://x/companies", params={"vatNo": "13585627", "country": "dk"})
    validator(True).check(good)
    with pytest.raises(
        finapi.RequestValidationError, match=r"list_companies: vatNo: .* Danish CVR"
    ):
        validator(True).check(bad)


def test_vat_forms_are_accepted() -> None:
    validator(True).check(company("NO923609016MVA", "no"))
    validator(True).check(company("DK13585628", "dk"))


def test_base_path_is_stripped_and_foreign_paths_ignored() -> None:
    checker = RequestValidator(
        ApiSpec(BUSINESS_SPEC, name="business"), base_path="/api/v1", verify_checksums=True
    )
    with pytest.raises(finapi.RequestValidationError):
        checker.check(httpx.Request("GET", "https://x/api/v1/borrowers/12"))
    checker.check(httpx.Request("GET", "https://x/elsewhere/borrowers/12"))  # not ours: ignored


def test_compiled_validators_are_cached() -> None:
    checker = validator(True)
    checker.check(company("923609016", "no"))
    compiled = checker._compiled["create_company"]
    checker.check(company("923609016", "no"))
    assert checker._compiled["create_company"] is compiled


def test_json_body_type_errors_name_the_field() -> None:
    request = httpx.Request(
        "POST",
        "https://x/companies",
        content=json.dumps({"vatNo": 5}),
        headers={"content-type": "application/json"},
    )
    with pytest.raises(finapi.RequestValidationError, match="vatNo must be of type string"):
        validator(False).check(request)


def test_real_spec_org_number_checksum_when_enabled(fake: FakeApi) -> None:
    """Symetrisk's OrganizationNumber carries x-business-id {country: no} in the spec."""
    client = fake.symetrisk(verify_checksums=True)
    with pytest.raises(finapi.RequestValidationError) as caught:
        get_credit_score.sync_detailed("923609016", "999999998", client=client)
    assert str(caught.value) == (
        "get_credit_score: debtor_organization_number: '999999998' is not a valid Norwegian "
        "organisation number (orgnr): the check digit is wrong"
    )
    assert_nothing_sent(fake)


def test_real_spec_staging_test_number_passes_in_mock(fake: FakeApi) -> None:
    score = {
        "snapshot_date": "2025-12-31",
        "credit_score": 68.91,
        "liquidity_coverage": {"value": 4.17, "contribution": 50},
        "solidity": {"value": 30.47, "contribution": 11.05},
        "cashflow": {"value": 4.05, "contribution": 7.86},
    }
    fake.json_route("GET", "/get-credit-score/923609016/999999998", score)
    response = get_credit_score.sync_detailed("923609016", "999999998", client=fake.symetrisk())
    assert response.status_code == 200


def test_real_spec_vat_number_per_country_on_query_parameters(fake: FakeApi) -> None:
    client = fake.brevio()
    with pytest.raises(finapi.RequestValidationError) as caught:
        list_audit_requests.sync_detailed(client=client, vat_no="12345678", country=KnownCountry.NO)
    assert "vatNo: '12345678' is not a valid Norwegian organisation number" in str(caught.value)
    assert "expected 9 digits" in str(caught.value)
    assert_nothing_sent(fake)


def test_real_spec_vat_number_in_json_body(fake: FakeApi) -> None:
    body = sign_request()
    body.vat_no, body.country = "13585627", KnownCountry.DK  # wrong CVR check digit
    with pytest.raises(finapi.RequestValidationError, match=r"vatNo: .* Danish CVR number"):
        create_sign_request.sync_detailed(client=fake.brevio(verify_checksums=True), body=body)
    # Same number on staging/mock: format only, so the test number passes.
    fake2 = FakeApi()
    fake2.json_route("POST", "/v1/sign/sign-requests", {"token": "sr-1"})
    assert create_sign_request.sync_detailed(client=fake2.brevio(), body=body).status_code == 200


def test_header_parameters_are_checked(fake: FakeApi) -> None:
    """A bad brevio_version= fails on the spec's Brevio-Version header pattern, not at Brevio."""
    client = fake.brevio(brevio_version="15.04.2025")
    expected = r"Brevio-Version '15\.04\.2025' does not match"
    with pytest.raises(finapi.RequestValidationError, match=expected):
        finalize_audit_requests.sync_detailed(
            client=client, body=FinalizeAuditRequestsRequest(tokens=["a"])
        )
    assert_nothing_sent(fake)
