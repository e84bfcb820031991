from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxPayableBreakdown")


@_attrs_define
class TaxPayableBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.tax_payable.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    tax_payable_not_assesed: float | Unset = UNSET
    """ Spelled so by the API (sic). """
    tax_payable_assessed: float | Unset = UNSET
    tax_refund: float | Unset = UNSET
    advance_tax: float | Unset = UNSET
    other_uncategorized_tax_payable: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_payable_not_assesed = self.tax_payable_not_assesed

        tax_payable_assessed = self.tax_payable_assessed

        tax_refund = self.tax_refund

        advance_tax = self.advance_tax

        other_uncategorized_tax_payable = self.other_uncategorized_tax_payable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_payable_not_assesed is not UNSET:
            field_dict["tax_payable_not_assesed"] = tax_payable_not_assesed
        if tax_payable_assessed is not UNSET:
            field_dict["tax_payable_assessed"] = tax_payable_assessed
        if tax_refund is not UNSET:
            field_dict["tax_refund"] = tax_refund
        if advance_tax is not UNSET:
            field_dict["advance_tax"] = advance_tax
        if other_uncategorized_tax_payable is not UNSET:
            field_dict["other_uncategorized_tax_payable"] = (
                other_uncategorized_tax_payable
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_payable_not_assesed = d.pop("tax_payable_not_assesed", UNSET)
        if tax_payable_not_assesed is not UNSET and type(
            tax_payable_not_assesed
        ) not in (int, float):
            raise TypeError(
                f"tax_payable_not_assesed: expected float, got {type(tax_payable_not_assesed).__name__}"
            )

        tax_payable_assessed = d.pop("tax_payable_assessed", UNSET)
        if tax_payable_assessed is not UNSET and type(tax_payable_assessed) not in (
            int,
            float,
        ):
            raise TypeError(
                f"tax_payable_assessed: expected float, got {type(tax_payable_assessed).__name__}"
            )

        tax_refund = d.pop("tax_refund", UNSET)
        if tax_refund is not UNSET and type(tax_refund) not in (int, float):
            raise TypeError(
                f"tax_refund: expected float, got {type(tax_refund).__name__}"
            )

        advance_tax = d.pop("advance_tax", UNSET)
        if advance_tax is not UNSET and type(advance_tax) not in (int, float):
            raise TypeError(
                f"advance_tax: expected float, got {type(advance_tax).__name__}"
            )

        other_uncategorized_tax_payable = d.pop(
            "other_uncategorized_tax_payable", UNSET
        )
        if other_uncategorized_tax_payable is not UNSET and type(
            other_uncategorized_tax_payable
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_tax_payable: expected float, got {type(other_uncategorized_tax_payable).__name__}"
            )

        self = cls.__new__(cls)
        self.tax_payable_not_assesed = tax_payable_not_assesed
        self.tax_payable_assessed = tax_payable_assessed
        self.tax_refund = tax_refund
        self.advance_tax = advance_tax
        self.other_uncategorized_tax_payable = other_uncategorized_tax_payable

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
