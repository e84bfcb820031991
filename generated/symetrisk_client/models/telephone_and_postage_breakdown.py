from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TelephoneAndPostageBreakdown")


@_attrs_define
class TelephoneAndPostageBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.telephone_and_postage.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    telephone: float | Unset = UNSET
    postage: float | Unset = UNSET
    other_uncategorized_telephone_and_postage: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        telephone = self.telephone

        postage = self.postage

        other_uncategorized_telephone_and_postage = (
            self.other_uncategorized_telephone_and_postage
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if postage is not UNSET:
            field_dict["postage"] = postage
        if other_uncategorized_telephone_and_postage is not UNSET:
            field_dict["other_uncategorized_telephone_and_postage"] = (
                other_uncategorized_telephone_and_postage
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        telephone = d.pop("telephone", UNSET)
        if telephone is not UNSET and type(telephone) not in (int, float):
            raise TypeError(
                f"telephone: expected float, got {type(telephone).__name__}"
            )

        postage = d.pop("postage", UNSET)
        if postage is not UNSET and type(postage) not in (int, float):
            raise TypeError(f"postage: expected float, got {type(postage).__name__}")

        other_uncategorized_telephone_and_postage = d.pop(
            "other_uncategorized_telephone_and_postage", UNSET
        )
        if other_uncategorized_telephone_and_postage is not UNSET and type(
            other_uncategorized_telephone_and_postage
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_telephone_and_postage: expected float, got {type(other_uncategorized_telephone_and_postage).__name__}"
            )

        self = cls.__new__(cls)
        self.telephone = telephone
        self.postage = postage
        self.other_uncategorized_telephone_and_postage = (
            other_uncategorized_telephone_and_postage
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
