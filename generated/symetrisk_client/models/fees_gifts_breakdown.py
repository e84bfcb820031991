from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeesGiftsBreakdown")


@_attrs_define
class FeesGiftsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.fees_gifts.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    membership_fees_deductible: float | Unset = UNSET
    membership_fees_nondeductible: float | Unset = UNSET
    gifts_deductible: float | Unset = UNSET
    gifts_nondeductible: float | Unset = UNSET
    other_uncategorized_fees_gifts: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        membership_fees_deductible = self.membership_fees_deductible

        membership_fees_nondeductible = self.membership_fees_nondeductible

        gifts_deductible = self.gifts_deductible

        gifts_nondeductible = self.gifts_nondeductible

        other_uncategorized_fees_gifts = self.other_uncategorized_fees_gifts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if membership_fees_deductible is not UNSET:
            field_dict["membership_fees_deductible"] = membership_fees_deductible
        if membership_fees_nondeductible is not UNSET:
            field_dict["membership_fees_nondeductible"] = membership_fees_nondeductible
        if gifts_deductible is not UNSET:
            field_dict["gifts_deductible"] = gifts_deductible
        if gifts_nondeductible is not UNSET:
            field_dict["gifts_nondeductible"] = gifts_nondeductible
        if other_uncategorized_fees_gifts is not UNSET:
            field_dict["other_uncategorized_fees_gifts"] = (
                other_uncategorized_fees_gifts
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        membership_fees_deductible = d.pop("membership_fees_deductible", UNSET)
        if membership_fees_deductible is not UNSET and type(
            membership_fees_deductible
        ) not in (int, float):
            raise TypeError(
                f"membership_fees_deductible: expected float, got {type(membership_fees_deductible).__name__}"
            )

        membership_fees_nondeductible = d.pop("membership_fees_nondeductible", UNSET)
        if membership_fees_nondeductible is not UNSET and type(
            membership_fees_nondeductible
        ) not in (int, float):
            raise TypeError(
                f"membership_fees_nondeductible: expected float, got {type(membership_fees_nondeductible).__name__}"
            )

        gifts_deductible = d.pop("gifts_deductible", UNSET)
        if gifts_deductible is not UNSET and type(gifts_deductible) not in (int, float):
            raise TypeError(
                f"gifts_deductible: expected float, got {type(gifts_deductible).__name__}"
            )

        gifts_nondeductible = d.pop("gifts_nondeductible", UNSET)
        if gifts_nondeductible is not UNSET and type(gifts_nondeductible) not in (
            int,
            float,
        ):
            raise TypeError(
                f"gifts_nondeductible: expected float, got {type(gifts_nondeductible).__name__}"
            )

        other_uncategorized_fees_gifts = d.pop("other_uncategorized_fees_gifts", UNSET)
        if other_uncategorized_fees_gifts is not UNSET and type(
            other_uncategorized_fees_gifts
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_fees_gifts: expected float, got {type(other_uncategorized_fees_gifts).__name__}"
            )

        self = cls.__new__(cls)
        self.membership_fees_deductible = membership_fees_deductible
        self.membership_fees_nondeductible = membership_fees_nondeductible
        self.gifts_deductible = gifts_deductible
        self.gifts_nondeductible = gifts_nondeductible
        self.other_uncategorized_fees_gifts = other_uncategorized_fees_gifts

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
