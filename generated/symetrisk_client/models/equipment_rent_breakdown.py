from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentRentBreakdown")


@_attrs_define
class EquipmentRentBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.equipment_rent.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    machine_rental: float | Unset = UNSET
    inventory_rental: float | Unset = UNSET
    software_rental: float | Unset = UNSET
    office_machine_rental: float | Unset = UNSET
    vehicle_rental: float | Unset = UNSET
    other_uncategorized_equipment_rent: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machine_rental = self.machine_rental

        inventory_rental = self.inventory_rental

        software_rental = self.software_rental

        office_machine_rental = self.office_machine_rental

        vehicle_rental = self.vehicle_rental

        other_uncategorized_equipment_rent = self.other_uncategorized_equipment_rent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if machine_rental is not UNSET:
            field_dict["machine_rental"] = machine_rental
        if inventory_rental is not UNSET:
            field_dict["inventory_rental"] = inventory_rental
        if software_rental is not UNSET:
            field_dict["software_rental"] = software_rental
        if office_machine_rental is not UNSET:
            field_dict["office_machine_rental"] = office_machine_rental
        if vehicle_rental is not UNSET:
            field_dict["vehicle_rental"] = vehicle_rental
        if other_uncategorized_equipment_rent is not UNSET:
            field_dict["other_uncategorized_equipment_rent"] = (
                other_uncategorized_equipment_rent
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        machine_rental = d.pop("machine_rental", UNSET)
        if machine_rental is not UNSET and type(machine_rental) not in (int, float):
            raise TypeError(
                f"machine_rental: expected float, got {type(machine_rental).__name__}"
            )

        inventory_rental = d.pop("inventory_rental", UNSET)
        if inventory_rental is not UNSET and type(inventory_rental) not in (int, float):
            raise TypeError(
                f"inventory_rental: expected float, got {type(inventory_rental).__name__}"
            )

        software_rental = d.pop("software_rental", UNSET)
        if software_rental is not UNSET and type(software_rental) not in (int, float):
            raise TypeError(
                f"software_rental: expected float, got {type(software_rental).__name__}"
            )

        office_machine_rental = d.pop("office_machine_rental", UNSET)
        if office_machine_rental is not UNSET and type(office_machine_rental) not in (
            int,
            float,
        ):
            raise TypeError(
                f"office_machine_rental: expected float, got {type(office_machine_rental).__name__}"
            )

        vehicle_rental = d.pop("vehicle_rental", UNSET)
        if vehicle_rental is not UNSET and type(vehicle_rental) not in (int, float):
            raise TypeError(
                f"vehicle_rental: expected float, got {type(vehicle_rental).__name__}"
            )

        other_uncategorized_equipment_rent = d.pop(
            "other_uncategorized_equipment_rent", UNSET
        )
        if other_uncategorized_equipment_rent is not UNSET and type(
            other_uncategorized_equipment_rent
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_equipment_rent: expected float, got {type(other_uncategorized_equipment_rent).__name__}"
            )

        self = cls.__new__(cls)
        self.machine_rental = machine_rental
        self.inventory_rental = inventory_rental
        self.software_rental = software_rental
        self.office_machine_rental = office_machine_rental
        self.vehicle_rental = vehicle_rental
        self.other_uncategorized_equipment_rent = other_uncategorized_equipment_rent

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
