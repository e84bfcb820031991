from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherAccrualsBreakdown")


@_attrs_define
class OtherAccrualsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.other_accruals.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    other_accruals: float | Unset = UNSET
    inventory_change: float | Unset = UNSET
    other_uncategorized_other_accruals: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_accruals = self.other_accruals

        inventory_change = self.inventory_change

        other_uncategorized_other_accruals = self.other_uncategorized_other_accruals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_accruals is not UNSET:
            field_dict["other_accruals"] = other_accruals
        if inventory_change is not UNSET:
            field_dict["inventory_change"] = inventory_change
        if other_uncategorized_other_accruals is not UNSET:
            field_dict["other_uncategorized_other_accruals"] = (
                other_uncategorized_other_accruals
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        other_accruals = d.pop("other_accruals", UNSET)
        if other_accruals is not UNSET and type(other_accruals) not in (int, float):
            raise TypeError(
                f"other_accruals: expected float, got {type(other_accruals).__name__}"
            )

        inventory_change = d.pop("inventory_change", UNSET)
        if inventory_change is not UNSET and type(inventory_change) not in (int, float):
            raise TypeError(
                f"inventory_change: expected float, got {type(inventory_change).__name__}"
            )

        other_uncategorized_other_accruals = d.pop(
            "other_uncategorized_other_accruals", UNSET
        )
        if other_uncategorized_other_accruals is not UNSET and type(
            other_uncategorized_other_accruals
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_accruals: expected float, got {type(other_uncategorized_other_accruals).__name__}"
            )

        self = cls.__new__(cls)
        self.other_accruals = other_accruals
        self.inventory_change = inventory_change
        self.other_uncategorized_other_accruals = other_uncategorized_other_accruals

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
