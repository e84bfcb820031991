from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccrualsBreakdown")


@_attrs_define
class AccrualsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.accruals.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    inventory_change_in_progress: float | Unset = UNSET
    obsolete_inventory: float | Unset = UNSET
    other_uncategorized_accruals: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_change_in_progress = self.inventory_change_in_progress

        obsolete_inventory = self.obsolete_inventory

        other_uncategorized_accruals = self.other_uncategorized_accruals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inventory_change_in_progress is not UNSET:
            field_dict["inventory_change_in_progress"] = inventory_change_in_progress
        if obsolete_inventory is not UNSET:
            field_dict["obsolete_inventory"] = obsolete_inventory
        if other_uncategorized_accruals is not UNSET:
            field_dict["other_uncategorized_accruals"] = other_uncategorized_accruals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        inventory_change_in_progress = d.pop("inventory_change_in_progress", UNSET)
        if inventory_change_in_progress is not UNSET and type(
            inventory_change_in_progress
        ) not in (int, float):
            raise TypeError(
                f"inventory_change_in_progress: expected float, got {type(inventory_change_in_progress).__name__}"
            )

        obsolete_inventory = d.pop("obsolete_inventory", UNSET)
        if obsolete_inventory is not UNSET and type(obsolete_inventory) not in (
            int,
            float,
        ):
            raise TypeError(
                f"obsolete_inventory: expected float, got {type(obsolete_inventory).__name__}"
            )

        other_uncategorized_accruals = d.pop("other_uncategorized_accruals", UNSET)
        if other_uncategorized_accruals is not UNSET and type(
            other_uncategorized_accruals
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_accruals: expected float, got {type(other_uncategorized_accruals).__name__}"
            )

        self = cls.__new__(cls)
        self.inventory_change_in_progress = inventory_change_in_progress
        self.obsolete_inventory = obsolete_inventory
        self.other_uncategorized_accruals = other_uncategorized_accruals

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
