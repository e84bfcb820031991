from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignSigneeInput")


@_attrs_define
class SignSigneeInput:
    """A signee of a new sign request. Signees with the same `order` receive the request together; a higher order receives
    it only after all lower orders have signed.

    """

    email: str
    """ Email address of the signee. """
    order: int | Unset = UNSET
    """ Signing order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")
        if type(email) is not str:
            raise TypeError(f"email: expected str, got {type(email).__name__}")

        order = d.pop("order", UNSET)
        if order is not UNSET and type(order) is not int:
            raise TypeError(f"order: expected int, got {type(order).__name__}")

        self = cls.__new__(cls)
        self.email = email
        self.order = order

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
