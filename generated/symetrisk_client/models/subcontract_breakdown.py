from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubcontractBreakdown")


@_attrs_define
class SubcontractBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.subcontract.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    subcontracting_services: float | Unset = UNSET
    inventory_change: float | Unset = UNSET
    other_uncategorized_subcontract: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subcontracting_services = self.subcontracting_services

        inventory_change = self.inventory_change

        other_uncategorized_subcontract = self.other_uncategorized_subcontract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subcontracting_services is not UNSET:
            field_dict["subcontracting_services"] = subcontracting_services
        if inventory_change is not UNSET:
            field_dict["inventory_change"] = inventory_change
        if other_uncategorized_subcontract is not UNSET:
            field_dict["other_uncategorized_subcontract"] = (
                other_uncategorized_subcontract
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subcontracting_services = d.pop("subcontracting_services", UNSET)
        if subcontracting_services is not UNSET and type(
            subcontracting_services
        ) not in (int, float):
            raise TypeError(
                f"subcontracting_services: expected float, got {type(subcontracting_services).__name__}"
            )

        inventory_change = d.pop("inventory_change", UNSET)
        if inventory_change is not UNSET and type(inventory_change) not in (int, float):
            raise TypeError(
                f"inventory_change: expected float, got {type(inventory_change).__name__}"
            )

        other_uncategorized_subcontract = d.pop(
            "other_uncategorized_subcontract", UNSET
        )
        if other_uncategorized_subcontract is not UNSET and type(
            other_uncategorized_subcontract
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_subcontract: expected float, got {type(other_uncategorized_subcontract).__name__}"
            )

        self = cls.__new__(cls)
        self.subcontracting_services = subcontracting_services
        self.inventory_change = inventory_change
        self.other_uncategorized_subcontract = other_uncategorized_subcontract

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
