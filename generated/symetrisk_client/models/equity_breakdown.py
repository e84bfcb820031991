from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EquityBreakdown")


@_attrs_define
class EquityBreakdown:
    """Sub-groups of `data.balance_items.ledger_balances.equity`, each with its own total and breakdown. Every key is
    optional; unknown keys are kept as they come (any JSON value).

    """

    equity: EquitySubGroup | Unset = UNSET
    """ Sub-group `equity` (data.balance_items.ledger_balances.equity.breakdown.equity). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = self.equity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if equity is not UNSET:
            field_dict["equity"] = equity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _equity = d.pop("equity", UNSET)
        equity: EquitySubGroup | Unset
        if isinstance(_equity, Unset):
            equity = UNSET
        else:
            equity = EquitySubGroup.from_dict(_equity)

        self = cls.__new__(cls)
        self.equity = equity

        self.additional_properties = d if d else {}
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
from ..models.equity_sub_group import EquitySubGroup
