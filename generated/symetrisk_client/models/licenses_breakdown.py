from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LicensesBreakdown")


@_attrs_define
class LicensesBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.licenses.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    royalties: float | Unset = UNSET
    patent_costs: float | Unset = UNSET
    trademark_costs: float | Unset = UNSET
    inspection_and_stamp_fees: float | Unset = UNSET
    other_uncategorized_licenses: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        royalties = self.royalties

        patent_costs = self.patent_costs

        trademark_costs = self.trademark_costs

        inspection_and_stamp_fees = self.inspection_and_stamp_fees

        other_uncategorized_licenses = self.other_uncategorized_licenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if royalties is not UNSET:
            field_dict["royalties"] = royalties
        if patent_costs is not UNSET:
            field_dict["patent_costs"] = patent_costs
        if trademark_costs is not UNSET:
            field_dict["trademark_costs"] = trademark_costs
        if inspection_and_stamp_fees is not UNSET:
            field_dict["inspection_and_stamp_fees"] = inspection_and_stamp_fees
        if other_uncategorized_licenses is not UNSET:
            field_dict["other_uncategorized_licenses"] = other_uncategorized_licenses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        royalties = d.pop("royalties", UNSET)
        if royalties is not UNSET and type(royalties) not in (int, float):
            raise TypeError(
                f"royalties: expected float, got {type(royalties).__name__}"
            )

        patent_costs = d.pop("patent_costs", UNSET)
        if patent_costs is not UNSET and type(patent_costs) not in (int, float):
            raise TypeError(
                f"patent_costs: expected float, got {type(patent_costs).__name__}"
            )

        trademark_costs = d.pop("trademark_costs", UNSET)
        if trademark_costs is not UNSET and type(trademark_costs) not in (int, float):
            raise TypeError(
                f"trademark_costs: expected float, got {type(trademark_costs).__name__}"
            )

        inspection_and_stamp_fees = d.pop("inspection_and_stamp_fees", UNSET)
        if inspection_and_stamp_fees is not UNSET and type(
            inspection_and_stamp_fees
        ) not in (int, float):
            raise TypeError(
                f"inspection_and_stamp_fees: expected float, got {type(inspection_and_stamp_fees).__name__}"
            )

        other_uncategorized_licenses = d.pop("other_uncategorized_licenses", UNSET)
        if other_uncategorized_licenses is not UNSET and type(
            other_uncategorized_licenses
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_licenses: expected float, got {type(other_uncategorized_licenses).__name__}"
            )

        self = cls.__new__(cls)
        self.royalties = royalties
        self.patent_costs = patent_costs
        self.trademark_costs = trademark_costs
        self.inspection_and_stamp_fees = inspection_and_stamp_fees
        self.other_uncategorized_licenses = other_uncategorized_licenses

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
