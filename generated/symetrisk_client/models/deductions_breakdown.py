from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeductionsBreakdown")


@_attrs_define
class DeductionsBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.deductions.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    withholding_and_other_deductions: float | Unset = UNSET
    withholding_tax: float | Unset = UNSET
    contribution_deduction: float | Unset = UNSET
    child_support_deduction: float | Unset = UNSET
    insurance_deduction: float | Unset = UNSET
    union_fee_deduction: float | Unset = UNSET
    other_uncategorized_deductions: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        withholding_and_other_deductions = self.withholding_and_other_deductions

        withholding_tax = self.withholding_tax

        contribution_deduction = self.contribution_deduction

        child_support_deduction = self.child_support_deduction

        insurance_deduction = self.insurance_deduction

        union_fee_deduction = self.union_fee_deduction

        other_uncategorized_deductions = self.other_uncategorized_deductions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if withholding_and_other_deductions is not UNSET:
            field_dict["withholding_and_other_deductions"] = (
                withholding_and_other_deductions
            )
        if withholding_tax is not UNSET:
            field_dict["withholding_tax"] = withholding_tax
        if contribution_deduction is not UNSET:
            field_dict["contribution_deduction"] = contribution_deduction
        if child_support_deduction is not UNSET:
            field_dict["child_support_deduction"] = child_support_deduction
        if insurance_deduction is not UNSET:
            field_dict["insurance_deduction"] = insurance_deduction
        if union_fee_deduction is not UNSET:
            field_dict["union_fee_deduction"] = union_fee_deduction
        if other_uncategorized_deductions is not UNSET:
            field_dict["other_uncategorized_deductions"] = (
                other_uncategorized_deductions
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        withholding_and_other_deductions = d.pop(
            "withholding_and_other_deductions", UNSET
        )
        if withholding_and_other_deductions is not UNSET and type(
            withholding_and_other_deductions
        ) not in (int, float):
            raise TypeError(
                f"withholding_and_other_deductions: expected float, got {type(withholding_and_other_deductions).__name__}"
            )

        withholding_tax = d.pop("withholding_tax", UNSET)
        if withholding_tax is not UNSET and type(withholding_tax) not in (int, float):
            raise TypeError(
                f"withholding_tax: expected float, got {type(withholding_tax).__name__}"
            )

        contribution_deduction = d.pop("contribution_deduction", UNSET)
        if contribution_deduction is not UNSET and type(contribution_deduction) not in (
            int,
            float,
        ):
            raise TypeError(
                f"contribution_deduction: expected float, got {type(contribution_deduction).__name__}"
            )

        child_support_deduction = d.pop("child_support_deduction", UNSET)
        if child_support_deduction is not UNSET and type(
            child_support_deduction
        ) not in (int, float):
            raise TypeError(
                f"child_support_deduction: expected float, got {type(child_support_deduction).__name__}"
            )

        insurance_deduction = d.pop("insurance_deduction", UNSET)
        if insurance_deduction is not UNSET and type(insurance_deduction) not in (
            int,
            float,
        ):
            raise TypeError(
                f"insurance_deduction: expected float, got {type(insurance_deduction).__name__}"
            )

        union_fee_deduction = d.pop("union_fee_deduction", UNSET)
        if union_fee_deduction is not UNSET and type(union_fee_deduction) not in (
            int,
            float,
        ):
            raise TypeError(
                f"union_fee_deduction: expected float, got {type(union_fee_deduction).__name__}"
            )

        other_uncategorized_deductions = d.pop("other_uncategorized_deductions", UNSET)
        if other_uncategorized_deductions is not UNSET and type(
            other_uncategorized_deductions
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_deductions: expected float, got {type(other_uncategorized_deductions).__name__}"
            )

        self = cls.__new__(cls)
        self.withholding_and_other_deductions = withholding_and_other_deductions
        self.withholding_tax = withholding_tax
        self.contribution_deduction = contribution_deduction
        self.child_support_deduction = child_support_deduction
        self.insurance_deduction = insurance_deduction
        self.union_fee_deduction = union_fee_deduction
        self.other_uncategorized_deductions = other_uncategorized_deductions

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
