from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CashBreakdown")


@_attrs_define
class CashBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.cash.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    cash_in_hand: float | Unset = UNSET
    cash_in_register: float | Unset = UNSET
    bank_deposit: float | Unset = UNSET
    tax_withholding_bank: float | Unset = UNSET
    other_uncategorized_cash: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_in_hand = self.cash_in_hand

        cash_in_register = self.cash_in_register

        bank_deposit = self.bank_deposit

        tax_withholding_bank = self.tax_withholding_bank

        other_uncategorized_cash = self.other_uncategorized_cash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cash_in_hand is not UNSET:
            field_dict["cash_in_hand"] = cash_in_hand
        if cash_in_register is not UNSET:
            field_dict["cash_in_register"] = cash_in_register
        if bank_deposit is not UNSET:
            field_dict["bank_deposit"] = bank_deposit
        if tax_withholding_bank is not UNSET:
            field_dict["tax_withholding_bank"] = tax_withholding_bank
        if other_uncategorized_cash is not UNSET:
            field_dict["other_uncategorized_cash"] = other_uncategorized_cash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cash_in_hand = d.pop("cash_in_hand", UNSET)
        if cash_in_hand is not UNSET and type(cash_in_hand) not in (int, float):
            raise TypeError(
                f"cash_in_hand: expected float, got {type(cash_in_hand).__name__}"
            )

        cash_in_register = d.pop("cash_in_register", UNSET)
        if cash_in_register is not UNSET and type(cash_in_register) not in (int, float):
            raise TypeError(
                f"cash_in_register: expected float, got {type(cash_in_register).__name__}"
            )

        bank_deposit = d.pop("bank_deposit", UNSET)
        if bank_deposit is not UNSET and type(bank_deposit) not in (int, float):
            raise TypeError(
                f"bank_deposit: expected float, got {type(bank_deposit).__name__}"
            )

        tax_withholding_bank = d.pop("tax_withholding_bank", UNSET)
        if tax_withholding_bank is not UNSET and type(tax_withholding_bank) not in (
            int,
            float,
        ):
            raise TypeError(
                f"tax_withholding_bank: expected float, got {type(tax_withholding_bank).__name__}"
            )

        other_uncategorized_cash = d.pop("other_uncategorized_cash", UNSET)
        if other_uncategorized_cash is not UNSET and type(
            other_uncategorized_cash
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_cash: expected float, got {type(other_uncategorized_cash).__name__}"
            )

        self = cls.__new__(cls)
        self.cash_in_hand = cash_in_hand
        self.cash_in_register = cash_in_register
        self.bank_deposit = bank_deposit
        self.tax_withholding_bank = tax_withholding_bank
        self.other_uncategorized_cash = other_uncategorized_cash

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
