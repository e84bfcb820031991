from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherLongTermDebtBreakdown")


@_attrs_define
class OtherLongTermDebtBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.other_long_term_debt.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    convertible_loans: float | Unset = UNSET
    employee_long_term_liabilities: float | Unset = UNSET
    group_company_liabilities: float | Unset = UNSET
    silent_partner_and_subordinated_loans: float | Unset = UNSET
    other_uncategorized_other_long_term_debt: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convertible_loans = self.convertible_loans

        employee_long_term_liabilities = self.employee_long_term_liabilities

        group_company_liabilities = self.group_company_liabilities

        silent_partner_and_subordinated_loans = (
            self.silent_partner_and_subordinated_loans
        )

        other_uncategorized_other_long_term_debt = (
            self.other_uncategorized_other_long_term_debt
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if convertible_loans is not UNSET:
            field_dict["convertible_loans"] = convertible_loans
        if employee_long_term_liabilities is not UNSET:
            field_dict["employee_long_term_liabilities"] = (
                employee_long_term_liabilities
            )
        if group_company_liabilities is not UNSET:
            field_dict["group_company_liabilities"] = group_company_liabilities
        if silent_partner_and_subordinated_loans is not UNSET:
            field_dict["silent_partner_and_subordinated_loans"] = (
                silent_partner_and_subordinated_loans
            )
        if other_uncategorized_other_long_term_debt is not UNSET:
            field_dict["other_uncategorized_other_long_term_debt"] = (
                other_uncategorized_other_long_term_debt
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        convertible_loans = d.pop("convertible_loans", UNSET)
        if convertible_loans is not UNSET and type(convertible_loans) not in (
            int,
            float,
        ):
            raise TypeError(
                f"convertible_loans: expected float, got {type(convertible_loans).__name__}"
            )

        employee_long_term_liabilities = d.pop("employee_long_term_liabilities", UNSET)
        if employee_long_term_liabilities is not UNSET and type(
            employee_long_term_liabilities
        ) not in (int, float):
            raise TypeError(
                f"employee_long_term_liabilities: expected float, got {type(employee_long_term_liabilities).__name__}"
            )

        group_company_liabilities = d.pop("group_company_liabilities", UNSET)
        if group_company_liabilities is not UNSET and type(
            group_company_liabilities
        ) not in (int, float):
            raise TypeError(
                f"group_company_liabilities: expected float, got {type(group_company_liabilities).__name__}"
            )

        silent_partner_and_subordinated_loans = d.pop(
            "silent_partner_and_subordinated_loans", UNSET
        )
        if silent_partner_and_subordinated_loans is not UNSET and type(
            silent_partner_and_subordinated_loans
        ) not in (int, float):
            raise TypeError(
                f"silent_partner_and_subordinated_loans: expected float, got {type(silent_partner_and_subordinated_loans).__name__}"
            )

        other_uncategorized_other_long_term_debt = d.pop(
            "other_uncategorized_other_long_term_debt", UNSET
        )
        if other_uncategorized_other_long_term_debt is not UNSET and type(
            other_uncategorized_other_long_term_debt
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_long_term_debt: expected float, got {type(other_uncategorized_other_long_term_debt).__name__}"
            )

        self = cls.__new__(cls)
        self.convertible_loans = convertible_loans
        self.employee_long_term_liabilities = employee_long_term_liabilities
        self.group_company_liabilities = group_company_liabilities
        self.silent_partner_and_subordinated_loans = (
            silent_partner_and_subordinated_loans
        )
        self.other_uncategorized_other_long_term_debt = (
            other_uncategorized_other_long_term_debt
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
