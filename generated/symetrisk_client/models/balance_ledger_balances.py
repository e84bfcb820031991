from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceLedgerBalances")


@_attrs_define
class BalanceLedgerBalances:
    """Top-level ledger groups of `data.balance_items`. Every key is optional; unknown groups are kept as they come (any
    JSON value).

    """

    equity: EquityGroup | Unset = UNSET
    """ Ledger group `equity` (data.balance_items.ledger_balances.equity). """
    liabilities: LiabilitiesGroup | Unset = UNSET
    """ Ledger group `liabilities` (data.balance_items.ledger_balances.liabilities). """
    total_assets: TotalAssetsGroup | Unset = UNSET
    """ Ledger group `total_assets` (data.balance_items.ledger_balances.total_assets). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = self.equity.to_dict()

        liabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liabilities, Unset):
            liabilities = self.liabilities.to_dict()

        total_assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_assets, Unset):
            total_assets = self.total_assets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if equity is not UNSET:
            field_dict["equity"] = equity
        if liabilities is not UNSET:
            field_dict["liabilities"] = liabilities
        if total_assets is not UNSET:
            field_dict["total_assets"] = total_assets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _equity = d.pop("equity", UNSET)
        equity: EquityGroup | Unset
        if isinstance(_equity, Unset):
            equity = UNSET
        else:
            equity = EquityGroup.from_dict(_equity)

        _liabilities = d.pop("liabilities", UNSET)
        liabilities: LiabilitiesGroup | Unset
        if isinstance(_liabilities, Unset):
            liabilities = UNSET
        else:
            liabilities = LiabilitiesGroup.from_dict(_liabilities)

        _total_assets = d.pop("total_assets", UNSET)
        total_assets: TotalAssetsGroup | Unset
        if isinstance(_total_assets, Unset):
            total_assets = UNSET
        else:
            total_assets = TotalAssetsGroup.from_dict(_total_assets)

        self = cls.__new__(cls)
        self.equity = equity
        self.liabilities = liabilities
        self.total_assets = total_assets

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
from ..models.equity_group import EquityGroup
from ..models.liabilities_group import LiabilitiesGroup
from ..models.total_assets_group import TotalAssetsGroup
