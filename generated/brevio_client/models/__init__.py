"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_number import AccountNumber
from .account_number_details import AccountNumberDetails
from .account_number_input import AccountNumberInput
from .amount import Amount
from .attachment import Attachment
from .attachments_upload import AttachmentsUpload
from .audit_company import AuditCompany
from .audit_request import AuditRequest
from .audit_request_input import AuditRequestInput
from .audit_request_step_result import AuditRequestStepResult
from .auditor import Auditor
from .balance import Balance
from .bank import Bank
from .bank_branch import BankBranch
from .comment_request import CommentRequest
from .company import Company
from .company_input import CompanyInput
from .confirmation import Confirmation
from .confirmation_page import ConfirmationPage
from .connection import Connection
from .create_audit_requests_request import CreateAuditRequestsRequest
from .create_audit_requests_response import CreateAuditRequestsResponse
from .create_lpa_request import CreateLpaRequest
from .create_sign_request_request import CreateSignRequestRequest
from .create_sign_request_response import CreateSignRequestResponse
from .document_template import DocumentTemplate
from .due_days import DueDays
from .error import Error
from .error_errors import ErrorErrors
from .event import Event
from .finalize_audit_requests_request import FinalizeAuditRequestsRequest
from .internationalization import Internationalization
from .known_account_type import KnownAccountType
from .known_audit_request_step import KnownAuditRequestStep
from .known_confirmation_status import KnownConfirmationStatus
from .known_connection_step import KnownConnectionStep
from .known_country import KnownCountry
from .known_event_type import KnownEventType
from .known_language import KnownLanguage
from .known_request_type import KnownRequestType
from .known_signature_right_type import KnownSignatureRightType
from .known_transaction_state import KnownTransactionState
from .known_transaction_type import KnownTransactionType
from .lasting_power_of_attorney import LastingPowerOfAttorney
from .lpa_signee import LpaSignee
from .manual_audit_request import ManualAuditRequest
from .manual_user import ManualUser
from .mark_audit_requests_processing_request import MarkAuditRequestsProcessingRequest
from .mark_manual_audit_requests_processing_request import (
    MarkManualAuditRequestsProcessingRequest,
)
from .message_response import MessageResponse
from .o_auth_error import OAuthError
from .optional_attachments_upload import OptionalAttachmentsUpload
from .provider import Provider
from .provider_list import ProviderList
from .sign_attachment import SignAttachment
from .sign_attachment_input import SignAttachmentInput
from .sign_document_upload import SignDocumentUpload
from .sign_request import SignRequest
from .sign_signee import SignSignee
from .sign_signee_input import SignSigneeInput
from .signature_review import SignatureReview
from .signature_right import SignatureRight
from .signed_url import SignedUrl
from .signee import Signee
from .single_attachment_upload import SingleAttachmentUpload
from .token_batch_result import TokenBatchResult
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .transaction import Transaction
from .transaction_page import TransactionPage
from .uploaded_sign_document import UploadedSignDocument

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
