from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntangiblesBreakdown")


@_attrs_define
class IntangiblesBreakdown:
    """Leaf amounts under `data.balance_items.ledger_balances.total_assets.breakdown.intangibles.breakdown`. Every key is
    optional; unknown keys are kept as numbers.

    """

    research_and_development: float | Unset = UNSET
    concessions: float | Unset = UNSET
    patents: float | Unset = UNSET
    licences: float | Unset = UNSET
    trademarks: float | Unset = UNSET
    other_rights: float | Unset = UNSET
    deferred_tax_assets: float | Unset = UNSET
    goodwill: float | Unset = UNSET
    other_uncategorized_intangibles: float | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        research_and_development = self.research_and_development

        concessions = self.concessions

        patents = self.patents

        licences = self.licences

        trademarks = self.trademarks

        other_rights = self.other_rights

        deferred_tax_assets = self.deferred_tax_assets

        goodwill = self.goodwill

        other_uncategorized_intangibles = self.other_uncategorized_intangibles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if research_and_development is not UNSET:
            field_dict["research_and_development"] = research_and_development
        if concessions is not UNSET:
            field_dict["concessions"] = concessions
        if patents is not UNSET:
            field_dict["patents"] = patents
        if licences is not UNSET:
            field_dict["licences"] = licences
        if trademarks is not UNSET:
            field_dict["trademarks"] = trademarks
        if other_rights is not UNSET:
            field_dict["other_rights"] = other_rights
        if deferred_tax_assets is not UNSET:
            field_dict["deferred_tax_assets"] = deferred_tax_assets
        if goodwill is not UNSET:
            field_dict["goodwill"] = goodwill
        if other_uncategorized_intangibles is not UNSET:
            field_dict["other_uncategorized_intangibles"] = (
                other_uncategorized_intangibles
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        research_and_development = d.pop("research_and_development", UNSET)
        if research_and_development is not UNSET and type(
            research_and_development
        ) not in (int, float):
            raise TypeError(
                f"research_and_development: expected float, got {type(research_and_development).__name__}"
            )

        concessions = d.pop("concessions", UNSET)
        if concessions is not UNSET and type(concessions) not in (int, float):
            raise TypeError(
                f"concessions: expected float, got {type(concessions).__name__}"
            )

        patents = d.pop("patents", UNSET)
        if patents is not UNSET and type(patents) not in (int, float):
            raise TypeError(f"patents: expected float, got {type(patents).__name__}")

        licences = d.pop("licences", UNSET)
        if licences is not UNSET and type(licences) not in (int, float):
            raise TypeError(f"licences: expected float, got {type(licences).__name__}")

        trademarks = d.pop("trademarks", UNSET)
        if trademarks is not UNSET and type(trademarks) not in (int, float):
            raise TypeError(
                f"trademarks: expected float, got {type(trademarks).__name__}"
            )

        other_rights = d.pop("other_rights", UNSET)
        if other_rights is not UNSET and type(other_rights) not in (int, float):
            raise TypeError(
                f"other_rights: expected float, got {type(other_rights).__name__}"
            )

        deferred_tax_assets = d.pop("deferred_tax_assets", UNSET)
        if deferred_tax_assets is not UNSET and type(deferred_tax_assets) not in (
            int,
            float,
        ):
            raise TypeError(
                f"deferred_tax_assets: expected float, got {type(deferred_tax_assets).__name__}"
            )

        goodwill = d.pop("goodwill", UNSET)
        if goodwill is not UNSET and type(goodwill) not in (int, float):
            raise TypeError(f"goodwill: expected float, got {type(goodwill).__name__}")

        other_uncategorized_intangibles = d.pop(
            "other_uncategorized_intangibles", UNSET
        )
        if other_uncategorized_intangibles is not UNSET and type(
            other_uncategorized_intangibles
        ) not in (int, float):
            raise TypeError(
                f"other_uncategorized_intangibles: expected float, got {type(other_uncategorized_intangibles).__name__}"
            )

        self = cls.__new__(cls)
        self.research_and_development = research_and_development
        self.concessions = concessions
        self.patents = patents
        self.licences = licences
        self.trademarks = trademarks
        self.other_rights = other_rights
        self.deferred_tax_assets = deferred_tax_assets
        self.goodwill = goodwill
        self.other_uncategorized_intangibles = other_uncategorized_intangibles

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
