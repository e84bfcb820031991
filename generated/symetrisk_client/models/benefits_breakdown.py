from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BenefitsBreakdown")


@_attrs_define
class BenefitsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.benefits.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    benefit_car: float | Unset = UNSET
    benefit_phone: float | Unset = UNSET
    benefit_newspaper: float | Unset = UNSET
    benefit_lodging: float | Unset = UNSET
    benefit_interest: float | Unset = UNSET
    other_benefits: float | Unset = UNSET
    benefits_contra_account: float | Unset = UNSET
    other_uncategorized_benefits: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        benefit_car = self.benefit_car

        benefit_phone = self.benefit_phone

        benefit_newspaper = self.benefit_newspaper

        benefit_lodging = self.benefit_lodging

        benefit_interest = self.benefit_interest

        other_benefits = self.other_benefits

        benefits_contra_account = self.benefits_contra_account

        other_uncategorized_benefits = self.other_uncategorized_benefits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if benefit_car is not UNSET:
            field_dict["benefit_car"] = benefit_car
        if benefit_phone is not UNSET:
            field_dict["benefit_phone"] = benefit_phone
        if benefit_newspaper is not UNSET:
            field_dict["benefit_newspaper"] = benefit_newspaper
        if benefit_lodging is not UNSET:
            field_dict["benefit_lodging"] = benefit_lodging
        if benefit_interest is not UNSET:
            field_dict["benefit_interest"] = benefit_interest
        if other_benefits is not UNSET:
            field_dict["other_benefits"] = other_benefits
        if benefits_contra_account is not UNSET:
            field_dict["benefits_contra_account"] = benefits_contra_account
        if other_uncategorized_benefits is not UNSET:
            field_dict["other_uncategorized_benefits"] = other_uncategorized_benefits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        benefit_car = d.pop("benefit_car", UNSET)

        benefit_phone = d.pop("benefit_phone", UNSET)

        benefit_newspaper = d.pop("benefit_newspaper", UNSET)

        benefit_lodging = d.pop("benefit_lodging", UNSET)

        benefit_interest = d.pop("benefit_interest", UNSET)

        other_benefits = d.pop("other_benefits", UNSET)

        benefits_contra_account = d.pop("benefits_contra_account", UNSET)

        other_uncategorized_benefits = d.pop("other_uncategorized_benefits", UNSET)

        self = cls.__new__(cls)
        self.benefit_car = benefit_car
        self.benefit_phone = benefit_phone
        self.benefit_newspaper = benefit_newspaper
        self.benefit_lodging = benefit_lodging
        self.benefit_interest = benefit_interest
        self.other_benefits = other_benefits
        self.benefits_contra_account = benefits_contra_account
        self.other_uncategorized_benefits = other_uncategorized_benefits

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
