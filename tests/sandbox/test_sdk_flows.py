"""The documented workflows end to end through the SDK, sync and async, against the sandbox.

Every exchange passes Prism in both directions (`check_exchange` fails a test on anything it
flags), and what the other party does comes from the sandbox's test helpers. Listings are walked
with the SDK's own paginators in every pagination style, checking that no item is lost or
repeated.
"""

from __future__ import annotations

import datetime
import io
import itertools
from collections.abc import AsyncIterator, Iterator
from typing import Any

import finapi
import httpx
import pytest
from brevio_client.models import (
    AuditRequestInput,
    KnownAuditRequestStep,
    KnownRequestType,
    SignAttachmentInput,
    SignSigneeInput,
)
from brevio_client.types import File
from finapi._base_client import BaseAPIClient
from stdnum.no import orgnr
from symetrisk_client.models import KnownRelationshipState, OrganizationReference

from mocks.sandbox.run import RunningSandbox
from tests.sandbox.conftest import check_exchange

pytestmark = pytest.mark.integration

CLIENT_VAT = "999999999"  # "Eksempel AS" in the sandbox registry, a Norwegian audit client
DNB = "042172ae-9e59-4b8e-910f-3f707a727659"
AUDITOR = "auditor@example.com"
# The sandbox takes any credentials.
CLIENT_ID, CLIENT_SECRET = "sdk-flows", "any-secret-works"
_numbers = itertools.count(970_000_000)


def _fresh_organization_number() -> str:
    """A valid Norwegian organisation number no seed and no earlier test of this session used."""
    while True:
        candidate = str(next(_numbers))
        if orgnr.is_valid(candidate):
            return candidate


async def _acheck_exchange(response: httpx.Response) -> None:
    await response.aread()
    check_exchange(response)


@pytest.fixture
def symetrisk(sandbox: RunningSandbox) -> Iterator[finapi.Symetrisk]:
    http = httpx.Client(trust_env=False, event_hooks={"response": [check_exchange]})
    with (
        http,
        finapi.Symetrisk(
            environment=sandbox.urls["symetrisk"],
            http_client=http,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
        ) as client,
    ):
        yield client


@pytest.fixture
def brevio(sandbox: RunningSandbox) -> Iterator[finapi.Brevio]:
    http = httpx.Client(trust_env=False, event_hooks={"response": [check_exchange]})
    with (
        http,
        finapi.Brevio(
            environment=sandbox.urls["brevio"],
            http_client=http,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
        ) as client,
    ):
        yield client


@pytest.fixture
async def async_symetrisk(sandbox: RunningSandbox) -> AsyncIterator[finapi.AsyncSymetrisk]:
    http = httpx.AsyncClient(trust_env=False, event_hooks={"response": [_acheck_exchange]})
    async with (
        http,
        finapi.AsyncSymetrisk(
            environment=sandbox.urls["symetrisk"],
            http_client=http,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
        ) as client,
    ):
        yield client


@pytest.fixture
async def async_brevio(sandbox: RunningSandbox) -> AsyncIterator[finapi.AsyncBrevio]:
    http = httpx.AsyncClient(trust_env=False, event_hooks={"response": [_acheck_exchange]})
    async with (
        http,
        finapi.AsyncBrevio(
            environment=sandbox.urls["brevio"],
            http_client=http,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
        ) as client,
    ):
        yield client


def helper(client: BaseAPIClient, path: str, **body: Any) -> Any:
    """What the other party does: a sandbox test helper (no token needed)."""
    response = httpx.post(f"{client.base_url}/_sandbox/{path}", json=body or None, timeout=30)
    check_exchange(response)
    response.raise_for_status()
    return response.json()


def _unique(values: list[Any]) -> list[Any]:
    assert len(values) == len(set(values)), "an item was listed twice"
    return values


# -- Symetrisk: request borrower access -> the borrower accepts -> read accounting data ----------


