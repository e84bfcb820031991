from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetGainBreakdown")


@_attrs_define
class AssetGainBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.revenues.breakdown.asset_gain.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    asset_gain: float | Unset = UNSET
    other_uncategorized_asset_gain: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_gain = self.asset_gain

        other_uncategorized_asset_gain = self.other_uncategorized_asset_gain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_gain is not UNSET:
            field_dict["asset_gain"] = asset_gain
        if other_uncategorized_asset_gain is not UNSET:
            field_dict["other_uncategorized_asset_gain"] = (
                other_uncategorized_asset_gain
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_gain = d.pop("asset_gain", UNSET)
        if asset_gain is not UNSET and type(asset_gain) not in (int, float):
            raise TypeError(
                f"asset_gain: expected float, got {type(asset_gain).__name__}"
            )

        other_uncategorized_asset_gain = d.pop("other_uncategorized_asset_gain", UNSET)
        if other_uncategorized_asset_gain is not UNSET and type(
            other_uncategorized_asset_gain
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_asset_gain: expected float, got {type(other_uncategorized_asset_gain).__name__}"
            )

        self = cls.__new__(cls)
        self.asset_gain = asset_gain
        self.other_uncategorized_asset_gain = other_uncategorized_asset_gain

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
