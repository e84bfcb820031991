from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpensesRentBreakdown")


@_attrs_define
class ExpensesRentBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.rent.breakdown`. Every key is optional;
    unknown keys are kept as numbers.

    """

    rent_premises: float | Unset = UNSET
    waste_water_sewage: float | Unset = UNSET
    lighting_heating: float | Unset = UNSET
    cleaning: float | Unset = UNSET
    other_uncategorized_rent: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rent_premises = self.rent_premises

        waste_water_sewage = self.waste_water_sewage

        lighting_heating = self.lighting_heating

        cleaning = self.cleaning

        other_uncategorized_rent = self.other_uncategorized_rent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rent_premises is not UNSET:
            field_dict["rent_premises"] = rent_premises
        if waste_water_sewage is not UNSET:
            field_dict["waste_water_sewage"] = waste_water_sewage
        if lighting_heating is not UNSET:
            field_dict["lighting_heating"] = lighting_heating
        if cleaning is not UNSET:
            field_dict["cleaning"] = cleaning
        if other_uncategorized_rent is not UNSET:
            field_dict["other_uncategorized_rent"] = other_uncategorized_rent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rent_premises = d.pop("rent_premises", UNSET)
        if rent_premises is not UNSET and type(rent_premises) not in (int, float):
            raise TypeError(
                f"rent_premises: expected float, got {type(rent_premises).__name__}"
            )

        waste_water_sewage = d.pop("waste_water_sewage", UNSET)
        if waste_water_sewage is not UNSET and type(waste_water_sewage) not in (
            int,
            float,
        ):
            raise TypeError(
                f"waste_water_sewage: expected float, got {type(waste_water_sewage).__name__}"
            )

        lighting_heating = d.pop("lighting_heating", UNSET)
        if lighting_heating is not UNSET and type(lighting_heating) not in (int, float):
            raise TypeError(
                f"lighting_heating: expected float, got {type(lighting_heating).__name__}"
            )

        cleaning = d.pop("cleaning", UNSET)
        if cleaning is not UNSET and type(cleaning) not in (int, float):
            raise TypeError(f"cleaning: expected float, got {type(cleaning).__name__}")

        other_uncategorized_rent = d.pop("other_uncategorized_rent", UNSET)
        if other_uncategorized_rent is not UNSET and type(
            other_uncategorized_rent
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_rent: expected float, got {type(other_uncategorized_rent).__name__}"
            )

        self = cls.__new__(cls)
        self.rent_premises = rent_premises
        self.waste_water_sewage = waste_water_sewage
        self.lighting_heating = lighting_heating
        self.cleaning = cleaning
        self.other_uncategorized_rent = other_uncategorized_rent

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
