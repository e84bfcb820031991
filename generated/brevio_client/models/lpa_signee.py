from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LpaSignee")


@_attrs_define
class LpaSignee:
    """A signee of a lasting power of attorney, as in the docs' LPA examples."""

    email: str | Unset = UNSET
    """ Email address of the signee. """
    name: None | str | Unset = UNSET
    """ Name verified during signing; null until signed. """
    signed: bool | Unset = UNSET
    """ Whether the signee has signed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        signed = self.signed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if signed is not UNSET:
            field_dict["signed"] = signed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email", UNSET)
        if email is not UNSET and type(email) is not str:
            raise TypeError(f"email: expected str, got {type(email).__name__}")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        signed = d.pop("signed", UNSET)
        if signed is not UNSET and type(signed) is not bool:
            raise TypeError(f"signed: expected bool, got {type(signed).__name__}")

        self = cls.__new__(cls)
        self.email = email
        self.name = name
        self.signed = signed

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
