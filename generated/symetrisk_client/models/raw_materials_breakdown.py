from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RawMaterialsBreakdown")


@_attrs_define
class RawMaterialsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.raw_materials.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    purchase_raw_materials_high: float | Unset = UNSET
    purchase_raw_materials_medium: float | Unset = UNSET
    freight_customs: float | Unset = UNSET
    purchase_discounts: float | Unset = UNSET
    inventory_change_raw: float | Unset = UNSET
    other_uncategorized_raw_materials: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_raw_materials_high = self.purchase_raw_materials_high

        purchase_raw_materials_medium = self.purchase_raw_materials_medium

        freight_customs = self.freight_customs

        purchase_discounts = self.purchase_discounts

        inventory_change_raw = self.inventory_change_raw

        other_uncategorized_raw_materials = self.other_uncategorized_raw_materials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_raw_materials_high is not UNSET:
            field_dict["purchase_raw_materials_high"] = purchase_raw_materials_high
        if purchase_raw_materials_medium is not UNSET:
            field_dict["purchase_raw_materials_medium"] = purchase_raw_materials_medium
        if freight_customs is not UNSET:
            field_dict["freight_customs"] = freight_customs
        if purchase_discounts is not UNSET:
            field_dict["purchase_discounts"] = purchase_discounts
        if inventory_change_raw is not UNSET:
            field_dict["inventory_change_raw"] = inventory_change_raw
        if other_uncategorized_raw_materials is not UNSET:
            field_dict["other_uncategorized_raw_materials"] = (
                other_uncategorized_raw_materials
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        purchase_raw_materials_high = d.pop("purchase_raw_materials_high", UNSET)

        purchase_raw_materials_medium = d.pop("purchase_raw_materials_medium", UNSET)

        freight_customs = d.pop("freight_customs", UNSET)

        purchase_discounts = d.pop("purchase_discounts", UNSET)

        inventory_change_raw = d.pop("inventory_change_raw", UNSET)

        other_uncategorized_raw_materials = d.pop(
            "other_uncategorized_raw_materials", UNSET
        )

        self = cls.__new__(cls)
        self.purchase_raw_materials_high = purchase_raw_materials_high
        self.purchase_raw_materials_medium = purchase_raw_materials_medium
        self.freight_customs = freight_customs
        self.purchase_discounts = purchase_discounts
        self.inventory_change_raw = inventory_change_raw
        self.other_uncategorized_raw_materials = other_uncategorized_raw_materials

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
