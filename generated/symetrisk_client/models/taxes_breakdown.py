from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxesBreakdown")


@_attrs_define
class TaxesBreakdown:
    """Sub-groups of `data.p_and_l_items.ledger_balances.taxes`, each with its own total and breakdown. Every key is
    optional; unknown keys are kept as they come (any JSON value).

    """

    tax: TaxGroup | Unset = UNSET
    """ Sub-group `tax` (data.p_and_l_items.ledger_balances.taxes.breakdown.tax). """
    extra_tax: ExtraTaxGroup | Unset = UNSET
    """ Sub-group `extra_tax` (data.p_and_l_items.ledger_balances.taxes.breakdown.extra_tax). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        extra_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_tax, Unset):
            extra_tax = self.extra_tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax is not UNSET:
            field_dict["tax"] = tax
        if extra_tax is not UNSET:
            field_dict["extra_tax"] = extra_tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _tax = d.pop("tax", UNSET)
        tax: TaxGroup | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = TaxGroup.from_dict(_tax)

        _extra_tax = d.pop("extra_tax", UNSET)
        extra_tax: ExtraTaxGroup | Unset
        if isinstance(_extra_tax, Unset):
            extra_tax = UNSET
        else:
            extra_tax = ExtraTaxGroup.from_dict(_extra_tax)

        self = cls.__new__(cls)
        self.tax = tax
        self.extra_tax = extra_tax

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
from ..models.extra_tax_group import ExtraTaxGroup
from ..models.tax_group import TaxGroup
