from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherUncategorizedOtherFinancialExpensesBreakdown")


@_attrs_define
class OtherUncategorizedOtherFinancialExpensesBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.other_financial_expenses.breakdown.other_uncategorized_other_
    financial_expenses.breakdown`. Every key is optional; unknown keys are kept as numbers.

    """

    other_uncategorized_other_financial_expenses: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_uncategorized_other_financial_expenses = (
            self.other_uncategorized_other_financial_expenses
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_uncategorized_other_financial_expenses is not UNSET:
            field_dict["other_uncategorized_other_financial_expenses"] = (
                other_uncategorized_other_financial_expenses
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        other_uncategorized_other_financial_expenses = d.pop(
            "other_uncategorized_other_financial_expenses", UNSET
        )
        if other_uncategorized_other_financial_expenses is not UNSET and type(
            other_uncategorized_other_financial_expenses
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_financial_expenses: expected float, got {type(other_uncategorized_other_financial_expenses).__name__}"
            )

        self = cls.__new__(cls)
        self.other_uncategorized_other_financial_expenses = (
            other_uncategorized_other_financial_expenses
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
