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
        if purchase_raw_materials_high is not UNSET and type(
            purchase_raw_materials_high
        ) not in (int, float):
            raise TypeError(
                f"purchase_raw_materials_high: expected float, got {type(purchase_raw_materials_high).__name__}"
            )

        purchase_raw_materials_medium = d.pop("purchase_raw_materials_medium", UNSET)
        if purchase_raw_materials_medium is not UNSET and type(
            purchase_raw_materials_medium
        ) not in (int, float):
            raise TypeError(
                f"purchase_raw_materials_medium: expected float, got {type(purchase_raw_materials_medium).__name__}"
            )

        freight_customs = d.pop("freight_customs", UNSET)
        if freight_customs is not UNSET and type(freight_customs) not in (int, float):
            raise TypeError(
                f"freight_customs: expected float, got {type(freight_customs).__name__}"
            )

        purchase_discounts = d.pop("purchase_discounts", UNSET)
        if purchase_discounts is not UNSET and type(purchase_discounts) not in (
            int,
            float,
        ):
            raise TypeError(
                f"purchase_discounts: expected float, got {type(purchase_discounts).__name__}"
            )

        inventory_change_raw = d.pop("inventory_change_raw", UNSET)
        if inventory_change_raw is not UNSET and type(inventory_change_raw) not in (
            int,
            float,
        ):
            raise TypeError(
                f"inventory_change_raw: expected float, got {type(inventory_change_raw).__name__}"
            )

        other_uncategorized_raw_materials = d.pop(
            "other_uncategorized_raw_materials", UNSET
        )
        if other_uncategorized_raw_materials is not UNSET and type(
            other_uncategorized_raw_materials
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_raw_materials: expected float, got {type(other_uncategorized_raw_materials).__name__}"
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
