from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmallToolsBreakdown")


@_attrs_define
class SmallToolsBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.small_tools.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    motor_tools: float | Unset = UNSET
    hand_tools: float | Unset = UNSET
    auxiliary_tools: float | Unset = UNSET
    special_tools: float | Unset = UNSET
    inventory_small: float | Unset = UNSET
    operating_material: float | Unset = UNSET
    office_supplies: float | Unset = UNSET
    work_clothes: float | Unset = UNSET
    other_uncategorized_small_tools: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motor_tools = self.motor_tools

        hand_tools = self.hand_tools

        auxiliary_tools = self.auxiliary_tools

        special_tools = self.special_tools

        inventory_small = self.inventory_small

        operating_material = self.operating_material

        office_supplies = self.office_supplies

        work_clothes = self.work_clothes

        other_uncategorized_small_tools = self.other_uncategorized_small_tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if motor_tools is not UNSET:
            field_dict["motor_tools"] = motor_tools
        if hand_tools is not UNSET:
            field_dict["hand_tools"] = hand_tools
        if auxiliary_tools is not UNSET:
            field_dict["auxiliary_tools"] = auxiliary_tools
        if special_tools is not UNSET:
            field_dict["special_tools"] = special_tools
        if inventory_small is not UNSET:
            field_dict["inventory_small"] = inventory_small
        if operating_material is not UNSET:
            field_dict["operating_material"] = operating_material
        if office_supplies is not UNSET:
            field_dict["office_supplies"] = office_supplies
        if work_clothes is not UNSET:
            field_dict["work_clothes"] = work_clothes
        if other_uncategorized_small_tools is not UNSET:
            field_dict["other_uncategorized_small_tools"] = (
                other_uncategorized_small_tools
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        motor_tools = d.pop("motor_tools", UNSET)
        if motor_tools is not UNSET and type(motor_tools) not in (int, float):
            raise TypeError(
                f"motor_tools: expected float, got {type(motor_tools).__name__}"
            )

        hand_tools = d.pop("hand_tools", UNSET)
        if hand_tools is not UNSET and type(hand_tools) not in (int, float):
            raise TypeError(
                f"hand_tools: expected float, got {type(hand_tools).__name__}"
            )

        auxiliary_tools = d.pop("auxiliary_tools", UNSET)
        if auxiliary_tools is not UNSET and type(auxiliary_tools) not in (int, float):
            raise TypeError(
                f"auxiliary_tools: expected float, got {type(auxiliary_tools).__name__}"
            )

        special_tools = d.pop("special_tools", UNSET)
        if special_tools is not UNSET and type(special_tools) not in (int, float):
            raise TypeError(
                f"special_tools: expected float, got {type(special_tools).__name__}"
            )

        inventory_small = d.pop("inventory_small", UNSET)
        if inventory_small is not UNSET and type(inventory_small) not in (int, float):
            raise TypeError(
                f"inventory_small: expected float, got {type(inventory_small).__name__}"
            )

        operating_material = d.pop("operating_material", UNSET)
        if operating_material is not UNSET and type(operating_material) not in (
            int,
            float,
        ):
            raise TypeError(
                f"operating_material: expected float, got {type(operating_material).__name__}"
            )

        office_supplies = d.pop("office_supplies", UNSET)
        if office_supplies is not UNSET and type(office_supplies) not in (int, float):
            raise TypeError(
                f"office_supplies: expected float, got {type(office_supplies).__name__}"
            )

        work_clothes = d.pop("work_clothes", UNSET)
        if work_clothes is not UNSET and type(work_clothes) not in (int, float):
            raise TypeError(
                f"work_clothes: expected float, got {type(work_clothes).__name__}"
            )

        other_uncategorized_small_tools = d.pop(
            "other_uncategorized_small_tools", UNSET
        )
        if other_uncategorized_small_tools is not UNSET and type(
            other_uncategorized_small_tools
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_small_tools: expected float, got {type(other_uncategorized_small_tools).__name__}"
            )

        self = cls.__new__(cls)
        self.motor_tools = motor_tools
        self.hand_tools = hand_tools
        self.auxiliary_tools = auxiliary_tools
        self.special_tools = special_tools
        self.inventory_small = inventory_small
        self.operating_material = operating_material
        self.office_supplies = office_supplies
        self.work_clothes = work_clothes
        self.other_uncategorized_small_tools = other_uncategorized_small_tools

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
