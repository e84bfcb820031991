from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountsReceivablesGroup")


@_attrs_define
class AccountsReceivablesGroup:
    """Sub-group `accounts_receivables` (data.balance_items.ledger_balances.total_assets.breakdown.accounts_receivables).
    Besides `total` and `breakdown` it carries `invoices_breakdown`, an ageing of invoices (optional).

    """

    total: float
    """ Total of the group as reported by Symetrisk. """
    breakdown: AccountsReceivablesBreakdown
    """ Leaf amounts under
    `data.balance_items.ledger_balances.total_assets.breakdown.accounts_receivables.breakdown`. Every key is
    optional; unknown keys are kept as numbers. """
    invoices_breakdown: InvoicesBreakdown | Unset = UNSET
    """ Invoice ageing of accounts receivable
    (`data.balance_items.ledger_balances.total_assets.breakdown.accounts_receivables.invoices_breakdown`). Amounts
    need not add up to the group total. Every key is optional; unknown keys are kept as numbers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        breakdown = self.breakdown.to_dict()

        invoices_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoices_breakdown, Unset):
            invoices_breakdown = self.invoices_breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "breakdown": breakdown,
            }
        )
        if invoices_breakdown is not UNSET:
            field_dict["invoices_breakdown"] = invoices_breakdown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = d.pop("total")
        if type(total) not in (int, float):
            raise TypeError(f"total: expected float, got {type(total).__name__}")

        breakdown = AccountsReceivablesBreakdown.from_dict(d.pop("breakdown"))

        _invoices_breakdown = d.pop("invoices_breakdown", UNSET)
        invoices_breakdown: InvoicesBreakdown | Unset
        if isinstance(_invoices_breakdown, Unset):
            invoices_breakdown = UNSET
        else:
            invoices_breakdown = InvoicesBreakdown.from_dict(_invoices_breakdown)

        self = cls.__new__(cls)
        self.total = total
        self.breakdown = breakdown
        self.invoices_breakdown = invoices_breakdown

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
from ..models.accounts_receivables_breakdown import AccountsReceivablesBreakdown
from ..models.invoices_breakdown import InvoicesBreakdown
