from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualUser")


@_attrs_define
class ManualUser:
    """The external auditor of a manual audit request. The attribute table was not found."""

    name: str | Unset = UNSET
    """ Name of the auditor. """
    email: str | Unset = UNSET
    """ Email of the auditor. """
    phone: str | Unset = UNSET
    """ Mobile number for the ZIP password SMS. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not UNSET and type(name) is not str:
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        email = d.pop("email", UNSET)
        if email is not UNSET and type(email) is not str:
            raise TypeError(f"email: expected str, got {type(email).__name__}")

        phone = d.pop("phone", UNSET)
        if phone is not UNSET and type(phone) is not str:
            raise TypeError(f"phone: expected str, got {type(phone).__name__}")

        self = cls.__new__(cls)
        self.name = name
        self.email = email
        self.phone = phone

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
