from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherFinancialExpensesSubGroupBreakdown")


@_attrs_define
class OtherFinancialExpensesSubGroupBreakdown:
    """Leaf amounts under
    `data.p_and_l_items.ledger_balances.other_financial_expenses.breakdown.other_financial_expenses.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    market_value_decrease: float | Unset = UNSET
    impairment_financial_assets: float | Unset = UNSET
    impairment_fixed_investments: float | Unset = UNSET
    interest_expense_group: float | Unset = UNSET
    interest_expense_nondeductible: float | Unset = UNSET
    foreign_exchange_loss: float | Unset = UNSET
    other_financial_expenses: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_value_decrease = self.market_value_decrease

        impairment_financial_assets = self.impairment_financial_assets

        impairment_fixed_investments = self.impairment_fixed_investments

        interest_expense_group = self.interest_expense_group

        interest_expense_nondeductible = self.interest_expense_nondeductible

        foreign_exchange_loss = self.foreign_exchange_loss

        other_financial_expenses = self.other_financial_expenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_value_decrease is not UNSET:
            field_dict["market_value_decrease"] = market_value_decrease
        if impairment_financial_assets is not UNSET:
            field_dict["impairment_financial_assets"] = impairment_financial_assets
        if impairment_fixed_investments is not UNSET:
            field_dict["impairment_fixed_investments"] = impairment_fixed_investments
        if interest_expense_group is not UNSET:
            field_dict["interest_expense_group"] = interest_expense_group
        if interest_expense_nondeductible is not UNSET:
            field_dict["interest_expense_nondeductible"] = (
                interest_expense_nondeductible
            )
        if foreign_exchange_loss is not UNSET:
            field_dict["foreign_exchange_loss"] = foreign_exchange_loss
        if other_financial_expenses is not UNSET:
            field_dict["other_financial_expenses"] = other_financial_expenses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        market_value_decrease = d.pop("market_value_decrease", UNSET)

        impairment_financial_assets = d.pop("impairment_financial_assets", UNSET)

        impairment_fixed_investments = d.pop("impairment_fixed_investments", UNSET)

        interest_expense_group = d.pop("interest_expense_group", UNSET)

        interest_expense_nondeductible = d.pop("interest_expense_nondeductible", UNSET)

        foreign_exchange_loss = d.pop("foreign_exchange_loss", UNSET)

        other_financial_expenses = d.pop("other_financial_expenses", UNSET)

        self = cls.__new__(cls)
        self.market_value_decrease = market_value_decrease
        self.impairment_financial_assets = impairment_financial_assets
        self.impairment_fixed_investments = impairment_fixed_investments
        self.interest_expense_group = interest_expense_group
        self.interest_expense_nondeductible = interest_expense_nondeductible
        self.foreign_exchange_loss = foreign_exchange_loss
        self.other_financial_expenses = other_financial_expenses

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
