from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InterestIncomeBreakdown")


@_attrs_define
class InterestIncomeBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.interest_income.breakdown`. Every key is optional; unknown
    keys are kept as numbers.

    """

    interest_income: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interest_income = self.interest_income

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interest_income is not UNSET:
            field_dict["interest_income"] = interest_income

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        interest_income = d.pop("interest_income", UNSET)
        if interest_income is not UNSET and type(interest_income) not in (int, float):
            raise TypeError(
                f"interest_income: expected float, got {type(interest_income).__name__}"
            )

        self = cls.__new__(cls)
        self.interest_income = interest_income

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
