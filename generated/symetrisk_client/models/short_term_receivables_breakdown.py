from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortTermReceivablesBreakdown")


@_attrs_define
class ShortTermReceivablesBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.short_term_receivables.breakdown`.
    Every key is optional; unknown keys are kept as numbers.

    """

    accrued_not_invoiced_income: float | Unset = UNSET
    group_other_receivables: float | Unset = UNSET
    bad_debt_provision: float | Unset = UNSET
    other_uncategorized_short_term_receivables: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accrued_not_invoiced_income = self.accrued_not_invoiced_income

        group_other_receivables = self.group_other_receivables

        bad_debt_provision = self.bad_debt_provision

        other_uncategorized_short_term_receivables = (
            self.other_uncategorized_short_term_receivables
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accrued_not_invoiced_income is not UNSET:
            field_dict["accrued_not_invoiced_income"] = accrued_not_invoiced_income
        if group_other_receivables is not UNSET:
            field_dict["group_other_receivables"] = group_other_receivables
        if bad_debt_provision is not UNSET:
            field_dict["bad_debt_provision"] = bad_debt_provision
        if other_uncategorized_short_term_receivables is not UNSET:
            field_dict["other_uncategorized_short_term_receivables"] = (
                other_uncategorized_short_term_receivables
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        accrued_not_invoiced_income = d.pop("accrued_not_invoiced_income", UNSET)
        if accrued_not_invoiced_income is not UNSET and type(
            accrued_not_invoiced_income
        ) not in (int, float):
            raise TypeError(
                f"accrued_not_invoiced_income: expected float, got {type(accrued_not_invoiced_income).__name__}"
            )

        group_other_receivables = d.pop("group_other_receivables", UNSET)
        if group_other_receivables is not UNSET and type(
            group_other_receivables
        ) not in (int, float):
            raise TypeError(
                f"group_other_receivables: expected float, got {type(group_other_receivables).__name__}"
            )

        bad_debt_provision = d.pop("bad_debt_provision", UNSET)
        if bad_debt_provision is not UNSET and type(bad_debt_provision) not in (
            int,
            float,
        ):
            raise TypeError(
                f"bad_debt_provision: expected float, got {type(bad_debt_provision).__name__}"
            )

        other_uncategorized_short_term_receivables = d.pop(
            "other_uncategorized_short_term_receivables", UNSET
        )
        if other_uncategorized_short_term_receivables is not UNSET and type(
            other_uncategorized_short_term_receivables
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_short_term_receivables: expected float, got {type(other_uncategorized_short_term_receivables).__name__}"
            )

        self = cls.__new__(cls)
        self.accrued_not_invoiced_income = accrued_not_invoiced_income
        self.group_other_receivables = group_other_receivables
        self.bad_debt_provision = bad_debt_provision
        self.other_uncategorized_short_term_receivables = (
            other_uncategorized_short_term_receivables
        )

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
