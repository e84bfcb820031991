from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TravelBreakdown")


@_attrs_define
class TravelBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.travel.breakdown`. Every key is optional;
    unknown keys are kept as numbers.

    """

    mileage_allowance_taxable: float | Unset = UNSET
    travel_cost_taxable: float | Unset = UNSET
    travel_cost_nontaxable: float | Unset = UNSET
    diet_allowance_taxable: float | Unset = UNSET
    diet_allowance_nontaxable: float | Unset = UNSET
    other_uncategorized_travel: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mileage_allowance_taxable = self.mileage_allowance_taxable

        travel_cost_taxable = self.travel_cost_taxable

        travel_cost_nontaxable = self.travel_cost_nontaxable

        diet_allowance_taxable = self.diet_allowance_taxable

        diet_allowance_nontaxable = self.diet_allowance_nontaxable

        other_uncategorized_travel = self.other_uncategorized_travel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mileage_allowance_taxable is not UNSET:
            field_dict["mileage_allowance_taxable"] = mileage_allowance_taxable
        if travel_cost_taxable is not UNSET:
            field_dict["travel_cost_taxable"] = travel_cost_taxable
        if travel_cost_nontaxable is not UNSET:
            field_dict["travel_cost_nontaxable"] = travel_cost_nontaxable
        if diet_allowance_taxable is not UNSET:
            field_dict["diet_allowance_taxable"] = diet_allowance_taxable
        if diet_allowance_nontaxable is not UNSET:
            field_dict["diet_allowance_nontaxable"] = diet_allowance_nontaxable
        if other_uncategorized_travel is not UNSET:
            field_dict["other_uncategorized_travel"] = other_uncategorized_travel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mileage_allowance_taxable = d.pop("mileage_allowance_taxable", UNSET)
        if mileage_allowance_taxable is not UNSET and type(
            mileage_allowance_taxable
        ) not in (int, float):
            raise TypeError(
                f"mileage_allowance_taxable: expected float, got {type(mileage_allowance_taxable).__name__}"
            )

        travel_cost_taxable = d.pop("travel_cost_taxable", UNSET)
        if travel_cost_taxable is not UNSET and type(travel_cost_taxable) not in (
            int,
            float,
        ):
            raise TypeError(
                f"travel_cost_taxable: expected float, got {type(travel_cost_taxable).__name__}"
            )

        travel_cost_nontaxable = d.pop("travel_cost_nontaxable", UNSET)
        if travel_cost_nontaxable is not UNSET and type(travel_cost_nontaxable) not in (
            int,
            float,
        ):
            raise TypeError(
                f"travel_cost_nontaxable: expected float, got {type(travel_cost_nontaxable).__name__}"
            )

        diet_allowance_taxable = d.pop("diet_allowance_taxable", UNSET)
        if diet_allowance_taxable is not UNSET and type(diet_allowance_taxable) not in (
            int,
            float,
        ):
            raise TypeError(
                f"diet_allowance_taxable: expected float, got {type(diet_allowance_taxable).__name__}"
            )

        diet_allowance_nontaxable = d.pop("diet_allowance_nontaxable", UNSET)
        if diet_allowance_nontaxable is not UNSET and type(
            diet_allowance_nontaxable
        ) not in (int, float):
            raise TypeError(
                f"diet_allowance_nontaxable: expected float, got {type(diet_allowance_nontaxable).__name__}"
            )

        other_uncategorized_travel = d.pop("other_uncategorized_travel", UNSET)
        if other_uncategorized_travel is not UNSET and type(
            other_uncategorized_travel
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_travel: expected float, got {type(other_uncategorized_travel).__name__}"
            )

        self = cls.__new__(cls)
        self.mileage_allowance_taxable = mileage_allowance_taxable
        self.travel_cost_taxable = travel_cost_taxable
        self.travel_cost_nontaxable = travel_cost_nontaxable
        self.diet_allowance_taxable = diet_allowance_taxable
        self.diet_allowance_nontaxable = diet_allowance_nontaxable
        self.other_uncategorized_travel = other_uncategorized_travel

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
