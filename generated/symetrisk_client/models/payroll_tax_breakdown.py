from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollTaxBreakdown")


@_attrs_define
class PayrollTaxBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.payroll_tax.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    employer_tax_expense: float | Unset = UNSET
    pension_expense: float | Unset = UNSET
    other_uncategorized_payroll_tax: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employer_tax_expense = self.employer_tax_expense

        pension_expense = self.pension_expense

        other_uncategorized_payroll_tax = self.other_uncategorized_payroll_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employer_tax_expense is not UNSET:
            field_dict["employer_tax_expense"] = employer_tax_expense
        if pension_expense is not UNSET:
            field_dict["pension_expense"] = pension_expense
        if other_uncategorized_payroll_tax is not UNSET:
            field_dict["other_uncategorized_payroll_tax"] = (
                other_uncategorized_payroll_tax
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        employer_tax_expense = d.pop("employer_tax_expense", UNSET)
        if employer_tax_expense is not UNSET and type(employer_tax_expense) not in (
            int,
            float,
        ):
            raise TypeError(
                f"employer_tax_expense: expected float, got {type(employer_tax_expense).__name__}"
            )

        pension_expense = d.pop("pension_expense", UNSET)
        if pension_expense is not UNSET and type(pension_expense) not in (int, float):
            raise TypeError(
                f"pension_expense: expected float, got {type(pension_expense).__name__}"
            )

        other_uncategorized_payroll_tax = d.pop(
            "other_uncategorized_payroll_tax", UNSET
        )
        if other_uncategorized_payroll_tax is not UNSET and type(
            other_uncategorized_payroll_tax
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_payroll_tax: expected float, got {type(other_uncategorized_payroll_tax).__name__}"
            )

        self = cls.__new__(cls)
        self.employer_tax_expense = employer_tax_expense
        self.pension_expense = pension_expense
        self.other_uncategorized_payroll_tax = other_uncategorized_payroll_tax

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
