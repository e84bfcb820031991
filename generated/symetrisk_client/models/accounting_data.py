from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountingData")


@_attrs_define
class AccountingData:
    """The ledger of one snapshot, in Symetrisk's real-time accounts format.

    Layout: each entry of a `ledger_balances` object is a group `{total, breakdown}`. A group's
    `breakdown` holds sub-groups (again `{total, breakdown}`) whose `breakdown` holds amounts
    (the leaves). Exceptions: `interest_income` and `interest_expenses` are one level only;
    `other_financial_income` and `other_financial_expenses` mix sub-groups with a bare amount
    (`extra_income`, `extra_expenses`); `accounts_receivables` also has `invoices_breakdown`.
    Amounts can be negative, and for balance items a `total` is not always the sum of its
    breakdown. Misspelled keys (`bulding_facilities`, `buldings_other_depreciation_period`,
    `grop_other_liabilities`, `tax_payable_not_assesed`) are the API's real names.

    Required-ness: the structure (`version`, the three sections, `ledger_balances`, `derived`
    and each group's `total` and `breakdown`) is required. Every named ledger key (group,
    sub-group, leaf, derived figure) is optional, although the docs example has all of them,
    so that a format version that drops a key still parses. Every breakdown also accepts
    unknown keys (numbers in leaf breakdowns, any value in group breakdowns), which the
    generated models keep in `additional_properties`.

    """

    version: str
    """ Version (a date) of the accounts format, e.g. "2025-12-10". """
    p_and_l_items: ProfitAndLossItems
    """ Profit and loss items for the month (`data.p_and_l_items`). """
    balance_items: BalanceItems
    """ Balance sheet items at the snapshot date (`data.balance_items`). """
    other_ledger_balances: OtherLedgerBalances
    """ Other ledger balances (transfers and dispositions) (`data.other_ledger_balances`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        p_and_l_items = self.p_and_l_items.to_dict()

        balance_items = self.balance_items.to_dict()

        other_ledger_balances = self.other_ledger_balances.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "p_and_l_items": p_and_l_items,
                "balance_items": balance_items,
                "other_ledger_balances": other_ledger_balances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        version = src_dict["version"]
        if type(version) is not str:
            raise TypeError(f"version: expected str, got {type(version).__name__}")

        p_and_l_items = ProfitAndLossItems.from_dict(src_dict["p_and_l_items"])

        balance_items = BalanceItems.from_dict(src_dict["balance_items"])

        other_ledger_balances = OtherLedgerBalances.from_dict(
            src_dict["other_ledger_balances"]
        )

        d: dict[str, Any] = {}
        if len(src_dict) != 4:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k
                not in {
                    "version",
                    "p_and_l_items",
                    "balance_items",
                    "other_ledger_balances",
                }
            }
        self = cls.__new__(cls)
        self.version = version
        self.p_and_l_items = p_and_l_items
        self.balance_items = balance_items
        self.other_ledger_balances = other_ledger_balances

        self.additional_properties = d
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
from ..models.balance_items import BalanceItems
from ..models.other_ledger_balances import OtherLedgerBalances
from ..models.profit_and_loss_items import ProfitAndLossItems
