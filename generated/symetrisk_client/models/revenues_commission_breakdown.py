from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RevenuesCommissionBreakdown")


@_attrs_define
class RevenuesCommissionBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.commission.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    commission: float | Unset = UNSET
    other_uncategorized_commission: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commission = self.commission

        other_uncategorized_commission = self.other_uncategorized_commission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commission is not UNSET:
            field_dict["commission"] = commission
        if other_uncategorized_commission is not UNSET:
            field_dict["other_uncategorized_commission"] = (
                other_uncategorized_commission
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        commission = d.pop("commission", UNSET)
        if commission is not UNSET and type(commission) not in (int, float):
            raise TypeError(
                f"commission: expected float, got {type(commission).__name__}"
            )

        other_uncategorized_commission = d.pop("other_uncategorized_commission", UNSET)
        if other_uncategorized_commission is not UNSET and type(
            other_uncategorized_commission
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_commission: expected float, got {type(other_uncategorized_commission).__name__}"
            )

        self = cls.__new__(cls)
        self.commission = commission
        self.other_uncategorized_commission = other_uncategorized_commission

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
