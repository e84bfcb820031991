from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicFeesOwedBreakdown")


@_attrs_define
class PublicFeesOwedBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.public_fees_owed.breakdown`. Every key
    is optional; unknown keys are kept as numbers.

    """

    output_vat_payable: float | Unset = UNSET
    input_vat_payable: float | Unset = UNSET
    investment_tax_basis_payable: float | Unset = UNSET
    vat_settlement_payable: float | Unset = UNSET
    vat_settlement_account: float | Unset = UNSET
    employer_tax_payable: float | Unset = UNSET
    accrued_employer_tax: float | Unset = UNSET
    other_uncategorized_public_fees_owed: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_vat_payable = self.output_vat_payable

        input_vat_payable = self.input_vat_payable

        investment_tax_basis_payable = self.investment_tax_basis_payable

        vat_settlement_payable = self.vat_settlement_payable

        vat_settlement_account = self.vat_settlement_account

        employer_tax_payable = self.employer_tax_payable

        accrued_employer_tax = self.accrued_employer_tax

        other_uncategorized_public_fees_owed = self.other_uncategorized_public_fees_owed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output_vat_payable is not UNSET:
            field_dict["output_vat_payable"] = output_vat_payable
        if input_vat_payable is not UNSET:
            field_dict["input_vat_payable"] = input_vat_payable
        if investment_tax_basis_payable is not UNSET:
            field_dict["investment_tax_basis_payable"] = investment_tax_basis_payable
        if vat_settlement_payable is not UNSET:
            field_dict["vat_settlement_payable"] = vat_settlement_payable
        if vat_settlement_account is not UNSET:
            field_dict["vat_settlement_account"] = vat_settlement_account
        if employer_tax_payable is not UNSET:
            field_dict["employer_tax_payable"] = employer_tax_payable
        if accrued_employer_tax is not UNSET:
            field_dict["accrued_employer_tax"] = accrued_employer_tax
        if other_uncategorized_public_fees_owed is not UNSET:
            field_dict["other_uncategorized_public_fees_owed"] = (
                other_uncategorized_public_fees_owed
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        output_vat_payable = d.pop("output_vat_payable", UNSET)
        if output_vat_payable is not UNSET and type(output_vat_payable) not in (
            int,
            float,
        ):
            raise TypeError(
                f"output_vat_payable: expected float, got {type(output_vat_payable).__name__}"
            )

        input_vat_payable = d.pop("input_vat_payable", UNSET)
        if input_vat_payable is not UNSET and type(input_vat_payable) not in (
            int,
            float,
        ):
            raise TypeError(
                f"input_vat_payable: expected float, got {type(input_vat_payable).__name__}"
            )

        investment_tax_basis_payable = d.pop("investment_tax_basis_payable", UNSET)
        if investment_tax_basis_payable is not UNSET and type(
            investment_tax_basis_payable
        ) not in (int, float):
            raise TypeError(
                f"investment_tax_basis_payable: expected float, got {type(investment_tax_basis_payable).__name__}"
            )

        vat_settlement_payable = d.pop("vat_settlement_payable", UNSET)
        if vat_settlement_payable is not UNSET and type(vat_settlement_payable) not in (
            int,
            float,
        ):
            raise TypeError(
                f"vat_settlement_payable: expected float, got {type(vat_settlement_payable).__name__}"
            )

        vat_settlement_account = d.pop("vat_settlement_account", UNSET)
        if vat_settlement_account is not UNSET and type(vat_settlement_account) not in (
            int,
            float,
        ):
            raise TypeError(
                f"vat_settlement_account: expected float, got {type(vat_settlement_account).__name__}"
            )

        employer_tax_payable = d.pop("employer_tax_payable", UNSET)
        if employer_tax_payable is not UNSET and type(employer_tax_payable) not in (
            int,
            float,
        ):
            raise TypeError(
                f"employer_tax_payable: expected float, got {type(employer_tax_payable).__name__}"
            )

        accrued_employer_tax = d.pop("accrued_employer_tax", UNSET)
        if accrued_employer_tax is not UNSET and type(accrued_employer_tax) not in (
            int,
            float,
        ):
            raise TypeError(
                f"accrued_employer_tax: expected float, got {type(accrued_employer_tax).__name__}"
            )

        other_uncategorized_public_fees_owed = d.pop(
            "other_uncategorized_public_fees_owed", UNSET
        )
        if other_uncategorized_public_fees_owed is not UNSET and type(
            other_uncategorized_public_fees_owed
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_public_fees_owed: expected float, got {type(other_uncategorized_public_fees_owed).__name__}"
            )

        self = cls.__new__(cls)
        self.output_vat_payable = output_vat_payable
        self.input_vat_payable = input_vat_payable
        self.investment_tax_basis_payable = investment_tax_basis_payable
        self.vat_settlement_payable = vat_settlement_payable
        self.vat_settlement_account = vat_settlement_account
        self.employer_tax_payable = employer_tax_payable
        self.accrued_employer_tax = accrued_employer_tax
        self.other_uncategorized_public_fees_owed = other_uncategorized_public_fees_owed

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
