from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostOfGoodsForResaleBreakdown")


@_attrs_define
class CostOfGoodsForResaleBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.cost_of_goods_for_resale.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    purchase_resale_high: float | Unset = UNSET
    purchase_resale_medium: float | Unset = UNSET
    freight_customs_resale: float | Unset = UNSET
    purchase_discounts_resale: float | Unset = UNSET
    inventory_change_resale: float | Unset = UNSET
    other_uncategorized_cost_of_goods_for_resale: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_resale_high = self.purchase_resale_high

        purchase_resale_medium = self.purchase_resale_medium

        freight_customs_resale = self.freight_customs_resale

        purchase_discounts_resale = self.purchase_discounts_resale

        inventory_change_resale = self.inventory_change_resale

        other_uncategorized_cost_of_goods_for_resale = (
            self.other_uncategorized_cost_of_goods_for_resale
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_resale_high is not UNSET:
            field_dict["purchase_resale_high"] = purchase_resale_high
        if purchase_resale_medium is not UNSET:
            field_dict["purchase_resale_medium"] = purchase_resale_medium
        if freight_customs_resale is not UNSET:
            field_dict["freight_customs_resale"] = freight_customs_resale
        if purchase_discounts_resale is not UNSET:
            field_dict["purchase_discounts_resale"] = purchase_discounts_resale
        if inventory_change_resale is not UNSET:
            field_dict["inventory_change_resale"] = inventory_change_resale
        if other_uncategorized_cost_of_goods_for_resale is not UNSET:
            field_dict["other_uncategorized_cost_of_goods_for_resale"] = (
                other_uncategorized_cost_of_goods_for_resale
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        purchase_resale_high = d.pop("purchase_resale_high", UNSET)
        if purchase_resale_high is not UNSET and type(purchase_resale_high) not in (
            int,
            float,
        ):
            raise TypeError(
                f"purchase_resale_high: expected float, got {type(purchase_resale_high).__name__}"
            )

        purchase_resale_medium = d.pop("purchase_resale_medium", UNSET)
        if purchase_resale_medium is not UNSET and type(purchase_resale_medium) not in (
            int,
            float,
        ):
            raise TypeError(
                f"purchase_resale_medium: expected float, got {type(purchase_resale_medium).__name__}"
            )

        freight_customs_resale = d.pop("freight_customs_resale", UNSET)
        if freight_customs_resale is not UNSET and type(freight_customs_resale) not in (
            int,
            float,
        ):
            raise TypeError(
                f"freight_customs_resale: expected float, got {type(freight_customs_resale).__name__}"
            )

        purchase_discounts_resale = d.pop("purchase_discounts_resale", UNSET)
        if purchase_discounts_resale is not UNSET and type(
            purchase_discounts_resale
        ) not in (int, float):
            raise TypeError(
                f"purchase_discounts_resale: expected float, got {type(purchase_discounts_resale).__name__}"
            )

        inventory_change_resale = d.pop("inventory_change_resale", UNSET)
        if inventory_change_resale is not UNSET and type(
            inventory_change_resale
        ) not in (int, float):
            raise TypeError(
                f"inventory_change_resale: expected float, got {type(inventory_change_resale).__name__}"
            )

        other_uncategorized_cost_of_goods_for_resale = d.pop(
            "other_uncategorized_cost_of_goods_for_resale", UNSET
        )
        if other_uncategorized_cost_of_goods_for_resale is not UNSET and type(
            other_uncategorized_cost_of_goods_for_resale
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_cost_of_goods_for_resale: expected float, got {type(other_uncategorized_cost_of_goods_for_resale).__name__}"
            )

        self = cls.__new__(cls)
        self.purchase_resale_high = purchase_resale_high
        self.purchase_resale_medium = purchase_resale_medium
        self.freight_customs_resale = freight_customs_resale
        self.purchase_discounts_resale = purchase_discounts_resale
        self.inventory_change_resale = inventory_change_resale
        self.other_uncategorized_cost_of_goods_for_resale = (
            other_uncategorized_cost_of_goods_for_resale
        )

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
