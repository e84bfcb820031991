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
        if purchase_wip_high is not UNSET and type(purchase_wip_high) not in (
            int,
            float,
        ):
            raise TypeError(
                f"purchase_wip_high: expected float, got {type(purchase_wip_high).__name__}"
            )

        purchase_wip_medium = d.pop("purchase_wip_medium", UNSET)
        if purchase_wip_medium is not UNSET and type(purchase_wip_medium) not in (
            int,
            float,
        ):
            raise TypeError(
                f"purchase_wip_medium: expected float, got {type(purchase_wip_medium).__name__}"
            )

        freight_customs_wip = d.pop("freight_customs_wip", UNSET)
        if freight_customs_wip is not UNSET and type(freight_customs_wip) not in (
            int,
            float,
        ):
            raise TypeError(
                f"freight_customs_wip: expected float, got {type(freight_customs_wip).__name__}"
            )

        purchase_discounts_wip = d.pop("purchase_discounts_wip", UNSET)
        if purchase_discounts_wip is not UNSET and type(purchase_discounts_wip) not in (
            int,
            float,
        ):
            raise TypeError(
                f"purchase_discounts_wip: expected float, got {type(purchase_discounts_wip).__name__}"
            )

        inventory_change_wip = d.pop("inventory_change_wip", UNSET)
        if inventory_change_wip is not UNSET and type(inventory_change_wip) not in (
            int,
            float,
        ):
            raise TypeError(
                f"inventory_change_wip: expected float, got {type(inventory_change_wip).__name__}"
            )

        other_uncategorized_consumption_production_goods = d.pop(
            "other_uncategorized_consumption_production_goods", UNSET
        )
        if other_uncategorized_consumption_production_goods is not UNSET and type(
            other_uncategorized_consumption_production_goods
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_consumption_production_goods: expected float, got {type(other_uncategorized_consumption_production_goods).__name__}"
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
