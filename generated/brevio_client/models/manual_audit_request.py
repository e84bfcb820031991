from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_language import KnownLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualAuditRequest")


@_attrs_define
class ManualAuditRequest:
    """An audit request created outside Brevio through a bank-provided web form by an auditor without a Brevio account. No
    documented endpoint returns it (none lists manual audit requests); it is kept for completeness and listed under the
    `confirm` tag's `x-resources`.

    """

    token: str
    """ Unique identifier. """
    acccount_numbers: list[AccountNumber] | Unset = UNSET
    """ Account numbers (three c's as the docs spell it; unconfirmed). """
    attachments: list[str] | Unset = UNSET
    """ Tokens of the attachments. """
    audtor: ManualUser | Unset = UNSET
    """ The external auditor of a manual audit request. The attribute table was not found. """
    bank_started_processing: bool | Unset = UNSET
    """ Set by the bank when it starts processing; only with processing flags enabled. """
    company: Company | Unset = UNSET
    """ A company (audit client or subsidiary) as returned by the API. """
    completed_at: datetime.datetime | None | Unset = UNSET
    """ When the audit request was completed. """
    cut_off_date: datetime.date | Unset = UNSET
    """ End of the audit client's fiscal year. """
    language: KnownLanguage | str | Unset = UNSET
    """ Language (ISO 639-1). Values outside the known set are passed through as plain strings. """
    sent_to_payment_at: datetime.datetime | None | Unset = UNSET
    """ When the audit request was sent to payment. """
    sent_to_third_party_at: datetime.datetime | None | Unset = UNSET
    """ When the audit request was sent to the bank. """
    signature_review: SignatureReview | Unset = UNSET
    """ A signature review performed by a bank (only banks with signature review enabled can verify or reject
    signatures). A verdict field is not in the kept table. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        acccount_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acccount_numbers, Unset):
            acccount_numbers = []
            for acccount_numbers_item_data in self.acccount_numbers:
                acccount_numbers_item = acccount_numbers_item_data.to_dict()
                acccount_numbers.append(acccount_numbers_item)

        attachments: list[str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        audtor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audtor, Unset):
            audtor = self.audtor.to_dict()

        bank_started_processing = self.bank_started_processing

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat().replace("+00:00", "Z")
        else:
            completed_at = self.completed_at

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

        sent_to_payment_at: None | str | Unset
        if isinstance(self.sent_to_payment_at, Unset):
            sent_to_payment_at = UNSET
        elif isinstance(self.sent_to_payment_at, datetime.datetime):
            sent_to_payment_at = self.sent_to_payment_at.isoformat().replace(
                "+00:00", "Z"
            )
        else:
            sent_to_payment_at = self.sent_to_payment_at

        sent_to_third_party_at: None | str | Unset
        if isinstance(self.sent_to_third_party_at, Unset):
            sent_to_third_party_at = UNSET
        elif isinstance(self.sent_to_third_party_at, datetime.datetime):
            sent_to_third_party_at = self.sent_to_third_party_at.isoformat().replace(
                "+00:00", "Z"
            )
        else:
            sent_to_third_party_at = self.sent_to_third_party_at

        signature_review: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature_review, Unset):
            signature_review = self.signature_review.to_dict()

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
        if audtor is not UNSET:
            field_dict["audtor"] = audtor
        if bank_started_processing is not UNSET:
            field_dict["bankStartedProcessing"] = bank_started_processing
        if company is not UNSET:
            field_dict["company"] = company
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if cut_off_date is not UNSET:
            field_dict["cutOffDate"] = cut_off_date
        if language is not UNSET:
            field_dict["language"] = language
        if sent_to_payment_at is not UNSET:
            field_dict["sentToPaymentAt"] = sent_to_payment_at
        if sent_to_third_party_at is not UNSET:
            field_dict["sentToThirdPartyAt"] = sent_to_third_party_at
        if signature_review is not UNSET:
            field_dict["signatureReview"] = signature_review

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

        attachments = cast(list[str], d.pop("attachments", UNSET))

        if attachments is not UNSET and (
            type(attachments) is not list
            or any(type(i) is not str for i in attachments)
        ):
            raise TypeError(
                f"attachments: expected a list of str, got {attachments!r:.80}"
            )

        _audtor = d.pop("audtor", UNSET)
        audtor: ManualUser | Unset
        if isinstance(_audtor, Unset):
            audtor = UNSET
        else:
            audtor = ManualUser.from_dict(_audtor)

        bank_started_processing = d.pop("bankStartedProcessing", UNSET)
        if (
            bank_started_processing is not UNSET
            and type(bank_started_processing) is not bool
        ):
            raise TypeError(
                f"bankStartedProcessing: expected bool, got {type(bank_started_processing).__name__}"
            )

        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

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

        def _parse_sent_to_payment_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            sent_to_payment_at_type_0 = datetime.datetime.fromisoformat(data)

            return sent_to_payment_at_type_0

        sent_to_payment_at = _parse_sent_to_payment_at(d.pop("sentToPaymentAt", UNSET))

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

        _signature_review = d.pop("signatureReview", UNSET)
        signature_review: SignatureReview | Unset
        if isinstance(_signature_review, Unset):
            signature_review = UNSET
        else:
            signature_review = SignatureReview.from_dict(_signature_review)

        self = cls.__new__(cls)
        self.token = token
        self.acccount_numbers = acccount_numbers
        self.attachments = attachments
        self.audtor = audtor
        self.bank_started_processing = bank_started_processing
        self.company = company
        self.completed_at = completed_at
        self.cut_off_date = cut_off_date
        self.language = language
        self.sent_to_payment_at = sent_to_payment_at
        self.sent_to_third_party_at = sent_to_third_party_at
        self.signature_review = signature_review

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
from ..models.company import Company
from ..models.manual_user import ManualUser
from ..models.signature_review import SignatureReview
