from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepreciationBreakdown")


@_attrs_define
class DepreciationBreakdown:
    """Leaf amounts under
    `data.p_and_l_items.ledger_balances.depreciation_and_amortization.breakdown.depreciation.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    depreciation_buildings: float | Unset = UNSET
    depreciation_transport_machinery: float | Unset = UNSET
    impairment_fixed_assets: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depreciation_buildings = self.depreciation_buildings

        depreciation_transport_machinery = self.depreciation_transport_machinery

        impairment_fixed_assets = self.impairment_fixed_assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if depreciation_buildings is not UNSET:
            field_dict["depreciation_buildings"] = depreciation_buildings
        if depreciation_transport_machinery is not UNSET:
            field_dict["depreciation_transport_machinery"] = (
                depreciation_transport_machinery
            )
        if impairment_fixed_assets is not UNSET:
            field_dict["impairment_fixed_assets"] = impairment_fixed_assets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        depreciation_buildings = d.pop("depreciation_buildings", UNSET)
        if depreciation_buildings is not UNSET and type(depreciation_buildings) not in (
            int,
            float,
        ):
            raise TypeError(
                f"depreciation_buildings: expected float, got {type(depreciation_buildings).__name__}"
            )

        depreciation_transport_machinery = d.pop(
            "depreciation_transport_machinery", UNSET
        )
        if depreciation_transport_machinery is not UNSET and type(
            depreciation_transport_machinery
        ) not in (int, float):
            raise TypeError(
                f"depreciation_transport_machinery: expected float, got {type(depreciation_transport_machinery).__name__}"
            )

        impairment_fixed_assets = d.pop("impairment_fixed_assets", UNSET)
        if impairment_fixed_assets is not UNSET and type(
            impairment_fixed_assets
        ) not in (int, float):
            raise TypeError(
                f"impairment_fixed_assets: expected float, got {type(impairment_fixed_assets).__name__}"
            )

        self = cls.__new__(cls)
        self.depreciation_buildings = depreciation_buildings
        self.depreciation_transport_machinery = depreciation_transport_machinery
        self.impairment_fixed_assets = impairment_fixed_assets

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
