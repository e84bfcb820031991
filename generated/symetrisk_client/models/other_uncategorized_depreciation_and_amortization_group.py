from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OtherUncategorizedDepreciationAndAmortizationGroup")


@_attrs_define
class OtherUncategorizedDepreciationAndAmortizationGroup:
    """Sub-group `other_uncategorized_depreciation_and_amortization` (data.p_and_l_items.ledger_balances.depreciation_and_a
    mortization.breakdown.other_uncategorized_depreciation_and_amortization).

    """

    total: float
    """ Total of the group as reported by Symetrisk. """
    breakdown: OtherUncategorizedDepreciationAndAmortizationBreakdown
    """ Leaf amounts under `data.p_and_l_items.ledger_balances.depreciation_and_amortization.breakdown.other_uncateg
    orized_depreciation_and_amortization.breakdown`. Every key is optional; unknown keys are kept as numbers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        breakdown = self.breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "breakdown": breakdown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        total = src_dict["total"]
        if type(total) not in (int, float):
            raise TypeError(f"total: expected float, got {type(total).__name__}")

        breakdown = OtherUncategorizedDepreciationAndAmortizationBreakdown.from_dict(
            src_dict["breakdown"]
        )

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"total", "breakdown"}}
        self = cls.__new__(cls)
        self.total = total
        self.breakdown = breakdown

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
from ..models.other_uncategorized_depreciation_and_amortization_breakdown import (
    OtherUncategorizedDepreciationAndAmortizationBreakdown,
)
