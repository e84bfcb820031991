from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_connection_step import KnownConnectionStep
from ..types import UNSET, Unset

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """An open-banking connection for an audit client. The first rows of the table (token, company, ...) were lost; only
    the scheduling and sync fields and `step` survive.

    """

    token: str | Unset = UNSET
    """ Unique identifier (use as connection_token). """
    company: Company | Unset = UNSET
    """ A company (audit client or subsidiary) as returned by the API. """
    scheduled_at: datetime.datetime | None | Unset = UNSET
    """ When the connection request will be sent to the client; null if not scheduled. """
    last_sync_at: datetime.datetime | None | Unset = UNSET
    """ Last synchronisation; null if not synced yet. """
    last_sent_to_client_at: datetime.datetime | None | Unset = UNSET
    """ Last time the connection was sent to the client; null if not sent yet. """
    step: KnownConnectionStep | str | Unset = UNSET
    """ Connection step. Values outside the known set are passed through as plain strings. """
    bank_data_deleted_at: datetime.datetime | None | Unset = UNSET
    """ When the bank data was deleted; null until deleted. """
    accounts: list[Account] | Unset = UNSET
    """ The connection's accounts. """
    events: list[Event] | Unset = UNSET
    """ The connection's events. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat().replace("+00:00", "Z")
        else:
            scheduled_at = self.scheduled_at

        last_sync_at: None | str | Unset
        if isinstance(self.last_sync_at, Unset):
            last_sync_at = UNSET
        elif isinstance(self.last_sync_at, datetime.datetime):
            last_sync_at = self.last_sync_at.isoformat().replace("+00:00", "Z")
        else:
            last_sync_at = self.last_sync_at

        last_sent_to_client_at: None | str | Unset
        if isinstance(self.last_sent_to_client_at, Unset):
            last_sent_to_client_at = UNSET
        elif isinstance(self.last_sent_to_client_at, datetime.datetime):
            last_sent_to_client_at = self.last_sent_to_client_at.isoformat().replace(
                "+00:00", "Z"
            )
        else:
            last_sent_to_client_at = self.last_sent_to_client_at

        step: str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        elif isinstance(self.step, KnownConnectionStep):
            step = self.step.value
        else:
            step = self.step

        bank_data_deleted_at: None | str | Unset
        if isinstance(self.bank_data_deleted_at, Unset):
            bank_data_deleted_at = UNSET
        elif isinstance(self.bank_data_deleted_at, datetime.datetime):
            bank_data_deleted_at = self.bank_data_deleted_at.isoformat().replace(
                "+00:00", "Z"
            )
        else:
            bank_data_deleted_at = self.bank_data_deleted_at

        accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = []
            for accounts_item_data in self.accounts:
                accounts_item = accounts_item_data.to_dict()
                accounts.append(accounts_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if company is not UNSET:
            field_dict["company"] = company
        if scheduled_at is not UNSET:
            field_dict["scheduledAt"] = scheduled_at
        if last_sync_at is not UNSET:
            field_dict["lastSyncAt"] = last_sync_at
        if last_sent_to_client_at is not UNSET:
            field_dict["lastSentToClientAt"] = last_sent_to_client_at
        if step is not UNSET:
            field_dict["step"] = step
        if bank_data_deleted_at is not UNSET:
            field_dict["bankDataDeletedAt"] = bank_data_deleted_at
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token", UNSET)
        if token is not UNSET and type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

            return scheduled_at_type_0

        scheduled_at = _parse_scheduled_at(d.pop("scheduledAt", UNSET))

        def _parse_last_sync_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_sync_at_type_0 = datetime.datetime.fromisoformat(data)

            return last_sync_at_type_0

        last_sync_at = _parse_last_sync_at(d.pop("lastSyncAt", UNSET))

        def _parse_last_sent_to_client_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_sent_to_client_at_type_0 = datetime.datetime.fromisoformat(data)

            return last_sent_to_client_at_type_0

        last_sent_to_client_at = _parse_last_sent_to_client_at(
            d.pop("lastSentToClientAt", UNSET)
        )

        def _parse_step(data: object) -> KnownConnectionStep | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_connection_step_type_0 = KnownConnectionStep(data)

                return componentsschemas_connection_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownConnectionStep | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        def _parse_bank_data_deleted_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            bank_data_deleted_at_type_0 = datetime.datetime.fromisoformat(data)

            return bank_data_deleted_at_type_0

        bank_data_deleted_at = _parse_bank_data_deleted_at(
            d.pop("bankDataDeletedAt", UNSET)
        )

        _accounts = d.pop("accounts", UNSET)
        accounts: list[Account] | Unset = UNSET
        if _accounts is not UNSET:
            accounts = []
            for accounts_item_data in _accounts:
                accounts_item = Account.from_dict(accounts_item_data)

                accounts.append(accounts_item)

        _events = d.pop("events", UNSET)
        events: list[Event] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = Event.from_dict(events_item_data)

                events.append(events_item)

        self = cls.__new__(cls)
        self.token = token
        self.company = company
        self.scheduled_at = scheduled_at
        self.last_sync_at = last_sync_at
        self.last_sent_to_client_at = last_sent_to_client_at
        self.step = step
        self.bank_data_deleted_at = bank_data_deleted_at
        self.accounts = accounts
        self.events = events

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
from ..models.account import Account
from ..models.company import Company
from ..models.event import Event
