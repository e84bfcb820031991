from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompanySummary")


@_attrs_define
class CompanySummary:
    """A company's name and organization number."""

    name: str
    """ Company name. """
    organization_number: str
    """ Norwegian organization number (brreg), nine digits. The SDK checks the format before sending and, against
    production, the mod-11 check digit too (`x-business-id`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_number = self.organization_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization_number": organization_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]
        if type(name) is not str:
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        organization_number = src_dict["organization_number"]
        if type(organization_number) is not str:
            raise TypeError(
                f"organization_number: expected str, got {type(organization_number).__name__}"
            )

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k not in {"name", "organization_number"}
            }
        self = cls.__new__(cls)
        self.name = name
        self.organization_number = organization_number

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
