from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicesBreakdown")


@_attrs_define
class InvoicesBreakdown:
    """Invoice ageing of accounts receivable
    (`data.balance_items.ledger_balances.total_assets.breakdown.accounts_receivables.invoices_breakdown`). Amounts need
    not add up to the group total. Every key is optional; unknown keys are kept as numbers.

    """

    not_due: float | Unset = UNSET
    due_lte_30: float | Unset = UNSET
    due_gt_30: float | Unset = UNSET
    public_sector: float | Unset = UNSET
    unspecified_deductions: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        not_due = self.not_due

        due_lte_30 = self.due_lte_30

        due_gt_30 = self.due_gt_30

        public_sector = self.public_sector

        unspecified_deductions = self.unspecified_deductions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if not_due is not UNSET:
            field_dict["not_due"] = not_due
        if due_lte_30 is not UNSET:
            field_dict["due_lte_30"] = due_lte_30
        if due_gt_30 is not UNSET:
            field_dict["due_gt_30"] = due_gt_30
        if public_sector is not UNSET:
            field_dict["public_sector"] = public_sector
        if unspecified_deductions is not UNSET:
            field_dict["unspecified_deductions"] = unspecified_deductions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        not_due = d.pop("not_due", UNSET)
        if not_due is not UNSET and type(not_due) not in (int, float):
            raise TypeError(f"not_due: expected float, got {type(not_due).__name__}")

        due_lte_30 = d.pop("due_lte_30", UNSET)
        if due_lte_30 is not UNSET and type(due_lte_30) not in (int, float):
            raise TypeError(
                f"due_lte_30: expected float, got {type(due_lte_30).__name__}"
            )

        due_gt_30 = d.pop("due_gt_30", UNSET)
        if due_gt_30 is not UNSET and type(due_gt_30) not in (int, float):
            raise TypeError(
                f"due_gt_30: expected float, got {type(due_gt_30).__name__}"
            )

        public_sector = d.pop("public_sector", UNSET)
        if public_sector is not UNSET and type(public_sector) not in (int, float):
            raise TypeError(
                f"public_sector: expected float, got {type(public_sector).__name__}"
            )

        unspecified_deductions = d.pop("unspecified_deductions", UNSET)
        if unspecified_deductions is not UNSET and type(unspecified_deductions) not in (
            int,
            float,
        ):
            raise TypeError(
                f"unspecified_deductions: expected float, got {type(unspecified_deductions).__name__}"
            )

        self = cls.__new__(cls)
        self.not_due = not_due
        self.due_lte_30 = due_lte_30
        self.due_gt_30 = due_gt_30
        self.public_sector = public_sector
        self.unspecified_deductions = unspecified_deductions

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
