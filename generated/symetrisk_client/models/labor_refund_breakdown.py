from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LaborRefundBreakdown")


@_attrs_define
class LaborRefundBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.labor_refund.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    refund_sick_pay: float | Unset = UNSET
    refund_employer_tax: float | Unset = UNSET
    other_uncategorized_labor_refund: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_sick_pay = self.refund_sick_pay

        refund_employer_tax = self.refund_employer_tax

        other_uncategorized_labor_refund = self.other_uncategorized_labor_refund

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if refund_sick_pay is not UNSET:
            field_dict["refund_sick_pay"] = refund_sick_pay
        if refund_employer_tax is not UNSET:
            field_dict["refund_employer_tax"] = refund_employer_tax
        if other_uncategorized_labor_refund is not UNSET:
            field_dict["other_uncategorized_labor_refund"] = (
                other_uncategorized_labor_refund
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        refund_sick_pay = d.pop("refund_sick_pay", UNSET)
        if refund_sick_pay is not UNSET and type(refund_sick_pay) not in (int, float):
            raise TypeError(
                f"refund_sick_pay: expected float, got {type(refund_sick_pay).__name__}"
            )

        refund_employer_tax = d.pop("refund_employer_tax", UNSET)
        if refund_employer_tax is not UNSET and type(refund_employer_tax) not in (
            int,
            float,
        ):
            raise TypeError(
                f"refund_employer_tax: expected float, got {type(refund_employer_tax).__name__}"
            )

        other_uncategorized_labor_refund = d.pop(
            "other_uncategorized_labor_refund", UNSET
        )
        if other_uncategorized_labor_refund is not UNSET and type(
            other_uncategorized_labor_refund
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_labor_refund: expected float, got {type(other_uncategorized_labor_refund).__name__}"
            )

        self = cls.__new__(cls)
        self.refund_sick_pay = refund_sick_pay
        self.refund_employer_tax = refund_employer_tax
        self.other_uncategorized_labor_refund = other_uncategorized_labor_refund

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
