from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumptionProductionGoodsBreakdown")


@_attrs_define
class ConsumptionProductionGoodsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.consumption_production_goods.breakdown`.
    Every key is optional; unknown keys are kept as numbers.

    """

    purchase_wip_high: float | Unset = UNSET
    purchase_wip_medium: float | Unset = UNSET
    freight_customs_wip: float | Unset = UNSET
    purchase_discounts_wip: float | Unset = UNSET
    inventory_change_wip: float | Unset = UNSET
    other_uncategorized_consumption_production_goods: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_wip_high = self.purchase_wip_high

        purchase_wip_medium = self.purchase_wip_medium

        freight_customs_wip = self.freight_customs_wip

        purchase_discounts_wip = self.purchase_discounts_wip

        inventory_change_wip = self.inventory_change_wip

        other_uncategorized_consumption_production_goods = (
            self.other_uncategorized_consumption_production_goods
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_wip_high is not UNSET:
            field_dict["purchase_wip_high"] = purchase_wip_high
        if purchase_wip_medium is not UNSET:
            field_dict["purchase_wip_medium"] = purchase_wip_medium
        if freight_customs_wip is not UNSET:
            field_dict["freight_customs_wip"] = freight_customs_wip
        if purchase_discounts_wip is not UNSET:
            field_dict["purchase_discounts_wip"] = purchase_discounts_wip
        if inventory_change_wip is not UNSET:
            field_dict["inventory_change_wip"] = inventory_change_wip
        if other_uncategorized_consumption_production_goods is not UNSET:
            field_dict["other_uncategorized_consumption_production_goods"] = (
                other_uncategorized_consumption_production_goods
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        purchase_wip_high = d.pop("purchase_wip_high", UNSET)

        purchase_wip_medium = d.pop("purchase_wip_medium", UNSET)

        freight_customs_wip = d.pop("freight_customs_wip", UNSET)

        purchase_discounts_wip = d.pop("purchase_discounts_wip", UNSET)

        inventory_change_wip = d.pop("inventory_change_wip", UNSET)

        other_uncategorized_consumption_production_goods = d.pop(
            "other_uncategorized_consumption_production_goods", UNSET
        )

        self = cls.__new__(cls)
        self.purchase_wip_high = purchase_wip_high
        self.purchase_wip_medium = purchase_wip_medium
        self.freight_customs_wip = freight_customs_wip
        self.purchase_discounts_wip = purchase_discounts_wip
        self.inventory_change_wip = inventory_change_wip
        self.other_uncategorized_consumption_production_goods = (
            other_uncategorized_consumption_production_goods
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
