from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicesBreakdown")


@_attrs_define
class ServicesBreakdown:
    """Leaf amounts under `data.p_and_l_items.ledger_balances.expenses.breakdown.services.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    audit_and_accounting: float | Unset = UNSET
    legal_and_financial_services: float | Unset = UNSET
    other_external_services: float | Unset = UNSET
    other_uncategorized_services: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_and_accounting = self.audit_and_accounting

        legal_and_financial_services = self.legal_and_financial_services

        other_external_services = self.other_external_services

        other_uncategorized_services = self.other_uncategorized_services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_and_accounting is not UNSET:
            field_dict["audit_and_accounting"] = audit_and_accounting
        if legal_and_financial_services is not UNSET:
            field_dict["legal_and_financial_services"] = legal_and_financial_services
        if other_external_services is not UNSET:
            field_dict["other_external_services"] = other_external_services
        if other_uncategorized_services is not UNSET:
            field_dict["other_uncategorized_services"] = other_uncategorized_services

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audit_and_accounting = d.pop("audit_and_accounting", UNSET)
        if audit_and_accounting is not UNSET and type(audit_and_accounting) not in (
            int,
            float,
        ):
            raise TypeError(
                f"audit_and_accounting: expected float, got {type(audit_and_accounting).__name__}"
            )

        legal_and_financial_services = d.pop("legal_and_financial_services", UNSET)
        if legal_and_financial_services is not UNSET and type(
            legal_and_financial_services
        ) not in (int, float):
            raise TypeError(
                f"legal_and_financial_services: expected float, got {type(legal_and_financial_services).__name__}"
            )

        other_external_services = d.pop("other_external_services", UNSET)
        if other_external_services is not UNSET and type(
            other_external_services
        ) not in (int, float):
            raise TypeError(
                f"other_external_services: expected float, got {type(other_external_services).__name__}"
            )

        other_uncategorized_services = d.pop("other_uncategorized_services", UNSET)
        if other_uncategorized_services is not UNSET and type(
            other_uncategorized_services
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_services: expected float, got {type(other_uncategorized_services).__name__}"
            )

        self = cls.__new__(cls)
        self.audit_and_accounting = audit_and_accounting
        self.legal_and_financial_services = legal_and_financial_services
        self.other_external_services = other_external_services
        self.other_uncategorized_services = other_uncategorized_services

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
