from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherOperatingIncomeBreakdown")


@_attrs_define
class OtherOperatingIncomeBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.other_operating_income.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    other_operating_income_taxable: float | Unset = UNSET
    outgoing_postage_taxable: float | Unset = UNSET
    outgoing_fees_taxable: float | Unset = UNSET
    other_operating_income_tax_free: float | Unset = UNSET
    outgoing_postage_tax_free: float | Unset = UNSET
    outgoing_fees_tax_free: float | Unset = UNSET
    other_uncategorized_other_operating_income: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_operating_income_taxable = self.other_operating_income_taxable

        outgoing_postage_taxable = self.outgoing_postage_taxable

        outgoing_fees_taxable = self.outgoing_fees_taxable

        other_operating_income_tax_free = self.other_operating_income_tax_free

        outgoing_postage_tax_free = self.outgoing_postage_tax_free

        outgoing_fees_tax_free = self.outgoing_fees_tax_free

        other_uncategorized_other_operating_income = (
            self.other_uncategorized_other_operating_income
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_operating_income_taxable is not UNSET:
            field_dict["other_operating_income_taxable"] = (
                other_operating_income_taxable
            )
        if outgoing_postage_taxable is not UNSET:
            field_dict["outgoing_postage_taxable"] = outgoing_postage_taxable
        if outgoing_fees_taxable is not UNSET:
            field_dict["outgoing_fees_taxable"] = outgoing_fees_taxable
        if other_operating_income_tax_free is not UNSET:
            field_dict["other_operating_income_tax_free"] = (
                other_operating_income_tax_free
            )
        if outgoing_postage_tax_free is not UNSET:
            field_dict["outgoing_postage_tax_free"] = outgoing_postage_tax_free
        if outgoing_fees_tax_free is not UNSET:
            field_dict["outgoing_fees_tax_free"] = outgoing_fees_tax_free
        if other_uncategorized_other_operating_income is not UNSET:
            field_dict["other_uncategorized_other_operating_income"] = (
                other_uncategorized_other_operating_income
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        other_operating_income_taxable = d.pop("other_operating_income_taxable", UNSET)
        if other_operating_income_taxable is not UNSET and type(
            other_operating_income_taxable
        ) not in (int, float):
            raise TypeError(
                f"other_operating_income_taxable: expected float, got {type(other_operating_income_taxable).__name__}"
            )

        outgoing_postage_taxable = d.pop("outgoing_postage_taxable", UNSET)
        if outgoing_postage_taxable is not UNSET and type(
            outgoing_postage_taxable
        ) not in (int, float):
            raise TypeError(
                f"outgoing_postage_taxable: expected float, got {type(outgoing_postage_taxable).__name__}"
            )

        outgoing_fees_taxable = d.pop("outgoing_fees_taxable", UNSET)
        if outgoing_fees_taxable is not UNSET and type(outgoing_fees_taxable) not in (
            int,
            float,
        ):
            raise TypeError(
                f"outgoing_fees_taxable: expected float, got {type(outgoing_fees_taxable).__name__}"
            )

        other_operating_income_tax_free = d.pop(
            "other_operating_income_tax_free", UNSET
        )
        if other_operating_income_tax_free is not UNSET and type(
            other_operating_income_tax_free
        ) not in (int, float):
            raise TypeError(
                f"other_operating_income_tax_free: expected float, got {type(other_operating_income_tax_free).__name__}"
            )

        outgoing_postage_tax_free = d.pop("outgoing_postage_tax_free", UNSET)
        if outgoing_postage_tax_free is not UNSET and type(
            outgoing_postage_tax_free
        ) not in (int, float):
            raise TypeError(
                f"outgoing_postage_tax_free: expected float, got {type(outgoing_postage_tax_free).__name__}"
            )

        outgoing_fees_tax_free = d.pop("outgoing_fees_tax_free", UNSET)
        if outgoing_fees_tax_free is not UNSET and type(outgoing_fees_tax_free) not in (
            int,
            float,
        ):
            raise TypeError(
                f"outgoing_fees_tax_free: expected float, got {type(outgoing_fees_tax_free).__name__}"
            )

        other_uncategorized_other_operating_income = d.pop(
            "other_uncategorized_other_operating_income", UNSET
        )
        if other_uncategorized_other_operating_income is not UNSET and type(
            other_uncategorized_other_operating_income
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_operating_income: expected float, got {type(other_uncategorized_other_operating_income).__name__}"
            )

        self = cls.__new__(cls)
        self.other_operating_income_taxable = other_operating_income_taxable
        self.outgoing_postage_taxable = outgoing_postage_taxable
        self.outgoing_fees_taxable = outgoing_fees_taxable
        self.other_operating_income_tax_free = other_operating_income_tax_free
        self.outgoing_postage_tax_free = outgoing_postage_tax_free
        self.outgoing_fees_tax_free = outgoing_fees_tax_free
        self.other_uncategorized_other_operating_income = (
            other_uncategorized_other_operating_income
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
