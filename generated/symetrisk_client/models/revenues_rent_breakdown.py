from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RevenuesRentBreakdown")


@_attrs_define
class RevenuesRentBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.rent.breakdown`. Every key is optional;
    unknown keys are kept as numbers.

    """

    rental_real_estate: float | Unset = UNSET
    rental_equipment: float | Unset = UNSET
    other_rental_income: float | Unset = UNSET
    other_uncategorized_rent: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rental_real_estate = self.rental_real_estate

        rental_equipment = self.rental_equipment

        other_rental_income = self.other_rental_income

        other_uncategorized_rent = self.other_uncategorized_rent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rental_real_estate is not UNSET:
            field_dict["rental_real_estate"] = rental_real_estate
        if rental_equipment is not UNSET:
            field_dict["rental_equipment"] = rental_equipment
        if other_rental_income is not UNSET:
            field_dict["other_rental_income"] = other_rental_income
        if other_uncategorized_rent is not UNSET:
            field_dict["other_uncategorized_rent"] = other_uncategorized_rent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rental_real_estate = d.pop("rental_real_estate", UNSET)
        if rental_real_estate is not UNSET and type(rental_real_estate) not in (
            int,
            float,
        ):
            raise TypeError(
                f"rental_real_estate: expected float, got {type(rental_real_estate).__name__}"
            )

        rental_equipment = d.pop("rental_equipment", UNSET)
        if rental_equipment is not UNSET and type(rental_equipment) not in (int, float):
            raise TypeError(
                f"rental_equipment: expected float, got {type(rental_equipment).__name__}"
            )

        other_rental_income = d.pop("other_rental_income", UNSET)
        if other_rental_income is not UNSET and type(other_rental_income) not in (
            int,
            float,
        ):
            raise TypeError(
                f"other_rental_income: expected float, got {type(other_rental_income).__name__}"
            )

        other_uncategorized_rent = d.pop("other_uncategorized_rent", UNSET)
        if other_uncategorized_rent is not UNSET and type(
            other_uncategorized_rent
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_rent: expected float, got {type(other_uncategorized_rent).__name__}"
            )

        self = cls.__new__(cls)
        self.rental_real_estate = rental_real_estate
        self.rental_equipment = rental_equipment
        self.other_rental_income = other_rental_income
        self.other_uncategorized_rent = other_uncategorized_rent

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
