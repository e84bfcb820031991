from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesVatBreakdown")


@_attrs_define
class SalesVatBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.sales_vat.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    sales_goods_high: float | Unset = UNSET
    sales_own_production_high: float | Unset = UNSET
    sales_services_high: float | Unset = UNSET
    sales_goods_medium: float | Unset = UNSET
    sales_own_production_medium: float | Unset = UNSET
    sales_services_low: float | Unset = UNSET
    withdrawal_goods: float | Unset = UNSET
    withdrawal_services: float | Unset = UNSET
    sales_discounts_taxable: float | Unset = UNSET
    reimbursable_expenses_taxable: float | Unset = UNSET
    other_uncategorized_sales_vat: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_goods_high = self.sales_goods_high

        sales_own_production_high = self.sales_own_production_high

        sales_services_high = self.sales_services_high

        sales_goods_medium = self.sales_goods_medium

        sales_own_production_medium = self.sales_own_production_medium

        sales_services_low = self.sales_services_low

        withdrawal_goods = self.withdrawal_goods

        withdrawal_services = self.withdrawal_services

        sales_discounts_taxable = self.sales_discounts_taxable

        reimbursable_expenses_taxable = self.reimbursable_expenses_taxable

        other_uncategorized_sales_vat = self.other_uncategorized_sales_vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_goods_high is not UNSET:
            field_dict["sales_goods_high"] = sales_goods_high
        if sales_own_production_high is not UNSET:
            field_dict["sales_own_production_high"] = sales_own_production_high
        if sales_services_high is not UNSET:
            field_dict["sales_services_high"] = sales_services_high
        if sales_goods_medium is not UNSET:
            field_dict["sales_goods_medium"] = sales_goods_medium
        if sales_own_production_medium is not UNSET:
            field_dict["sales_own_production_medium"] = sales_own_production_medium
        if sales_services_low is not UNSET:
            field_dict["sales_services_low"] = sales_services_low
        if withdrawal_goods is not UNSET:
            field_dict["withdrawal_goods"] = withdrawal_goods
        if withdrawal_services is not UNSET:
            field_dict["withdrawal_services"] = withdrawal_services
        if sales_discounts_taxable is not UNSET:
            field_dict["sales_discounts_taxable"] = sales_discounts_taxable
        if reimbursable_expenses_taxable is not UNSET:
            field_dict["reimbursable_expenses_taxable"] = reimbursable_expenses_taxable
        if other_uncategorized_sales_vat is not UNSET:
            field_dict["other_uncategorized_sales_vat"] = other_uncategorized_sales_vat

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sales_goods_high = d.pop("sales_goods_high", UNSET)
        if sales_goods_high is not UNSET and type(sales_goods_high) not in (int, float):
            raise TypeError(
                f"sales_goods_high: expected float, got {type(sales_goods_high).__name__}"
            )

        sales_own_production_high = d.pop("sales_own_production_high", UNSET)
        if sales_own_production_high is not UNSET and type(
            sales_own_production_high
        ) not in (int, float):
            raise TypeError(
                f"sales_own_production_high: expected float, got {type(sales_own_production_high).__name__}"
            )

        sales_services_high = d.pop("sales_services_high", UNSET)
        if sales_services_high is not UNSET and type(sales_services_high) not in (
            int,
            float,
        ):
            raise TypeError(
                f"sales_services_high: expected float, got {type(sales_services_high).__name__}"
            )

        sales_goods_medium = d.pop("sales_goods_medium", UNSET)
        if sales_goods_medium is not UNSET and type(sales_goods_medium) not in (
            int,
            float,
        ):
            raise TypeError(
                f"sales_goods_medium: expected float, got {type(sales_goods_medium).__name__}"
            )

        sales_own_production_medium = d.pop("sales_own_production_medium", UNSET)
        if sales_own_production_medium is not UNSET and type(
            sales_own_production_medium
        ) not in (int, float):
            raise TypeError(
                f"sales_own_production_medium: expected float, got {type(sales_own_production_medium).__name__}"
            )

        sales_services_low = d.pop("sales_services_low", UNSET)
        if sales_services_low is not UNSET and type(sales_services_low) not in (
            int,
            float,
        ):
            raise TypeError(
                f"sales_services_low: expected float, got {type(sales_services_low).__name__}"
            )

        withdrawal_goods = d.pop("withdrawal_goods", UNSET)
        if withdrawal_goods is not UNSET and type(withdrawal_goods) not in (int, float):
            raise TypeError(
                f"withdrawal_goods: expected float, got {type(withdrawal_goods).__name__}"
            )

        withdrawal_services = d.pop("withdrawal_services", UNSET)
        if withdrawal_services is not UNSET and type(withdrawal_services) not in (
            int,
            float,
        ):
            raise TypeError(
                f"withdrawal_services: expected float, got {type(withdrawal_services).__name__}"
            )

        sales_discounts_taxable = d.pop("sales_discounts_taxable", UNSET)
        if sales_discounts_taxable is not UNSET and type(
            sales_discounts_taxable
        ) not in (int, float):
            raise TypeError(
                f"sales_discounts_taxable: expected float, got {type(sales_discounts_taxable).__name__}"
            )

        reimbursable_expenses_taxable = d.pop("reimbursable_expenses_taxable", UNSET)
        if reimbursable_expenses_taxable is not UNSET and type(
            reimbursable_expenses_taxable
        ) not in (int, float):
            raise TypeError(
                f"reimbursable_expenses_taxable: expected float, got {type(reimbursable_expenses_taxable).__name__}"
            )

        other_uncategorized_sales_vat = d.pop("other_uncategorized_sales_vat", UNSET)
        if other_uncategorized_sales_vat is not UNSET and type(
            other_uncategorized_sales_vat
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_sales_vat: expected float, got {type(other_uncategorized_sales_vat).__name__}"
            )

        self = cls.__new__(cls)
        self.sales_goods_high = sales_goods_high
        self.sales_own_production_high = sales_own_production_high
        self.sales_services_high = sales_services_high
        self.sales_goods_medium = sales_goods_medium
        self.sales_own_production_medium = sales_own_production_medium
        self.sales_services_low = sales_services_low
        self.withdrawal_goods = withdrawal_goods
        self.withdrawal_services = withdrawal_services
        self.sales_discounts_taxable = sales_discounts_taxable
        self.reimbursable_expenses_taxable = reimbursable_expenses_taxable
        self.other_uncategorized_sales_vat = other_uncategorized_sales_vat

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
