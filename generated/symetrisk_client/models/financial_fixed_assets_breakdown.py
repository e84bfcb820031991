from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialFixedAssetsBreakdown")


@_attrs_define
class FinancialFixedAssetsBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.financial_fixed_assets.breakdown`.
    Every key is optional; unknown keys are kept as numbers.

    """

    subsidiary_investments: float | Unset = UNSET
    group_company_investments: float | Unset = UNSET
    group_company_loans: float | Unset = UNSET
    associated_company_investments: float | Unset = UNSET
    associated_company_loans: float | Unset = UNSET
    shares_and_securities: float | Unset = UNSET
    bonds: float | Unset = UNSET
    receivables_owners_board: float | Unset = UNSET
    receivables_employees: float | Unset = UNSET
    other_receivables: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subsidiary_investments = self.subsidiary_investments

        group_company_investments = self.group_company_investments

        group_company_loans = self.group_company_loans

        associated_company_investments = self.associated_company_investments

        associated_company_loans = self.associated_company_loans

        shares_and_securities = self.shares_and_securities

        bonds = self.bonds

        receivables_owners_board = self.receivables_owners_board

        receivables_employees = self.receivables_employees

        other_receivables = self.other_receivables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subsidiary_investments is not UNSET:
            field_dict["subsidiary_investments"] = subsidiary_investments
        if group_company_investments is not UNSET:
            field_dict["group_company_investments"] = group_company_investments
        if group_company_loans is not UNSET:
            field_dict["group_company_loans"] = group_company_loans
        if associated_company_investments is not UNSET:
            field_dict["associated_company_investments"] = (
                associated_company_investments
            )
        if associated_company_loans is not UNSET:
            field_dict["associated_company_loans"] = associated_company_loans
        if shares_and_securities is not UNSET:
            field_dict["shares_and_securities"] = shares_and_securities
        if bonds is not UNSET:
            field_dict["bonds"] = bonds
        if receivables_owners_board is not UNSET:
            field_dict["receivables_owners_board"] = receivables_owners_board
        if receivables_employees is not UNSET:
            field_dict["receivables_employees"] = receivables_employees
        if other_receivables is not UNSET:
            field_dict["other_receivables"] = other_receivables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subsidiary_investments = d.pop("subsidiary_investments", UNSET)
        if subsidiary_investments is not UNSET and type(subsidiary_investments) not in (
            int,
            float,
        ):
            raise TypeError(
                f"subsidiary_investments: expected float, got {type(subsidiary_investments).__name__}"
            )

        group_company_investments = d.pop("group_company_investments", UNSET)
        if group_company_investments is not UNSET and type(
            group_company_investments
        ) not in (int, float):
            raise TypeError(
                f"group_company_investments: expected float, got {type(group_company_investments).__name__}"
            )

        group_company_loans = d.pop("group_company_loans", UNSET)
        if group_company_loans is not UNSET and type(group_company_loans) not in (
            int,
            float,
        ):
            raise TypeError(
                f"group_company_loans: expected float, got {type(group_company_loans).__name__}"
            )

        associated_company_investments = d.pop("associated_company_investments", UNSET)
        if associated_company_investments is not UNSET and type(
            associated_company_investments
        ) not in (int, float):
            raise TypeError(
                f"associated_company_investments: expected float, got {type(associated_company_investments).__name__}"
            )

        associated_company_loans = d.pop("associated_company_loans", UNSET)
        if associated_company_loans is not UNSET and type(
            associated_company_loans
        ) not in (int, float):
            raise TypeError(
                f"associated_company_loans: expected float, got {type(associated_company_loans).__name__}"
            )

        shares_and_securities = d.pop("shares_and_securities", UNSET)
        if shares_and_securities is not UNSET and type(shares_and_securities) not in (
            int,
            float,
        ):
            raise TypeError(
                f"shares_and_securities: expected float, got {type(shares_and_securities).__name__}"
            )

        bonds = d.pop("bonds", UNSET)
        if bonds is not UNSET and type(bonds) not in (int, float):
            raise TypeError(f"bonds: expected float, got {type(bonds).__name__}")

        receivables_owners_board = d.pop("receivables_owners_board", UNSET)
        if receivables_owners_board is not UNSET and type(
            receivables_owners_board
        ) not in (int, float):
            raise TypeError(
                f"receivables_owners_board: expected float, got {type(receivables_owners_board).__name__}"
            )

        receivables_employees = d.pop("receivables_employees", UNSET)
        if receivables_employees is not UNSET and type(receivables_employees) not in (
            int,
            float,
        ):
            raise TypeError(
                f"receivables_employees: expected float, got {type(receivables_employees).__name__}"
            )

        other_receivables = d.pop("other_receivables", UNSET)
        if other_receivables is not UNSET and type(other_receivables) not in (
            int,
            float,
        ):
            raise TypeError(
                f"other_receivables: expected float, got {type(other_receivables).__name__}"
            )

        self = cls.__new__(cls)
        self.subsidiary_investments = subsidiary_investments
        self.group_company_investments = group_company_investments
        self.group_company_loans = group_company_loans
        self.associated_company_investments = associated_company_investments
        self.associated_company_loans = associated_company_loans
        self.shares_and_securities = shares_and_securities
        self.bonds = bonds
        self.receivables_owners_board = receivables_owners_board
        self.receivables_employees = receivables_employees
        self.other_receivables = other_receivables

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
