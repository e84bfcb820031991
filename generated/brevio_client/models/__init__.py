"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account as Account
    from .account_number import AccountNumber as AccountNumber
    from .account_number_details import AccountNumberDetails as AccountNumberDetails
    from .account_number_input import AccountNumberInput as AccountNumberInput
    from .amount import Amount as Amount
    from .attachment import Attachment as Attachment
    from .attachments_upload import AttachmentsUpload as AttachmentsUpload
    from .audit_company import AuditCompany as AuditCompany
    from .audit_request import AuditRequest as AuditRequest
    from .audit_request_input import AuditRequestInput as AuditRequestInput
    from .audit_request_step_result import (
        AuditRequestStepResult as AuditRequestStepResult,
    )
    from .auditor import Auditor as Auditor
    from .balance import Balance as Balance
    from .bank import Bank as Bank
    from .bank_branch import BankBranch as BankBranch
    from .comment_request import CommentRequest as CommentRequest
    from .company import Company as Company
    from .company_input import CompanyInput as CompanyInput
    from .confirmation import Confirmation as Confirmation
    from .confirmation_page import ConfirmationPage as ConfirmationPage
    from .connection import Connection as Connection
    from .create_audit_requests_request import (
        CreateAuditRequestsRequest as CreateAuditRequestsRequest,
    )
    from .create_audit_requests_response import (
        CreateAuditRequestsResponse as CreateAuditRequestsResponse,
    )
    from .create_lpa_request import CreateLpaRequest as CreateLpaRequest
    from .create_sign_request_request import (
        CreateSignRequestRequest as CreateSignRequestRequest,
    )
    from .create_sign_request_response import (
        CreateSignRequestResponse as CreateSignRequestResponse,
    )
    from .document_template import DocumentTemplate as DocumentTemplate
    from .due_days import DueDays as DueDays
    from .error import Error as Error
    from .error_errors import ErrorErrors as ErrorErrors
    from .event import Event as Event
    from .finalize_audit_requests_request import (
        FinalizeAuditRequestsRequest as FinalizeAuditRequestsRequest,
    )
    from .internationalization import Internationalization as Internationalization
    from .known_account_type import KnownAccountType as KnownAccountType
    from .known_audit_request_step import KnownAuditRequestStep as KnownAuditRequestStep
    from .known_confirmation_status import (
        KnownConfirmationStatus as KnownConfirmationStatus,
    )
    from .known_connection_step import KnownConnectionStep as KnownConnectionStep
    from .known_country import KnownCountry as KnownCountry
    from .known_event_type import KnownEventType as KnownEventType
    from .known_language import KnownLanguage as KnownLanguage
    from .known_request_type import KnownRequestType as KnownRequestType
    from .known_signature_right_type import (
        KnownSignatureRightType as KnownSignatureRightType,
    )
    from .known_transaction_state import KnownTransactionState as KnownTransactionState
    from .known_transaction_type import KnownTransactionType as KnownTransactionType
    from .lasting_power_of_attorney import (
        LastingPowerOfAttorney as LastingPowerOfAttorney,
    )
    from .lpa_signee import LpaSignee as LpaSignee
    from .manual_audit_request import ManualAuditRequest as ManualAuditRequest
    from .manual_user import ManualUser as ManualUser
    from .mark_audit_requests_processing_request import (
        MarkAuditRequestsProcessingRequest as MarkAuditRequestsProcessingRequest,
    )
    from .mark_manual_audit_requests_processing_request import (
        MarkManualAuditRequestsProcessingRequest as MarkManualAuditRequestsProcessingRequest,
    )
    from .message_response import MessageResponse as MessageResponse
    from .o_auth_error import OAuthError as OAuthError
    from .optional_attachments_upload import (
        OptionalAttachmentsUpload as OptionalAttachmentsUpload,
    )
    from .provider import Provider as Provider
    from .provider_list import ProviderList as ProviderList
    from .sign_attachment import SignAttachment as SignAttachment
    from .sign_attachment_input import SignAttachmentInput as SignAttachmentInput
    from .sign_document_upload import SignDocumentUpload as SignDocumentUpload
    from .sign_request import SignRequest as SignRequest
    from .sign_signee import SignSignee as SignSignee
    from .sign_signee_input import SignSigneeInput as SignSigneeInput
    from .signature_review import SignatureReview as SignatureReview
    from .signature_right import SignatureRight as SignatureRight
    from .signed_url import SignedUrl as SignedUrl
    from .signee import Signee as Signee
    from .single_attachment_upload import (
        SingleAttachmentUpload as SingleAttachmentUpload,
    )
    from .token_batch_result import TokenBatchResult as TokenBatchResult
    from .token_request import TokenRequest as TokenRequest
    from .token_request_grant_type import TokenRequestGrantType as TokenRequestGrantType
    from .token_response import TokenResponse as TokenResponse
    from .transaction import Transaction as Transaction
    from .transaction_page import TransactionPage as TransactionPage
    from .uploaded_sign_document import UploadedSignDocument as UploadedSignDocument

