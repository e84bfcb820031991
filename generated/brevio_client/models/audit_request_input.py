from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_language import KnownLanguage
from ..models.known_request_type import KnownRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditRequestInput")


@_attrs_define
class AuditRequestInput:
    """One audit request in a create_audit_requests batch."""

    cut_off_date: datetime.date
    """ End of the audit client's fiscal year. """
    request_type: KnownRequestType | Unset = KnownRequestType.BANK
    """ Audit request type (the third party a confirmation is requested from). """
    bank: str | Unset = UNSET
    """ Bank requests only. Token of the bank (see list_banks). """
    third_party_email: str | Unset = UNSET
    """ Non-bank requests only. Email of the third party asked to confirm. """
    third_party_recipient: str | Unset = UNSET
    """ Non-bank requests only. Name of the third party asked to confirm. """
    account_numbers: list[AccountNumberInput] | Unset = UNSET
    """ Bank requests only. Account numbers to confirm. """
    balance: Balance | Unset = UNSET
    """ Balance the client or supplier is asked to verify (client/supplier requests; required for requests of the
    "existence" sub type). """
    language: KnownLanguage | Unset = KnownLanguage.NB
    """ Language (ISO 639-1). """
    lpa: str | Unset = UNSET
    """ Bank requests only. Token of a lasting power of attorney (renamed from `lastingPowerOfAttorney` in
    2023-10-04). """
    reminder: bool | Unset = True
    """ Send reminder emails when the client or third party does not respond in time; defaults to true. """
    subsidiaries: list[CompanyInput] | Unset = UNSET
    """ Bank or lawyer requests only. Subsidiaries the request also covers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cut_off_date = self.cut_off_date.isoformat()

        request_type: str | Unset = UNSET
        if not isinstance(self.request_type, Unset):
            request_type = self.request_type.value

        bank = self.bank

        third_party_email = self.third_party_email

        third_party_recipient = self.third_party_recipient

        account_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_numbers, Unset):
            account_numbers = []
            for account_numbers_item_data in self.account_numbers:
                account_numbers_item = account_numbers_item_data.to_dict()
                account_numbers.append(account_numbers_item)

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        lpa = self.lpa

        reminder = self.reminder

        subsidiaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subsidiaries, Unset):
            subsidiaries = []
            for subsidiaries_item_data in self.subsidiaries:
                subsidiaries_item = subsidiaries_item_data.to_dict()
                subsidiaries.append(subsidiaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cutOffDate": cut_off_date,
            }
        )
        if request_type is not UNSET:
            field_dict["requestType"] = request_type
        if bank is not UNSET:
            field_dict["bank"] = bank
        if third_party_email is not UNSET:
            field_dict["thirdPartyEmail"] = third_party_email
        if third_party_recipient is not UNSET:
            field_dict["thirdPartyRecipient"] = third_party_recipient
        if account_numbers is not UNSET:
            field_dict["accountNumbers"] = account_numbers
        if balance is not UNSET:
            field_dict["balance"] = balance
        if language is not UNSET:
            field_dict["language"] = language
        if lpa is not UNSET:
            field_dict["lpa"] = lpa
        if reminder is not UNSET:
            field_dict["reminder"] = reminder
        if subsidiaries is not UNSET:
            field_dict["subsidiaries"] = subsidiaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cut_off_date = datetime.date.fromisoformat(d.pop("cutOffDate"))

        _request_type = d.pop("requestType", UNSET)
        request_type: KnownRequestType | Unset
        if isinstance(_request_type, Unset):
            request_type = UNSET
        else:
            request_type = KnownRequestType(_request_type)

        bank = d.pop("bank", UNSET)
        if bank is not UNSET and type(bank) is not str:
            raise TypeError(f"bank: expected str, got {type(bank).__name__}")

        third_party_email = d.pop("thirdPartyEmail", UNSET)
        if third_party_email is not UNSET and type(third_party_email) is not str:
            raise TypeError(
                f"thirdPartyEmail: expected str, got {type(third_party_email).__name__}"
            )

        third_party_recipient = d.pop("thirdPartyRecipient", UNSET)
        if (
            third_party_recipient is not UNSET
            and type(third_party_recipient) is not str
        ):
            raise TypeError(
                f"thirdPartyRecipient: expected str, got {type(third_party_recipient).__name__}"
            )

        _account_numbers = d.pop("accountNumbers", UNSET)
        account_numbers: list[AccountNumberInput] | Unset = UNSET
        if _account_numbers is not UNSET:
            account_numbers = []
            for account_numbers_item_data in _account_numbers:
                account_numbers_item = AccountNumberInput.from_dict(
                    account_numbers_item_data
                )

                account_numbers.append(account_numbers_item)

        _balance = d.pop("balance", UNSET)
        balance: Balance | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = Balance.from_dict(_balance)

        _language = d.pop("language", UNSET)
        language: KnownLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = KnownLanguage(_language)

        lpa = d.pop("lpa", UNSET)
        if lpa is not UNSET and type(lpa) is not str:
            raise TypeError(f"lpa: expected str, got {type(lpa).__name__}")

        reminder = d.pop("reminder", UNSET)
        if reminder is not UNSET and type(reminder) is not bool:
            raise TypeError(f"reminder: expected bool, got {type(reminder).__name__}")

        _subsidiaries = d.pop("subsidiaries", UNSET)
        subsidiaries: list[CompanyInput] | Unset = UNSET
        if _subsidiaries is not UNSET:
            subsidiaries = []
            for subsidiaries_item_data in _subsidiaries:
                subsidiaries_item = CompanyInput.from_dict(subsidiaries_item_data)

                subsidiaries.append(subsidiaries_item)

        self = cls.__new__(cls)
        self.cut_off_date = cut_off_date
        self.request_type = request_type
        self.bank = bank
        self.third_party_email = third_party_email
        self.third_party_recipient = third_party_recipient
        self.account_numbers = account_numbers
        self.balance = balance
        self.language = language
        self.lpa = lpa
        self.reminder = reminder
        self.subsidiaries = subsidiaries

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
from ..models.account_number_input import AccountNumberInput
from ..models.balance import Balance
from ..models.company_input import CompanyInput
