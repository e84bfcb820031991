from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DividendBreakdown")


@_attrs_define
class DividendBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.dividend.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    dividend_accrued: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dividend_accrued = self.dividend_accrued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dividend_accrued is not UNSET:
            field_dict["dividend_accrued"] = dividend_accrued

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dividend_accrued = d.pop("dividend_accrued", UNSET)
        if dividend_accrued is not UNSET and type(dividend_accrued) not in (int, float):
            raise TypeError(
                f"dividend_accrued: expected float, got {type(dividend_accrued).__name__}"
            )

        self = cls.__new__(cls)
        self.dividend_accrued = dividend_accrued

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
