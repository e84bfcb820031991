"""A user's script touching every resource of both APIs, sync and async (not a test module).

The consumer tests type-check it with `mypy --strict` against the installed wheel and run it
against the mock: the annotations below are the types a user relies on, so a method returning
`X | Error | None` or a listing yielding `Any` would fail the check. No casts, no ignores.
"""

from __future__ import annotations

import asyncio
import datetime
import io

import finapi
from brevio_client.models import (
    AuditRequest,
    AuditRequestInput,
    AuditRequestStepResult,
    Bank,
    Confirmation,
    Connection,
    CreateAuditRequestsResponse,
    CreateSignRequestResponse,
    DocumentTemplate,
    KnownRequestType,
    LastingPowerOfAttorney,
    MessageResponse,
    ProviderList,
    SignAttachmentInput,
    SignatureRight,
    SignedUrl,
    SignRequest,
    SignSigneeInput,
    TokenBatchResult,
    Transaction,
    UploadedSignDocument,
)
from brevio_client.models import TokenResponse as BrevioToken
from brevio_client.types import File
from symetrisk_client.models import (
    AccessRequestResult,
    AccountingDataItem,
    BankSelf,
    Borrower,
    CompanySummary,
    CreditScore,
    CreditScoringSelf,
    Debtor,
    Notification,
    OrganizationReference,
    PingResponse,
    Relationship,
    TokenResponse,
)

ORGANIZATION = "123456789"
TOKEN = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


def pdf(name: str) -> File:
    return File(payload=io.BytesIO(b"%PDF-1.7"), file_name=name, mime_type="application/pdf")


def symetrisk_sync() -> None:
    with finapi.Symetrisk() as symetrisk:
        ping: PingResponse = symetrisk.status.get_ping()
        token: TokenResponse = symetrisk.auth.create_access_token(grant_type="client_credentials")
        me: BankSelf = symetrisk.bank.get_bank_self()
        borrower: Borrower = symetrisk.bank.get_borrower(ORGANIZATION)
        asked: list[AccessRequestResult] = symetrisk.bank.request_borrower_access(
            borrowers=[OrganizationReference(organization_number=ORGANIZATION)]
        )
        relationships: list[Relationship] = symetrisk.bank.list_relationships().to_list()
        notifications: list[Notification] = list(symetrisk.bank.list_notifications(max_items=5))
        months: list[AccountingDataItem] = []
        for page in symetrisk.bank.get_accounting_data(ORGANIZATION, page_size=12).pages():
            months += page.items
            request_id: str | None = page.request_id
            print("accounting page", page.number, page.total, request_id is None)
        scorer: CreditScoringSelf = symetrisk.credit_scoring.get_credit_scoring_self()
        companies: list[CompanySummary] = symetrisk.credit_scoring.initialize_credit_scorer_company(
            borrowers=[OrganizationReference(organization_number=ORGANIZATION)]
        )
        debtors_asked: list[AccessRequestResult] = symetrisk.credit_scoring.request_debtor_access(
            ORGANIZATION, debtors=[OrganizationReference(organization_number="999999998")]
        )
        debtors: list[Debtor] = symetrisk.credit_scoring.list_debtors(ORGANIZATION).to_list()
        score: CreditScore = symetrisk.credit_scoring.get_credit_score(ORGANIZATION, "999999998")
        raw: finapi.APIResponse[Borrower] = symetrisk.bank.with_raw_response.get_borrower(
            ORGANIZATION
        )
        first_page = symetrisk.bank.with_raw_response.list_relationships(page_size=10)
        listing: finapi.Paginator[Relationship] = first_page.parse()
        print(
            ping.message, token.token_type, me.company.name, borrower.name, len(asked),
            len(relationships), len(notifications), len(months), scorer.partner.id,
            len(companies), len(debtors_asked), len(debtors), score.credit_score,
            raw.status_code, first_page.status_code, len(listing.to_list()),
        )  # fmt: skip


