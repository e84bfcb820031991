from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryBreakdown")


@_attrs_define
class InventoryBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.inventory.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    raw_materials: float | Unset = UNSET
    work_in_progress_goods: float | Unset = UNSET
    finished_goods: float | Unset = UNSET
    goods_for_resale: float | Unset = UNSET
    other_uncategorized_inventory: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw_materials = self.raw_materials

        work_in_progress_goods = self.work_in_progress_goods

        finished_goods = self.finished_goods

        goods_for_resale = self.goods_for_resale

        other_uncategorized_inventory = self.other_uncategorized_inventory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raw_materials is not UNSET:
            field_dict["raw_materials"] = raw_materials
        if work_in_progress_goods is not UNSET:
            field_dict["work_in_progress_goods"] = work_in_progress_goods
        if finished_goods is not UNSET:
            field_dict["finished_goods"] = finished_goods
        if goods_for_resale is not UNSET:
            field_dict["goods_for_resale"] = goods_for_resale
        if other_uncategorized_inventory is not UNSET:
            field_dict["other_uncategorized_inventory"] = other_uncategorized_inventory

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        raw_materials = d.pop("raw_materials", UNSET)
        if raw_materials is not UNSET and type(raw_materials) not in (int, float):
            raise TypeError(
                f"raw_materials: expected float, got {type(raw_materials).__name__}"
            )

        work_in_progress_goods = d.pop("work_in_progress_goods", UNSET)
        if work_in_progress_goods is not UNSET and type(work_in_progress_goods) not in (
            int,
            float,
        ):
            raise TypeError(
                f"work_in_progress_goods: expected float, got {type(work_in_progress_goods).__name__}"
            )

        finished_goods = d.pop("finished_goods", UNSET)
        if finished_goods is not UNSET and type(finished_goods) not in (int, float):
            raise TypeError(
                f"finished_goods: expected float, got {type(finished_goods).__name__}"
            )

        goods_for_resale = d.pop("goods_for_resale", UNSET)
        if goods_for_resale is not UNSET and type(goods_for_resale) not in (int, float):
            raise TypeError(
                f"goods_for_resale: expected float, got {type(goods_for_resale).__name__}"
            )

        other_uncategorized_inventory = d.pop("other_uncategorized_inventory", UNSET)
        if other_uncategorized_inventory is not UNSET and type(
            other_uncategorized_inventory
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_inventory: expected float, got {type(other_uncategorized_inventory).__name__}"
            )

        self = cls.__new__(cls)
        self.raw_materials = raw_materials
        self.work_in_progress_goods = work_in_progress_goods
        self.finished_goods = finished_goods
        self.goods_for_resale = goods_for_resale
        self.other_uncategorized_inventory = other_uncategorized_inventory

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
