from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LossesBreakdown")


@_attrs_define
class LossesBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.losses.breakdown`. Every key is optional;
    unknown keys are kept as numbers.

    """

    loss_disposal_fixed_assets: float | Unset = UNSET
    recovered_bad_debts: float | Unset = UNSET
    bad_debt_loss: float | Unset = UNSET
    contract_losses: float | Unset = UNSET
    other_uncategorized_losses: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        loss_disposal_fixed_assets = self.loss_disposal_fixed_assets

        recovered_bad_debts = self.recovered_bad_debts

        bad_debt_loss = self.bad_debt_loss

        contract_losses = self.contract_losses

        other_uncategorized_losses = self.other_uncategorized_losses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if loss_disposal_fixed_assets is not UNSET:
            field_dict["loss_disposal_fixed_assets"] = loss_disposal_fixed_assets
        if recovered_bad_debts is not UNSET:
            field_dict["recovered_bad_debts"] = recovered_bad_debts
        if bad_debt_loss is not UNSET:
            field_dict["bad_debt_loss"] = bad_debt_loss
        if contract_losses is not UNSET:
            field_dict["contract_losses"] = contract_losses
        if other_uncategorized_losses is not UNSET:
            field_dict["other_uncategorized_losses"] = other_uncategorized_losses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        loss_disposal_fixed_assets = d.pop("loss_disposal_fixed_assets", UNSET)
        if loss_disposal_fixed_assets is not UNSET and type(
            loss_disposal_fixed_assets
        ) not in (int, float):
            raise TypeError(
                f"loss_disposal_fixed_assets: expected float, got {type(loss_disposal_fixed_assets).__name__}"
            )

        recovered_bad_debts = d.pop("recovered_bad_debts", UNSET)
        if recovered_bad_debts is not UNSET and type(recovered_bad_debts) not in (
            int,
            float,
        ):
            raise TypeError(
                f"recovered_bad_debts: expected float, got {type(recovered_bad_debts).__name__}"
            )

        bad_debt_loss = d.pop("bad_debt_loss", UNSET)
        if bad_debt_loss is not UNSET and type(bad_debt_loss) not in (int, float):
            raise TypeError(
                f"bad_debt_loss: expected float, got {type(bad_debt_loss).__name__}"
            )

        contract_losses = d.pop("contract_losses", UNSET)
        if contract_losses is not UNSET and type(contract_losses) not in (int, float):
            raise TypeError(
                f"contract_losses: expected float, got {type(contract_losses).__name__}"
            )

        other_uncategorized_losses = d.pop("other_uncategorized_losses", UNSET)
        if other_uncategorized_losses is not UNSET and type(
            other_uncategorized_losses
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_losses: expected float, got {type(other_uncategorized_losses).__name__}"
            )

        self = cls.__new__(cls)
        self.loss_disposal_fixed_assets = loss_disposal_fixed_assets
        self.recovered_bad_debts = recovered_bad_debts
        self.bad_debt_loss = bad_debt_loss
        self.contract_losses = contract_losses
        self.other_uncategorized_losses = other_uncategorized_losses

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
