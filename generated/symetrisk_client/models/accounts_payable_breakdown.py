from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountsPayableBreakdown")


@_attrs_define
class AccountsPayableBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.accounts_payable.breakdown`. Every key
    is optional; unknown keys are kept as numbers.

    """

    accounts_payable: float | Unset = UNSET
    group_accounts_payable: float | Unset = UNSET
    other_uncategorized_accounts_payable: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts_payable = self.accounts_payable

        group_accounts_payable = self.group_accounts_payable

        other_uncategorized_accounts_payable = self.other_uncategorized_accounts_payable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts_payable is not UNSET:
            field_dict["accounts_payable"] = accounts_payable
        if group_accounts_payable is not UNSET:
            field_dict["group_accounts_payable"] = group_accounts_payable
        if other_uncategorized_accounts_payable is not UNSET:
            field_dict["other_uncategorized_accounts_payable"] = (
                other_uncategorized_accounts_payable
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accounts_payable = d.pop("accounts_payable", UNSET)
        if accounts_payable is not UNSET and type(accounts_payable) not in (int, float):
            raise TypeError(
                f"accounts_payable: expected float, got {type(accounts_payable).__name__}"
            )

        group_accounts_payable = d.pop("group_accounts_payable", UNSET)
        if group_accounts_payable is not UNSET and type(group_accounts_payable) not in (
            int,
            float,
        ):
            raise TypeError(
                f"group_accounts_payable: expected float, got {type(group_accounts_payable).__name__}"
            )

        other_uncategorized_accounts_payable = d.pop(
            "other_uncategorized_accounts_payable", UNSET
        )
        if other_uncategorized_accounts_payable is not UNSET and type(
            other_uncategorized_accounts_payable
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_accounts_payable: expected float, got {type(other_uncategorized_accounts_payable).__name__}"
            )

        self = cls.__new__(cls)
        self.accounts_payable = accounts_payable
        self.group_accounts_payable = group_accounts_payable
        self.other_uncategorized_accounts_payable = other_uncategorized_accounts_payable

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
