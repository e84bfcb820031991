from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnergyBreakdown")


@_attrs_define
class EnergyBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.energy.breakdown`. Every key is optional;
    unknown keys are kept as numbers.

    """

    electricity: float | Unset = UNSET
    gas: float | Unset = UNSET
    heating_oil: float | Unset = UNSET
    coal: float | Unset = UNSET
    firewood: float | Unset = UNSET
    fuel: float | Unset = UNSET
    water: float | Unset = UNSET
    other_uncategorized_energy: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        electricity = self.electricity

        gas = self.gas

        heating_oil = self.heating_oil

        coal = self.coal

        firewood = self.firewood

        fuel = self.fuel

        water = self.water

        other_uncategorized_energy = self.other_uncategorized_energy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if electricity is not UNSET:
            field_dict["electricity"] = electricity
        if gas is not UNSET:
            field_dict["gas"] = gas
        if heating_oil is not UNSET:
            field_dict["heating_oil"] = heating_oil
        if coal is not UNSET:
            field_dict["coal"] = coal
        if firewood is not UNSET:
            field_dict["firewood"] = firewood
        if fuel is not UNSET:
            field_dict["fuel"] = fuel
        if water is not UNSET:
            field_dict["water"] = water
        if other_uncategorized_energy is not UNSET:
            field_dict["other_uncategorized_energy"] = other_uncategorized_energy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        electricity = d.pop("electricity", UNSET)
        if electricity is not UNSET and type(electricity) not in (int, float):
            raise TypeError(
                f"electricity: expected float, got {type(electricity).__name__}"
            )

        gas = d.pop("gas", UNSET)
        if gas is not UNSET and type(gas) not in (int, float):
            raise TypeError(f"gas: expected float, got {type(gas).__name__}")

        heating_oil = d.pop("heating_oil", UNSET)
        if heating_oil is not UNSET and type(heating_oil) not in (int, float):
            raise TypeError(
                f"heating_oil: expected float, got {type(heating_oil).__name__}"
            )

        coal = d.pop("coal", UNSET)
        if coal is not UNSET and type(coal) not in (int, float):
            raise TypeError(f"coal: expected float, got {type(coal).__name__}")

        firewood = d.pop("firewood", UNSET)
        if firewood is not UNSET and type(firewood) not in (int, float):
            raise TypeError(f"firewood: expected float, got {type(firewood).__name__}")

        fuel = d.pop("fuel", UNSET)
        if fuel is not UNSET and type(fuel) not in (int, float):
            raise TypeError(f"fuel: expected float, got {type(fuel).__name__}")

        water = d.pop("water", UNSET)
        if water is not UNSET and type(water) not in (int, float):
            raise TypeError(f"water: expected float, got {type(water).__name__}")

        other_uncategorized_energy = d.pop("other_uncategorized_energy", UNSET)
        if other_uncategorized_energy is not UNSET and type(
            other_uncategorized_energy
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_energy: expected float, got {type(other_uncategorized_energy).__name__}"
            )

        self = cls.__new__(cls)
        self.electricity = electricity
        self.gas = gas
        self.heating_oil = heating_oil
        self.coal = coal
        self.firewood = firewood
        self.fuel = fuel
        self.water = water
        self.other_uncategorized_energy = other_uncategorized_energy

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
