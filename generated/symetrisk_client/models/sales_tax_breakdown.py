from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesTaxBreakdown")


@_attrs_define
class SalesTaxBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.sales_tax.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    sales_tax: float | Unset = UNSET
    other_uncategorized_sales_tax: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_tax = self.sales_tax

        other_uncategorized_sales_tax = self.other_uncategorized_sales_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_tax is not UNSET:
            field_dict["sales_tax"] = sales_tax
        if other_uncategorized_sales_tax is not UNSET:
            field_dict["other_uncategorized_sales_tax"] = other_uncategorized_sales_tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sales_tax = d.pop("sales_tax", UNSET)
        if sales_tax is not UNSET and type(sales_tax) not in (int, float):
            raise TypeError(
                f"sales_tax: expected float, got {type(sales_tax).__name__}"
            )

        other_uncategorized_sales_tax = d.pop("other_uncategorized_sales_tax", UNSET)
        if other_uncategorized_sales_tax is not UNSET and type(
            other_uncategorized_sales_tax
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_sales_tax: expected float, got {type(other_uncategorized_sales_tax).__name__}"
            )

        self = cls.__new__(cls)
        self.sales_tax = sales_tax
        self.other_uncategorized_sales_tax = other_uncategorized_sales_tax

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
