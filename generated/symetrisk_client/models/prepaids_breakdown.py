from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrepaidsBreakdown")


@_attrs_define
class PrepaidsBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.prepaids.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    prepaid_rent: float | Unset = UNSET
    prepaid_interest: float | Unset = UNSET
    accrued_rent: float | Unset = UNSET
    accrued_interest: float | Unset = UNSET
    paid_in_capital_pending: float | Unset = UNSET
    interim_account: float | Unset = UNSET
    other_uncategorized_prepaids: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prepaid_rent = self.prepaid_rent

        prepaid_interest = self.prepaid_interest

        accrued_rent = self.accrued_rent

        accrued_interest = self.accrued_interest

        paid_in_capital_pending = self.paid_in_capital_pending

        interim_account = self.interim_account

        other_uncategorized_prepaids = self.other_uncategorized_prepaids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prepaid_rent is not UNSET:
            field_dict["prepaid_rent"] = prepaid_rent
        if prepaid_interest is not UNSET:
            field_dict["prepaid_interest"] = prepaid_interest
        if accrued_rent is not UNSET:
            field_dict["accrued_rent"] = accrued_rent
        if accrued_interest is not UNSET:
            field_dict["accrued_interest"] = accrued_interest
        if paid_in_capital_pending is not UNSET:
            field_dict["paid_in_capital_pending"] = paid_in_capital_pending
        if interim_account is not UNSET:
            field_dict["interim_account"] = interim_account
        if other_uncategorized_prepaids is not UNSET:
            field_dict["other_uncategorized_prepaids"] = other_uncategorized_prepaids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prepaid_rent = d.pop("prepaid_rent", UNSET)
        if prepaid_rent is not UNSET and type(prepaid_rent) not in (int, float):
            raise TypeError(
                f"prepaid_rent: expected float, got {type(prepaid_rent).__name__}"
            )

        prepaid_interest = d.pop("prepaid_interest", UNSET)
        if prepaid_interest is not UNSET and type(prepaid_interest) not in (int, float):
            raise TypeError(
                f"prepaid_interest: expected float, got {type(prepaid_interest).__name__}"
            )

        accrued_rent = d.pop("accrued_rent", UNSET)
        if accrued_rent is not UNSET and type(accrued_rent) not in (int, float):
            raise TypeError(
                f"accrued_rent: expected float, got {type(accrued_rent).__name__}"
            )

        accrued_interest = d.pop("accrued_interest", UNSET)
        if accrued_interest is not UNSET and type(accrued_interest) not in (int, float):
            raise TypeError(
                f"accrued_interest: expected float, got {type(accrued_interest).__name__}"
            )

        paid_in_capital_pending = d.pop("paid_in_capital_pending", UNSET)
        if paid_in_capital_pending is not UNSET and type(
            paid_in_capital_pending
        ) not in (int, float):
            raise TypeError(
                f"paid_in_capital_pending: expected float, got {type(paid_in_capital_pending).__name__}"
            )

        interim_account = d.pop("interim_account", UNSET)
        if interim_account is not UNSET and type(interim_account) not in (int, float):
            raise TypeError(
                f"interim_account: expected float, got {type(interim_account).__name__}"
            )

        other_uncategorized_prepaids = d.pop("other_uncategorized_prepaids", UNSET)
        if other_uncategorized_prepaids is not UNSET and type(
            other_uncategorized_prepaids
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_prepaids: expected float, got {type(other_uncategorized_prepaids).__name__}"
            )

        self = cls.__new__(cls)
        self.prepaid_rent = prepaid_rent
        self.prepaid_interest = prepaid_interest
        self.accrued_rent = accrued_rent
        self.accrued_interest = accrued_interest
        self.paid_in_capital_pending = paid_in_capital_pending
        self.interim_account = interim_account
        self.other_uncategorized_prepaids = other_uncategorized_prepaids

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
