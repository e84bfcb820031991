from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompensationToOwnersBreakdown")


@_attrs_define
class CompensationToOwnersBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.compensation_to_owners.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    compensation_to_owners: float | Unset = UNSET
    other_uncategorized_compensation_to_owners: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compensation_to_owners = self.compensation_to_owners

        other_uncategorized_compensation_to_owners = (
            self.other_uncategorized_compensation_to_owners
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compensation_to_owners is not UNSET:
            field_dict["compensation_to_owners"] = compensation_to_owners
        if other_uncategorized_compensation_to_owners is not UNSET:
            field_dict["other_uncategorized_compensation_to_owners"] = (
                other_uncategorized_compensation_to_owners
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        compensation_to_owners = d.pop("compensation_to_owners", UNSET)
        if compensation_to_owners is not UNSET and type(compensation_to_owners) not in (
            int,
            float,
        ):
            raise TypeError(
                f"compensation_to_owners: expected float, got {type(compensation_to_owners).__name__}"
            )

        other_uncategorized_compensation_to_owners = d.pop(
            "other_uncategorized_compensation_to_owners", UNSET
        )
        if other_uncategorized_compensation_to_owners is not UNSET and type(
            other_uncategorized_compensation_to_owners
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_compensation_to_owners: expected float, got {type(other_uncategorized_compensation_to_owners).__name__}"
            )

        self = cls.__new__(cls)
        self.compensation_to_owners = compensation_to_owners
        self.other_uncategorized_compensation_to_owners = (
            other_uncategorized_compensation_to_owners
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
