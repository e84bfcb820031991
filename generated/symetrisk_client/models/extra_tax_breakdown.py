from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtraTaxBreakdown")


@_attrs_define
class ExtraTaxBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.taxes.breakdown.extra_tax.breakdown`. Every key is optional;
    unknown keys are kept as numbers.

    """

    tax_payable_extraordinary: float | Unset = UNSET
    deferred_tax_extraordinary: float | Unset = UNSET
    other_uncategorized_extra_tax: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_payable_extraordinary = self.tax_payable_extraordinary

        deferred_tax_extraordinary = self.deferred_tax_extraordinary

        other_uncategorized_extra_tax = self.other_uncategorized_extra_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_payable_extraordinary is not UNSET:
            field_dict["tax_payable_extraordinary"] = tax_payable_extraordinary
        if deferred_tax_extraordinary is not UNSET:
            field_dict["deferred_tax_extraordinary"] = deferred_tax_extraordinary
        if other_uncategorized_extra_tax is not UNSET:
            field_dict["other_uncategorized_extra_tax"] = other_uncategorized_extra_tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_payable_extraordinary = d.pop("tax_payable_extraordinary", UNSET)
        if tax_payable_extraordinary is not UNSET and type(
            tax_payable_extraordinary
        ) not in (int, float):
            raise TypeError(
                f"tax_payable_extraordinary: expected float, got {type(tax_payable_extraordinary).__name__}"
            )

        deferred_tax_extraordinary = d.pop("deferred_tax_extraordinary", UNSET)
        if deferred_tax_extraordinary is not UNSET and type(
            deferred_tax_extraordinary
        ) not in (int, float):
            raise TypeError(
                f"deferred_tax_extraordinary: expected float, got {type(deferred_tax_extraordinary).__name__}"
            )

        other_uncategorized_extra_tax = d.pop("other_uncategorized_extra_tax", UNSET)
        if other_uncategorized_extra_tax is not UNSET and type(
            other_uncategorized_extra_tax
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_extra_tax: expected float, got {type(other_uncategorized_extra_tax).__name__}"
            )

        self = cls.__new__(cls)
        self.tax_payable_extraordinary = tax_payable_extraordinary
        self.deferred_tax_extraordinary = deferred_tax_extraordinary
        self.other_uncategorized_extra_tax = other_uncategorized_extra_tax

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
