from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountsReceivablesBreakdown")


@_attrs_define
class AccountsReceivablesBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.accounts_receivables.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    accounts_receivables: float | Unset = UNSET
    group_accounts_receivables: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts_receivables = self.accounts_receivables

        group_accounts_receivables = self.group_accounts_receivables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts_receivables is not UNSET:
            field_dict["accounts_receivables"] = accounts_receivables
        if group_accounts_receivables is not UNSET:
            field_dict["group_accounts_receivables"] = group_accounts_receivables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accounts_receivables = d.pop("accounts_receivables", UNSET)
        if accounts_receivables is not UNSET and type(accounts_receivables) not in (
            int,
            float,
        ):
            raise TypeError(
                f"accounts_receivables: expected float, got {type(accounts_receivables).__name__}"
            )

        group_accounts_receivables = d.pop("group_accounts_receivables", UNSET)
        if group_accounts_receivables is not UNSET and type(
            group_accounts_receivables
        ) not in (int, float):
            raise TypeError(
                f"group_accounts_receivables: expected float, got {type(group_accounts_receivables).__name__}"
            )

        self = cls.__new__(cls)
        self.accounts_receivables = accounts_receivables
        self.group_accounts_receivables = group_accounts_receivables

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
