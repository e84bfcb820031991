from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OtherFinancialIncomeBreakdown")


@_attrs_define
class OtherFinancialIncomeBreakdown:
    """Sub-groups of `data.p_and_l_items.ledger_balances.other_financial_income`, each with its own total and breakdown.
    Mixes sub-groups with bare amounts. Every key is optional; unknown keys are kept as they come (any JSON value).

    """

    other_financial_income: OtherFinancialIncomeSubGroup | Unset = UNSET
    """ Sub-group `other_financial_income`
    (data.p_and_l_items.ledger_balances.other_financial_income.breakdown.other_financial_income). """
    extra_income: float | Unset = UNSET
    """ A bare amount, not a sub-group object. """
    other_uncategorized_financial_income: (
        OtherUncategorizedFinancialIncomeGroup | Unset
    ) = UNSET
    """ Sub-group `other_uncategorized_financial_income`
    (data.p_and_l_items.ledger_balances.other_financial_income.breakdown.other_uncategorized_financial_income). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_financial_income: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_financial_income, Unset):
            other_financial_income = self.other_financial_income.to_dict()

        extra_income = self.extra_income

        other_uncategorized_financial_income: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_uncategorized_financial_income, Unset):
            other_uncategorized_financial_income = (
                self.other_uncategorized_financial_income.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_financial_income is not UNSET:
            field_dict["other_financial_income"] = other_financial_income
        if extra_income is not UNSET:
            field_dict["extra_income"] = extra_income
        if other_uncategorized_financial_income is not UNSET:
            field_dict["other_uncategorized_financial_income"] = (
                other_uncategorized_financial_income
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _other_financial_income = d.pop("other_financial_income", UNSET)
        other_financial_income: OtherFinancialIncomeSubGroup | Unset
        if isinstance(_other_financial_income, Unset):
            other_financial_income = UNSET
        else:
            other_financial_income = OtherFinancialIncomeSubGroup.from_dict(
                _other_financial_income
            )

        extra_income = d.pop("extra_income", UNSET)
        if extra_income is not UNSET and type(extra_income) not in (int, float):
            raise TypeError(
                f"extra_income: expected float, got {type(extra_income).__name__}"
            )

        _other_uncategorized_financial_income = d.pop(
            "other_uncategorized_financial_income", UNSET
        )
        other_uncategorized_financial_income: (
            OtherUncategorizedFinancialIncomeGroup | Unset
        )
        if isinstance(_other_uncategorized_financial_income, Unset):
            other_uncategorized_financial_income = UNSET
        else:
            other_uncategorized_financial_income = (
                OtherUncategorizedFinancialIncomeGroup.from_dict(
                    _other_uncategorized_financial_income
                )
            )

        self = cls.__new__(cls)
        self.other_financial_income = other_financial_income
        self.extra_income = extra_income
        self.other_uncategorized_financial_income = other_uncategorized_financial_income

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
from ..models.other_financial_income_sub_group import OtherFinancialIncomeSubGroup
from ..models.other_uncategorized_financial_income_group import (
    OtherUncategorizedFinancialIncomeGroup,
)
