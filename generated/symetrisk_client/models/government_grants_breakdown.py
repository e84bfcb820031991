from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GovernmentGrantsBreakdown")


@_attrs_define
class GovernmentGrantsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.government_grants.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    special_grant_production: float | Unset = UNSET
    special_grant_services: float | Unset = UNSET
    other_uncategorized_government_grants: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        special_grant_production = self.special_grant_production

        special_grant_services = self.special_grant_services

        other_uncategorized_government_grants = (
            self.other_uncategorized_government_grants
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if special_grant_production is not UNSET:
            field_dict["special_grant_production"] = special_grant_production
        if special_grant_services is not UNSET:
            field_dict["special_grant_services"] = special_grant_services
        if other_uncategorized_government_grants is not UNSET:
            field_dict["other_uncategorized_government_grants"] = (
                other_uncategorized_government_grants
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        special_grant_production = d.pop("special_grant_production", UNSET)
        if special_grant_production is not UNSET and type(
            special_grant_production
        ) not in (int, float):
            raise TypeError(
                f"special_grant_production: expected float, got {type(special_grant_production).__name__}"
            )

        special_grant_services = d.pop("special_grant_services", UNSET)
        if special_grant_services is not UNSET and type(special_grant_services) not in (
            int,
            float,
        ):
            raise TypeError(
                f"special_grant_services: expected float, got {type(special_grant_services).__name__}"
            )

        other_uncategorized_government_grants = d.pop(
            "other_uncategorized_government_grants", UNSET
        )
        if other_uncategorized_government_grants is not UNSET and type(
            other_uncategorized_government_grants
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_government_grants: expected float, got {type(other_uncategorized_government_grants).__name__}"
            )

        self = cls.__new__(cls)
        self.special_grant_production = special_grant_production
        self.special_grant_services = special_grant_services
        self.other_uncategorized_government_grants = (
            other_uncategorized_government_grants
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
