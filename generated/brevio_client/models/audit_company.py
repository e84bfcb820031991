from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditCompany")


@_attrs_define
class AuditCompany:
    """The audit company of an audit request. The attribute table was not found; the field changed in 2024-11-30 (details
    lost; before that it may have been the company name as a string).

    """

    token: str | Unset = UNSET
    """ Unique identifier. """
    name: str | Unset = UNSET
    """ Audit company name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token", UNSET)
        if token is not UNSET and type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        name = d.pop("name", UNSET)
        if name is not UNSET and type(name) is not str:
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        self = cls.__new__(cls)
        self.token = token
        self.name = name

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
