from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaintenanceBreakdown")


@_attrs_define
class MaintenanceBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.maintenance.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    repair_buildings: float | Unset = UNSET
    repair_equipment: float | Unset = UNSET
    other_uncategorized_maintenance: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repair_buildings = self.repair_buildings

        repair_equipment = self.repair_equipment

        other_uncategorized_maintenance = self.other_uncategorized_maintenance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repair_buildings is not UNSET:
            field_dict["repair_buildings"] = repair_buildings
        if repair_equipment is not UNSET:
            field_dict["repair_equipment"] = repair_equipment
        if other_uncategorized_maintenance is not UNSET:
            field_dict["other_uncategorized_maintenance"] = (
                other_uncategorized_maintenance
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        repair_buildings = d.pop("repair_buildings", UNSET)
        if repair_buildings is not UNSET and type(repair_buildings) not in (int, float):
            raise TypeError(
                f"repair_buildings: expected float, got {type(repair_buildings).__name__}"
            )

        repair_equipment = d.pop("repair_equipment", UNSET)
        if repair_equipment is not UNSET and type(repair_equipment) not in (int, float):
            raise TypeError(
                f"repair_equipment: expected float, got {type(repair_equipment).__name__}"
            )

        other_uncategorized_maintenance = d.pop(
            "other_uncategorized_maintenance", UNSET
        )
        if other_uncategorized_maintenance is not UNSET and type(
            other_uncategorized_maintenance
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_maintenance: expected float, got {type(other_uncategorized_maintenance).__name__}"
            )

        self = cls.__new__(cls)
        self.repair_buildings = repair_buildings
        self.repair_equipment = repair_equipment
        self.other_uncategorized_maintenance = other_uncategorized_maintenance

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
