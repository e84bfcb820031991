from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsuranceBreakdown")


@_attrs_define
class InsuranceBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.insurance.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    insurance_premium: float | Unset = UNSET
    warranty_cost: float | Unset = UNSET
    service_costs: float | Unset = UNSET
    other_uncategorized_insurance: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        insurance_premium = self.insurance_premium

        warranty_cost = self.warranty_cost

        service_costs = self.service_costs

        other_uncategorized_insurance = self.other_uncategorized_insurance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if insurance_premium is not UNSET:
            field_dict["insurance_premium"] = insurance_premium
        if warranty_cost is not UNSET:
            field_dict["warranty_cost"] = warranty_cost
        if service_costs is not UNSET:
            field_dict["service_costs"] = service_costs
        if other_uncategorized_insurance is not UNSET:
            field_dict["other_uncategorized_insurance"] = other_uncategorized_insurance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        insurance_premium = d.pop("insurance_premium", UNSET)
        if insurance_premium is not UNSET and type(insurance_premium) not in (
            int,
            float,
        ):
            raise TypeError(
                f"insurance_premium: expected float, got {type(insurance_premium).__name__}"
            )

        warranty_cost = d.pop("warranty_cost", UNSET)
        if warranty_cost is not UNSET and type(warranty_cost) not in (int, float):
            raise TypeError(
                f"warranty_cost: expected float, got {type(warranty_cost).__name__}"
            )

        service_costs = d.pop("service_costs", UNSET)
        if service_costs is not UNSET and type(service_costs) not in (int, float):
            raise TypeError(
                f"service_costs: expected float, got {type(service_costs).__name__}"
            )

        other_uncategorized_insurance = d.pop("other_uncategorized_insurance", UNSET)
        if other_uncategorized_insurance is not UNSET and type(
            other_uncategorized_insurance
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_insurance: expected float, got {type(other_uncategorized_insurance).__name__}"
            )

        self = cls.__new__(cls)
        self.insurance_premium = insurance_premium
        self.warranty_cost = warranty_cost
        self.service_costs = service_costs
        self.other_uncategorized_insurance = other_uncategorized_insurance

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
