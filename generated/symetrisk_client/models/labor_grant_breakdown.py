from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LaborGrantBreakdown")


@_attrs_define
class LaborGrantBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.labor_grant.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    labor_grant: float | Unset = UNSET
    other_uncategorized_labor_grant: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labor_grant = self.labor_grant

        other_uncategorized_labor_grant = self.other_uncategorized_labor_grant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if labor_grant is not UNSET:
            field_dict["labor_grant"] = labor_grant
        if other_uncategorized_labor_grant is not UNSET:
            field_dict["other_uncategorized_labor_grant"] = (
                other_uncategorized_labor_grant
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        labor_grant = d.pop("labor_grant", UNSET)
        if labor_grant is not UNSET and type(labor_grant) not in (int, float):
            raise TypeError(
                f"labor_grant: expected float, got {type(labor_grant).__name__}"
            )

        other_uncategorized_labor_grant = d.pop(
            "other_uncategorized_labor_grant", UNSET
        )
        if other_uncategorized_labor_grant is not UNSET and type(
            other_uncategorized_labor_grant
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_labor_grant: expected float, got {type(other_uncategorized_labor_grant).__name__}"
            )

        self = cls.__new__(cls)
        self.labor_grant = labor_grant
        self.other_uncategorized_labor_grant = other_uncategorized_labor_grant

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
