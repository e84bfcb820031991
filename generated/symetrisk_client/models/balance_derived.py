from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceDerived")


@_attrs_define
class BalanceDerived:
    """Figures Symetrisk derives from the ledger (`data.balance_items.derived`). Every key is optional; unknown keys are
    kept as numbers.

    """

    net_interest_bearing_debt: float | Unset = UNSET
    """ Interest-bearing debt minus cash (can be negative). """
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_interest_bearing_debt = self.net_interest_bearing_debt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_interest_bearing_debt is not UNSET:
            field_dict["net_interest_bearing_debt"] = net_interest_bearing_debt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        net_interest_bearing_debt = d.pop("net_interest_bearing_debt", UNSET)
        if net_interest_bearing_debt is not UNSET and type(
            net_interest_bearing_debt
        ) not in (int, float):
            raise TypeError(
                f"net_interest_bearing_debt: expected float, got {type(net_interest_bearing_debt).__name__}"
            )

        self = cls.__new__(cls)
        self.net_interest_bearing_debt = net_interest_bearing_debt

        self.additional_properties = d if d else {}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
