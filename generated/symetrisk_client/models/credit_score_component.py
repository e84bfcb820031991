from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditScoreComponent")


@_attrs_define
class CreditScoreComponent:
    """One factor of the credit score. No scale or unit is documented."""

    value: float
    """ The factor's measured value. """
    contribution: float
    """ Points this factor adds to `credit_score`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        contribution = self.contribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "contribution": contribution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        value = src_dict["value"]
        if type(value) not in (int, float):
            raise TypeError(f"value: expected float, got {type(value).__name__}")

        contribution = src_dict["contribution"]
        if type(contribution) not in (int, float):
            raise TypeError(
                f"contribution: expected float, got {type(contribution).__name__}"
            )

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {
                k: v for k, v in src_dict.items() if k not in {"value", "contribution"}
            }
        self = cls.__new__(cls)
        self.value = value
        self.contribution = contribution

        self.additional_properties = d
        return self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
