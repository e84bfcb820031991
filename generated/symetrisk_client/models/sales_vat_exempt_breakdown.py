from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesVatExemptBreakdown")


@_attrs_define
class SalesVatExemptBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.sales_vat_exempt.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    sales_goods_tax_free: float | Unset = UNSET
    sales_production_tax_free: float | Unset = UNSET
    sales_services_tax_free: float | Unset = UNSET
    withdrawal_goods_tax_free: float | Unset = UNSET
    sales_discounts_tax_free: float | Unset = UNSET
    reimbursable_expenses_tax_free: float | Unset = UNSET
    other_uncategorized_sales_vat_exempt: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sales_goods_tax_free = self.sales_goods_tax_free

        sales_production_tax_free = self.sales_production_tax_free

        sales_services_tax_free = self.sales_services_tax_free

        withdrawal_goods_tax_free = self.withdrawal_goods_tax_free

        sales_discounts_tax_free = self.sales_discounts_tax_free

        reimbursable_expenses_tax_free = self.reimbursable_expenses_tax_free

        other_uncategorized_sales_vat_exempt = self.other_uncategorized_sales_vat_exempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sales_goods_tax_free is not UNSET:
            field_dict["sales_goods_tax_free"] = sales_goods_tax_free
        if sales_production_tax_free is not UNSET:
            field_dict["sales_production_tax_free"] = sales_production_tax_free
        if sales_services_tax_free is not UNSET:
            field_dict["sales_services_tax_free"] = sales_services_tax_free
        if withdrawal_goods_tax_free is not UNSET:
            field_dict["withdrawal_goods_tax_free"] = withdrawal_goods_tax_free
        if sales_discounts_tax_free is not UNSET:
            field_dict["sales_discounts_tax_free"] = sales_discounts_tax_free
        if reimbursable_expenses_tax_free is not UNSET:
            field_dict["reimbursable_expenses_tax_free"] = (
                reimbursable_expenses_tax_free
            )
        if other_uncategorized_sales_vat_exempt is not UNSET:
            field_dict["other_uncategorized_sales_vat_exempt"] = (
                other_uncategorized_sales_vat_exempt
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sales_goods_tax_free = d.pop("sales_goods_tax_free", UNSET)
        if sales_goods_tax_free is not UNSET and type(sales_goods_tax_free) not in (
            int,
            float,
        ):
            raise TypeError(
                f"sales_goods_tax_free: expected float, got {type(sales_goods_tax_free).__name__}"
            )

        sales_production_tax_free = d.pop("sales_production_tax_free", UNSET)
        if sales_production_tax_free is not UNSET and type(
            sales_production_tax_free
        ) not in (int, float):
            raise TypeError(
                f"sales_production_tax_free: expected float, got {type(sales_production_tax_free).__name__}"
            )

        sales_services_tax_free = d.pop("sales_services_tax_free", UNSET)
        if sales_services_tax_free is not UNSET and type(
            sales_services_tax_free
        ) not in (int, float):
            raise TypeError(
                f"sales_services_tax_free: expected float, got {type(sales_services_tax_free).__name__}"
            )

        withdrawal_goods_tax_free = d.pop("withdrawal_goods_tax_free", UNSET)
        if withdrawal_goods_tax_free is not UNSET and type(
            withdrawal_goods_tax_free
        ) not in (int, float):
            raise TypeError(
                f"withdrawal_goods_tax_free: expected float, got {type(withdrawal_goods_tax_free).__name__}"
            )

        sales_discounts_tax_free = d.pop("sales_discounts_tax_free", UNSET)
        if sales_discounts_tax_free is not UNSET and type(
            sales_discounts_tax_free
        ) not in (int, float):
            raise TypeError(
                f"sales_discounts_tax_free: expected float, got {type(sales_discounts_tax_free).__name__}"
            )

        reimbursable_expenses_tax_free = d.pop("reimbursable_expenses_tax_free", UNSET)
        if reimbursable_expenses_tax_free is not UNSET and type(
            reimbursable_expenses_tax_free
        ) not in (int, float):
            raise TypeError(
                f"reimbursable_expenses_tax_free: expected float, got {type(reimbursable_expenses_tax_free).__name__}"
            )

        other_uncategorized_sales_vat_exempt = d.pop(
            "other_uncategorized_sales_vat_exempt", UNSET
        )
        if other_uncategorized_sales_vat_exempt is not UNSET and type(
            other_uncategorized_sales_vat_exempt
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_sales_vat_exempt: expected float, got {type(other_uncategorized_sales_vat_exempt).__name__}"
            )

        self = cls.__new__(cls)
        self.sales_goods_tax_free = sales_goods_tax_free
        self.sales_production_tax_free = sales_production_tax_free
        self.sales_services_tax_free = sales_services_tax_free
        self.withdrawal_goods_tax_free = withdrawal_goods_tax_free
        self.sales_discounts_tax_free = sales_discounts_tax_free
        self.reimbursable_expenses_tax_free = reimbursable_expenses_tax_free
        self.other_uncategorized_sales_vat_exempt = other_uncategorized_sales_vat_exempt

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
