from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortTermInvestmentsBreakdown")


@_attrs_define
class ShortTermInvestmentsBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.short_term_investments.breakdown`.
    Every key is optional; unknown keys are kept as numbers.

    """

    group_shares: float | Unset = UNSET
    market_shares: float | Unset = UNSET
    other_shares: float | Unset = UNSET
    market_bonds: float | Unset = UNSET
    other_bonds: float | Unset = UNSET
    market_bonds_certificates: float | Unset = UNSET
    certificates: float | Unset = UNSET
    market_instruments: float | Unset = UNSET
    other_financial_instruments: float | Unset = UNSET
    other_uncategorized_short_term_investments: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_shares = self.group_shares

        market_shares = self.market_shares

        other_shares = self.other_shares

        market_bonds = self.market_bonds

        other_bonds = self.other_bonds

        market_bonds_certificates = self.market_bonds_certificates

        certificates = self.certificates

        market_instruments = self.market_instruments

        other_financial_instruments = self.other_financial_instruments

        other_uncategorized_short_term_investments = (
            self.other_uncategorized_short_term_investments
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_shares is not UNSET:
            field_dict["group_shares"] = group_shares
        if market_shares is not UNSET:
            field_dict["market_shares"] = market_shares
        if other_shares is not UNSET:
            field_dict["other_shares"] = other_shares
        if market_bonds is not UNSET:
            field_dict["market_bonds"] = market_bonds
        if other_bonds is not UNSET:
            field_dict["other_bonds"] = other_bonds
        if market_bonds_certificates is not UNSET:
            field_dict["market_bonds_certificates"] = market_bonds_certificates
        if certificates is not UNSET:
            field_dict["certificates"] = certificates
        if market_instruments is not UNSET:
            field_dict["market_instruments"] = market_instruments
        if other_financial_instruments is not UNSET:
            field_dict["other_financial_instruments"] = other_financial_instruments
        if other_uncategorized_short_term_investments is not UNSET:
            field_dict["other_uncategorized_short_term_investments"] = (
                other_uncategorized_short_term_investments
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_shares = d.pop("group_shares", UNSET)
        if group_shares is not UNSET and type(group_shares) not in (int, float):
            raise TypeError(
                f"group_shares: expected float, got {type(group_shares).__name__}"
            )

        market_shares = d.pop("market_shares", UNSET)
        if market_shares is not UNSET and type(market_shares) not in (int, float):
            raise TypeError(
                f"market_shares: expected float, got {type(market_shares).__name__}"
            )

        other_shares = d.pop("other_shares", UNSET)
        if other_shares is not UNSET and type(other_shares) not in (int, float):
            raise TypeError(
                f"other_shares: expected float, got {type(other_shares).__name__}"
            )

        market_bonds = d.pop("market_bonds", UNSET)
        if market_bonds is not UNSET and type(market_bonds) not in (int, float):
            raise TypeError(
                f"market_bonds: expected float, got {type(market_bonds).__name__}"
            )

        other_bonds = d.pop("other_bonds", UNSET)
        if other_bonds is not UNSET and type(other_bonds) not in (int, float):
            raise TypeError(
                f"other_bonds: expected float, got {type(other_bonds).__name__}"
            )

        market_bonds_certificates = d.pop("market_bonds_certificates", UNSET)
        if market_bonds_certificates is not UNSET and type(
            market_bonds_certificates
        ) not in (int, float):
            raise TypeError(
                f"market_bonds_certificates: expected float, got {type(market_bonds_certificates).__name__}"
            )

        certificates = d.pop("certificates", UNSET)
        if certificates is not UNSET and type(certificates) not in (int, float):
            raise TypeError(
                f"certificates: expected float, got {type(certificates).__name__}"
            )

        market_instruments = d.pop("market_instruments", UNSET)
        if market_instruments is not UNSET and type(market_instruments) not in (
            int,
            float,
        ):
            raise TypeError(
                f"market_instruments: expected float, got {type(market_instruments).__name__}"
            )

        other_financial_instruments = d.pop("other_financial_instruments", UNSET)
        if other_financial_instruments is not UNSET and type(
            other_financial_instruments
        ) not in (int, float):
            raise TypeError(
                f"other_financial_instruments: expected float, got {type(other_financial_instruments).__name__}"
            )

        other_uncategorized_short_term_investments = d.pop(
            "other_uncategorized_short_term_investments", UNSET
        )
        if other_uncategorized_short_term_investments is not UNSET and type(
            other_uncategorized_short_term_investments
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_short_term_investments: expected float, got {type(other_uncategorized_short_term_investments).__name__}"
            )

        self = cls.__new__(cls)
        self.group_shares = group_shares
        self.market_shares = market_shares
        self.other_shares = other_shares
        self.market_bonds = market_bonds
        self.other_bonds = other_bonds
        self.market_bonds_certificates = market_bonds_certificates
        self.certificates = certificates
        self.market_instruments = market_instruments
        self.other_financial_instruments = other_financial_instruments
        self.other_uncategorized_short_term_investments = (
            other_uncategorized_short_term_investments
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
