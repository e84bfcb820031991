from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DepreciationAndAmortizationBreakdown")


@_attrs_define
class DepreciationAndAmortizationBreakdown:
    """Sub-groups of `data.p_and_l_items.ledger_balances.depreciation_and_amortization`, each with its own total and
    breakdown. Every key is optional; unknown keys are kept as they come (any JSON value).

    """

    depreciation: DepreciationGroup | Unset = UNSET
    """ Sub-group `depreciation`
    (data.p_and_l_items.ledger_balances.depreciation_and_amortization.breakdown.depreciation). """
    amortization: AmortizationGroup | Unset = UNSET
    """ Sub-group `amortization`
    (data.p_and_l_items.ledger_balances.depreciation_and_amortization.breakdown.amortization). """
    other_uncategorized_depreciation_and_amortization: (
        OtherUncategorizedDepreciationAndAmortizationGroup | Unset
    ) = UNSET
    """ Sub-group `other_uncategorized_depreciation_and_amortization` (data.p_and_l_items.ledger_balances.depreciati
    on_and_amortization.breakdown.other_uncategorized_depreciation_and_amortization). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depreciation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.depreciation, Unset):
            depreciation = self.depreciation.to_dict()

        amortization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amortization, Unset):
            amortization = self.amortization.to_dict()

        other_uncategorized_depreciation_and_amortization: dict[str, Any] | Unset = (
            UNSET
        )
        if not isinstance(
            self.other_uncategorized_depreciation_and_amortization, Unset
        ):
            other_uncategorized_depreciation_and_amortization = (
                self.other_uncategorized_depreciation_and_amortization.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if depreciation is not UNSET:
            field_dict["depreciation"] = depreciation
        if amortization is not UNSET:
            field_dict["amortization"] = amortization
        if other_uncategorized_depreciation_and_amortization is not UNSET:
            field_dict["other_uncategorized_depreciation_and_amortization"] = (
                other_uncategorized_depreciation_and_amortization
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _depreciation = d.pop("depreciation", UNSET)
        depreciation: DepreciationGroup | Unset
        if isinstance(_depreciation, Unset):
            depreciation = UNSET
        else:
            depreciation = DepreciationGroup.from_dict(_depreciation)

        _amortization = d.pop("amortization", UNSET)
        amortization: AmortizationGroup | Unset
        if isinstance(_amortization, Unset):
            amortization = UNSET
        else:
            amortization = AmortizationGroup.from_dict(_amortization)

        _other_uncategorized_depreciation_and_amortization = d.pop(
            "other_uncategorized_depreciation_and_amortization", UNSET
        )
        other_uncategorized_depreciation_and_amortization: (
            OtherUncategorizedDepreciationAndAmortizationGroup | Unset
        )
        if isinstance(_other_uncategorized_depreciation_and_amortization, Unset):
            other_uncategorized_depreciation_and_amortization = UNSET
        else:
            other_uncategorized_depreciation_and_amortization = (
                OtherUncategorizedDepreciationAndAmortizationGroup.from_dict(
                    _other_uncategorized_depreciation_and_amortization
                )
            )

        self = cls.__new__(cls)
        self.depreciation = depreciation
        self.amortization = amortization
        self.other_uncategorized_depreciation_and_amortization = (
            other_uncategorized_depreciation_and_amortization
        )

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
from ..models.amortization_group import AmortizationGroup
from ..models.depreciation_group import DepreciationGroup
from ..models.other_uncategorized_depreciation_and_amortization_group import (
    OtherUncategorizedDepreciationAndAmortizationGroup,
)
