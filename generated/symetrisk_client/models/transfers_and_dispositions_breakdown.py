from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransfersAndDispositionsBreakdown")


@_attrs_define
class TransfersAndDispositionsBreakdown:
    """Leaf amounts under
    `data.other_ledger_balances.ledger_balances.transfers.breakdown.transfers_and_dispositions.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    valuation_difference_transfer: float | Unset = UNSET
    common_capital_transfer: float | Unset = UNSET
    dividend_provision: float | Unset = UNSET
    group_contribution: float | Unset = UNSET
    shareholder_contribution: float | Unset = UNSET
    bonus_issue: float | Unset = UNSET
    retained_earnings_transfer: float | Unset = UNSET
    uncovered_loss: float | Unset = UNSET
    other_uncategorized_transfers_and_dispositions: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valuation_difference_transfer = self.valuation_difference_transfer

        common_capital_transfer = self.common_capital_transfer

        dividend_provision = self.dividend_provision

        group_contribution = self.group_contribution

        shareholder_contribution = self.shareholder_contribution

        bonus_issue = self.bonus_issue

        retained_earnings_transfer = self.retained_earnings_transfer

        uncovered_loss = self.uncovered_loss

        other_uncategorized_transfers_and_dispositions = (
            self.other_uncategorized_transfers_and_dispositions
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valuation_difference_transfer is not UNSET:
            field_dict["valuation_difference_transfer"] = valuation_difference_transfer
        if common_capital_transfer is not UNSET:
            field_dict["common_capital_transfer"] = common_capital_transfer
        if dividend_provision is not UNSET:
            field_dict["dividend_provision"] = dividend_provision
        if group_contribution is not UNSET:
            field_dict["group_contribution"] = group_contribution
        if shareholder_contribution is not UNSET:
            field_dict["shareholder_contribution"] = shareholder_contribution
        if bonus_issue is not UNSET:
            field_dict["bonus_issue"] = bonus_issue
        if retained_earnings_transfer is not UNSET:
            field_dict["retained_earnings_transfer"] = retained_earnings_transfer
        if uncovered_loss is not UNSET:
            field_dict["uncovered_loss"] = uncovered_loss
        if other_uncategorized_transfers_and_dispositions is not UNSET:
            field_dict["other_uncategorized_transfers_and_dispositions"] = (
                other_uncategorized_transfers_and_dispositions
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        valuation_difference_transfer = d.pop("valuation_difference_transfer", UNSET)

        common_capital_transfer = d.pop("common_capital_transfer", UNSET)

        dividend_provision = d.pop("dividend_provision", UNSET)

        group_contribution = d.pop("group_contribution", UNSET)

        shareholder_contribution = d.pop("shareholder_contribution", UNSET)

        bonus_issue = d.pop("bonus_issue", UNSET)

        retained_earnings_transfer = d.pop("retained_earnings_transfer", UNSET)

        uncovered_loss = d.pop("uncovered_loss", UNSET)

        other_uncategorized_transfers_and_dispositions = d.pop(
            "other_uncategorized_transfers_and_dispositions", UNSET
        )

        self = cls.__new__(cls)
        self.valuation_difference_transfer = valuation_difference_transfer
        self.common_capital_transfer = common_capital_transfer
        self.dividend_provision = dividend_provision
        self.group_contribution = group_contribution
        self.shareholder_contribution = shareholder_contribution
        self.bonus_issue = bonus_issue
        self.retained_earnings_transfer = retained_earnings_transfer
        self.uncovered_loss = uncovered_loss
        self.other_uncategorized_transfers_and_dispositions = (
            other_uncategorized_transfers_and_dispositions
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
