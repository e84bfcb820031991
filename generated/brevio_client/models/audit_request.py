from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_audit_request_step import KnownAuditRequestStep
from ..models.known_language import KnownLanguage
from ..models.known_request_type import KnownRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditRequest")


@_attrs_define
class AuditRequest:
    """A request for a confirmation from a third party (bank, lawyer, supplier or client) for a set of companies. The docs'
    table ends at `sentToClientAt`; later rows (`user`, `signees`, `step`, `bankReviewedCompanySignatures`) are known
    only from the changelog. The 2023-10-04 and 2024-11-30 changes to this object are not shown in the docs.

    """

    token: str
    """ Unique identifier. """
    acccount_numbers: list[AccountNumber] | Unset = UNSET
    """ Account numbers, filled in by the auditor or the audit client. The docs spell the key with three c's;
    whether the API does too is unconfirmed (the request parameter is `accountNumbers`). """
    attachments: list[Attachment] | Unset = UNSET
    """ Attachments, including the signed power of attorney and confirmation uploads. """
    audit_company: AuditCompany | Unset = UNSET
    """ The audit company of an audit request. The attribute table was not found; the field changed in 2024-11-30
    (details lost; before that it may have been the company name as a string). """
    bank: Bank | None | Unset = UNSET
    """ The bank of the audit request (null for non-bank requests). """
    company: Company | Unset = UNSET
    """ A company (audit client or subsidiary) as returned by the API. """
    confirmation: Confirmation | None | Unset = UNSET
    """ The confirmation; null if the audit request has not been confirmed. """
    cut_off_date: datetime.date | Unset = UNSET
    """ End of the fiscal year for all companies in the audit request. """
    invoice_reference: None | str | Unset = UNSET
    """ The audit company's internal reference. """
    language: KnownLanguage | str | Unset = UNSET
    """ Language (ISO 639-1). Values outside the known set are passed through as plain strings. """
    last_update: datetime.datetime | Unset = UNSET
    """ When the audit request was last updated. """
    lasting_power_of_attorney: LastingPowerOfAttorney | None | Unset = UNSET
    """ The LPA used with the audit request, if any. """
    request_type: KnownRequestType | str | Unset = UNSET
    """ Audit request type. Values outside the known set are passed through as plain strings. """
    sent_to_client_at: datetime.datetime | None | Unset = UNSET
    """ When the audit request was first sent to its signees. """
    user: Auditor | Unset = UNSET
    """ The audit-company user of an audit request (`user`, renamed from `auditor` in 2022-10-01). The Auditor
    attribute table was not found. """
    signees: list[Signee] | Unset = UNSET
    """ Signees of the audit request (multiple since 2022-10-01). """
    step: KnownAuditRequestStep | str | Unset = UNSET
    """ Audit request step. Changed in 2025-04-15 in ways the docs no longer show; values outside the known set are
    passed through as plain strings. """
    bank_reviewed_company_signatures: list[SignatureReview] | Unset = UNSET
    """ Signature reviews by the bank (only with signature review enabled, since 2023-03-01). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

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

        bank: dict[str, Any] | None | Unset
        if isinstance(self.bank, Unset):
            bank = UNSET
        elif isinstance(self.bank, Bank):
            bank = self.bank.to_dict()
        else:
            bank = self.bank

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        confirmation: dict[str, Any] | None | Unset
        if isinstance(self.confirmation, Unset):
            confirmation = UNSET
        elif isinstance(self.confirmation, Confirmation):
            confirmation = self.confirmation.to_dict()
        else:
            confirmation = self.confirmation

        cut_off_date: str | Unset = UNSET
        if not isinstance(self.cut_off_date, Unset):
            cut_off_date = self.cut_off_date.isoformat()

        invoice_reference: None | str | Unset
        if isinstance(self.invoice_reference, Unset):
            invoice_reference = UNSET
        else:
            invoice_reference = self.invoice_reference

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, KnownLanguage):
            language = self.language.value
        else:
            language = self.language

        last_update: str | Unset = UNSET
        if not isinstance(self.last_update, Unset):
            last_update = self.last_update.isoformat().replace("+00:00", "Z")

        lasting_power_of_attorney: dict[str, Any] | None | Unset
        if isinstance(self.lasting_power_of_attorney, Unset):
            lasting_power_of_attorney = UNSET
        elif isinstance(self.lasting_power_of_attorney, LastingPowerOfAttorney):
            lasting_power_of_attorney = self.lasting_power_of_attorney.to_dict()
        else:
            lasting_power_of_attorney = self.lasting_power_of_attorney

        request_type: str | Unset
        if isinstance(self.request_type, Unset):
            request_type = UNSET
        elif isinstance(self.request_type, KnownRequestType):
            request_type = self.request_type.value
        else:
            request_type = self.request_type

        sent_to_client_at: None | str | Unset
        if isinstance(self.sent_to_client_at, Unset):
            sent_to_client_at = UNSET
        elif isinstance(self.sent_to_client_at, datetime.datetime):
            sent_to_client_at = self.sent_to_client_at.isoformat().replace(
                "+00:00", "Z"
            )
        else:
            sent_to_client_at = self.sent_to_client_at

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        signees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signees, Unset):
            signees = []
            for signees_item_data in self.signees:
                signees_item = signees_item_data.to_dict()
                signees.append(signees_item)

        step: str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        elif isinstance(self.step, KnownAuditRequestStep):
            step = self.step.value
        else:
            step = self.step

        bank_reviewed_company_signatures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bank_reviewed_company_signatures, Unset):
            bank_reviewed_company_signatures = []
            for (
                bank_reviewed_company_signatures_item_data
            ) in self.bank_reviewed_company_signatures:
                bank_reviewed_company_signatures_item = (
                    bank_reviewed_company_signatures_item_data.to_dict()
                )
                bank_reviewed_company_signatures.append(
                    bank_reviewed_company_signatures_item
                )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if acccount_numbers is not UNSET:
            field_dict["acccountNumbers"] = acccount_numbers
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if audit_company is not UNSET:
            field_dict["auditCompany"] = audit_company
        if bank is not UNSET:
            field_dict["bank"] = bank
        if company is not UNSET:
            field_dict["company"] = company
        if confirmation is not UNSET:
            field_dict["confirmation"] = confirmation
        if cut_off_date is not UNSET:
            field_dict["cutOffDate"] = cut_off_date
        if invoice_reference is not UNSET:
            field_dict["invoiceReference"] = invoice_reference
        if language is not UNSET:
            field_dict["language"] = language
        if last_update is not UNSET:
            field_dict["lastUpdate"] = last_update
        if lasting_power_of_attorney is not UNSET:
            field_dict["lastingPowerOfAttorney"] = lasting_power_of_attorney
        if request_type is not UNSET:
            field_dict["requestType"] = request_type
        if sent_to_client_at is not UNSET:
            field_dict["sentToClientAt"] = sent_to_client_at
        if user is not UNSET:
            field_dict["user"] = user
        if signees is not UNSET:
            field_dict["signees"] = signees
        if step is not UNSET:
            field_dict["step"] = step
        if bank_reviewed_company_signatures is not UNSET:
            field_dict["bankReviewedCompanySignatures"] = (
                bank_reviewed_company_signatures
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")
        if type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

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

        def _parse_bank(data: object) -> Bank | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            bank_type_0 = Bank.from_dict(data)

            return bank_type_0

        bank = _parse_bank(d.pop("bank", UNSET))

        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        def _parse_confirmation(data: object) -> Confirmation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            confirmation_type_0 = Confirmation.from_dict(data)

            return confirmation_type_0

        confirmation = _parse_confirmation(d.pop("confirmation", UNSET))

        _cut_off_date = d.pop("cutOffDate", UNSET)
        cut_off_date: datetime.date | Unset
        if isinstance(_cut_off_date, Unset):
            cut_off_date = UNSET
        else:
            cut_off_date = datetime.date.fromisoformat(_cut_off_date)

        def _parse_invoice_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str | Unset, data)

        invoice_reference = _parse_invoice_reference(d.pop("invoiceReference", UNSET))

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

        _last_update = d.pop("lastUpdate", UNSET)
        last_update: datetime.datetime | Unset
        if isinstance(_last_update, Unset):
            last_update = UNSET
        else:
            last_update = datetime.datetime.fromisoformat(_last_update)

        def _parse_lasting_power_of_attorney(
            data: object,
        ) -> LastingPowerOfAttorney | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            lasting_power_of_attorney_type_0 = LastingPowerOfAttorney.from_dict(data)

            return lasting_power_of_attorney_type_0

        lasting_power_of_attorney = _parse_lasting_power_of_attorney(
            d.pop("lastingPowerOfAttorney", UNSET)
        )

        def _parse_request_type(data: object) -> KnownRequestType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_request_type_type_0 = KnownRequestType(data)

                return componentsschemas_request_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownRequestType | str | Unset, data)

        request_type = _parse_request_type(d.pop("requestType", UNSET))

        def _parse_sent_to_client_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            sent_to_client_at_type_0 = datetime.datetime.fromisoformat(data)

            return sent_to_client_at_type_0

        sent_to_client_at = _parse_sent_to_client_at(d.pop("sentToClientAt", UNSET))

        _user = d.pop("user", UNSET)
        user: Auditor | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = Auditor.from_dict(_user)

        _signees = d.pop("signees", UNSET)
        signees: list[Signee] | Unset = UNSET
        if _signees is not UNSET:
            signees = []
            for signees_item_data in _signees:
                signees_item = Signee.from_dict(signees_item_data)

                signees.append(signees_item)

        def _parse_step(data: object) -> KnownAuditRequestStep | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_audit_request_step_type_0 = KnownAuditRequestStep(
                    data
                )

                return componentsschemas_audit_request_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownAuditRequestStep | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        _bank_reviewed_company_signatures = d.pop(
            "bankReviewedCompanySignatures", UNSET
        )
        bank_reviewed_company_signatures: list[SignatureReview] | Unset = UNSET
        if _bank_reviewed_company_signatures is not UNSET:
            bank_reviewed_company_signatures = []
            for (
                bank_reviewed_company_signatures_item_data
            ) in _bank_reviewed_company_signatures:
                bank_reviewed_company_signatures_item = SignatureReview.from_dict(
                    bank_reviewed_company_signatures_item_data
                )

                bank_reviewed_company_signatures.append(
                    bank_reviewed_company_signatures_item
                )

        self = cls.__new__(cls)
        self.token = token
        self.acccount_numbers = acccount_numbers
        self.attachments = attachments
        self.audit_company = audit_company
        self.bank = bank
        self.company = company
        self.confirmation = confirmation
        self.cut_off_date = cut_off_date
        self.invoice_reference = invoice_reference
        self.language = language
        self.last_update = last_update
        self.lasting_power_of_attorney = lasting_power_of_attorney
        self.request_type = request_type
        self.sent_to_client_at = sent_to_client_at
        self.user = user
        self.signees = signees
        self.step = step
        self.bank_reviewed_company_signatures = bank_reviewed_company_signatures

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
from ..models.auditor import Auditor
from ..models.bank import Bank
from ..models.company import Company
from ..models.confirmation import Confirmation
from ..models.lasting_power_of_attorney import LastingPowerOfAttorney
from ..models.signature_review import SignatureReview
from ..models.signee import Signee
