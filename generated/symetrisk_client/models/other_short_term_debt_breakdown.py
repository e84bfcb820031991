from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherShortTermDebtBreakdown")


@_attrs_define
class OtherShortTermDebtBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.other_short_term_debt.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    customer_advances: float | Unset = UNSET
    liabilities_employees_owners: float | Unset = UNSET
    grop_other_liabilities: float | Unset = UNSET
    """ Spelled so by the API (sic). """
    wages_payable: float | Unset = UNSET
    holiday_pay: float | Unset = UNSET
    accrued_interest_payable: float | Unset = UNSET
    accrued_expenses: float | Unset = UNSET
    unearned_revenue: float | Unset = UNSET
    provisions_current: float | Unset = UNSET
    other_uncategorized_other_short_term_debt: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_advances = self.customer_advances

        liabilities_employees_owners = self.liabilities_employees_owners

        grop_other_liabilities = self.grop_other_liabilities

        wages_payable = self.wages_payable

        holiday_pay = self.holiday_pay

        accrued_interest_payable = self.accrued_interest_payable

        accrued_expenses = self.accrued_expenses

        unearned_revenue = self.unearned_revenue

        provisions_current = self.provisions_current

        other_uncategorized_other_short_term_debt = (
            self.other_uncategorized_other_short_term_debt
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_advances is not UNSET:
            field_dict["customer_advances"] = customer_advances
        if liabilities_employees_owners is not UNSET:
            field_dict["liabilities_employees_owners"] = liabilities_employees_owners
        if grop_other_liabilities is not UNSET:
            field_dict["grop_other_liabilities"] = grop_other_liabilities
        if wages_payable is not UNSET:
            field_dict["wages_payable"] = wages_payable
        if holiday_pay is not UNSET:
            field_dict["holiday_pay"] = holiday_pay
        if accrued_interest_payable is not UNSET:
            field_dict["accrued_interest_payable"] = accrued_interest_payable
        if accrued_expenses is not UNSET:
            field_dict["accrued_expenses"] = accrued_expenses
        if unearned_revenue is not UNSET:
            field_dict["unearned_revenue"] = unearned_revenue
        if provisions_current is not UNSET:
            field_dict["provisions_current"] = provisions_current
        if other_uncategorized_other_short_term_debt is not UNSET:
            field_dict["other_uncategorized_other_short_term_debt"] = (
                other_uncategorized_other_short_term_debt
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_advances = d.pop("customer_advances", UNSET)
        if customer_advances is not UNSET and type(customer_advances) not in (
            int,
            float,
        ):
            raise TypeError(
                f"customer_advances: expected float, got {type(customer_advances).__name__}"
            )

        liabilities_employees_owners = d.pop("liabilities_employees_owners", UNSET)
        if liabilities_employees_owners is not UNSET and type(
            liabilities_employees_owners
        ) not in (int, float):
            raise TypeError(
                f"liabilities_employees_owners: expected float, got {type(liabilities_employees_owners).__name__}"
            )

        grop_other_liabilities = d.pop("grop_other_liabilities", UNSET)
        if grop_other_liabilities is not UNSET and type(grop_other_liabilities) not in (
            int,
            float,
        ):
            raise TypeError(
                f"grop_other_liabilities: expected float, got {type(grop_other_liabilities).__name__}"
            )

        wages_payable = d.pop("wages_payable", UNSET)
        if wages_payable is not UNSET and type(wages_payable) not in (int, float):
            raise TypeError(
                f"wages_payable: expected float, got {type(wages_payable).__name__}"
            )

        holiday_pay = d.pop("holiday_pay", UNSET)
        if holiday_pay is not UNSET and type(holiday_pay) not in (int, float):
            raise TypeError(
                f"holiday_pay: expected float, got {type(holiday_pay).__name__}"
            )

        accrued_interest_payable = d.pop("accrued_interest_payable", UNSET)
        if accrued_interest_payable is not UNSET and type(
            accrued_interest_payable
        ) not in (int, float):
            raise TypeError(
                f"accrued_interest_payable: expected float, got {type(accrued_interest_payable).__name__}"
            )

        accrued_expenses = d.pop("accrued_expenses", UNSET)
        if accrued_expenses is not UNSET and type(accrued_expenses) not in (int, float):
            raise TypeError(
                f"accrued_expenses: expected float, got {type(accrued_expenses).__name__}"
            )

        unearned_revenue = d.pop("unearned_revenue", UNSET)
        if unearned_revenue is not UNSET and type(unearned_revenue) not in (int, float):
            raise TypeError(
                f"unearned_revenue: expected float, got {type(unearned_revenue).__name__}"
            )

        provisions_current = d.pop("provisions_current", UNSET)
        if provisions_current is not UNSET and type(provisions_current) not in (
            int,
            float,
        ):
            raise TypeError(
                f"provisions_current: expected float, got {type(provisions_current).__name__}"
            )

        other_uncategorized_other_short_term_debt = d.pop(
            "other_uncategorized_other_short_term_debt", UNSET
        )
        if other_uncategorized_other_short_term_debt is not UNSET and type(
            other_uncategorized_other_short_term_debt
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_short_term_debt: expected float, got {type(other_uncategorized_other_short_term_debt).__name__}"
            )

        self = cls.__new__(cls)
        self.customer_advances = customer_advances
        self.liabilities_employees_owners = liabilities_employees_owners
        self.grop_other_liabilities = grop_other_liabilities
        self.wages_payable = wages_payable
        self.holiday_pay = holiday_pay
        self.accrued_interest_payable = accrued_interest_payable
        self.accrued_expenses = accrued_expenses
        self.unearned_revenue = unearned_revenue
        self.provisions_current = provisions_current
        self.other_uncategorized_other_short_term_debt = (
            other_uncategorized_other_short_term_debt
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