_MODULES = {
    "Account": ".account",
    "AccountNumber": ".account_number",
    "AccountNumberDetails": ".account_number_details",
    "AccountNumberInput": ".account_number_input",
    "Amount": ".amount",
    "Attachment": ".attachment",
    "AttachmentsUpload": ".attachments_upload",
    "AuditCompany": ".audit_company",
    "AuditRequest": ".audit_request",
    "AuditRequestInput": ".audit_request_input",
    "AuditRequestStepResult": ".audit_request_step_result",
    "Auditor": ".auditor",
    "Balance": ".balance",
    "Bank": ".bank",
    "BankBranch": ".bank_branch",
    "CommentRequest": ".comment_request",
    "Company": ".company",
    "CompanyInput": ".company_input",
    "Confirmation": ".confirmation",
    "ConfirmationPage": ".confirmation_page",
    "Connection": ".connection",
    "CreateAuditRequestsRequest": ".create_audit_requests_request",
    "CreateAuditRequestsResponse": ".create_audit_requests_response",
    "CreateLpaRequest": ".create_lpa_request",
    "CreateSignRequestRequest": ".create_sign_request_request",
    "CreateSignRequestResponse": ".create_sign_request_response",
    "DocumentTemplate": ".document_template",
    "DueDays": ".due_days",
    "Error": ".error",
    "ErrorErrors": ".error_errors",
    "Event": ".event",
    "FinalizeAuditRequestsRequest": ".finalize_audit_requests_request",
    "Internationalization": ".internationalization",
    "KnownAccountType": ".known_account_type",
    "KnownAuditRequestStep": ".known_audit_request_step",
    "KnownConfirmationStatus": ".known_confirmation_status",
    "KnownConnectionStep": ".known_connection_step",
    "KnownCountry": ".known_country",
    "KnownEventType": ".known_event_type",
    "KnownLanguage": ".known_language",
    "KnownRequestType": ".known_request_type",
    "KnownSignatureRightType": ".known_signature_right_type",
    "KnownTransactionState": ".known_transaction_state",
    "KnownTransactionType": ".known_transaction_type",
    "LastingPowerOfAttorney": ".lasting_power_of_attorney",
    "LpaSignee": ".lpa_signee",
    "ManualAuditRequest": ".manual_audit_request",
    "ManualUser": ".manual_user",
    "MarkAuditRequestsProcessingRequest": ".mark_audit_requests_processing_request",
    "MarkManualAuditRequestsProcessingRequest": ".mark_manual_audit_requests_processing_request",
    "MessageResponse": ".message_response",
    "OAuthError": ".o_auth_error",
    "OptionalAttachmentsUpload": ".optional_attachments_upload",
    "Provider": ".provider",
    "ProviderList": ".provider_list",
    "SignAttachment": ".sign_attachment",
    "SignAttachmentInput": ".sign_attachment_input",
    "SignDocumentUpload": ".sign_document_upload",
    "SignRequest": ".sign_request",
    "SignSignee": ".sign_signee",
    "SignSigneeInput": ".sign_signee_input",
    "SignatureReview": ".signature_review",
    "SignatureRight": ".signature_right",
    "SignedUrl": ".signed_url",
    "Signee": ".signee",
    "SingleAttachmentUpload": ".single_attachment_upload",
    "TokenBatchResult": ".token_batch_result",
    "TokenRequest": ".token_request",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TokenResponse": ".token_response",
    "Transaction": ".transaction",
    "TransactionPage": ".transaction_page",
    "UploadedSignDocument": ".uploaded_sign_document",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "Account",
    "AccountNumber",
    "AccountNumberDetails",
    "AccountNumberInput",
    "Amount",
    "Attachment",
    "AttachmentsUpload",
    "AuditCompany",
    "AuditRequest",
    "AuditRequestInput",
    "AuditRequestStepResult",
    "Auditor",
    "Balance",
    "Bank",
    "BankBranch",
    "CommentRequest",
    "Company",
    "CompanyInput",
    "Confirmation",
    "ConfirmationPage",
    "Connection",
    "CreateAuditRequestsRequest",
    "CreateAuditRequestsResponse",
    "CreateLpaRequest",
    "CreateSignRequestRequest",
    "CreateSignRequestResponse",
    "DocumentTemplate",
    "DueDays",
    "Error",
    "ErrorErrors",
    "Event",
    "FinalizeAuditRequestsRequest",
    "Internationalization",
    "KnownAccountType",
    "KnownAuditRequestStep",
    "KnownConfirmationStatus",
    "KnownConnectionStep",
    "KnownCountry",
    "KnownEventType",
    "KnownLanguage",
    "KnownRequestType",
    "KnownSignatureRightType",
    "KnownTransactionState",
    "KnownTransactionType",
    "LastingPowerOfAttorney",
    "LpaSignee",
    "ManualAuditRequest",
    "ManualUser",
    "MarkAuditRequestsProcessingRequest",
    "MarkManualAuditRequestsProcessingRequest",
    "MessageResponse",
    "OAuthError",
    "OptionalAttachmentsUpload",
    "Provider",
    "ProviderList",
    "SignAttachment",
    "SignAttachmentInput",
    "SignDocumentUpload",
    "SignRequest",
    "SignSignee",
    "SignSigneeInput",
    "SignatureReview",
    "SignatureRight",
    "SignedUrl",
    "Signee",
    "SingleAttachmentUpload",
    "TokenBatchResult",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "Transaction",
    "TransactionPage",
    "UploadedSignDocument",
)
