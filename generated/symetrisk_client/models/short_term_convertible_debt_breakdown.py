from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortTermConvertibleDebtBreakdown")


@_attrs_define
class ShortTermConvertibleDebtBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.short_term_convertible_debt.breakdown`.
    Every key is optional; unknown keys are kept as numbers.

    """

    convertible_loans: float | Unset = UNSET
    other_uncategorized_short_term_convertible_debt: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convertible_loans = self.convertible_loans

        other_uncategorized_short_term_convertible_debt = (
            self.other_uncategorized_short_term_convertible_debt
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if convertible_loans is not UNSET:
            field_dict["convertible_loans"] = convertible_loans
        if other_uncategorized_short_term_convertible_debt is not UNSET:
            field_dict["other_uncategorized_short_term_convertible_debt"] = (
                other_uncategorized_short_term_convertible_debt
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        convertible_loans = d.pop("convertible_loans", UNSET)
        if convertible_loans is not UNSET and type(convertible_loans) not in (
            int,
            float,
        ):
            raise TypeError(
                f"convertible_loans: expected float, got {type(convertible_loans).__name__}"
            )

        other_uncategorized_short_term_convertible_debt = d.pop(
            "other_uncategorized_short_term_convertible_debt", UNSET
        )
        if other_uncategorized_short_term_convertible_debt is not UNSET and type(
            other_uncategorized_short_term_convertible_debt
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_short_term_convertible_debt: expected float, got {type(other_uncategorized_short_term_convertible_debt).__name__}"
            )

        self = cls.__new__(cls)
        self.convertible_loans = convertible_loans
        self.other_uncategorized_short_term_convertible_debt = (
            other_uncategorized_short_term_convertible_debt
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
