from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_language import KnownLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="LastingPowerOfAttorney")


@_attrs_define
class LastingPowerOfAttorney:
    """A lasting power of attorney (LPA): valid over several audit seasons until revoked. Active only once signed. Generic
    LPAs (bank null) work with any bank supporting generic LPAs; specific LPAs are tied to one bank. The attribute table
    is partly lost; `endDate`, `signed`, `signees` and `subsidiaries` come from the examples.

    """

    token: str
    """ Unique identifier (use as `lpa` when creating audit requests). """
    attachment: None | str | Unset = UNSET
    """ Token of the signed power of attorney (PDF); null if not signed. """
    bank: Bank | None | Unset = UNSET
    """ Bank of a specific LPA; null for generic LPAs. """
    company: Company | Unset = UNSET
    """ A company (audit client or subsidiary) as returned by the API. """
    from_date: datetime.date | None | Unset = UNSET
    """ Activation date; null if not signed. """
    end_date: datetime.date | None | Unset = UNSET
    """ End date; null when none was set (always, for LPAs created with 2023-10-04 or later). """
    language: KnownLanguage | str | Unset = UNSET
    """ Language (ISO 639-1). Values outside the known set are passed through as plain strings. """
    signed: bool | Unset = UNSET
    """ Whether the LPA is signed. """
    signees: list[LpaSignee] | Unset = UNSET
    """ Signees of the LPA. """
    subsidiaries: list[Company] | Unset = UNSET
    """ Subsidiaries the LPA covers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        attachment: None | str | Unset
        if isinstance(self.attachment, Unset):
            attachment = UNSET
        else:
            attachment = self.attachment

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

        from_date: None | str | Unset
        if isinstance(self.from_date, Unset):
            from_date = UNSET
        elif isinstance(self.from_date, datetime.date):
            from_date = self.from_date.isoformat()
        else:
            from_date = self.from_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, KnownLanguage):
            language = self.language.value
        else:
            language = self.language

        signed = self.signed

        signees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signees, Unset):
            signees = []
            for signees_item_data in self.signees:
                signees_item = signees_item_data.to_dict()
                signees.append(signees_item)

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
                "token": token,
            }
        )
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if bank is not UNSET:
            field_dict["bank"] = bank
        if company is not UNSET:
            field_dict["company"] = company
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if language is not UNSET:
            field_dict["language"] = language
        if signed is not UNSET:
            field_dict["signed"] = signed
        if signees is not UNSET:
            field_dict["signees"] = signees
        if subsidiaries is not UNSET:
            field_dict["subsidiaries"] = subsidiaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")
        if type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        def _parse_attachment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str | Unset, data)

        attachment = _parse_attachment(d.pop("attachment", UNSET))

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

        def _parse_from_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            from_date_type_0 = datetime.date.fromisoformat(data)

            return from_date_type_0

        from_date = _parse_from_date(d.pop("fromDate", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            end_date_type_0 = datetime.date.fromisoformat(data)

            return end_date_type_0

        end_date = _parse_end_date(d.pop("endDate", UNSET))

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

        signed = d.pop("signed", UNSET)
        if signed is not UNSET and type(signed) is not bool:
            raise TypeError(f"signed: expected bool, got {type(signed).__name__}")

        _signees = d.pop("signees", UNSET)
        signees: list[LpaSignee] | Unset = UNSET
        if _signees is not UNSET:
            signees = []
            for signees_item_data in _signees:
                signees_item = LpaSignee.from_dict(signees_item_data)

                signees.append(signees_item)

        _subsidiaries = d.pop("subsidiaries", UNSET)
        subsidiaries: list[Company] | Unset = UNSET
        if _subsidiaries is not UNSET:
            subsidiaries = []
            for subsidiaries_item_data in _subsidiaries:
                subsidiaries_item = Company.from_dict(subsidiaries_item_data)

                subsidiaries.append(subsidiaries_item)

        self = cls.__new__(cls)
        self.token = token
        self.attachment = attachment
        self.bank = bank
        self.company = company
        self.from_date = from_date
        self.end_date = end_date
        self.language = language
        self.signed = signed
        self.signees = signees
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
from ..models.bank import Bank
from ..models.company import Company
from ..models.lpa_signee import LpaSignee
