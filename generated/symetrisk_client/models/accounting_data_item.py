from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_accounting_system import KnownAccountingSystem
from ..models.known_origin import KnownOrigin

T = TypeVar("T", bound="AccountingDataItem")


@_attrs_define
class AccountingDataItem:
    """One monthly accounting snapshot. The oldest version of the docs shows an older item format
    (`id` and `data` with `symetrisk_real_time_accounts_format_version` "2025-09-19" and `year`);
    this is the newest format (data version "2025-12-10").

    """

    id: int
    """ Id of the snapshot. """
    snapshot_date: datetime.date
    """ The last day of the month the snapshot describes. """
    fetched_at: datetime.datetime
    """ When the data was fetched from the accounting system. Sent without a time zone; the SDK gives a naive
    `datetime`. """
    origin: KnownOrigin | str
    """ How the accounting data was obtained. Only `api` appears in the docs (SAF-T upload is an
    alternative data source). Open enum: values outside the known set are passed through as
    plain strings.
     """
    accounting_system: KnownAccountingSystem | str
    """ Accounting system the data comes from. Only `fiken` appears in the docs. Open enum: values
    outside the known set are passed through as plain strings.
     """
    data: AccountingData
    """ The ledger of one snapshot, in Symetrisk's real-time accounts format.

    Layout: each entry of a `ledger_balances` object is a group `{total, breakdown}`. A group's
    `breakdown` holds sub-groups (again `{total, breakdown}`) whose `breakdown` holds amounts
    (the leaves). Exceptions: `interest_income` and `interest_expenses` are one level only;
    `other_financial_income` and `other_financial_expenses` mix sub-groups with a bare amount
    (`extra_income`, `extra_expenses`); `accounts_receivables` also has `invoices_breakdown`.
    Amounts can be negative, and for balance items a `total` is not always the sum of its
    breakdown. Misspelled keys (`bulding_facilities`, `buldings_other_depreciation_period`,
    `grop_other_liabilities`, `tax_payable_not_assesed`) are the API's real names.

    Required-ness: the structure (`version`, the three sections, `ledger_balances`, `derived`
    and each group's `total` and `breakdown`) is required. Every named ledger key (group,
    sub-group, leaf, derived figure) is optional, although the docs example has all of them,
    so that a format version that drops a key still parses. Every breakdown also accepts
    unknown keys (numbers in leaf breakdowns, any value in group breakdowns), which the
    generated models keep in `additional_properties`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        snapshot_date = self.snapshot_date.isoformat()

        fetched_at = self.fetched_at.isoformat().replace("+00:00", "Z")

        origin: str
        if isinstance(self.origin, KnownOrigin):
            origin = self.origin.value
        else:
            origin = self.origin

        accounting_system: str
        if isinstance(self.accounting_system, KnownAccountingSystem):
            accounting_system = self.accounting_system.value
        else:
            accounting_system = self.accounting_system

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "snapshot_date": snapshot_date,
                "fetched_at": fetched_at,
                "origin": origin,
                "accounting_system": accounting_system,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]
        if type(id) is not int:
            raise TypeError(f"id: expected int, got {type(id).__name__}")

        snapshot_date = datetime.date.fromisoformat(src_dict["snapshot_date"])

        fetched_at = datetime.datetime.fromisoformat(src_dict["fetched_at"])

        def _parse_origin(data: object) -> KnownOrigin | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_origin_type_0 = KnownOrigin(data)

                return componentsschemas_origin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownOrigin | str, data)

        origin = _parse_origin(src_dict["origin"])

        def _parse_accounting_system(data: object) -> KnownAccountingSystem | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_accounting_system_type_0 = KnownAccountingSystem(data)

                return componentsschemas_accounting_system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownAccountingSystem | str, data)

        accounting_system = _parse_accounting_system(src_dict["accounting_system"])

        data = AccountingData.from_dict(src_dict["data"])

        d: dict[str, Any] = {}
        if len(src_dict) != 6:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k
                not in {
                    "id",
                    "snapshot_date",
                    "fetched_at",
                    "origin",
                    "accounting_system",
                    "data",
                }
            }
        self = cls.__new__(cls)
        self.id = id
        self.snapshot_date = snapshot_date
        self.fetched_at = fetched_at
        self.origin = origin
        self.accounting_system = accounting_system
        self.data = data

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
from ..models.accounting_data import AccountingData
