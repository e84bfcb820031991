from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfitAndLossDerived")


@_attrs_define
class ProfitAndLossDerived:
    """Figures Symetrisk derives from the ledger (`data.p_and_l_items.derived`). Every key is optional; unknown keys are
    kept as numbers.

    """

    ebitda: float | Unset = UNSET
    """ Earnings before interest, taxes, depreciation and amortization (revenues minus expenses in the docs
    example). """
    ebit: float | Unset = UNSET
    """ Earnings before interest and taxes (ebitda minus depreciation_and_amortization in the docs example). """
    net_profit: float | Unset = UNSET
    """ Net profit (ebit plus financial income, minus financial expenses and taxes, in the docs example). """
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ebitda = self.ebitda

        ebit = self.ebit

        net_profit = self.net_profit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ebitda is not UNSET:
            field_dict["ebitda"] = ebitda
        if ebit is not UNSET:
            field_dict["ebit"] = ebit
        if net_profit is not UNSET:
            field_dict["net_profit"] = net_profit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ebitda = d.pop("ebitda", UNSET)
        if ebitda is not UNSET and type(ebitda) not in (int, float):
            raise TypeError(f"ebitda: expected float, got {type(ebitda).__name__}")

        ebit = d.pop("ebit", UNSET)
        if ebit is not UNSET and type(ebit) not in (int, float):
            raise TypeError(f"ebit: expected float, got {type(ebit).__name__}")

        net_profit = d.pop("net_profit", UNSET)
        if net_profit is not UNSET and type(net_profit) not in (int, float):
            raise TypeError(
                f"net_profit: expected float, got {type(net_profit).__name__}"
            )

        self = cls.__new__(cls)
        self.ebitda = ebitda
        self.ebit = ebit
        self.net_profit = net_profit

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
