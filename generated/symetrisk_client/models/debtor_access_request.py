from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DebtorAccessRequest")


@_attrs_define
class DebtorAccessRequest:
    """Debtors a creditor requests access to."""

    debtors: list[OrganizationReference]
    """ The debtor companies, by organization number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        debtors = []
        for debtors_item_data in self.debtors:
            debtors_item = debtors_item_data.to_dict()
            debtors.append(debtors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "debtors": debtors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        debtors = []
        _debtors = src_dict["debtors"]
        for debtors_item_data in _debtors:
            debtors_item = OrganizationReference.from_dict(debtors_item_data)

            debtors.append(debtors_item)

        d: dict[str, Any] = {}
        if len(src_dict) != 1:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"debtors"}}
        self = cls.__new__(cls)
        self.debtors = debtors

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


# Imported after the class rather than inside from_dict()/to_dict(): a function-level import runs
# on every call, and nested payloads call from_dict() hundreds of times. Placed last so that
# recursive schemas (import cycles) still work.
from ..models.organization_reference import OrganizationReference
