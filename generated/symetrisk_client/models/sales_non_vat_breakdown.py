from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesNonVatBreakdown")


@_attrs_define
class SalesNonVatBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.sales_non_vat.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    sales_goods_outside_vat: float | Unset = UNSET
    sales_production_outside_vat: float | Unset = UNSET
    sales_services_outside_vat: float | Unset = UNSET
    withdrawal_goods_outside_vat: float | Unset = UNSET
    sales_discounts_outside_vat: float | Unset = UNSET
    other_uncategorized_sales_non_vat: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_goods_outside_vat = self.sales_goods_outside_vat

        sales_production_outside_vat = self.sales_production_outside_vat

        sales_services_outside_vat = self.sales_services_outside_vat

        withdrawal_goods_outside_vat = self.withdrawal_goods_outside_vat

        sales_discounts_outside_vat = self.sales_discounts_outside_vat

        other_uncategorized_sales_non_vat = self.other_uncategorized_sales_non_vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_goods_outside_vat is not UNSET:
            field_dict["sales_goods_outside_vat"] = sales_goods_outside_vat
        if sales_production_outside_vat is not UNSET:
            field_dict["sales_production_outside_vat"] = sales_production_outside_vat
        if sales_services_outside_vat is not UNSET:
            field_dict["sales_services_outside_vat"] = sales_services_outside_vat
        if withdrawal_goods_outside_vat is not UNSET:
            field_dict["withdrawal_goods_outside_vat"] = withdrawal_goods_outside_vat
        if sales_discounts_outside_vat is not UNSET:
            field_dict["sales_discounts_outside_vat"] = sales_discounts_outside_vat
        if other_uncategorized_sales_non_vat is not UNSET:
            field_dict["other_uncategorized_sales_non_vat"] = (
                other_uncategorized_sales_non_vat
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sales_goods_outside_vat = d.pop("sales_goods_outside_vat", UNSET)
        if sales_goods_outside_vat is not UNSET and type(
            sales_goods_outside_vat
        ) not in (int, float):
            raise TypeError(
                f"sales_goods_outside_vat: expected float, got {type(sales_goods_outside_vat).__name__}"
            )

        sales_production_outside_vat = d.pop("sales_production_outside_vat", UNSET)
        if sales_production_outside_vat is not UNSET and type(
            sales_production_outside_vat
        ) not in (int, float):
            raise TypeError(
                f"sales_production_outside_vat: expected float, got {type(sales_production_outside_vat).__name__}"
            )

        sales_services_outside_vat = d.pop("sales_services_outside_vat", UNSET)
        if sales_services_outside_vat is not UNSET and type(
            sales_services_outside_vat
        ) not in (int, float):
            raise TypeError(
                f"sales_services_outside_vat: expected float, got {type(sales_services_outside_vat).__name__}"
            )

        withdrawal_goods_outside_vat = d.pop("withdrawal_goods_outside_vat", UNSET)
        if withdrawal_goods_outside_vat is not UNSET and type(
            withdrawal_goods_outside_vat
        ) not in (int, float):
            raise TypeError(
                f"withdrawal_goods_outside_vat: expected float, got {type(withdrawal_goods_outside_vat).__name__}"
            )

        sales_discounts_outside_vat = d.pop("sales_discounts_outside_vat", UNSET)
        if sales_discounts_outside_vat is not UNSET and type(
            sales_discounts_outside_vat
        ) not in (int, float):
            raise TypeError(
                f"sales_discounts_outside_vat: expected float, got {type(sales_discounts_outside_vat).__name__}"
            )

        other_uncategorized_sales_non_vat = d.pop(
            "other_uncategorized_sales_non_vat", UNSET
        )
        if other_uncategorized_sales_non_vat is not UNSET and type(
            other_uncategorized_sales_non_vat
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_sales_non_vat: expected float, got {type(other_uncategorized_sales_non_vat).__name__}"
            )

        self = cls.__new__(cls)
        self.sales_goods_outside_vat = sales_goods_outside_vat
        self.sales_production_outside_vat = sales_production_outside_vat
        self.sales_services_outside_vat = sales_services_outside_vat
        self.withdrawal_goods_outside_vat = withdrawal_goods_outside_vat
        self.sales_discounts_outside_vat = sales_discounts_outside_vat
        self.other_uncategorized_sales_non_vat = other_uncategorized_sales_non_vat

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
