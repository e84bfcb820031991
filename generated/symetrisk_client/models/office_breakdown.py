from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OfficeBreakdown")


@_attrs_define
class OfficeBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.office.breakdown`. Every key is optional;
    unknown keys are kept as numbers.

    """

    office_supplies: float | Unset = UNSET
    printed_material: float | Unset = UNSET
    newspapers_books: float | Unset = UNSET
    meetings_courses: float | Unset = UNSET
    other_uncategorized_office: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        office_supplies = self.office_supplies

        printed_material = self.printed_material

        newspapers_books = self.newspapers_books

        meetings_courses = self.meetings_courses

        other_uncategorized_office = self.other_uncategorized_office

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if office_supplies is not UNSET:
            field_dict["office_supplies"] = office_supplies
        if printed_material is not UNSET:
            field_dict["printed_material"] = printed_material
        if newspapers_books is not UNSET:
            field_dict["newspapers_books"] = newspapers_books
        if meetings_courses is not UNSET:
            field_dict["meetings_courses"] = meetings_courses
        if other_uncategorized_office is not UNSET:
            field_dict["other_uncategorized_office"] = other_uncategorized_office

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        office_supplies = d.pop("office_supplies", UNSET)
        if office_supplies is not UNSET and type(office_supplies) not in (int, float):
            raise TypeError(
                f"office_supplies: expected float, got {type(office_supplies).__name__}"
            )

        printed_material = d.pop("printed_material", UNSET)
        if printed_material is not UNSET and type(printed_material) not in (int, float):
            raise TypeError(
                f"printed_material: expected float, got {type(printed_material).__name__}"
            )

        newspapers_books = d.pop("newspapers_books", UNSET)
        if newspapers_books is not UNSET and type(newspapers_books) not in (int, float):
            raise TypeError(
                f"newspapers_books: expected float, got {type(newspapers_books).__name__}"
            )

        meetings_courses = d.pop("meetings_courses", UNSET)
        if meetings_courses is not UNSET and type(meetings_courses) not in (int, float):
            raise TypeError(
                f"meetings_courses: expected float, got {type(meetings_courses).__name__}"
            )

        other_uncategorized_office = d.pop("other_uncategorized_office", UNSET)
        if other_uncategorized_office is not UNSET and type(
            other_uncategorized_office
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_office: expected float, got {type(other_uncategorized_office).__name__}"
            )

        self = cls.__new__(cls)
        self.office_supplies = office_supplies
        self.printed_material = printed_material
        self.newspapers_books = newspapers_books
        self.meetings_courses = meetings_courses
        self.other_uncategorized_office = other_uncategorized_office

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