def test_borrower_access_to_accounting_data(symetrisk: finapi.Symetrisk) -> None:
    org = _fresh_organization_number()
    (result,) = symetrisk.bank.request_borrower_access(
        borrowers=[OrganizationReference(organization_number=org)]
    )
    assert (result.organization_number, result.success) == (org, True)
    assert symetrisk.bank.get_borrower(org).relationship_state == "access_requested"
    with pytest.raises(finapi.PermissionDeniedError) as refused:
        symetrisk.bank.get_accounting_data(org).to_list()
    assert "access_requested" in str(refused.value.body)

    helper(symetrisk, f"borrowers/{org}/accept")  # the borrower accepts and connects Fiken

    borrower = symetrisk.bank.get_borrower(org)
    assert borrower.relationship_state == KnownRelationshipState.ACCESS_APPROVED
    assert borrower.consented_to_share_data is True
    assert borrower.connected_accounting_system == "fiken"
    relationships = symetrisk.bank.list_relationships(page_size=25).to_list()
    mine = [r for r in relationships if r.borrower_organization_number == org]
    assert [r.relationship_state for r in mine] == ["access_approved"]
    months = symetrisk.bank.get_accounting_data(org, page_size=5).to_list()
    assert len(_unique([m.id for m in months])) == 12
    assert [m.snapshot_date for m in months] == sorted(
        (m.snapshot_date for m in months), reverse=True
    )

    delivered = helper(symetrisk, f"borrowers/{org}/accounting-months")  # a new month arrives
    newest = next(iter(symetrisk.bank.get_accounting_data(org, max_items=1)))
    assert newest.id == delivered["id"]
    assert newest.snapshot_date > months[0].snapshot_date
    assert newest.fetched_at.tzinfo is None  # Symetrisk timestamps are naive, as sent


async def test_borrower_access_to_accounting_data_async(
    async_symetrisk: finapi.AsyncSymetrisk,
) -> None:
    org = _fresh_organization_number()
    (result,) = await async_symetrisk.bank.request_borrower_access(
        borrowers=[OrganizationReference(organization_number=org)]
    )
    assert result.success is True
    with pytest.raises(finapi.PermissionDeniedError):
        await async_symetrisk.bank.get_accounting_data(org).to_list()
    helper(async_symetrisk, f"borrowers/{org}/accept")
    months = [m async for m in async_symetrisk.bank.get_accounting_data(org, page_size=5)]
    assert len(_unique([m.id for m in months])) == 12
    raw = await async_symetrisk.bank.with_raw_response.get_borrower(org)
    assert raw.status_code == 200
    assert raw.parse().relationship_state == "access_approved"


# -- Brevio: audit requests -> the bank confirms with attachments -> the auditor sees it ---------


def _pdf(name: str) -> File:
    return File(
        payload=io.BytesIO(b"%PDF-1.4 sandbox"), file_name=name, mime_type="application/pdf"
    )


def _bank_request() -> AuditRequestInput:
    return AuditRequestInput(
        cut_off_date=datetime.date(2025, 12, 31), request_type=KnownRequestType.BANK, bank=DNB
    )


def test_audit_request_confirmed_by_the_bank(brevio: finapi.Brevio) -> None:
    created = brevio.confirm.create_audit_requests(
        vat_no=CLIENT_VAT,
        country="no",
        language="nb",
        user=AUDITOR,
        signees=["ceo@example.com"],
        requests=[_bank_request()],
    )
    assert created.sent is True
    (token,) = created.tokens

    def listed() -> Any:
        matches = [
            r
            for r in brevio.confirm.list_audit_requests(vat_no=CLIENT_VAT, country="no")
            if r.token == token
        ]
        assert len(matches) == 1
        return matches[0]

    assert listed().step == KnownAuditRequestStep.CLIENT_READY
    assert token not in [r.token for r in brevio.confirm.list_pending_audit_requests()]

    helper(brevio, f"audit-requests/{token}/sign")  # the audit client's signees sign

    pending = _unique([r.token for r in brevio.confirm.list_pending_audit_requests()])
    assert token in pending  # the bank sees it now
    marked = brevio.confirm.mark_audit_requests_processing(tokens=[token])
    assert marked.successful == [token]
    uploaded = brevio.confirm.upload_audit_request_confirmation_attachments(
        token, attachments=[_pdf("statement-1.pdf"), _pdf("statement-2.pdf")]
    )
    assert uploaded.message == "2 attachments uploaded"
    sent = brevio.confirm.send_audit_request_confirmation(token, attachments=[_pdf("reply.pdf")])
    assert (sent.token, sent.step) == (token, "received")

    done = listed()  # the audit company's view
    assert done.step == "received"
    assert done.confirmation is not None
    assert done.confirmation.status == "completed"
    assert isinstance(done.attachments, list)
    assert len(done.attachments) == 4  # the signed power of attorney and three uploads
    with pytest.raises(finapi.UnprocessableEntityError):
        brevio.confirm.send_audit_request_confirmation(token, attachments=[_pdf("again.pdf")])


async def test_audit_request_confirmed_by_the_bank_async(
    async_brevio: finapi.AsyncBrevio,
) -> None:
    created = await async_brevio.confirm.create_audit_requests(
        vat_no=CLIENT_VAT,
        country="no",
        language="nb",
        user=AUDITOR,
        signees=["cfo@example.com"],
        requests=[_bank_request()],
    )
    (token,) = created.tokens
    helper(async_brevio, f"audit-requests/{token}/sign")
    pending = [r.token async for r in async_brevio.confirm.list_pending_audit_requests()]
    assert token in _unique(pending)
    helper(async_brevio, f"audit-requests/{token}/confirm")  # the bank answers from its systems
    mine = [
        r
        async for r in async_brevio.confirm.list_audit_requests(vat_no=CLIENT_VAT, country="no")
        if r.token == token
    ]
    assert [r.step for r in mine] == ["received"]


