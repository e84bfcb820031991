from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_country import KnownCountry
from ..types import UNSET, Unset

T = TypeVar("T", bound="Bank")


@_attrs_define
class Bank:
    """A bank. No attribute table was found; the fields are assembled from the docs' examples."""

    token: str
    """ Unique identifier (used as `bank` when creating audit requests). """
    name: str | Unset = UNSET
    """ Bank name. """
    country: KnownCountry | str | Unset = UNSET
    """ Country code (ISO 3166-1 alpha-2, lower case). Values outside the known set are passed through as plain
    strings. """
    email: str | Unset = UNSET
    """ Bank contact email. """
    has_lpa: bool | Unset = UNSET
    """ Whether the bank supports (generic) lasting powers of attorney. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        name = self.name

        country: str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, KnownCountry):
            country = self.country.value
        else:
            country = self.country

        email = self.email

        has_lpa = self.has_lpa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if has_lpa is not UNSET:
            field_dict["hasLPA"] = has_lpa

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")
        if type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        name = d.pop("name", UNSET)
        if name is not UNSET and type(name) is not str:
            raise TypeError(f"name: expected str, got {type(name).__name__}")

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

        email = d.pop("email", UNSET)
        if email is not UNSET and type(email) is not str:
            raise TypeError(f"email: expected str, got {type(email).__name__}")

        has_lpa = d.pop("hasLPA", UNSET)
        if has_lpa is not UNSET and type(has_lpa) is not bool:
            raise TypeError(f"hasLPA: expected bool, got {type(has_lpa).__name__}")

        self = cls.__new__(cls)
        self.token = token
        self.name = name
        self.country = country
        self.email = email
        self.has_lpa = has_lpa

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