def brevio_sync() -> None:
    with finapi.Brevio() as brevio:
        token: BrevioToken = brevio.auth.create_access_token(grant_type="client_credentials")
        created: CreateAuditRequestsResponse = brevio.confirm.create_audit_requests(
            country="no",
            vat_no="999999998",
            language="nb",
            user="auditor@example.com",
            requests=[
                AuditRequestInput(
                    cut_off_date=datetime.date(2024, 12, 31),
                    request_type=KnownRequestType.BANK,
                    bank="2d0f3de86579dbdcb9abeea693a97d485442bc01e2a7ae3f6c92e43f0091a06d",
                )
            ],
        )
        requests: list[AuditRequest] = brevio.confirm.list_audit_requests(
            vat_no="999999998", country="no", request_type="bank"
        ).to_list()
        finalized: TokenBatchResult = brevio.confirm.finalize_audit_requests(tokens=[TOKEN])
        lpa: LastingPowerOfAttorney = brevio.confirm.create_lpa(
            country="no", vat_no="999999998", signees=["signee@example.com"]
        )
        lpas: list[LastingPowerOfAttorney] = brevio.confirm.list_lpas()
        signed: SignedUrl = brevio.confirm.create_confirm_attachment_signed_url(TOKEN)
        banks: list[Bank] = brevio.confirm.list_banks()
        pending: list[AuditRequest] = list(brevio.confirm.list_pending_audit_requests(max_items=3))
        uploaded: MessageResponse = brevio.confirm.upload_audit_request_confirmation_attachments(
            TOKEN, attachments=[pdf("a.pdf"), pdf("b.pdf")]
        )
        processing: TokenBatchResult = brevio.confirm.mark_audit_requests_processing(tokens=[TOKEN])
        commented: MessageResponse = brevio.confirm.complete_audit_request_with_comment(
            TOKEN, comment="Confirmed by phone."
        )
        sent: AuditRequestStepResult = brevio.confirm.send_audit_request_confirmation(TOKEN)
        confirmations: list[Confirmation] = brevio.confirm.list_pending_confirmations().to_list()
        attached: MessageResponse = brevio.confirm.upload_confirmation_attachments(
            TOKEN, attachments=[pdf("statement.pdf")]
        )
        completed: Confirmation = brevio.confirm.complete_confirmation(TOKEN)
        with_comment: Confirmation = brevio.confirm.complete_confirmation_with_comment(
            TOKEN, comment="No accounts."
        )
        rejected: Confirmation = brevio.confirm.reject_confirmation(TOKEN, comment="Unknown.")
        manual: MessageResponse = brevio.confirm.upload_manual_audit_request_attachment(
            TOKEN, attachment=pdf("request.pdf")
        )
        manual_processing: TokenBatchResult = brevio.confirm.mark_manual_audit_requests_processing(
            tokens=[TOKEN]
        )
        manual_attached: MessageResponse = (
            brevio.confirm.upload_manual_audit_request_confirmation_attachments(
                TOKEN, attachments=[pdf("c.pdf")]
            )
        )
        manual_sent: AuditRequestStepResult = brevio.confirm.send_manual_audit_request_confirmation(
            TOKEN, attachments=[pdf("d.pdf")]
        )
        connections: list[Connection] = brevio.connect.list_connections(max_items=2).to_list()
        transactions: list[Transaction] = brevio.connect.list_account_transactions(
            "c0nnect10n", "acc0unt", from_date=datetime.date(2024, 1, 1), page_size=100
        ).to_list()
        providers: ProviderList = brevio.connect.list_providers(country="no")
        sign_request: CreateSignRequestResponse = brevio.sign.create_sign_request(
            attachments=[SignAttachmentInput(token=TOKEN)],
            vat_no="999999998",
            country="no",
            user="auditor@example.com",
            signees=[SignSigneeInput(email="signee@example.com")],
            due_days=14,
        )
        sign_requests: list[SignRequest] = brevio.sign.list_sign_requests(
            vat_no="999999998", country="no"
        ).to_list()
        updated: list[SignRequest] = brevio.sign.list_updated_sign_requests(
            from_date=datetime.date(2025, 1, 1)
        ).to_list()
        url: SignedUrl = brevio.sign.get_sign_attachment_signed_url(TOKEN)
        document: UploadedSignDocument = brevio.sign.upload_sign_document(
            attachment=pdf("contract.pdf")
        )
        templates: list[DocumentTemplate] = brevio.sign.list_document_templates()
        right: SignatureRight = brevio.signature_right.get_signature_right(
            pid="01010112345", vat_no="999999998", country="no"
        )
        report: finapi.BatchReport[TokenBatchResult] = finapi.batched(
            brevio.confirm.finalize_audit_requests, field="tokens", values=[TOKEN] * 12
        )
        print(
            token.token_type, created.tokens, len(requests), finalized.successful, lpa.token,
            len(lpas), signed.url, len(banks), len(pending), uploaded.message,
            processing.failed, commented.message, sent.step, len(confirmations),
            attached.message, completed.status, with_comment.comment, rejected.status,
            manual.message, manual_processing.successful, manual_attached.message,
            manual_sent.step, len(connections), len(transactions), providers,
            sign_request.token, len(sign_requests), len(updated), url.url, document.token,
            len(templates), right.signature_right, len(report.batches),
        )  # fmt: skip


async def both_async() -> None:
    async with finapi.AsyncSymetrisk() as symetrisk, finapi.AsyncBrevio() as brevio:
        ping: PingResponse = await symetrisk.status.get_ping()
        relationships: list[Relationship] = [r async for r in symetrisk.bank.list_relationships()]
        raw: finapi.APIResponse[Borrower] = await symetrisk.bank.with_raw_response.get_borrower(
            ORGANIZATION
        )
        first: finapi.APIResponse[
            finapi.AsyncPaginator[Debtor]
        ] = await symetrisk.credit_scoring.with_raw_response.list_debtors(ORGANIZATION)
        debtors: list[Debtor] = await first.parse().to_list()
        banks: list[Bank] = await brevio.confirm.list_banks()
        confirmations: list[Confirmation] = await brevio.confirm.list_pending_confirmations(
            processing=False
        ).to_list()
        report: finapi.BatchReport[TokenBatchResult] = await finapi.abatched(
            brevio.confirm.mark_audit_requests_processing,
            field="tokens",
            values=[TOKEN] * 3,
            batch_size=2,  # the docs give this one no limit, so the caller chooses
        )
        right: SignatureRight = await brevio.signature_right.get_signature_right(
            pid="01010112345", vat_no="999999998", country="no"
        )
        print(
            ping.message, len(relationships), raw.parse().name, len(debtors), len(banks),
            len(confirmations), len(report.batches), right.pid,
        )  # fmt: skip


if __name__ == "__main__":
    symetrisk_sync()
    brevio_sync()
    asyncio.run(both_async())