# -- Brevio Sign: upload a document, create a sign request, the signees sign -------------------


def test_sign_request_signed_by_every_signee(brevio: finapi.Brevio) -> None:
    document = brevio.sign.upload_sign_document(attachment=_pdf("annual-report.pdf"))
    created = brevio.sign.create_sign_request(
        attachments=[SignAttachmentInput(token=document.token, title="Annual report")],
        vat_no="999999998",
        country="no",
        user=AUDITOR,
        signees=[
            SignSigneeInput(email="first@example.com", order=1),
            SignSigneeInput(email="second@example.com", order=2),
        ],
        due_days=7,
    )

    def mine() -> Any:
        listing = brevio.sign.list_sign_requests(vat_no="999999998", country="no")
        found = [r for r in listing if r.token == created.token]
        assert len(found) == 1
        return found[0]

    assert [s.signed for s in mine().signees] == [False, False]
    helper(brevio, f"sign-requests/{created.token}/sign")
    helper(brevio, f"sign-requests/{created.token}/sign")
    signed = mine()
    assert [s.signed for s in signed.signees] == [True, True]
    assert [a.title for a in signed.attachments] == ["Annual report", "Annual report (signed)"]
    since = datetime.date.today() - datetime.timedelta(days=1)
    updated = [r.token for r in brevio.sign.list_updated_sign_requests(from_date=since)]
    assert created.token in _unique(updated)
    url = brevio.sign.get_sign_attachment_signed_url(signed.attachments[1].token)
    assert url.filename == "annual-report-(signed).pdf"


async def test_sign_request_signed_by_every_signee_async(async_brevio: finapi.AsyncBrevio) -> None:
    document = await async_brevio.sign.upload_sign_document(attachment=_pdf("contract.pdf"))
    created = await async_brevio.sign.create_sign_request(
        attachments=[SignAttachmentInput(token=document.token)],
        vat_no="999999998",
        country="no",
        user=AUDITOR,
        signees=[SignSigneeInput(email="only@example.com")],
    )
    helper(async_brevio, f"sign-requests/{created.token}/sign")
    listing = async_brevio.sign.list_sign_requests(vat_no="999999998", country="no")
    signed = [r async for r in listing if r.token == created.token]
    assert len(signed) == 1
    signees = signed[0].signees
    assert isinstance(signees, list)
    assert [s.signed for s in signees] == [True]


# -- Every pagination style through the SDK's paginators: nothing lost, nothing repeated -------


def test_limit_skip_listings(symetrisk: finapi.Symetrisk) -> None:
    pages = list(symetrisk.bank.list_relationships(page_size=40).pages())
    assert len(pages) >= 3
    assert {page.total for page in pages} == {sum(len(page.items) for page in pages)}
    _unique([r.relationship_id for page in pages for r in page.items])
    concurrent = symetrisk.bank.list_notifications(page_size=50, concurrency=4).to_list()
    sequential = symetrisk.bank.list_notifications(page_size=50).to_list()
    assert [n.id for n in concurrent] == _unique([n.id for n in sequential])


def test_offset_pages_of_fifty(brevio: finapi.Brevio) -> None:
    pages = list(brevio.confirm.list_audit_requests(vat_no="925178845", country="no").pages())
    assert len(pages) >= 3
    assert all(len(page.items) == 50 for page in pages[:-1])
    _unique([r.token for page in pages for r in page.items])


def test_keyset_cursor(brevio: finapi.Brevio) -> None:
    pages = list(brevio.confirm.list_pending_confirmations().pages())
    assert len(pages) >= 2
    assert pages[0].cursor is None
    assert all(page.cursor is not None for page in pages[1:])
    _unique([c.token for page in pages for c in page.items])


async def test_offset_and_page_size_async(async_brevio: finapi.AsyncBrevio) -> None:
    listing = async_brevio.connect.list_account_transactions(
        "6d7e8f90-1a2b-4c3d-9e8f-7a6b5c4d3e2f",  # the documented connection and account
        "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
        from_date=datetime.date(2020, 1, 1),
        page_size=100,
        concurrency=3,
    )
    pages = [page async for page in listing.pages()]
    assert len(pages) >= 3
    assert {page.total for page in pages} == {sum(len(page.items) for page in pages)}
    _unique([t.token for page in pages for t in page.items])
