from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherReimbursementsBreakdown")


@_attrs_define
class OtherReimbursementsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.other_reimbursements.breakdown`. Every key
    is optional; unknown keys are kept as numbers.

    """

    other_reimbursements: float | Unset = UNSET
    other_uncategorized_other_reimbursements: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_reimbursements = self.other_reimbursements

        other_uncategorized_other_reimbursements = (
            self.other_uncategorized_other_reimbursements
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_reimbursements is not UNSET:
            field_dict["other_reimbursements"] = other_reimbursements
        if other_uncategorized_other_reimbursements is not UNSET:
            field_dict["other_uncategorized_other_reimbursements"] = (
                other_uncategorized_other_reimbursements
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        other_reimbursements = d.pop("other_reimbursements", UNSET)
        if other_reimbursements is not UNSET and type(other_reimbursements) not in (
            int,
            float,
        ):
            raise TypeError(
                f"other_reimbursements: expected float, got {type(other_reimbursements).__name__}"
            )

        other_uncategorized_other_reimbursements = d.pop(
            "other_uncategorized_other_reimbursements", UNSET
        )
        if other_uncategorized_other_reimbursements is not UNSET and type(
            other_uncategorized_other_reimbursements
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_reimbursements: expected float, got {type(other_uncategorized_other_reimbursements).__name__}"
            )

        self = cls.__new__(cls)
        self.other_reimbursements = other_reimbursements
        self.other_uncategorized_other_reimbursements = (
            other_uncategorized_other_reimbursements
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
