from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisionForLiabilitiesBreakdown")


@_attrs_define
class ProvisionForLiabilitiesBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.liabilities.breakdown.provision_for_liabilities.breakdown`.
    Every key is optional; unknown keys are kept as numbers.

    """

    pension_obligations: float | Unset = UNSET
    deferred_tax: float | Unset = UNSET
    unearned_income: float | Unset = UNSET
    other_provisions: float | Unset = UNSET
    other_uncategorized_provision_for_liabilities: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pension_obligations = self.pension_obligations

        deferred_tax = self.deferred_tax

        unearned_income = self.unearned_income

        other_provisions = self.other_provisions

        other_uncategorized_provision_for_liabilities = (
            self.other_uncategorized_provision_for_liabilities
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pension_obligations is not UNSET:
            field_dict["pension_obligations"] = pension_obligations
        if deferred_tax is not UNSET:
            field_dict["deferred_tax"] = deferred_tax
        if unearned_income is not UNSET:
            field_dict["unearned_income"] = unearned_income
        if other_provisions is not UNSET:
            field_dict["other_provisions"] = other_provisions
        if other_uncategorized_provision_for_liabilities is not UNSET:
            field_dict["other_uncategorized_provision_for_liabilities"] = (
                other_uncategorized_provision_for_liabilities
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pension_obligations = d.pop("pension_obligations", UNSET)
        if pension_obligations is not UNSET and type(pension_obligations) not in (
            int,
            float,
        ):
            raise TypeError(
                f"pension_obligations: expected float, got {type(pension_obligations).__name__}"
            )

        deferred_tax = d.pop("deferred_tax", UNSET)
        if deferred_tax is not UNSET and type(deferred_tax) not in (int, float):
            raise TypeError(
                f"deferred_tax: expected float, got {type(deferred_tax).__name__}"
            )

        unearned_income = d.pop("unearned_income", UNSET)
        if unearned_income is not UNSET and type(unearned_income) not in (int, float):
            raise TypeError(
                f"unearned_income: expected float, got {type(unearned_income).__name__}"
            )

        other_provisions = d.pop("other_provisions", UNSET)
        if other_provisions is not UNSET and type(other_provisions) not in (int, float):
            raise TypeError(
                f"other_provisions: expected float, got {type(other_provisions).__name__}"
            )

        other_uncategorized_provision_for_liabilities = d.pop(
            "other_uncategorized_provision_for_liabilities", UNSET
        )
        if other_uncategorized_provision_for_liabilities is not UNSET and type(
            other_uncategorized_provision_for_liabilities
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_provision_for_liabilities: expected float, got {type(other_uncategorized_provision_for_liabilities).__name__}"
            )

        self = cls.__new__(cls)
        self.pension_obligations = pension_obligations
        self.deferred_tax = deferred_tax
        self.unearned_income = unearned_income
        self.other_provisions = other_provisions
        self.other_uncategorized_provision_for_liabilities = (
            other_uncategorized_provision_for_liabilities
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
