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
        if market_value_decrease is not UNSET and type(market_value_decrease) not in (
            int,
            float,
        ):
            raise TypeError(
                f"market_value_decrease: expected float, got {type(market_value_decrease).__name__}"
            )

        impairment_financial_assets = d.pop("impairment_financial_assets", UNSET)
        if impairment_financial_assets is not UNSET and type(
            impairment_financial_assets
        ) not in (int, float):
            raise TypeError(
                f"impairment_financial_assets: expected float, got {type(impairment_financial_assets).__name__}"
            )

        impairment_fixed_investments = d.pop("impairment_fixed_investments", UNSET)
        if impairment_fixed_investments is not UNSET and type(
            impairment_fixed_investments
        ) not in (int, float):
            raise TypeError(
                f"impairment_fixed_investments: expected float, got {type(impairment_fixed_investments).__name__}"
            )

        interest_expense_group = d.pop("interest_expense_group", UNSET)
        if interest_expense_group is not UNSET and type(interest_expense_group) not in (
            int,
            float,
        ):
            raise TypeError(
                f"interest_expense_group: expected float, got {type(interest_expense_group).__name__}"
            )

        interest_expense_nondeductible = d.pop("interest_expense_nondeductible", UNSET)
        if interest_expense_nondeductible is not UNSET and type(
            interest_expense_nondeductible
        ) not in (int, float):
            raise TypeError(
                f"interest_expense_nondeductible: expected float, got {type(interest_expense_nondeductible).__name__}"
            )

        foreign_exchange_loss = d.pop("foreign_exchange_loss", UNSET)
        if foreign_exchange_loss is not UNSET and type(foreign_exchange_loss) not in (
            int,
            float,
        ):
            raise TypeError(
                f"foreign_exchange_loss: expected float, got {type(foreign_exchange_loss).__name__}"
            )

        other_financial_expenses = d.pop("other_financial_expenses", UNSET)
        if other_financial_expenses is not UNSET and type(
            other_financial_expenses
        ) not in (int, float):
            raise TypeError(
                f"other_financial_expenses: expected float, got {type(other_financial_expenses).__name__}"
            )

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
