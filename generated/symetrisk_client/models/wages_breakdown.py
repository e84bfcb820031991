from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WagesBreakdown")


@_attrs_define
class WagesBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.wages.breakdown`. Every key is optional;
    unknown keys are kept as numbers.

    """

    wages: float | Unset = UNSET
    wages_accrual_account: float | Unset = UNSET
    holiday_pay_expense: float | Unset = UNSET
    employer_tax_on_holiday: float | Unset = UNSET
    other_insurance: float | Unset = UNSET
    other_uncategorized_wages: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wages = self.wages

        wages_accrual_account = self.wages_accrual_account

        holiday_pay_expense = self.holiday_pay_expense

        employer_tax_on_holiday = self.employer_tax_on_holiday

        other_insurance = self.other_insurance

        other_uncategorized_wages = self.other_uncategorized_wages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wages is not UNSET:
            field_dict["wages"] = wages
        if wages_accrual_account is not UNSET:
            field_dict["wages_accrual_account"] = wages_accrual_account
        if holiday_pay_expense is not UNSET:
            field_dict["holiday_pay_expense"] = holiday_pay_expense
        if employer_tax_on_holiday is not UNSET:
            field_dict["employer_tax_on_holiday"] = employer_tax_on_holiday
        if other_insurance is not UNSET:
            field_dict["other_insurance"] = other_insurance
        if other_uncategorized_wages is not UNSET:
            field_dict["other_uncategorized_wages"] = other_uncategorized_wages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wages = d.pop("wages", UNSET)
        if wages is not UNSET and type(wages) not in (int, float):
            raise TypeError(f"wages: expected float, got {type(wages).__name__}")

        wages_accrual_account = d.pop("wages_accrual_account", UNSET)
        if wages_accrual_account is not UNSET and type(wages_accrual_account) not in (
            int,
            float,
        ):
            raise TypeError(
                f"wages_accrual_account: expected float, got {type(wages_accrual_account).__name__}"
            )

        holiday_pay_expense = d.pop("holiday_pay_expense", UNSET)
        if holiday_pay_expense is not UNSET and type(holiday_pay_expense) not in (
            int,
            float,
        ):
            raise TypeError(
                f"holiday_pay_expense: expected float, got {type(holiday_pay_expense).__name__}"
            )

        employer_tax_on_holiday = d.pop("employer_tax_on_holiday", UNSET)
        if employer_tax_on_holiday is not UNSET and type(
            employer_tax_on_holiday
        ) not in (int, float):
            raise TypeError(
                f"employer_tax_on_holiday: expected float, got {type(employer_tax_on_holiday).__name__}"
            )

        other_insurance = d.pop("other_insurance", UNSET)
        if other_insurance is not UNSET and type(other_insurance) not in (int, float):
            raise TypeError(
                f"other_insurance: expected float, got {type(other_insurance).__name__}"
            )

        other_uncategorized_wages = d.pop("other_uncategorized_wages", UNSET)
        if other_uncategorized_wages is not UNSET and type(
            other_uncategorized_wages
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_wages: expected float, got {type(other_uncategorized_wages).__name__}"
            )

        self = cls.__new__(cls)
        self.wages = wages
        self.wages_accrual_account = wages_accrual_account
        self.holiday_pay_expense = holiday_pay_expense
        self.employer_tax_on_holiday = employer_tax_on_holiday
        self.other_insurance = other_insurance
        self.other_uncategorized_wages = other_uncategorized_wages

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
