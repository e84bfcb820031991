from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherReportableRemunerationBreakdown")


@_attrs_define
class OtherReportableRemunerationBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.other_reportable_remuneration.breakdown`.
    Every key is optional; unknown keys are kept as numbers.

    """

    other_taxable_allowances: float | Unset = UNSET
    bonus: float | Unset = UNSET
    other_uncategorized_other_reportable_remuneration: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_taxable_allowances = self.other_taxable_allowances

        bonus = self.bonus

        other_uncategorized_other_reportable_remuneration = (
            self.other_uncategorized_other_reportable_remuneration
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_taxable_allowances is not UNSET:
            field_dict["other_taxable_allowances"] = other_taxable_allowances
        if bonus is not UNSET:
            field_dict["bonus"] = bonus
        if other_uncategorized_other_reportable_remuneration is not UNSET:
            field_dict["other_uncategorized_other_reportable_remuneration"] = (
                other_uncategorized_other_reportable_remuneration
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        other_taxable_allowances = d.pop("other_taxable_allowances", UNSET)
        if other_taxable_allowances is not UNSET and type(
            other_taxable_allowances
        ) not in (int, float):
            raise TypeError(
                f"other_taxable_allowances: expected float, got {type(other_taxable_allowances).__name__}"
            )

        bonus = d.pop("bonus", UNSET)
        if bonus is not UNSET and type(bonus) not in (int, float):
            raise TypeError(f"bonus: expected float, got {type(bonus).__name__}")

        other_uncategorized_other_reportable_remuneration = d.pop(
            "other_uncategorized_other_reportable_remuneration", UNSET
        )
        if other_uncategorized_other_reportable_remuneration is not UNSET and type(
            other_uncategorized_other_reportable_remuneration
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_reportable_remuneration: expected float, got {type(other_uncategorized_other_reportable_remuneration).__name__}"
            )

        self = cls.__new__(cls)
        self.other_taxable_allowances = other_taxable_allowances
        self.bonus = bonus
        self.other_uncategorized_other_reportable_remuneration = (
            other_uncategorized_other_reportable_remuneration
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
