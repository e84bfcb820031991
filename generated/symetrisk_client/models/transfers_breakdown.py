from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransfersBreakdown")


@_attrs_define
class TransfersBreakdown:
    """Sub-groups of `data.other_ledger_balances.ledger_balances.transfers`, each with its own total and breakdown. Every
    key is optional; unknown keys are kept as they come (any JSON value).

    """

    transfers_and_dispositions: TransfersAndDispositionsGroup | Unset = UNSET
    """ Sub-group `transfers_and_dispositions`
    (data.other_ledger_balances.ledger_balances.transfers.breakdown.transfers_and_dispositions). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfers_and_dispositions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfers_and_dispositions, Unset):
            transfers_and_dispositions = self.transfers_and_dispositions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transfers_and_dispositions is not UNSET:
            field_dict["transfers_and_dispositions"] = transfers_and_dispositions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _transfers_and_dispositions = d.pop("transfers_and_dispositions", UNSET)
        transfers_and_dispositions: TransfersAndDispositionsGroup | Unset
        if isinstance(_transfers_and_dispositions, Unset):
            transfers_and_dispositions = UNSET
        else:
            transfers_and_dispositions = TransfersAndDispositionsGroup.from_dict(
                _transfers_and_dispositions
            )

        self = cls.__new__(cls)
        self.transfers_and_dispositions = transfers_and_dispositions

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
from ..models.transfers_and_dispositions_group import TransfersAndDispositionsGroup
