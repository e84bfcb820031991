from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherFinancialExpensesBreakdown")


@_attrs_define
class OtherFinancialExpensesBreakdown:
    """Sub-groups of `data.p_and_l_items.ledger_balances.other_financial_expenses`, each with its own total and breakdown.
    Mixes sub-groups with bare amounts. Every key is optional; unknown keys are kept as they come (any JSON value).

    """

    other_financial_expenses: OtherFinancialExpensesSubGroup | Unset = UNSET
    """ Sub-group `other_financial_expenses`
    (data.p_and_l_items.ledger_balances.other_financial_expenses.breakdown.other_financial_expenses). """
    extra_expenses: float | Unset = UNSET
    """ A bare amount, not a sub-group object. """
    other_uncategorized_other_financial_expenses: (
        OtherUncategorizedOtherFinancialExpensesGroup | Unset
    ) = UNSET
    """ Sub-group `other_uncategorized_other_financial_expenses` (data.p_and_l_items.ledger_balances.other_financial
    _expenses.breakdown.other_uncategorized_other_financial_expenses). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_financial_expenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_financial_expenses, Unset):
            other_financial_expenses = self.other_financial_expenses.to_dict()

        extra_expenses = self.extra_expenses

        other_uncategorized_other_financial_expenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_uncategorized_other_financial_expenses, Unset):
            other_uncategorized_other_financial_expenses = (
                self.other_uncategorized_other_financial_expenses.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_financial_expenses is not UNSET:
            field_dict["other_financial_expenses"] = other_financial_expenses
        if extra_expenses is not UNSET:
            field_dict["extra_expenses"] = extra_expenses
        if other_uncategorized_other_financial_expenses is not UNSET:
            field_dict["other_uncategorized_other_financial_expenses"] = (
                other_uncategorized_other_financial_expenses
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _other_financial_expenses = d.pop("other_financial_expenses", UNSET)
        other_financial_expenses: OtherFinancialExpensesSubGroup | Unset
        if isinstance(_other_financial_expenses, Unset):
            other_financial_expenses = UNSET
        else:
            other_financial_expenses = OtherFinancialExpensesSubGroup.from_dict(
                _other_financial_expenses
            )

        extra_expenses = d.pop("extra_expenses", UNSET)
        if extra_expenses is not UNSET and type(extra_expenses) not in (int, float):
            raise TypeError(
                f"extra_expenses: expected float, got {type(extra_expenses).__name__}"
            )

        _other_uncategorized_other_financial_expenses = d.pop(
            "other_uncategorized_other_financial_expenses", UNSET
        )
        other_uncategorized_other_financial_expenses: (
            OtherUncategorizedOtherFinancialExpensesGroup | Unset
        )
        if isinstance(_other_uncategorized_other_financial_expenses, Unset):
            other_uncategorized_other_financial_expenses = UNSET
        else:
            other_uncategorized_other_financial_expenses = (
                OtherUncategorizedOtherFinancialExpensesGroup.from_dict(
                    _other_uncategorized_other_financial_expenses
                )
            )

        self = cls.__new__(cls)
        self.other_financial_expenses = other_financial_expenses
        self.extra_expenses = extra_expenses
        self.other_uncategorized_other_financial_expenses = (
            other_uncategorized_other_financial_expenses
        )

        self.additional_properties = d if d else {}
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class rather than inside from_dict()/to_dict(): a function-level import runs
# on every call, and nested payloads call from_dict() hundreds of times. Placed last so that
# recursive schemas (import cycles) still work.
from ..models.other_financial_expenses_sub_group import OtherFinancialExpensesSubGroup
from ..models.other_uncategorized_other_financial_expenses_group import (
    OtherUncategorizedOtherFinancialExpensesGroup,
)
