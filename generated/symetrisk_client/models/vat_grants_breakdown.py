from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VatGrantsBreakdown")


@_attrs_define
class VatGrantsBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.vat_grants.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    output_vat: float | Unset = UNSET
    output_vat_high: float | Unset = UNSET
    output_vat_services_abroad: float | Unset = UNSET
    output_vat_medium: float | Unset = UNSET
    output_vat_low: float | Unset = UNSET
    input_vat: float | Unset = UNSET
    input_vat_high: float | Unset = UNSET
    input_vat_services_abroad: float | Unset = UNSET
    input_vat_medium: float | Unset = UNSET
    input_vat_low: float | Unset = UNSET
    investment_tax: float | Unset = UNSET
    investment_tax_basis: float | Unset = UNSET
    vat_settlement_account: float | Unset = UNSET
    public_grants_receivable: float | Unset = UNSET
    other_uncategorized_vat_grants: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_vat = self.output_vat

        output_vat_high = self.output_vat_high

        output_vat_services_abroad = self.output_vat_services_abroad

        output_vat_medium = self.output_vat_medium

        output_vat_low = self.output_vat_low

        input_vat = self.input_vat

        input_vat_high = self.input_vat_high

        input_vat_services_abroad = self.input_vat_services_abroad

        input_vat_medium = self.input_vat_medium

        input_vat_low = self.input_vat_low

        investment_tax = self.investment_tax

        investment_tax_basis = self.investment_tax_basis

        vat_settlement_account = self.vat_settlement_account

        public_grants_receivable = self.public_grants_receivable

        other_uncategorized_vat_grants = self.other_uncategorized_vat_grants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output_vat is not UNSET:
            field_dict["output_vat"] = output_vat
        if output_vat_high is not UNSET:
            field_dict["output_vat_high"] = output_vat_high
        if output_vat_services_abroad is not UNSET:
            field_dict["output_vat_services_abroad"] = output_vat_services_abroad
        if output_vat_medium is not UNSET:
            field_dict["output_vat_medium"] = output_vat_medium
        if output_vat_low is not UNSET:
            field_dict["output_vat_low"] = output_vat_low
        if input_vat is not UNSET:
            field_dict["input_vat"] = input_vat
        if input_vat_high is not UNSET:
            field_dict["input_vat_high"] = input_vat_high
        if input_vat_services_abroad is not UNSET:
            field_dict["input_vat_services_abroad"] = input_vat_services_abroad
        if input_vat_medium is not UNSET:
            field_dict["input_vat_medium"] = input_vat_medium
        if input_vat_low is not UNSET:
            field_dict["input_vat_low"] = input_vat_low
        if investment_tax is not UNSET:
            field_dict["investment_tax"] = investment_tax
        if investment_tax_basis is not UNSET:
            field_dict["investment_tax_basis"] = investment_tax_basis
        if vat_settlement_account is not UNSET:
            field_dict["vat_settlement_account"] = vat_settlement_account
        if public_grants_receivable is not UNSET:
            field_dict["public_grants_receivable"] = public_grants_receivable
        if other_uncategorized_vat_grants is not UNSET:
            field_dict["other_uncategorized_vat_grants"] = (
                other_uncategorized_vat_grants
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        output_vat = d.pop("output_vat", UNSET)
        if output_vat is not UNSET and type(output_vat) not in (int, float):
            raise TypeError(
                f"output_vat: expected float, got {type(output_vat).__name__}"
            )

        output_vat_high = d.pop("output_vat_high", UNSET)
        if output_vat_high is not UNSET and type(output_vat_high) not in (int, float):
            raise TypeError(
                f"output_vat_high: expected float, got {type(output_vat_high).__name__}"
            )

        output_vat_services_abroad = d.pop("output_vat_services_abroad", UNSET)
        if output_vat_services_abroad is not UNSET and type(
            output_vat_services_abroad
        ) not in (int, float):
            raise TypeError(
                f"output_vat_services_abroad: expected float, got {type(output_vat_services_abroad).__name__}"
            )

        output_vat_medium = d.pop("output_vat_medium", UNSET)
        if output_vat_medium is not UNSET and type(output_vat_medium) not in (
            int,
            float,
        ):
            raise TypeError(
                f"output_vat_medium: expected float, got {type(output_vat_medium).__name__}"
            )

        output_vat_low = d.pop("output_vat_low", UNSET)
        if output_vat_low is not UNSET and type(output_vat_low) not in (int, float):
            raise TypeError(
                f"output_vat_low: expected float, got {type(output_vat_low).__name__}"
            )

        input_vat = d.pop("input_vat", UNSET)
        if input_vat is not UNSET and type(input_vat) not in (int, float):
            raise TypeError(
                f"input_vat: expected float, got {type(input_vat).__name__}"
            )

        input_vat_high = d.pop("input_vat_high", UNSET)
        if input_vat_high is not UNSET and type(input_vat_high) not in (int, float):
            raise TypeError(
                f"input_vat_high: expected float, got {type(input_vat_high).__name__}"
            )

        input_vat_services_abroad = d.pop("input_vat_services_abroad", UNSET)
        if input_vat_services_abroad is not UNSET and type(
            input_vat_services_abroad
        ) not in (int, float):
            raise TypeError(
                f"input_vat_services_abroad: expected float, got {type(input_vat_services_abroad).__name__}"
            )

        input_vat_medium = d.pop("input_vat_medium", UNSET)
        if input_vat_medium is not UNSET and type(input_vat_medium) not in (int, float):
            raise TypeError(
                f"input_vat_medium: expected float, got {type(input_vat_medium).__name__}"
            )

        input_vat_low = d.pop("input_vat_low", UNSET)
        if input_vat_low is not UNSET and type(input_vat_low) not in (int, float):
            raise TypeError(
                f"input_vat_low: expected float, got {type(input_vat_low).__name__}"
            )

        investment_tax = d.pop("investment_tax", UNSET)
        if investment_tax is not UNSET and type(investment_tax) not in (int, float):
            raise TypeError(
                f"investment_tax: expected float, got {type(investment_tax).__name__}"
            )

        investment_tax_basis = d.pop("investment_tax_basis", UNSET)
        if investment_tax_basis is not UNSET and type(investment_tax_basis) not in (
            int,
            float,
        ):
            raise TypeError(
                f"investment_tax_basis: expected float, got {type(investment_tax_basis).__name__}"
            )

        vat_settlement_account = d.pop("vat_settlement_account", UNSET)
        if vat_settlement_account is not UNSET and type(vat_settlement_account) not in (
            int,
            float,
        ):
            raise TypeError(
                f"vat_settlement_account: expected float, got {type(vat_settlement_account).__name__}"
            )

        public_grants_receivable = d.pop("public_grants_receivable", UNSET)
        if public_grants_receivable is not UNSET and type(
            public_grants_receivable
        ) not in (int, float):
            raise TypeError(
                f"public_grants_receivable: expected float, got {type(public_grants_receivable).__name__}"
            )

        other_uncategorized_vat_grants = d.pop("other_uncategorized_vat_grants", UNSET)
        if other_uncategorized_vat_grants is not UNSET and type(
            other_uncategorized_vat_grants
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_vat_grants: expected float, got {type(other_uncategorized_vat_grants).__name__}"
            )

        self = cls.__new__(cls)
        self.output_vat = output_vat
        self.output_vat_high = output_vat_high
        self.output_vat_services_abroad = output_vat_services_abroad
        self.output_vat_medium = output_vat_medium
        self.output_vat_low = output_vat_low
        self.input_vat = input_vat
        self.input_vat_high = input_vat_high
        self.input_vat_services_abroad = input_vat_services_abroad
        self.input_vat_medium = input_vat_medium
        self.input_vat_low = input_vat_low
        self.investment_tax = investment_tax
        self.investment_tax_basis = investment_tax_basis
        self.vat_settlement_account = vat_settlement_account
        self.public_grants_receivable = public_grants_receivable
        self.other_uncategorized_vat_grants = other_uncategorized_vat_grants

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
