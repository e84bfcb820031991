from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Amount")


@_attrs_define
class Amount:
    """A monetary amount with its ISO 4217 currency."""

    value: str | Unset = UNSET
    """ The amount, as a decimal string. """
    currency: str | Unset = UNSET
    """ Currency code (ISO 4217). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if value is not UNSET and type(value) is not str:
            raise TypeError(f"value: expected str, got {type(value).__name__}")

        currency = d.pop("currency", UNSET)
        if currency is not UNSET and type(currency) is not str:
            raise TypeError(f"currency: expected str, got {type(currency).__name__}")

        self = cls.__new__(cls)
        self.value = value
        self.currency = currency

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
