from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestBearingDebtBreakdown")


@_attrs_define
class InterestBearingDebtBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.interest_bearing_debt.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    bond_loans: float | Unset = UNSET
    credit_institution_loans: float | Unset = UNSET
    mortgage_loans: float | Unset = UNSET
    foreign_currency_loans: float | Unset = UNSET
    other_uncategorized_long_term_interest_bearing_debt: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bond_loans = self.bond_loans

        credit_institution_loans = self.credit_institution_loans

        mortgage_loans = self.mortgage_loans

        foreign_currency_loans = self.foreign_currency_loans

        other_uncategorized_long_term_interest_bearing_debt = (
            self.other_uncategorized_long_term_interest_bearing_debt
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bond_loans is not UNSET:
            field_dict["bond_loans"] = bond_loans
        if credit_institution_loans is not UNSET:
            field_dict["credit_institution_loans"] = credit_institution_loans
        if mortgage_loans is not UNSET:
            field_dict["mortgage_loans"] = mortgage_loans
        if foreign_currency_loans is not UNSET:
            field_dict["foreign_currency_loans"] = foreign_currency_loans
        if other_uncategorized_long_term_interest_bearing_debt is not UNSET:
            field_dict["other_uncategorized_long_term_interest_bearing_debt"] = (
                other_uncategorized_long_term_interest_bearing_debt
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bond_loans = d.pop("bond_loans", UNSET)
        if bond_loans is not UNSET and type(bond_loans) not in (int, float):
            raise TypeError(
                f"bond_loans: expected float, got {type(bond_loans).__name__}"
            )

        credit_institution_loans = d.pop("credit_institution_loans", UNSET)
        if credit_institution_loans is not UNSET and type(
            credit_institution_loans
        ) not in (int, float):
            raise TypeError(
                f"credit_institution_loans: expected float, got {type(credit_institution_loans).__name__}"
            )

        mortgage_loans = d.pop("mortgage_loans", UNSET)
        if mortgage_loans is not UNSET and type(mortgage_loans) not in (int, float):
            raise TypeError(
                f"mortgage_loans: expected float, got {type(mortgage_loans).__name__}"
            )

        foreign_currency_loans = d.pop("foreign_currency_loans", UNSET)
        if foreign_currency_loans is not UNSET and type(foreign_currency_loans) not in (
            int,
            float,
        ):
            raise TypeError(
                f"foreign_currency_loans: expected float, got {type(foreign_currency_loans).__name__}"
            )

        other_uncategorized_long_term_interest_bearing_debt = d.pop(
            "other_uncategorized_long_term_interest_bearing_debt", UNSET
        )
        if other_uncategorized_long_term_interest_bearing_debt is not UNSET and type(
            other_uncategorized_long_term_interest_bearing_debt
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_long_term_interest_bearing_debt: expected float, got {type(other_uncategorized_long_term_interest_bearing_debt).__name__}"
            )

        self = cls.__new__(cls)
        self.bond_loans = bond_loans
        self.credit_institution_loans = credit_institution_loans
        self.mortgage_loans = mortgage_loans
        self.foreign_currency_loans = foreign_currency_loans
        self.other_uncategorized_long_term_interest_bearing_debt = (
            other_uncategorized_long_term_interest_bearing_debt
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
