from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitAndLossLedgerBalances")


@_attrs_define
class ProfitAndLossLedgerBalances:
    """Top-level ledger groups of `data.p_and_l_items`. Every key is optional; unknown groups are kept as they come (any
    JSON value).

    """

    revenues: RevenuesGroup | Unset = UNSET
    """ Ledger group `revenues` (data.p_and_l_items.ledger_balances.revenues). """
    expenses: ExpensesGroup | Unset = UNSET
    """ Ledger group `expenses` (data.p_and_l_items.ledger_balances.expenses). """
    interest_income: InterestIncomeGroup | Unset = UNSET
    """ Ledger group `interest_income` (data.p_and_l_items.ledger_balances.interest_income). One level only: its
    breakdown holds amounts directly. """
    interest_expenses: InterestExpensesGroup | Unset = UNSET
    """ Ledger group `interest_expenses` (data.p_and_l_items.ledger_balances.interest_expenses). One level only: its
    breakdown holds amounts directly. """
    taxes: TaxesGroup | Unset = UNSET
    """ Ledger group `taxes` (data.p_and_l_items.ledger_balances.taxes). """
    depreciation_and_amortization: DepreciationAndAmortizationGroup | Unset = UNSET
    """ Ledger group `depreciation_and_amortization`
    (data.p_and_l_items.ledger_balances.depreciation_and_amortization). """
    other_financial_income: OtherFinancialIncomeGroup | Unset = UNSET
    """ Ledger group `other_financial_income` (data.p_and_l_items.ledger_balances.other_financial_income). """
    other_financial_expenses: OtherFinancialExpensesGroup | Unset = UNSET
    """ Ledger group `other_financial_expenses` (data.p_and_l_items.ledger_balances.other_financial_expenses). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revenues: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenues, Unset):
            revenues = self.revenues.to_dict()

        expenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expenses, Unset):
            expenses = self.expenses.to_dict()

        interest_income: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_income, Unset):
            interest_income = self.interest_income.to_dict()

        interest_expenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_expenses, Unset):
            interest_expenses = self.interest_expenses.to_dict()

        taxes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = self.taxes.to_dict()

        depreciation_and_amortization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.depreciation_and_amortization, Unset):
            depreciation_and_amortization = self.depreciation_and_amortization.to_dict()

        other_financial_income: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_financial_income, Unset):
            other_financial_income = self.other_financial_income.to_dict()

        other_financial_expenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_financial_expenses, Unset):
            other_financial_expenses = self.other_financial_expenses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revenues is not UNSET:
            field_dict["revenues"] = revenues
        if expenses is not UNSET:
            field_dict["expenses"] = expenses
        if interest_income is not UNSET:
            field_dict["interest_income"] = interest_income
        if interest_expenses is not UNSET:
            field_dict["interest_expenses"] = interest_expenses
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if depreciation_and_amortization is not UNSET:
            field_dict["depreciation_and_amortization"] = depreciation_and_amortization
        if other_financial_income is not UNSET:
            field_dict["other_financial_income"] = other_financial_income
        if other_financial_expenses is not UNSET:
            field_dict["other_financial_expenses"] = other_financial_expenses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _revenues = d.pop("revenues", UNSET)
        revenues: RevenuesGroup | Unset
        if isinstance(_revenues, Unset):
            revenues = UNSET
        else:
            revenues = RevenuesGroup.from_dict(_revenues)

        _expenses = d.pop("expenses", UNSET)
        expenses: ExpensesGroup | Unset
        if isinstance(_expenses, Unset):
            expenses = UNSET
        else:
            expenses = ExpensesGroup.from_dict(_expenses)

        _interest_income = d.pop("interest_income", UNSET)
        interest_income: InterestIncomeGroup | Unset
        if isinstance(_interest_income, Unset):
            interest_income = UNSET
        else:
            interest_income = InterestIncomeGroup.from_dict(_interest_income)

        _interest_expenses = d.pop("interest_expenses", UNSET)
        interest_expenses: InterestExpensesGroup | Unset
        if isinstance(_interest_expenses, Unset):
            interest_expenses = UNSET
        else:
            interest_expenses = InterestExpensesGroup.from_dict(_interest_expenses)

        _taxes = d.pop("taxes", UNSET)
        taxes: TaxesGroup | Unset
        if isinstance(_taxes, Unset):
            taxes = UNSET
        else:
            taxes = TaxesGroup.from_dict(_taxes)

        _depreciation_and_amortization = d.pop("depreciation_and_amortization", UNSET)
        depreciation_and_amortization: DepreciationAndAmortizationGroup | Unset
        if isinstance(_depreciation_and_amortization, Unset):
            depreciation_and_amortization = UNSET
        else:
            depreciation_and_amortization = DepreciationAndAmortizationGroup.from_dict(
                _depreciation_and_amortization
            )

        _other_financial_income = d.pop("other_financial_income", UNSET)
        other_financial_income: OtherFinancialIncomeGroup | Unset
        if isinstance(_other_financial_income, Unset):
            other_financial_income = UNSET
        else:
            other_financial_income = OtherFinancialIncomeGroup.from_dict(
                _other_financial_income
            )

        _other_financial_expenses = d.pop("other_financial_expenses", UNSET)
        other_financial_expenses: OtherFinancialExpensesGroup | Unset
        if isinstance(_other_financial_expenses, Unset):
            other_financial_expenses = UNSET
        else:
            other_financial_expenses = OtherFinancialExpensesGroup.from_dict(
                _other_financial_expenses
            )

        self = cls.__new__(cls)
        self.revenues = revenues
        self.expenses = expenses
        self.interest_income = interest_income
        self.interest_expenses = interest_expenses
        self.taxes = taxes
        self.depreciation_and_amortization = depreciation_and_amortization
        self.other_financial_income = other_financial_income
        self.other_financial_expenses = other_financial_expenses

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
from ..models.depreciation_and_amortization_group import (
    DepreciationAndAmortizationGroup,
)
from ..models.expenses_group import ExpensesGroup
from ..models.interest_expenses_group import InterestExpensesGroup
from ..models.interest_income_group import InterestIncomeGroup
from ..models.other_financial_expenses_group import OtherFinancialExpensesGroup
from ..models.other_financial_income_group import OtherFinancialIncomeGroup
from ..models.revenues_group import RevenuesGroup
from ..models.taxes_group import TaxesGroup
