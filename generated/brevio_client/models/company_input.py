from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_country import KnownCountry

T = TypeVar("T", bound="CompanyInput")


@_attrs_define
class CompanyInput:
    """A company in request parameters (account numbers, subsidiaries). Since 2023-02-14 both `vatNo` and `country` are
    required (older versions assumed Denmark without `country`).

    """

    vat_no: str
    """ VAT / organisation number of a company, validated by Brevio against the national registry of its `country`.
    The valid format depends on the country, which a single string schema cannot express, so the pattern accepts the
    union of the national formats - DK CVR 8 digits, NO organisasjonsnummer 9 digits, SE organisationsnummer 10
    digits (optionally NNNNNN-NNNN), FI Y-tunnus 7 digits, dash, check digit (or 8 digits without the dash: the
    2023-02-14 changelog says DK and FI numbers have the same length). The per-country patterns are listed in
    `x-vat-number-patterns` for client-side checks. The docs' examples are bare digits (999999999, 925178845). """
    country: KnownCountry
    """ Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in 2023-02-14. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vat_no = self.vat_no

        country = self.country.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vatNo": vat_no,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        vat_no = src_dict["vatNo"]
        if type(vat_no) is not str:
            raise TypeError(f"vatNo: expected str, got {type(vat_no).__name__}")

        country = KnownCountry(src_dict["country"])

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"vatNo", "country"}}
        self = cls.__new__(cls)
        self.vat_no = vat_no
        self.country = country

        self.additional_properties = d
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
