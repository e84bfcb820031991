from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketingBreakdown")


@_attrs_define
class MarketingBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.marketing.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    sales_costs: float | Unset = UNSET
    advertising_costs: float | Unset = UNSET
    representation_deductible: float | Unset = UNSET
    representation_nondeductible: float | Unset = UNSET
    other_uncategorized_marketing: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_costs = self.sales_costs

        advertising_costs = self.advertising_costs

        representation_deductible = self.representation_deductible

        representation_nondeductible = self.representation_nondeductible

        other_uncategorized_marketing = self.other_uncategorized_marketing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_costs is not UNSET:
            field_dict["sales_costs"] = sales_costs
        if advertising_costs is not UNSET:
            field_dict["advertising_costs"] = advertising_costs
        if representation_deductible is not UNSET:
            field_dict["representation_deductible"] = representation_deductible
        if representation_nondeductible is not UNSET:
            field_dict["representation_nondeductible"] = representation_nondeductible
        if other_uncategorized_marketing is not UNSET:
            field_dict["other_uncategorized_marketing"] = other_uncategorized_marketing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sales_costs = d.pop("sales_costs", UNSET)
        if sales_costs is not UNSET and type(sales_costs) not in (int, float):
            raise TypeError(
                f"sales_costs: expected float, got {type(sales_costs).__name__}"
            )

        advertising_costs = d.pop("advertising_costs", UNSET)
        if advertising_costs is not UNSET and type(advertising_costs) not in (
            int,
            float,
        ):
            raise TypeError(
                f"advertising_costs: expected float, got {type(advertising_costs).__name__}"
            )

        representation_deductible = d.pop("representation_deductible", UNSET)
        if representation_deductible is not UNSET and type(
            representation_deductible
        ) not in (int, float):
            raise TypeError(
                f"representation_deductible: expected float, got {type(representation_deductible).__name__}"
            )

        representation_nondeductible = d.pop("representation_nondeductible", UNSET)
        if representation_nondeductible is not UNSET and type(
            representation_nondeductible
        ) not in (int, float):
            raise TypeError(
                f"representation_nondeductible: expected float, got {type(representation_nondeductible).__name__}"
            )

        other_uncategorized_marketing = d.pop("other_uncategorized_marketing", UNSET)
        if other_uncategorized_marketing is not UNSET and type(
            other_uncategorized_marketing
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_marketing: expected float, got {type(other_uncategorized_marketing).__name__}"
            )

        self = cls.__new__(cls)
        self.sales_costs = sales_costs
        self.advertising_costs = advertising_costs
        self.representation_deductible = representation_deductible
        self.representation_nondeductible = representation_nondeductible
        self.other_uncategorized_marketing = other_uncategorized_marketing

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
