from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehiclesBreakdown")


@_attrs_define
class VehiclesBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.vehicles.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    fuel_costs: float | Unset = UNSET
    maintenance_transport: float | Unset = UNSET
    insurance_transport: float | Unset = UNSET
    other_uncategorized_vehicles: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fuel_costs = self.fuel_costs

        maintenance_transport = self.maintenance_transport

        insurance_transport = self.insurance_transport

        other_uncategorized_vehicles = self.other_uncategorized_vehicles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fuel_costs is not UNSET:
            field_dict["fuel_costs"] = fuel_costs
        if maintenance_transport is not UNSET:
            field_dict["maintenance_transport"] = maintenance_transport
        if insurance_transport is not UNSET:
            field_dict["insurance_transport"] = insurance_transport
        if other_uncategorized_vehicles is not UNSET:
            field_dict["other_uncategorized_vehicles"] = other_uncategorized_vehicles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fuel_costs = d.pop("fuel_costs", UNSET)
        if fuel_costs is not UNSET and type(fuel_costs) not in (int, float):
            raise TypeError(
                f"fuel_costs: expected float, got {type(fuel_costs).__name__}"
            )

        maintenance_transport = d.pop("maintenance_transport", UNSET)
        if maintenance_transport is not UNSET and type(maintenance_transport) not in (
            int,
            float,
        ):
            raise TypeError(
                f"maintenance_transport: expected float, got {type(maintenance_transport).__name__}"
            )

        insurance_transport = d.pop("insurance_transport", UNSET)
        if insurance_transport is not UNSET and type(insurance_transport) not in (
            int,
            float,
        ):
            raise TypeError(
                f"insurance_transport: expected float, got {type(insurance_transport).__name__}"
            )

        other_uncategorized_vehicles = d.pop("other_uncategorized_vehicles", UNSET)
        if other_uncategorized_vehicles is not UNSET and type(
            other_uncategorized_vehicles
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_vehicles: expected float, got {type(other_uncategorized_vehicles).__name__}"
            )

        self = cls.__new__(cls)
        self.fuel_costs = fuel_costs
        self.maintenance_transport = maintenance_transport
        self.insurance_transport = insurance_transport
        self.other_uncategorized_vehicles = other_uncategorized_vehicles

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
