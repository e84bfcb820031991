from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_country import KnownCountry
from ..types import UNSET, Unset

T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """A company (audit client or subsidiary) as returned by the API."""

    name: str | Unset = UNSET
    """ Company name from the national registry. """
    vat_no: str | Unset = UNSET
    """ VAT / organisation number. """
    country: KnownCountry | str | Unset = UNSET
    """ Country code (ISO 3166-1 alpha-2, lower case). Values outside the known set are passed through as plain
    strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vat_no = self.vat_no

        country: str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, KnownCountry):
            country = self.country.value
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if vat_no is not UNSET:
            field_dict["vatNo"] = vat_no
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not UNSET and type(name) is not str:
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        vat_no = d.pop("vatNo", UNSET)
        if vat_no is not UNSET and type(vat_no) is not str:
            raise TypeError(f"vatNo: expected str, got {type(vat_no).__name__}")

        def _parse_country(data: object) -> KnownCountry | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_country_type_0 = KnownCountry(data)

                return componentsschemas_country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownCountry | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        self = cls.__new__(cls)
        self.name = name
        self.vat_no = vat_no
        self.country = country

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
