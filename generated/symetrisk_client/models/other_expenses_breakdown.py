from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherExpensesBreakdown")


@_attrs_define
class OtherExpensesBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.other_expenses.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    board_meetings_cost: float | Unset = UNSET
    general_meeting_cost: float | Unset = UNSET
    treasury_share_costs: float | Unset = UNSET
    rounding: float | Unset = UNSET
    property_fees: float | Unset = UNSET
    bank_and_card_fees: float | Unset = UNSET
    interest_and_collection_fees: float | Unset = UNSET
    misc_expenses: float | Unset = UNSET
    other_uncategorized_other_expenses: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_meetings_cost = self.board_meetings_cost

        general_meeting_cost = self.general_meeting_cost

        treasury_share_costs = self.treasury_share_costs

        rounding = self.rounding

        property_fees = self.property_fees

        bank_and_card_fees = self.bank_and_card_fees

        interest_and_collection_fees = self.interest_and_collection_fees

        misc_expenses = self.misc_expenses

        other_uncategorized_other_expenses = self.other_uncategorized_other_expenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if board_meetings_cost is not UNSET:
            field_dict["board_meetings_cost"] = board_meetings_cost
        if general_meeting_cost is not UNSET:
            field_dict["general_meeting_cost"] = general_meeting_cost
        if treasury_share_costs is not UNSET:
            field_dict["treasury_share_costs"] = treasury_share_costs
        if rounding is not UNSET:
            field_dict["rounding"] = rounding
        if property_fees is not UNSET:
            field_dict["property_fees"] = property_fees
        if bank_and_card_fees is not UNSET:
            field_dict["bank_and_card_fees"] = bank_and_card_fees
        if interest_and_collection_fees is not UNSET:
            field_dict["interest_and_collection_fees"] = interest_and_collection_fees
        if misc_expenses is not UNSET:
            field_dict["misc_expenses"] = misc_expenses
        if other_uncategorized_other_expenses is not UNSET:
            field_dict["other_uncategorized_other_expenses"] = (
                other_uncategorized_other_expenses
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        board_meetings_cost = d.pop("board_meetings_cost", UNSET)
        if board_meetings_cost is not UNSET and type(board_meetings_cost) not in (
            int,
            float,
        ):
            raise TypeError(
                f"board_meetings_cost: expected float, got {type(board_meetings_cost).__name__}"
            )

        general_meeting_cost = d.pop("general_meeting_cost", UNSET)
        if general_meeting_cost is not UNSET and type(general_meeting_cost) not in (
            int,
            float,
        ):
            raise TypeError(
                f"general_meeting_cost: expected float, got {type(general_meeting_cost).__name__}"
            )

        treasury_share_costs = d.pop("treasury_share_costs", UNSET)
        if treasury_share_costs is not UNSET and type(treasury_share_costs) not in (
            int,
            float,
        ):
            raise TypeError(
                f"treasury_share_costs: expected float, got {type(treasury_share_costs).__name__}"
            )

        rounding = d.pop("rounding", UNSET)
        if rounding is not UNSET and type(rounding) not in (int, float):
            raise TypeError(f"rounding: expected float, got {type(rounding).__name__}")

        property_fees = d.pop("property_fees", UNSET)
        if property_fees is not UNSET and type(property_fees) not in (int, float):
            raise TypeError(
                f"property_fees: expected float, got {type(property_fees).__name__}"
            )

        bank_and_card_fees = d.pop("bank_and_card_fees", UNSET)
        if bank_and_card_fees is not UNSET and type(bank_and_card_fees) not in (
            int,
            float,
        ):
            raise TypeError(
                f"bank_and_card_fees: expected float, got {type(bank_and_card_fees).__name__}"
            )

        interest_and_collection_fees = d.pop("interest_and_collection_fees", UNSET)
        if interest_and_collection_fees is not UNSET and type(
            interest_and_collection_fees
        ) not in (int, float):
            raise TypeError(
                f"interest_and_collection_fees: expected float, got {type(interest_and_collection_fees).__name__}"
            )

        misc_expenses = d.pop("misc_expenses", UNSET)
        if misc_expenses is not UNSET and type(misc_expenses) not in (int, float):
            raise TypeError(
                f"misc_expenses: expected float, got {type(misc_expenses).__name__}"
            )

        other_uncategorized_other_expenses = d.pop(
            "other_uncategorized_other_expenses", UNSET
        )
        if other_uncategorized_other_expenses is not UNSET and type(
            other_uncategorized_other_expenses
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_other_expenses: expected float, got {type(other_uncategorized_other_expenses).__name__}"
            )

        self = cls.__new__(cls)
        self.board_meetings_cost = board_meetings_cost
        self.general_meeting_cost = general_meeting_cost
        self.treasury_share_costs = treasury_share_costs
        self.rounding = rounding
        self.property_fees = property_fees
        self.bank_and_card_fees = bank_and_card_fees
        self.interest_and_collection_fees = interest_and_collection_fees
        self.misc_expenses = misc_expenses
        self.other_uncategorized_other_expenses = other_uncategorized_other_expenses

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
