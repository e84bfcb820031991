from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """Balance the client or supplier is asked to verify (client/supplier requests; required for requests of the
    "existence" sub type).

    """

    amount: str
    """ The amount to verify, as a string. """
    currency: str
    """ Currency code (ISO 4217). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        amount = src_dict["amount"]
        if type(amount) is not str:
            raise TypeError(f"amount: expected str, got {type(amount).__name__}")

        currency = src_dict["currency"]
        if type(currency) is not str:
            raise TypeError(f"currency: expected str, got {type(currency).__name__}")

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"amount", "currency"}}
        self = cls.__new__(cls)
        self.amount = amount
        self.currency = currency

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
