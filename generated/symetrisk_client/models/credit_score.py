from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditScore")


@_attrs_define
class CreditScore:
    """Credit score of a debtor for one snapshot. In the docs example `credit_score` is the sum of
    the three contributions; no scale or range is documented.

    """

    snapshot_date: datetime.date
    """ Date of the accounting snapshot the score is based on. """
    credit_score: float
    """ The credit score. """
    liquidity_coverage: CreditScoreComponent
    """ One factor of the credit score. No scale or unit is documented. """
    solidity: CreditScoreComponent
    """ One factor of the credit score. No scale or unit is documented. """
    cashflow: CreditScoreComponent
    """ One factor of the credit score. No scale or unit is documented. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot_date = self.snapshot_date.isoformat()

        credit_score = self.credit_score

        liquidity_coverage = self.liquidity_coverage.to_dict()

        solidity = self.solidity.to_dict()

        cashflow = self.cashflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshot_date": snapshot_date,
                "credit_score": credit_score,
                "liquidity_coverage": liquidity_coverage,
                "solidity": solidity,
                "cashflow": cashflow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        snapshot_date = datetime.date.fromisoformat(src_dict["snapshot_date"])

        credit_score = src_dict["credit_score"]
        if type(credit_score) not in (int, float):
            raise TypeError(
                f"credit_score: expected float, got {type(credit_score).__name__}"
            )

        liquidity_coverage = CreditScoreComponent.from_dict(
            src_dict["liquidity_coverage"]
        )

        solidity = CreditScoreComponent.from_dict(src_dict["solidity"])

        cashflow = CreditScoreComponent.from_dict(src_dict["cashflow"])

        d: dict[str, Any] = {}
        if len(src_dict) != 5:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k
                not in {
                    "snapshot_date",
                    "credit_score",
                    "liquidity_coverage",
                    "solidity",
                    "cashflow",
                }
            }
        self = cls.__new__(cls)
        self.snapshot_date = snapshot_date
        self.credit_score = credit_score
        self.liquidity_coverage = liquidity_coverage
        self.solidity = solidity
        self.cashflow = cashflow

        self.additional_properties = d
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
from ..models.credit_score_component import CreditScoreComponent
