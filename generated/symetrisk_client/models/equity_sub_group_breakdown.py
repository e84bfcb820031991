from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EquitySubGroupBreakdown")


@_attrs_define
class EquitySubGroupBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.equity.breakdown.equity.breakdown`. Every key is optional;
    unknown keys are kept as numbers.

    """

    share_capital: float | Unset = UNSET
    treasury_shares: float | Unset = UNSET
    share_premium: float | Unset = UNSET
    valuation_reserve: float | Unset = UNSET
    retained_earnings: float | Unset = UNSET
    accumulated_loss: float | Unset = UNSET
    other_uncategorized_equity: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_capital = self.share_capital

        treasury_shares = self.treasury_shares

        share_premium = self.share_premium

        valuation_reserve = self.valuation_reserve

        retained_earnings = self.retained_earnings

        accumulated_loss = self.accumulated_loss

        other_uncategorized_equity = self.other_uncategorized_equity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if share_capital is not UNSET:
            field_dict["share_capital"] = share_capital
        if treasury_shares is not UNSET:
            field_dict["treasury_shares"] = treasury_shares
        if share_premium is not UNSET:
            field_dict["share_premium"] = share_premium
        if valuation_reserve is not UNSET:
            field_dict["valuation_reserve"] = valuation_reserve
        if retained_earnings is not UNSET:
            field_dict["retained_earnings"] = retained_earnings
        if accumulated_loss is not UNSET:
            field_dict["accumulated_loss"] = accumulated_loss
        if other_uncategorized_equity is not UNSET:
            field_dict["other_uncategorized_equity"] = other_uncategorized_equity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        share_capital = d.pop("share_capital", UNSET)
        if share_capital is not UNSET and type(share_capital) not in (int, float):
            raise TypeError(
                f"share_capital: expected float, got {type(share_capital).__name__}"
            )

        treasury_shares = d.pop("treasury_shares", UNSET)
        if treasury_shares is not UNSET and type(treasury_shares) not in (int, float):
            raise TypeError(
                f"treasury_shares: expected float, got {type(treasury_shares).__name__}"
            )

        share_premium = d.pop("share_premium", UNSET)
        if share_premium is not UNSET and type(share_premium) not in (int, float):
            raise TypeError(
                f"share_premium: expected float, got {type(share_premium).__name__}"
            )

        valuation_reserve = d.pop("valuation_reserve", UNSET)
        if valuation_reserve is not UNSET and type(valuation_reserve) not in (
            int,
            float,
        ):
            raise TypeError(
                f"valuation_reserve: expected float, got {type(valuation_reserve).__name__}"
            )

        retained_earnings = d.pop("retained_earnings", UNSET)
        if retained_earnings is not UNSET and type(retained_earnings) not in (
            int,
            float,
        ):
            raise TypeError(
                f"retained_earnings: expected float, got {type(retained_earnings).__name__}"
            )

        accumulated_loss = d.pop("accumulated_loss", UNSET)
        if accumulated_loss is not UNSET and type(accumulated_loss) not in (int, float):
            raise TypeError(
                f"accumulated_loss: expected float, got {type(accumulated_loss).__name__}"
            )

        other_uncategorized_equity = d.pop("other_uncategorized_equity", UNSET)
        if other_uncategorized_equity is not UNSET and type(
            other_uncategorized_equity
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_equity: expected float, got {type(other_uncategorized_equity).__name__}"
            )

        self = cls.__new__(cls)
        self.share_capital = share_capital
        self.treasury_shares = treasury_shares
        self.share_premium = share_premium
        self.valuation_reserve = valuation_reserve
        self.retained_earnings = retained_earnings
        self.accumulated_loss = accumulated_loss
        self.other_uncategorized_equity = other_uncategorized_equity

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
