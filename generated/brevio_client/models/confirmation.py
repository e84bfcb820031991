from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_confirmation_status import KnownConfirmationStatus
from ..models.known_language import KnownLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="Confirmation")


@_attrs_define
class Confirmation:
    """A bank's confirmation for an audit request. A confirmation can have partial confirmations (created when a bank
    delegates companies to other banks); they are full Confirmation objects, so the schema is recursive. Fields `token`,
    `comment`, `completedAt`, `partial` and `status` come from the examples; the first table row (`cutOffDate`) lost its
    name.

    """

    token: str
    """ Unique identifier (UUID). """
    comment: None | str | Unset = UNSET
    """ Comment given when completing with comment or rejecting. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ When the confirmation was completed; null if not completed. """
    partial: bool | Unset = UNSET
    """ Whether this is a partial confirmation (only partial ones can be rejected). """
    status: KnownConfirmationStatus | str | Unset = UNSET
    """ Confirmation status. Values outside the known set are passed through as plain strings. """
    cut_off_date: datetime.date | Unset = UNSET
    """ End of the fiscal year for the confirmation's companies. """
    language: KnownLanguage | str | Unset = UNSET
    """ Language (ISO 639-1). Values outside the known set are passed through as plain strings. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the confirmation was last updated. """
    sent_at: datetime.datetime | None | Unset = UNSET
    """ When the confirmation was sent (renamed from `sent` in 2023-10-04). """
    sent_to_third_party_at: datetime.datetime | None | Unset = UNSET
    """ When the request was sent to the bank; the keyset of list_pending_confirmations. """
    manual_review: bool | Unset = UNSET
    """ Requires manual review (the auditor changed the standard template). """
    started_processing: bool | Unset = UNSET
    """ Whether the confirmation has been marked as having begun processing. """
    acccount_numbers: list[AccountNumber] | Unset = UNSET
    """ Account numbers of the confirmation's audit request. Spelled with three c's as in the docs; unconfirmed. """
    attachments: list[Attachment] | Unset = UNSET
    """ All attachments of the confirmation's audit request, including the signed power of attorney and the
    confirmation's own files. """
    audit_company: AuditCompany | Unset = UNSET
    """ The audit company of an audit request. The attribute table was not found; the field changed in 2024-11-30
    (details lost; before that it may have been the company name as a string). """
    bank: Bank | Unset = UNSET
    """ A bank. No attribute table was found; the fields are assembled from the docs' examples. """
    bank_branch: BankBranch | None | Unset = UNSET
    """ The bank branch of the confirmation. """
    companies: list[Company] | Unset = UNSET
    """ All companies covered by the confirmation. """
    partial_confirmations: list[Confirmation] | Unset = UNSET
    """ Partial confirmations of this confirmation (recursive Confirmation objects). """
    signature_reviews: list[SignatureReview] | Unset = UNSET
    """ Signature reviews for the confirmation. """
    signees: list[Signee] | Unset = UNSET
    """ Signees of the confirmation's audit request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat().replace("+00:00", "Z")
        else:
            completed_at = self.completed_at

        partial = self.partial

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownConfirmationStatus):
            status = self.status.value
        else:
            status = self.status

        cut_off_date: str | Unset = UNSET
        if not isinstance(self.cut_off_date, Unset):
            cut_off_date = self.cut_off_date.isoformat()

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, KnownLanguage):
            language = self.language.value
        else:
            language = self.language

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat().replace("+00:00", "Z")
        else:
            sent_at = self.sent_at

        sent_to_third_party_at: None | str | Unset
        if isinstance(self.sent_to_third_party_at, Unset):
            sent_to_third_party_at = UNSET
        elif isinstance(self.sent_to_third_party_at, datetime.datetime):
            sent_to_third_party_at = self.sent_to_third_party_at.isoformat().replace(
                "+00:00", "Z"
            )
        else:
            sent_to_third_party_at = self.sent_to_third_party_at

        manual_review = self.manual_review

        started_processing = self.started_processing

        acccount_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acccount_numbers, Unset):
            acccount_numbers = []
            for acccount_numbers_item_data in self.acccount_numbers:
                acccount_numbers_item = acccount_numbers_item_data.to_dict()
                acccount_numbers.append(acccount_numbers_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        audit_company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_company, Unset):
            audit_company = self.audit_company.to_dict()

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

        bank_branch: dict[str, Any] | None | Unset
        if isinstance(self.bank_branch, Unset):
            bank_branch = UNSET
        elif isinstance(self.bank_branch, BankBranch):
            bank_branch = self.bank_branch.to_dict()
        else:
            bank_branch = self.bank_branch

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        partial_confirmations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_confirmations, Unset):
            partial_confirmations = []
            for partial_confirmations_item_data in self.partial_confirmations:
                partial_confirmations_item = partial_confirmations_item_data.to_dict()
                partial_confirmations.append(partial_confirmations_item)

        signature_reviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signature_reviews, Unset):
            signature_reviews = []
            for signature_reviews_item_data in self.signature_reviews:
                signature_reviews_item = signature_reviews_item_data.to_dict()
                signature_reviews.append(signature_reviews_item)

        signees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signees, Unset):
            signees = []
            for signees_item_data in self.signees:
                signees_item = signees_item_data.to_dict()
                signees.append(signees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if partial is not UNSET:
            field_dict["partial"] = partial
        if status is not UNSET:
            field_dict["status"] = status
        if cut_off_date is not UNSET:
            field_dict["cutOffDate"] = cut_off_date
        if language is not UNSET:
            field_dict["language"] = language
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if sent_to_third_party_at is not UNSET:
            field_dict["sentToThirdPartyAt"] = sent_to_third_party_at
        if manual_review is not UNSET:
            field_dict["manualReview"] = manual_review
        if started_processing is not UNSET:
            field_dict["startedProcessing"] = started_processing
        if acccount_numbers is not UNSET:
            field_dict["acccountNumbers"] = acccount_numbers
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if audit_company is not UNSET:
            field_dict["auditCompany"] = audit_company
        if bank is not UNSET:
            field_dict["bank"] = bank
        if bank_branch is not UNSET:
            field_dict["bankBranch"] = bank_branch
        if companies is not UNSET:
            field_dict["companies"] = companies
        if partial_confirmations is not UNSET:
            field_dict["partialConfirmations"] = partial_confirmations
        if signature_reviews is not UNSET:
            field_dict["signatureReviews"] = signature_reviews
        if signees is not UNSET:
            field_dict["signees"] = signees

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")
        if type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            completed_at_type_0 = datetime.datetime.fromisoformat(data)

            return completed_at_type_0

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        partial = d.pop("partial", UNSET)
        if partial is not UNSET and type(partial) is not bool:
            raise TypeError(f"partial: expected bool, got {type(partial).__name__}")

        def _parse_status(data: object) -> KnownConfirmationStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_confirmation_status_type_0 = KnownConfirmationStatus(
                    data
                )

                return componentsschemas_confirmation_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownConfirmationStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _cut_off_date = d.pop("cutOffDate", UNSET)
        cut_off_date: datetime.date | Unset
        if isinstance(_cut_off_date, Unset):
            cut_off_date = UNSET
        else:
            cut_off_date = datetime.date.fromisoformat(_cut_off_date)

        def _parse_language(data: object) -> KnownLanguage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_language_type_0 = KnownLanguage(data)

                return componentsschemas_language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownLanguage | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            sent_at_type_0 = datetime.datetime.fromisoformat(data)

            return sent_at_type_0

        sent_at = _parse_sent_at(d.pop("sentAt", UNSET))

        def _parse_sent_to_third_party_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            sent_to_third_party_at_type_0 = datetime.datetime.fromisoformat(data)

            return sent_to_third_party_at_type_0

        sent_to_third_party_at = _parse_sent_to_third_party_at(
            d.pop("sentToThirdPartyAt", UNSET)
        )

        manual_review = d.pop("manualReview", UNSET)
        if manual_review is not UNSET and type(manual_review) is not bool:
            raise TypeError(
                f"manualReview: expected bool, got {type(manual_review).__name__}"
            )

        started_processing = d.pop("startedProcessing", UNSET)
        if started_processing is not UNSET and type(started_processing) is not bool:
            raise TypeError(
                f"startedProcessing: expected bool, got {type(started_processing).__name__}"
            )

        _acccount_numbers = d.pop("acccountNumbers", UNSET)
        acccount_numbers: list[AccountNumber] | Unset = UNSET
        if _acccount_numbers is not UNSET:
            acccount_numbers = []
            for acccount_numbers_item_data in _acccount_numbers:
                acccount_numbers_item = AccountNumber.from_dict(
                    acccount_numbers_item_data
                )

                acccount_numbers.append(acccount_numbers_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _audit_company = d.pop("auditCompany", UNSET)
        audit_company: AuditCompany | Unset
        if isinstance(_audit_company, Unset):
            audit_company = UNSET
        else:
            audit_company = AuditCompany.from_dict(_audit_company)

        _bank = d.pop("bank", UNSET)
        bank: Bank | Unset
        if isinstance(_bank, Unset):
            bank = UNSET
        else:
            bank = Bank.from_dict(_bank)

        def _parse_bank_branch(data: object) -> BankBranch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            bank_branch_type_0 = BankBranch.from_dict(data)

            return bank_branch_type_0

        bank_branch = _parse_bank_branch(d.pop("bankBranch", UNSET))

        _companies = d.pop("companies", UNSET)
        companies: list[Company] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = Company.from_dict(companies_item_data)

                companies.append(companies_item)

        _partial_confirmations = d.pop("partialConfirmations", UNSET)
        partial_confirmations: list[Confirmation] | Unset = UNSET
        if _partial_confirmations is not UNSET:
            partial_confirmations = []
            for partial_confirmations_item_data in _partial_confirmations:
                partial_confirmations_item = Confirmation.from_dict(
                    partial_confirmations_item_data
                )

                partial_confirmations.append(partial_confirmations_item)

        _signature_reviews = d.pop("signatureReviews", UNSET)
        signature_reviews: list[SignatureReview] | Unset = UNSET
        if _signature_reviews is not UNSET:
            signature_reviews = []
            for signature_reviews_item_data in _signature_reviews:
                signature_reviews_item = SignatureReview.from_dict(
                    signature_reviews_item_data
                )

                signature_reviews.append(signature_reviews_item)

        _signees = d.pop("signees", UNSET)
        signees: list[Signee] | Unset = UNSET
        if _signees is not UNSET:
            signees = []
            for signees_item_data in _signees:
                signees_item = Signee.from_dict(signees_item_data)

                signees.append(signees_item)

        self = cls.__new__(cls)
        self.token = token
        self.comment = comment
        self.completed_at = completed_at
        self.partial = partial
        self.status = status
        self.cut_off_date = cut_off_date
        self.language = language
        self.updated_at = updated_at
        self.sent_at = sent_at
        self.sent_to_third_party_at = sent_to_third_party_at
        self.manual_review = manual_review
        self.started_processing = started_processing
        self.acccount_numbers = acccount_numbers
        self.attachments = attachments
        self.audit_company = audit_company
        self.bank = bank
        self.bank_branch = bank_branch
        self.companies = companies
        self.partial_confirmations = partial_confirmations
        self.signature_reviews = signature_reviews
        self.signees = signees

        self.additional_properties = d if d else {}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class rather than inside from_dict()/to_dict(): a function-level import runs
# on every call, and nested payloads call from_dict() hundreds of times. Placed last so that
# recursive schemas (import cycles) still work.
from ..models.account_number import AccountNumber
from ..models.attachment import Attachment
from ..models.audit_company import AuditCompany
from ..models.bank import Bank
from ..models.bank_branch import BankBranch
from ..models.company import Company
from ..models.signature_review import SignatureReview
from ..models.signee import Signee
