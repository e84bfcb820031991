from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FreightAndTransportBreakdown")


@_attrs_define
class FreightAndTransportBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.freight_and_transport.breakdown`. Every
    key is optional; unknown keys are kept as numbers.

    """

    freight_and_insurance: float | Unset = UNSET
    customs_and_clearance: float | Unset = UNSET
    other_uncategorized_freight_and_transport: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        freight_and_insurance = self.freight_and_insurance

        customs_and_clearance = self.customs_and_clearance

        other_uncategorized_freight_and_transport = (
            self.other_uncategorized_freight_and_transport
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if freight_and_insurance is not UNSET:
            field_dict["freight_and_insurance"] = freight_and_insurance
        if customs_and_clearance is not UNSET:
            field_dict["customs_and_clearance"] = customs_and_clearance
        if other_uncategorized_freight_and_transport is not UNSET:
            field_dict["other_uncategorized_freight_and_transport"] = (
                other_uncategorized_freight_and_transport
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        freight_and_insurance = d.pop("freight_and_insurance", UNSET)
        if freight_and_insurance is not UNSET and type(freight_and_insurance) not in (
            int,
            float,
        ):
            raise TypeError(
                f"freight_and_insurance: expected float, got {type(freight_and_insurance).__name__}"
            )

        customs_and_clearance = d.pop("customs_and_clearance", UNSET)
        if customs_and_clearance is not UNSET and type(customs_and_clearance) not in (
            int,
            float,
        ):
            raise TypeError(
                f"customs_and_clearance: expected float, got {type(customs_and_clearance).__name__}"
            )

        other_uncategorized_freight_and_transport = d.pop(
            "other_uncategorized_freight_and_transport", UNSET
        )
        if other_uncategorized_freight_and_transport is not UNSET and type(
            other_uncategorized_freight_and_transport
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_freight_and_transport: expected float, got {type(other_uncategorized_freight_and_transport).__name__}"
            )

        self = cls.__new__(cls)
        self.freight_and_insurance = freight_and_insurance
        self.customs_and_clearance = customs_and_clearance
        self.other_uncategorized_freight_and_transport = (
            other_uncategorized_freight_and_transport
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
