from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_country import KnownCountry
from ..models.known_language import KnownLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLpaRequest")


@_attrs_define
class CreateLpaRequest:
    """Parameters for creating an LPA. `endDate` was removed in 2023-10-04 (LPAs no longer expire unless revoked or the
    audit company resigns as auditor).

    """

    country: KnownCountry
    """ Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in 2023-02-14. """
    vat_no: str
    """ VAT / organisation number of a company, validated by Brevio against the national registry of its `country`.
    The valid format depends on the country, which a single string schema cannot express, so the pattern accepts the
    union of the national formats - DK CVR 8 digits, NO organisasjonsnummer 9 digits, SE organisationsnummer 10
    digits (optionally NNNNNN-NNNN), FI Y-tunnus 7 digits, dash, check digit (or 8 digits without the dash: the
    2023-02-14 changelog says DK and FI numbers have the same length). The per-country patterns are listed in
    `x-vat-number-patterns` for client-side checks. The docs' examples are bare digits (999999999, 925178845). """
    signees: list[str]
    """ Emails of everyone who must digitally sign the LPA. """
    language: KnownLanguage | Unset = KnownLanguage.EN
    """ Language (ISO 639-1). """
    subsidiaries: list[CompanyInput] | Unset = UNSET
    """ Subsidiaries the LPA covers (optional, per the LPA description). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country.value

        vat_no = self.vat_no

        signees = self.signees

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

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
                "country": country,
                "vatNo": vat_no,
                "signees": signees,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if subsidiaries is not UNSET:
            field_dict["subsidiaries"] = subsidiaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = KnownCountry(d.pop("country"))

        vat_no = d.pop("vatNo")
        if type(vat_no) is not str:
            raise TypeError(f"vatNo: expected str, got {type(vat_no).__name__}")

        signees = cast(list[str], d.pop("signees"))

        if type(signees) is not list or any(type(i) is not str for i in signees):
            raise TypeError(f"signees: expected a list of str, got {signees!r:.80}")

        _language = d.pop("language", UNSET)
        language: KnownLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = KnownLanguage(_language)

        _subsidiaries = d.pop("subsidiaries", UNSET)
        subsidiaries: list[CompanyInput] | Unset = UNSET
        if _subsidiaries is not UNSET:
            subsidiaries = []
            for subsidiaries_item_data in _subsidiaries:
                subsidiaries_item = CompanyInput.from_dict(subsidiaries_item_data)

                subsidiaries.append(subsidiaries_item)

        self = cls.__new__(cls)
        self.country = country
        self.vat_no = vat_no
        self.signees = signees
        self.language = language
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
from ..models.company_input import CompanyInput
