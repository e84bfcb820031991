from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherPersonnelCostBreakdown")


@_attrs_define
class OtherPersonnelCostBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.other_personnel_cost.breakdown`. Every key
    is optional; unknown keys are kept as numbers.

    """

    gifts_employees: float | Unset = UNSET
    canteen_costs: float | Unset = UNSET
    workers_comp_insurance: float | Unset = UNSET
    other_insurances: float | Unset = UNSET
    other_uncategorized_other_personnel_cost: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gifts_employees = self.gifts_employees

        canteen_costs = self.canteen_costs

        workers_comp_insurance = self.workers_comp_insurance

        other_insurances = self.other_insurances

        other_uncategorized_other_personnel_cost = (
            self.other_uncategorized_other_personnel_cost
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gifts_employees is not UNSET:
            field_dict["gifts_employees"] = gifts_employees
        if canteen_costs is not UNSET:
            field_dict["canteen_costs"] = canteen_costs
        if workers_comp_insurance is not UNSET:
            field_dict["workers_comp_insurance"] = workers_comp_insurance
        if other_insurances is not UNSET:
            field_dict["other_insurances"] = other_insurances
        if other_uncategorized_other_personnel_cost is not UNSET:
            field_dict["other_uncategorized_other_personnel_cost"] = (
                other_uncategorized_other_personnel_cost
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gifts_employees = d.pop("gifts_employees", UNSET)
        if gifts_employees is not UNSET and type(gifts_employees) not in (int, float):
            raise TypeError(
                f"gifts_employees: expected float, got {type(gifts_employees).__name__}"
            )

        canteen_costs = d.pop("canteen_costs", UNSET)
        if canteen_costs is not UNSET and type(canteen_costs) not in (int, float):
            raise TypeError(
                f"canteen_costs: expected float, got {type(canteen_costs).__name__}"
            )

        workers_comp_insurance = d.pop("workers_comp_insurance", UNSET)
        if workers_comp_insurance is not UNSET and type(workers_comp_insurance) not in (
            int,
            float,
        ):
            raise TypeError(
                f"workers_comp_insurance: expected float, got {type(workers_comp_insurance).__name__}"
            )

        other_insurances = d.pop("other_insurances", UNSET)
        if other_insurances is not UNSET and type(other_insurances) not in (int, float):
            raise TypeError(
                f"other_insurances: expected float, got {type(other_insurances).__name__}"
            )

        other_uncategorized_other_personnel_cost = d.pop(
            "other_uncategorized_other_personnel_cost", UNSET
        )
        if other_uncategorized_other_personnel_cost is not UNSET and type(
            other_uncategorized_other_personnel_cost
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_personnel_cost: expected float, got {type(other_uncategorized_other_personnel_cost).__name__}"
            )

        self = cls.__new__(cls)
        self.gifts_employees = gifts_employees
        self.canteen_costs = canteen_costs
        self.workers_comp_insurance = workers_comp_insurance
        self.other_insurances = other_insurances
        self.other_uncategorized_other_personnel_cost = (
            other_uncategorized_other_personnel_cost
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
