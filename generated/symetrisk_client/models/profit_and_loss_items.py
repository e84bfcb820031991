from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProfitAndLossItems")


@_attrs_define
class ProfitAndLossItems:
    """Profit and loss items for the month (`data.p_and_l_items`)."""

    ledger_balances: ProfitAndLossLedgerBalances
    """ Top-level ledger groups of `data.p_and_l_items`. Every key is optional; unknown groups are kept as they come
    (any JSON value). """
    derived: ProfitAndLossDerived
    """ Figures Symetrisk derives from the ledger (`data.p_and_l_items.derived`). Every key is optional; unknown
    keys are kept as numbers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ledger_balances = self.ledger_balances.to_dict()

        derived = self.derived.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ledger_balances": ledger_balances,
                "derived": derived,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        ledger_balances = ProfitAndLossLedgerBalances.from_dict(
            src_dict["ledger_balances"]
        )

        derived = ProfitAndLossDerived.from_dict(src_dict["derived"])

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k not in {"ledger_balances", "derived"}
            }
        self = cls.__new__(cls)
        self.ledger_balances = ledger_balances
        self.derived = derived

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
from ..models.profit_and_loss_derived import ProfitAndLossDerived
from ..models.profit_and_loss_ledger_balances import ProfitAndLossLedgerBalances
