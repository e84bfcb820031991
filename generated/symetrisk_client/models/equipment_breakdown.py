from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EquipmentBreakdown")


@_attrs_define
class EquipmentBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.equipment.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    machinery: float | Unset = UNSET
    machinery_in_progress: float | Unset = UNSET
    ships_rigs_aircraft: float | Unset = UNSET
    cars: float | Unset = UNSET
    other_vehicles: float | Unset = UNSET
    inventory: float | Unset = UNSET
    buldings_other_depreciation_period: float | Unset = UNSET
    """ Spelled so by the API (sic). """
    tools: float | Unset = UNSET
    office_machines: float | Unset = UNSET
    other_uncategorized_equipment: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machinery = self.machinery

        machinery_in_progress = self.machinery_in_progress

        ships_rigs_aircraft = self.ships_rigs_aircraft

        cars = self.cars

        other_vehicles = self.other_vehicles

        inventory = self.inventory

        buldings_other_depreciation_period = self.buldings_other_depreciation_period

        tools = self.tools

        office_machines = self.office_machines

        other_uncategorized_equipment = self.other_uncategorized_equipment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if machinery is not UNSET:
            field_dict["machinery"] = machinery
        if machinery_in_progress is not UNSET:
            field_dict["machinery_in_progress"] = machinery_in_progress
        if ships_rigs_aircraft is not UNSET:
            field_dict["ships_rigs_aircraft"] = ships_rigs_aircraft
        if cars is not UNSET:
            field_dict["cars"] = cars
        if other_vehicles is not UNSET:
            field_dict["other_vehicles"] = other_vehicles
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if buldings_other_depreciation_period is not UNSET:
            field_dict["buldings_other_depreciation_period"] = (
                buldings_other_depreciation_period
            )
        if tools is not UNSET:
            field_dict["tools"] = tools
        if office_machines is not UNSET:
            field_dict["office_machines"] = office_machines
        if other_uncategorized_equipment is not UNSET:
            field_dict["other_uncategorized_equipment"] = other_uncategorized_equipment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        machinery = d.pop("machinery", UNSET)
        if machinery is not UNSET and type(machinery) not in (int, float):
            raise TypeError(
                f"machinery: expected float, got {type(machinery).__name__}"
            )

        machinery_in_progress = d.pop("machinery_in_progress", UNSET)
        if machinery_in_progress is not UNSET and type(machinery_in_progress) not in (
            int,
            float,
        ):
            raise TypeError(
                f"machinery_in_progress: expected float, got {type(machinery_in_progress).__name__}"
            )

        ships_rigs_aircraft = d.pop("ships_rigs_aircraft", UNSET)
        if ships_rigs_aircraft is not UNSET and type(ships_rigs_aircraft) not in (
            int,
            float,
        ):
            raise TypeError(
                f"ships_rigs_aircraft: expected float, got {type(ships_rigs_aircraft).__name__}"
            )

        cars = d.pop("cars", UNSET)
        if cars is not UNSET and type(cars) not in (int, float):
            raise TypeError(f"cars: expected float, got {type(cars).__name__}")

        other_vehicles = d.pop("other_vehicles", UNSET)
        if other_vehicles is not UNSET and type(other_vehicles) not in (int, float):
            raise TypeError(
                f"other_vehicles: expected float, got {type(other_vehicles).__name__}"
            )

        inventory = d.pop("inventory", UNSET)
        if inventory is not UNSET and type(inventory) not in (int, float):
            raise TypeError(
                f"inventory: expected float, got {type(inventory).__name__}"
            )

        buldings_other_depreciation_period = d.pop(
            "buldings_other_depreciation_period", UNSET
        )
        if buldings_other_depreciation_period is not UNSET and type(
            buldings_other_depreciation_period
        ) not in (int, float):
            raise TypeError(
                f"buldings_other_depreciation_period: expected float, got {type(buldings_other_depreciation_period).__name__}"
            )

        tools = d.pop("tools", UNSET)
        if tools is not UNSET and type(tools) not in (int, float):
            raise TypeError(f"tools: expected float, got {type(tools).__name__}")

        office_machines = d.pop("office_machines", UNSET)
        if office_machines is not UNSET and type(office_machines) not in (int, float):
            raise TypeError(
                f"office_machines: expected float, got {type(office_machines).__name__}"
            )

        other_uncategorized_equipment = d.pop("other_uncategorized_equipment", UNSET)
        if other_uncategorized_equipment is not UNSET and type(
            other_uncategorized_equipment
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_equipment: expected float, got {type(other_uncategorized_equipment).__name__}"
            )

        self = cls.__new__(cls)
        self.machinery = machinery
        self.machinery_in_progress = machinery_in_progress
        self.ships_rigs_aircraft = ships_rigs_aircraft
        self.cars = cars
        self.other_vehicles = other_vehicles
        self.inventory = inventory
        self.buldings_other_depreciation_period = buldings_other_depreciation_period
        self.tools = tools
        self.office_machines = office_machines
        self.other_uncategorized_equipment = other_uncategorized_equipment

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
