from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherFinancialIncomeSubGroupBreakdown")


@_attrs_define
class OtherFinancialIncomeSubGroupBreakdown:
    """Leaf amounts under
    `data.p_and_l_items.ledger_balances.other_financial_income.breakdown.other_financial_income.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    income_subsidiaries: float | Unset = UNSET
    income_group_companies: float | Unset = UNSET
    income_associates: float | Unset = UNSET
    interest_income_group: float | Unset = UNSET
    interest_income_tax_free: float | Unset = UNSET
    foreign_exchange_gain: float | Unset = UNSET
    other_financial_income: float | Unset = UNSET
    market_value_increase: float | Unset = UNSET
    other_uncategorized_other_financial_income: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        income_subsidiaries = self.income_subsidiaries

        income_group_companies = self.income_group_companies

        income_associates = self.income_associates

        interest_income_group = self.interest_income_group

        interest_income_tax_free = self.interest_income_tax_free

        foreign_exchange_gain = self.foreign_exchange_gain

        other_financial_income = self.other_financial_income

        market_value_increase = self.market_value_increase

        other_uncategorized_other_financial_income = (
            self.other_uncategorized_other_financial_income
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income_subsidiaries is not UNSET:
            field_dict["income_subsidiaries"] = income_subsidiaries
        if income_group_companies is not UNSET:
            field_dict["income_group_companies"] = income_group_companies
        if income_associates is not UNSET:
            field_dict["income_associates"] = income_associates
        if interest_income_group is not UNSET:
            field_dict["interest_income_group"] = interest_income_group
        if interest_income_tax_free is not UNSET:
            field_dict["interest_income_tax_free"] = interest_income_tax_free
        if foreign_exchange_gain is not UNSET:
            field_dict["foreign_exchange_gain"] = foreign_exchange_gain
        if other_financial_income is not UNSET:
            field_dict["other_financial_income"] = other_financial_income
        if market_value_increase is not UNSET:
            field_dict["market_value_increase"] = market_value_increase
        if other_uncategorized_other_financial_income is not UNSET:
            field_dict["other_uncategorized_other_financial_income"] = (
                other_uncategorized_other_financial_income
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        income_subsidiaries = d.pop("income_subsidiaries", UNSET)
        if income_subsidiaries is not UNSET and type(income_subsidiaries) not in (
            int,
            float,
        ):
            raise TypeError(
                f"income_subsidiaries: expected float, got {type(income_subsidiaries).__name__}"
            )

        income_group_companies = d.pop("income_group_companies", UNSET)
        if income_group_companies is not UNSET and type(income_group_companies) not in (
            int,
            float,
        ):
            raise TypeError(
                f"income_group_companies: expected float, got {type(income_group_companies).__name__}"
            )

        income_associates = d.pop("income_associates", UNSET)
        if income_associates is not UNSET and type(income_associates) not in (
            int,
            float,
        ):
            raise TypeError(
                f"income_associates: expected float, got {type(income_associates).__name__}"
            )

        interest_income_group = d.pop("interest_income_group", UNSET)
        if interest_income_group is not UNSET and type(interest_income_group) not in (
            int,
            float,
        ):
            raise TypeError(
                f"interest_income_group: expected float, got {type(interest_income_group).__name__}"
            )

        interest_income_tax_free = d.pop("interest_income_tax_free", UNSET)
        if interest_income_tax_free is not UNSET and type(
            interest_income_tax_free
        ) not in (int, float):
            raise TypeError(
                f"interest_income_tax_free: expected float, got {type(interest_income_tax_free).__name__}"
            )

        foreign_exchange_gain = d.pop("foreign_exchange_gain", UNSET)
        if foreign_exchange_gain is not UNSET and type(foreign_exchange_gain) not in (
            int,
            float,
        ):
            raise TypeError(
                f"foreign_exchange_gain: expected float, got {type(foreign_exchange_gain).__name__}"
            )

        other_financial_income = d.pop("other_financial_income", UNSET)
        if other_financial_income is not UNSET and type(other_financial_income) not in (
            int,
            float,
        ):
            raise TypeError(
                f"other_financial_income: expected float, got {type(other_financial_income).__name__}"
            )

        market_value_increase = d.pop("market_value_increase", UNSET)
        if market_value_increase is not UNSET and type(market_value_increase) not in (
            int,
            float,
        ):
            raise TypeError(
                f"market_value_increase: expected float, got {type(market_value_increase).__name__}"
            )

        other_uncategorized_other_financial_income = d.pop(
            "other_uncategorized_other_financial_income", UNSET
        )
        if other_uncategorized_other_financial_income is not UNSET and type(
            other_uncategorized_other_financial_income
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_financial_income: expected float, got {type(other_uncategorized_other_financial_income).__name__}"
            )

        self = cls.__new__(cls)
        self.income_subsidiaries = income_subsidiaries
        self.income_group_companies = income_group_companies
        self.income_associates = income_associates
        self.interest_income_group = interest_income_group
        self.interest_income_tax_free = interest_income_tax_free
        self.foreign_exchange_gain = foreign_exchange_gain
        self.other_financial_income = other_financial_income
        self.market_value_increase = market_value_increase
        self.other_uncategorized_other_financial_income = (
            other_uncategorized_other_financial_income
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
