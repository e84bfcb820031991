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
        if valuation_difference_transfer is not UNSET and type(
            valuation_difference_transfer
        ) not in (int, float):
            raise TypeError(
                f"valuation_difference_transfer: expected float, got {type(valuation_difference_transfer).__name__}"
            )

        common_capital_transfer = d.pop("common_capital_transfer", UNSET)
        if common_capital_transfer is not UNSET and type(
            common_capital_transfer
        ) not in (int, float):
            raise TypeError(
                f"common_capital_transfer: expected float, got {type(common_capital_transfer).__name__}"
            )

        dividend_provision = d.pop("dividend_provision", UNSET)
        if dividend_provision is not UNSET and type(dividend_provision) not in (
            int,
            float,
        ):
            raise TypeError(
                f"dividend_provision: expected float, got {type(dividend_provision).__name__}"
            )

        group_contribution = d.pop("group_contribution", UNSET)
        if group_contribution is not UNSET and type(group_contribution) not in (
            int,
            float,
        ):
            raise TypeError(
                f"group_contribution: expected float, got {type(group_contribution).__name__}"
            )

        shareholder_contribution = d.pop("shareholder_contribution", UNSET)
        if shareholder_contribution is not UNSET and type(
            shareholder_contribution
        ) not in (int, float):
            raise TypeError(
                f"shareholder_contribution: expected float, got {type(shareholder_contribution).__name__}"
            )

        bonus_issue = d.pop("bonus_issue", UNSET)
        if bonus_issue is not UNSET and type(bonus_issue) not in (int, float):
            raise TypeError(
                f"bonus_issue: expected float, got {type(bonus_issue).__name__}"
            )

        retained_earnings_transfer = d.pop("retained_earnings_transfer", UNSET)
        if retained_earnings_transfer is not UNSET and type(
            retained_earnings_transfer
        ) not in (int, float):
            raise TypeError(
                f"retained_earnings_transfer: expected float, got {type(retained_earnings_transfer).__name__}"
            )

        uncovered_loss = d.pop("uncovered_loss", UNSET)
        if uncovered_loss is not UNSET and type(uncovered_loss) not in (int, float):
            raise TypeError(
                f"uncovered_loss: expected float, got {type(uncovered_loss).__name__}"
            )

        other_uncategorized_transfers_and_dispositions = d.pop(
            "other_uncategorized_transfers_and_dispositions", UNSET
        )
        if other_uncategorized_transfers_and_dispositions is not UNSET and type(
            other_uncategorized_transfers_and_dispositions
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_transfers_and_dispositions: expected float, got {type(other_uncategorized_transfers_and_dispositions).__name__}"
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
