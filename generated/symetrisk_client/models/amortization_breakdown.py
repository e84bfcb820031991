from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmortizationBreakdown")


@_attrs_define
class AmortizationBreakdown:
    """Leaf amounts under
    `data.p_and_l_items.ledger_balances.depreciation_and_amortization.breakdown.amortization.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    amortization_intangibles: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amortization_intangibles = self.amortization_intangibles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amortization_intangibles is not UNSET:
            field_dict["amortization_intangibles"] = amortization_intangibles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amortization_intangibles = d.pop("amortization_intangibles", UNSET)
        if amortization_intangibles is not UNSET and type(
            amortization_intangibles
        ) not in (int, float):
            raise TypeError(
                f"amortization_intangibles: expected float, got {type(amortization_intangibles).__name__}"
            )

        self = cls.__new__(cls)
        self.amortization_intangibles = amortization_intangibles

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
