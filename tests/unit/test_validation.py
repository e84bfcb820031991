"""Pre-network validation, driven by the compiled specs (and small in-memory contracts for the
`x-business-id` extension)."""

from __future__ import annotations

import io
import json
from typing import Any

import finapi
import httpx
import pytest
from brevio_client.models import DueDays, KnownCountry, SignAttachmentInput, SignSigneeInput
from brevio_client.types import File
from finapi._apis import ApiInfo
from finapi._contract import ApiContract, BodyField, Operation, Parameter, RequestBody
from finapi._serialize import wire_arguments
from finapi._validation import RequestValidator

from .fakes import FakeApi

UPLOAD_PATH = "/v1/confirm/confirmations/conf-token/attachments"
SIGN_PATH = "/v1/sign/sign-requests"


def files(count: int) -> list[File]:
    return [File(payload=io.BytesIO(b"%PDF-1.4"), file_name=f"doc{i}.pdf") for i in range(count)]


def assert_nothing_sent(fake: FakeApi) -> None:
    assert fake.token_requests == [], "validation must run before the token fetch"
    assert fake.requests == []


def test_too_many_files_in_one_upload(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        fake.brevio().confirm.upload_confirmation_attachments("conf-token", attachments=files(6))
    assert str(caught.value) == (
        "upload_confirmation_attachments: attachments has 6 files; "
        "at most 5 are allowed per request"
    )
    assert caught.value.operation_id == "upload_confirmation_attachments"
    assert caught.value.field == "attachments"
    assert_nothing_sent(fake)


def test_an_upload_with_no_attachments_is_refused_before_the_network(fake: FakeApi) -> None:
    """Issue 10: it used to go out as an empty multipart body (the spec says minItems: 1)."""
    with pytest.raises(finapi.RequestValidationError) as caught:
        fake.brevio().confirm.upload_confirmation_attachments("conf-token", attachments=[])
    assert str(caught.value) == (
        "upload_confirmation_attachments: attachments has 0 files; at least 1 are required"
    )
    assert caught.value.field == "attachments"
    assert_nothing_sent(fake)


async def test_async_upload_with_no_attachments_is_refused(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError, match="0 files; at least 1"):
        await fake.async_brevio().confirm.upload_confirmation_attachments("t", attachments=[])
    assert_nothing_sent(fake)


def test_five_files_pass(fake: FakeApi) -> None:
    fake.json_route("POST", UPLOAD_PATH, {"message": "ok"})
    result = fake.brevio().confirm.upload_confirmation_attachments(
        "conf-token", attachments=files(5)
    )
    assert result.message == "ok"
    # The file payloads were not consumed by validation: all five arrive.
    assert fake.requests[0].content.count(b"%PDF-1.4") == 5


def test_something_else_than_a_file_is_named(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        fake.brevio().confirm.upload_confirmation_attachments(
            "conf-token",
            attachments=[*files(1), b"raw bytes"],  # type: ignore[list-item]
        )
    assert "attachments[1] must be a File, not bytes" in str(caught.value)
    assert_nothing_sent(fake)


def test_too_many_tokens_in_one_call(fake: FakeApi) -> None:
    tokens = [f"token-{i}" for i in range(11)]
    with pytest.raises(finapi.RequestValidationError, match="tokens has 11 items; at most 10"):
        fake.brevio().confirm.finalize_audit_requests(tokens=tokens)
    assert_nothing_sent(fake)


def test_comment_over_200_characters(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        fake.brevio().confirm.complete_confirmation_with_comment("conf-token", comment="x" * 201)
    assert "comment is 201 characters long; at most 200 are allowed" in str(caught.value)
    assert_nothing_sent(fake)


ATTACHMENT = "att-1"


def sign_request(client: finapi.Brevio, **changes: Any) -> Any:
    arguments: dict[str, Any] = {
        "attachments": [SignAttachmentInput(token=ATTACHMENT)],
        "vat_no": "999999998",
        "country": KnownCountry.NO,
        "user": "user@example.com",
        "signees": [SignSigneeInput(email="signee@example.com")],
        **changes,
    }
    return client.sign.create_sign_request(**arguments)


def test_due_days_outside_the_enum(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        sign_request(fake.brevio(), due_days=10)
    assert "create_sign_request: dueDays must be one of 7, 14, 30 (got 10)" in str(caught.value)
    assert caught.value.field == "dueDays"
    assert_nothing_sent(fake)


def test_a_plain_enum_value_outside_the_enum_names_the_wire_field(fake: FakeApi) -> None:
    """Issue 10: `due_days=8` raised a raw AttributeError from generated code."""
    with pytest.raises(finapi.RequestValidationError) as caught:
        fake.brevio().sign.create_sign_request(
            attachments=[SignAttachmentInput(token=ATTACHMENT)],
            vat_no="999999998",
            country="no",
            user="user@example.com",
            signees=[SignSigneeInput(email="signee@example.com")],
            due_days=8,  # type: ignore[arg-type]
        )
    assert type(caught.value) is finapi.RequestValidationError
    assert caught.value.field == "dueDays"
    assert "dueDays must be one of 7, 14, 30 (got 8)" in str(caught.value)
    assert_nothing_sent(fake)


@pytest.mark.parametrize(("country", "due_days"), [("no", 14), (KnownCountry.NO, DueDays.VALUE_14)])
def test_plain_enum_values_are_accepted_like_the_enums(
    fake: FakeApi, country: Any, due_days: Any
) -> None:
    fake.json_route("POST", SIGN_PATH, {"token": "sr-1"})
    sign_request(fake.brevio(), country=country, due_days=due_days)
    sent = json.loads(fake.api_requests(SIGN_PATH)[0].content)
    assert sent["country"] == "no"
    assert sent["dueDays"] == 14


def test_plain_enum_value_in_a_query(fake: FakeApi) -> None:
    fake.json_route("GET", "/v1/connect/providers", {"providers": []})
    assert fake.brevio().connect.list_providers(country="no").providers == []
    assert fake.requests[0].url.params["country"] == "no"


def test_an_unknown_plain_enum_value_in_a_query(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError, match="country must be one of dk, fi, no"):
        fake.brevio().connect.list_providers(country="xx")  # type: ignore[arg-type]
    assert_nothing_sent(fake)


def test_query_parameter_limits(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        list(fake.symetrisk().bank.list_relationships(skip=-1))
    assert "list_relationships: skip must be >= 0 (got -1)" in str(caught.value)
    assert caught.value.field == "skip"
    assert_nothing_sent(fake)


def test_path_parameter_pattern(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        fake.symetrisk().credit_scoring.get_credit_score("12345", "123456789")
    assert "creditor_organization_number '12345' does not match the pattern" in str(caught.value)
    assert_nothing_sent(fake)


def test_empty_path_parameter_is_caught(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError, match="organization_number"):
        fake.symetrisk().credit_scoring.get_credit_score("", "123456789")
    assert_nothing_sent(fake)


def test_missing_required_query_parameter(fake: FakeApi) -> None:
    listing = fake.brevio().confirm.list_audit_requests(vat_no=None, country="no")  # type: ignore[arg-type]
    with pytest.raises(finapi.RequestValidationError) as caught:
        list(listing)
    assert caught.value.field == "vatNo"
    assert "vatNo" in str(caught.value)
    assert_nothing_sent(fake)


def test_valid_request_goes_through(fake: FakeApi) -> None:
    fake.json_route("GET", "/v1/confirm/audit-requests/", [])
    listing = fake.brevio().confirm.list_audit_requests(
        vat_no="999999998", country=KnownCountry.NO, offset=0
    )
    assert list(listing) == []
    params = fake.requests[0].url.params
    assert (params["vatNo"], params["country"], params["offset"]) == ("999999998", "no", "0")


def test_validation_can_be_switched_off(fake: FakeApi) -> None:
    fake.json_route("POST", "/v1/confirm/audit-requests/finalize", {"successful": [], "failed": []})
    tokens = [f"token-{i}" for i in range(11)]
    result = fake.brevio(validate_requests=False).confirm.finalize_audit_requests(tokens=tokens)
    assert result.successful == []
    assert len(json.loads(fake.requests[0].content)["tokens"]) == 11


async def test_async_validation_before_network(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError, match="at most 5 are allowed"):
        await fake.async_brevio().confirm.upload_confirmation_attachments(
            "conf-token", attachments=files(6)
        )
    assert_nothing_sent(fake)


def test_a_bad_brevio_version_is_refused_before_the_network(fake: FakeApi) -> None:
    """The dated version header is sent on every request; a typo must not reach Brevio."""
    with pytest.raises(finapi.ConfigurationError, match=r"'15\.04\.2025' is not a date"):
        fake.brevio(brevio_version="15.04.2025")
    assert_nothing_sent(fake)


def test_a_custom_base_path_does_not_disturb_validation(fake: FakeApi) -> None:
    """Validation gets the arguments, not a URL to parse back: a proxy's base path changes
    nothing, and low-level calls to routes the spec does not have are not validated."""
    client = fake.symetrisk(environment="https://proxy.example.com/api/v1")
    with pytest.raises(finapi.RequestValidationError, match="organization_number"):
        client.bank.get_borrower("12")
    assert_nothing_sent(fake)
    fake.json_route("GET", "/api/v1/elsewhere/borrower/12", {"ok": True})
    assert client.get("/elsewhere/borrower/12").json() == {"ok": True}
    assert str(fake.requests[0].url) == "https://proxy.example.com/api/v1/elsewhere/borrower/12"


# -- x-business-id on in-memory contracts ---------------------------------------------------------

BUSINESS_API = ApiInfo(
    name="business", title="Business", package="business", env_prefix="BUSINESS", mock_port=1
)


def _operation(
    operation_id: str,
    method: str,
    path: str,
    *,
    parameters: tuple[Parameter, ...] = (),
    parameters_schema: dict[str, Any] | None = None,
    body: RequestBody | None = None,
) -> Operation:
    return Operation(
        operation_id=operation_id,
        tag="business",
        method=method,
        path=path,
        summary="",
        parameters=parameters,
        parameters_schema=parameters_schema,
        body=body,
        security="oauth2",
        success_statuses=frozenset({200}),
        response_schema=None,
    )


BUSINESS_OPERATIONS = {
    "get_borrower": _operation(
        "get_borrower",
        "GET",
        "/borrowers/{organization_number}",
        parameters=(Parameter("organization_number", "organization_number", "path", True),),
        parameters_schema={
            "type": "object",
            "properties": {
                "organization_number": {"$ref": "#/components/schemas/OrganizationNumber"}
            },
            "required": ["organization_number"],
        },
    ),
    "create_company": _operation(
        "create_company",
        "POST",
        "/companies",
        body=RequestBody(
            media_type="application/json",
            required=True,
            fields=(BodyField("vatNo", "vat_no", False), BodyField("country", "country", False)),
            schema={"$ref": "#/components/schemas/Company"},
        ),
    ),
    "list_companies": _operation(
        "list_companies",
        "GET",
        "/companies",
        parameters=(
            Parameter("vatNo", "vat_no", "query", True),
            Parameter("country", "country", "query", True),
        ),
        parameters_schema={
            "type": "object",
            "properties": {"vatNo": {"type": "string"}, "country": {"type": "string"}},
            "required": ["vatNo", "country"],
            "x-business-id": {"number": "vatNo", "country": "country"},
        },
    ),
}

BUSINESS_CONTRACT = ApiContract(
    api=BUSINESS_API,
    title="Business",
    version="1",
    api_version=None,
    servers={},
    token_url="https://auth.example.com/token",
    scopes=(),
    operations=BUSINESS_OPERATIONS,
    schemas={
        "OrganizationNumber": {"type": "string", "x-business-id": {"country": "no"}},
        "Company": {
            "type": "object",
            "x-business-id": {"number": "vatNo", "country": "country"},
            "properties": {
                "vatNo": {"type": "string"},
                "country": {"type": "string", "enum": ["dk", "fi", "no", "se"]},
            },
        },
    },
)


def validator(verify_checksums: bool) -> RequestValidator:
    return RequestValidator(BUSINESS_CONTRACT, verify_checksums=verify_checksums)


def check(checker: RequestValidator, operation_id: str, **arguments: object) -> None:
    operation = BUSINESS_OPERATIONS[operation_id]
    checker.check(operation, wire_arguments(operation, arguments))


def company(checker: RequestValidator, vat_no: object, country: str) -> None:
    check(checker, "create_company", vat_no=vat_no, country=country)


VALID_IDS = [
    ("no", "923609016"),
    ("dk", "13585628"),
    ("se", "556036-0793"),
    ("fi", "2077474-0"),
]


@pytest.mark.parametrize(("country", "number"), VALID_IDS)
def test_valid_business_ids_pass_with_checksums(country: str, number: str) -> None:
    company(validator(True), number, country)


@pytest.mark.parametrize(
    ("country", "number"),
    [("no", "923609017"), ("dk", "13585627"), ("se", "5560360794"), ("fi", "2077474-1")],
)
def test_checksum_failures_only_when_enabled(country: str, number: str) -> None:
    company(validator(False), number, country)
    with pytest.raises(finapi.RequestValidationError, match="check digit is wrong") as caught:
        company(validator(True), number, country)
    assert caught.value.field == "vatNo"
    assert "create_company: vatNo" in str(caught.value)


@pytest.mark.parametrize(
    ("country", "number", "digits"),
    [("no", "12345", 9), ("dk", "1234567", 8), ("se", "55603607", 10), ("fi", "abc", 8)],
)
def test_format_is_always_checked(country: str, number: str, digits: int) -> None:
    with pytest.raises(finapi.RequestValidationError, match=f"expected {digits} digits"):
        company(validator(False), number, country)


def test_staging_test_number_passes_without_checksum() -> None:
    check(validator(False), "get_borrower", organization_number="999999998")
    with pytest.raises(finapi.RequestValidationError, match="Norwegian organisation number"):
        check(validator(True), "get_borrower", organization_number="999999998")


def test_business_id_on_operation_query_parameters() -> None:
    check(validator(True), "list_companies", vat_no="13585628", country="dk")
    with pytest.raises(
        finapi.RequestValidationError, match=r"list_companies: vatNo: .* Danish CVR"
    ):
        check(validator(True), "list_companies", vat_no="13585627", country="dk")


def test_vat_forms_are_accepted() -> None:
    company(validator(True), "NO923609016MVA", "no")
    company(validator(True), "DK13585628", "dk")


def test_compiled_validators_are_cached() -> None:
    checker = validator(True)
    company(checker, "923609016", "no")
    compiled = checker._compiled["create_company"]
    company(checker, "923609016", "no")
    assert checker._compiled["create_company"] is compiled


def test_json_body_type_errors_name_the_field() -> None:
    with pytest.raises(finapi.RequestValidationError, match="vatNo must be of type string") as e:
        company(validator(False), 5, "no")
    assert e.value.field == "vatNo"


# -- x-business-id in the real specs --------------------------------------------------------------


def test_real_spec_org_number_checksum_when_enabled(fake: FakeApi) -> None:
    """Symetrisk's OrganizationNumber carries x-business-id {country: no} in the spec."""
    client = fake.symetrisk(verify_checksums=True)
    with pytest.raises(finapi.RequestValidationError) as caught:
        client.credit_scoring.get_credit_score("923609016", "999999998")
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
    result = fake.symetrisk().credit_scoring.get_credit_score("923609016", "999999998")
    assert result.credit_score == 68.91


def test_real_spec_vat_number_per_country_on_query_parameters(fake: FakeApi) -> None:
    listing = fake.brevio().confirm.list_audit_requests(vat_no="12345678", country=KnownCountry.NO)
    with pytest.raises(finapi.RequestValidationError) as caught:
        list(listing)
    assert "vatNo: '12345678' is not a valid Norwegian organisation number" in str(caught.value)
    assert "expected 9 digits" in str(caught.value)
    assert_nothing_sent(fake)


def test_real_spec_vat_number_in_json_body(fake: FakeApi) -> None:
    wrong_cvr = {"vat_no": "13585627", "country": KnownCountry.DK}  # wrong CVR check digit
    with pytest.raises(finapi.RequestValidationError, match=r"vatNo: .* Danish CVR number"):
        sign_request(fake.brevio(verify_checksums=True), **wrong_cvr)
    assert_nothing_sent(fake)
    # Same number on staging/mock: format only, so the test number passes.
    fake.json_route("POST", SIGN_PATH, {"token": "sr-1"})
    assert sign_request(fake.brevio(), **wrong_cvr).token == "sr-1"


def test_a_refused_call_is_no_api_error_and_lists_its_problems(fake: FakeApi) -> None:
    """A RequestValidationError is no API error: it carries no request, response or id."""
    with pytest.raises(finapi.RequestValidationError) as caught:
        fake.brevio().confirm.finalize_audit_requests(tokens=[f"t{i}" for i in range(11)])
    assert not isinstance(caught.value, finapi.APIError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.problems == [
        ("tokens", "tokens has 11 items; at most 10 are allowed per request")
    ]


def test_a_refused_call_reaches_no_transport(fake: FakeApi) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return fake.handle(request)

    client = finapi.Brevio(
        environment="mock", http_client=httpx.Client(transport=httpx.MockTransport(record))
    )
    with pytest.raises(finapi.RequestValidationError):
        client.confirm.complete_confirmation_with_comment("t", comment="x" * 201)
    assert sent == []
