from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumptionFinishedGoodsBreakdown")


@_attrs_define
class ConsumptionFinishedGoodsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.consumption_finished_goods.breakdown`.
    Every key is optional; unknown keys are kept as numbers.

    """

    purchase_finished_high: float | Unset = UNSET
    purchase_finished_medium: float | Unset = UNSET
    freight_customs_finished: float | Unset = UNSET
    purchase_discounts_finished: float | Unset = UNSET
    inventory_change_finished: float | Unset = UNSET
    other_uncategorized_consumption_finished_goods: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purchase_finished_high = self.purchase_finished_high

        purchase_finished_medium = self.purchase_finished_medium

        freight_customs_finished = self.freight_customs_finished

        purchase_discounts_finished = self.purchase_discounts_finished

        inventory_change_finished = self.inventory_change_finished

        other_uncategorized_consumption_finished_goods = (
            self.other_uncategorized_consumption_finished_goods
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purchase_finished_high is not UNSET:
            field_dict["purchase_finished_high"] = purchase_finished_high
        if purchase_finished_medium is not UNSET:
            field_dict["purchase_finished_medium"] = purchase_finished_medium
        if freight_customs_finished is not UNSET:
            field_dict["freight_customs_finished"] = freight_customs_finished
        if purchase_discounts_finished is not UNSET:
            field_dict["purchase_discounts_finished"] = purchase_discounts_finished
        if inventory_change_finished is not UNSET:
            field_dict["inventory_change_finished"] = inventory_change_finished
        if other_uncategorized_consumption_finished_goods is not UNSET:
            field_dict["other_uncategorized_consumption_finished_goods"] = (
                other_uncategorized_consumption_finished_goods
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        purchase_finished_high = d.pop("purchase_finished_high", UNSET)
        if purchase_finished_high is not UNSET and type(purchase_finished_high) not in (
            int,
            float,
        ):
            raise TypeError(
                f"purchase_finished_high: expected float, got {type(purchase_finished_high).__name__}"
            )

        purchase_finished_medium = d.pop("purchase_finished_medium", UNSET)
        if purchase_finished_medium is not UNSET and type(
            purchase_finished_medium
        ) not in (int, float):
            raise TypeError(
                f"purchase_finished_medium: expected float, got {type(purchase_finished_medium).__name__}"
            )

        freight_customs_finished = d.pop("freight_customs_finished", UNSET)
        if freight_customs_finished is not UNSET and type(
            freight_customs_finished
        ) not in (int, float):
            raise TypeError(
                f"freight_customs_finished: expected float, got {type(freight_customs_finished).__name__}"
            )

        purchase_discounts_finished = d.pop("purchase_discounts_finished", UNSET)
        if purchase_discounts_finished is not UNSET and type(
            purchase_discounts_finished
        ) not in (int, float):
            raise TypeError(
                f"purchase_discounts_finished: expected float, got {type(purchase_discounts_finished).__name__}"
            )

        inventory_change_finished = d.pop("inventory_change_finished", UNSET)
        if inventory_change_finished is not UNSET and type(
            inventory_change_finished
        ) not in (int, float):
            raise TypeError(
                f"inventory_change_finished: expected float, got {type(inventory_change_finished).__name__}"
            )

        other_uncategorized_consumption_finished_goods = d.pop(
            "other_uncategorized_consumption_finished_goods", UNSET
        )
        if other_uncategorized_consumption_finished_goods is not UNSET and type(
            other_uncategorized_consumption_finished_goods
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_consumption_finished_goods: expected float, got {type(other_uncategorized_consumption_finished_goods).__name__}"
            )

        self = cls.__new__(cls)
        self.purchase_finished_high = purchase_finished_high
        self.purchase_finished_medium = purchase_finished_medium
        self.freight_customs_finished = freight_customs_finished
        self.purchase_discounts_finished = purchase_discounts_finished
        self.inventory_change_finished = inventory_change_finished
        self.other_uncategorized_consumption_finished_goods = (
            other_uncategorized_consumption_finished_goods
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
