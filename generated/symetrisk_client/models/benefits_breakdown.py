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
        if benefit_car is not UNSET and type(benefit_car) not in (int, float):
            raise TypeError(
                f"benefit_car: expected float, got {type(benefit_car).__name__}"
            )

        benefit_phone = d.pop("benefit_phone", UNSET)
        if benefit_phone is not UNSET and type(benefit_phone) not in (int, float):
            raise TypeError(
                f"benefit_phone: expected float, got {type(benefit_phone).__name__}"
            )

        benefit_newspaper = d.pop("benefit_newspaper", UNSET)
        if benefit_newspaper is not UNSET and type(benefit_newspaper) not in (
            int,
            float,
        ):
            raise TypeError(
                f"benefit_newspaper: expected float, got {type(benefit_newspaper).__name__}"
            )

        benefit_lodging = d.pop("benefit_lodging", UNSET)
        if benefit_lodging is not UNSET and type(benefit_lodging) not in (int, float):
            raise TypeError(
                f"benefit_lodging: expected float, got {type(benefit_lodging).__name__}"
            )

        benefit_interest = d.pop("benefit_interest", UNSET)
        if benefit_interest is not UNSET and type(benefit_interest) not in (int, float):
            raise TypeError(
                f"benefit_interest: expected float, got {type(benefit_interest).__name__}"
            )

        other_benefits = d.pop("other_benefits", UNSET)
        if other_benefits is not UNSET and type(other_benefits) not in (int, float):
            raise TypeError(
                f"other_benefits: expected float, got {type(other_benefits).__name__}"
            )

        benefits_contra_account = d.pop("benefits_contra_account", UNSET)
        if benefits_contra_account is not UNSET and type(
            benefits_contra_account
        ) not in (int, float):
            raise TypeError(
                f"benefits_contra_account: expected float, got {type(benefits_contra_account).__name__}"
            )

        other_uncategorized_benefits = d.pop("other_uncategorized_benefits", UNSET)
        if other_uncategorized_benefits is not UNSET and type(
            other_uncategorized_benefits
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_benefits: expected float, got {type(other_uncategorized_benefits).__name__}"
            )

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
