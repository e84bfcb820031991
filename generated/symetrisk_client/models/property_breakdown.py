from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PropertyBreakdown")


@_attrs_define
class PropertyBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.property.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    buildings: float | Unset = UNSET
    bulding_facilities: float | Unset = UNSET
    """ Spelled so by the API (sic). """
    construction_in_progress: float | Unset = UNSET
    agriculture_property: float | Unset = UNSET
    plots_land: float | Unset = UNSET
    residential_property: float | Unset = UNSET
    other_uncategorized_property: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buildings = self.buildings

        bulding_facilities = self.bulding_facilities

        construction_in_progress = self.construction_in_progress

        agriculture_property = self.agriculture_property

        plots_land = self.plots_land

        residential_property = self.residential_property

        other_uncategorized_property = self.other_uncategorized_property

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buildings is not UNSET:
            field_dict["buildings"] = buildings
        if bulding_facilities is not UNSET:
            field_dict["bulding_facilities"] = bulding_facilities
        if construction_in_progress is not UNSET:
            field_dict["construction_in_progress"] = construction_in_progress
        if agriculture_property is not UNSET:
            field_dict["agriculture_property"] = agriculture_property
        if plots_land is not UNSET:
            field_dict["plots_land"] = plots_land
        if residential_property is not UNSET:
            field_dict["residential_property"] = residential_property
        if other_uncategorized_property is not UNSET:
            field_dict["other_uncategorized_property"] = other_uncategorized_property

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        buildings = d.pop("buildings", UNSET)
        if buildings is not UNSET and type(buildings) not in (int, float):
            raise TypeError(
                f"buildings: expected float, got {type(buildings).__name__}"
            )

        bulding_facilities = d.pop("bulding_facilities", UNSET)
        if bulding_facilities is not UNSET and type(bulding_facilities) not in (
            int,
            float,
        ):
            raise TypeError(
                f"bulding_facilities: expected float, got {type(bulding_facilities).__name__}"
            )

        construction_in_progress = d.pop("construction_in_progress", UNSET)
        if construction_in_progress is not UNSET and type(
            construction_in_progress
        ) not in (int, float):
            raise TypeError(
                f"construction_in_progress: expected float, got {type(construction_in_progress).__name__}"
            )

        agriculture_property = d.pop("agriculture_property", UNSET)
        if agriculture_property is not UNSET and type(agriculture_property) not in (
            int,
            float,
        ):
            raise TypeError(
                f"agriculture_property: expected float, got {type(agriculture_property).__name__}"
            )

        plots_land = d.pop("plots_land", UNSET)
        if plots_land is not UNSET and type(plots_land) not in (int, float):
            raise TypeError(
                f"plots_land: expected float, got {type(plots_land).__name__}"
            )

        residential_property = d.pop("residential_property", UNSET)
        if residential_property is not UNSET and type(residential_property) not in (
            int,
            float,
        ):
            raise TypeError(
                f"residential_property: expected float, got {type(residential_property).__name__}"
            )

        other_uncategorized_property = d.pop("other_uncategorized_property", UNSET)
        if other_uncategorized_property is not UNSET and type(
            other_uncategorized_property
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_property: expected float, got {type(other_uncategorized_property).__name__}"
            )

        self = cls.__new__(cls)
        self.buildings = buildings
        self.bulding_facilities = bulding_facilities
        self.construction_in_progress = construction_in_progress
        self.agriculture_property = agriculture_property
        self.plots_land = plots_land
        self.residential_property = residential_property
        self.other_uncategorized_property = other_uncategorized_property

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
