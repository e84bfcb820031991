from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeferredBreakdown")


@_attrs_define
class DeferredBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.deferred.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    warranty_income: float | Unset = UNSET
    service_income: float | Unset = UNSET
    other_uncategorized_deferred: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warranty_income = self.warranty_income

        service_income = self.service_income

        other_uncategorized_deferred = self.other_uncategorized_deferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warranty_income is not UNSET:
            field_dict["warranty_income"] = warranty_income
        if service_income is not UNSET:
            field_dict["service_income"] = service_income
        if other_uncategorized_deferred is not UNSET:
            field_dict["other_uncategorized_deferred"] = other_uncategorized_deferred

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        warranty_income = d.pop("warranty_income", UNSET)
        if warranty_income is not UNSET and type(warranty_income) not in (int, float):
            raise TypeError(
                f"warranty_income: expected float, got {type(warranty_income).__name__}"
            )

        service_income = d.pop("service_income", UNSET)
        if service_income is not UNSET and type(service_income) not in (int, float):
            raise TypeError(
                f"service_income: expected float, got {type(service_income).__name__}"
            )

        other_uncategorized_deferred = d.pop("other_uncategorized_deferred", UNSET)
        if other_uncategorized_deferred is not UNSET and type(
            other_uncategorized_deferred
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_deferred: expected float, got {type(other_uncategorized_deferred).__name__}"
            )

        self = cls.__new__(cls)
        self.warranty_income = warranty_income
        self.service_income = service_income
        self.other_uncategorized_deferred = other_uncategorized_deferred

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
