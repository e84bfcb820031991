from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_account_type import KnownAccountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """An account that belongs to a connection. Keys are snake_case, as documented."""

    token: str | Unset = UNSET
    """ Unique identifier (use as account_token). """
    name: str | Unset = UNSET
    """ Name of the account. """
    account_type: KnownAccountType | str | Unset = UNSET
    """ Account type. Values outside the known set are passed through as plain strings. """
    provider: Provider | Unset = UNSET
    """ An open-banking account provider. """
    owner: str | Unset = UNSET
    """ Owner of the account. """
    last_transaction_sync_at: datetime.datetime | None | Unset = UNSET
    """ Last transaction synchronisation; null if never synced. """
    inactive: bool | Unset = UNSET
    """ True if the bank stopped providing updates for this account. """
    waiting_for_initial_sync: bool | Unset = UNSET
    """ Whether the account awaits its initial sync. The docs say transactions are unavailable "as long as this is
    false", which probably means true. """
    number: AccountNumberDetails | Unset = UNSET
    """ Details about an account's number. The fields are not documented. """
    booked_balance: Amount | Unset = UNSET
    """ A monetary amount with its ISO 4217 currency. """
    available_balance: Amount | Unset = UNSET
    """ A monetary amount with its ISO 4217 currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        name = self.name

        account_type: str | Unset
        if isinstance(self.account_type, Unset):
            account_type = UNSET
        elif isinstance(self.account_type, KnownAccountType):
            account_type = self.account_type.value
        else:
            account_type = self.account_type

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        owner = self.owner

        last_transaction_sync_at: None | str | Unset
        if isinstance(self.last_transaction_sync_at, Unset):
            last_transaction_sync_at = UNSET
        elif isinstance(self.last_transaction_sync_at, datetime.datetime):
            last_transaction_sync_at = (
                self.last_transaction_sync_at.isoformat().replace("+00:00", "Z")
            )
        else:
            last_transaction_sync_at = self.last_transaction_sync_at

        inactive = self.inactive

        waiting_for_initial_sync = self.waiting_for_initial_sync

        number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.number, Unset):
            number = self.number.to_dict()

        booked_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.booked_balance, Unset):
            booked_balance = self.booked_balance.to_dict()

        available_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_balance, Unset):
            available_balance = self.available_balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if name is not UNSET:
            field_dict["name"] = name
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if owner is not UNSET:
            field_dict["owner"] = owner
        if last_transaction_sync_at is not UNSET:
            field_dict["last_transaction_sync_at"] = last_transaction_sync_at
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if waiting_for_initial_sync is not UNSET:
            field_dict["waiting_for_initial_sync"] = waiting_for_initial_sync
        if number is not UNSET:
            field_dict["number"] = number
        if booked_balance is not UNSET:
            field_dict["booked_balance"] = booked_balance
        if available_balance is not UNSET:
            field_dict["available_balance"] = available_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token", UNSET)
        if token is not UNSET and type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        name = d.pop("name", UNSET)
        if name is not UNSET and type(name) is not str:
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        def _parse_account_type(data: object) -> KnownAccountType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_account_type_type_0 = KnownAccountType(data)

                return componentsschemas_account_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownAccountType | str | Unset, data)

        account_type = _parse_account_type(d.pop("account_type", UNSET))

        _provider = d.pop("provider", UNSET)
        provider: Provider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = Provider.from_dict(_provider)

        owner = d.pop("owner", UNSET)
        if owner is not UNSET and type(owner) is not str:
            raise TypeError(f"owner: expected str, got {type(owner).__name__}")

        def _parse_last_transaction_sync_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_transaction_sync_at_type_0 = datetime.datetime.fromisoformat(data)

            return last_transaction_sync_at_type_0

        last_transaction_sync_at = _parse_last_transaction_sync_at(
            d.pop("last_transaction_sync_at", UNSET)
        )

        inactive = d.pop("inactive", UNSET)
        if inactive is not UNSET and type(inactive) is not bool:
            raise TypeError(f"inactive: expected bool, got {type(inactive).__name__}")

        waiting_for_initial_sync = d.pop("waiting_for_initial_sync", UNSET)
        if (
            waiting_for_initial_sync is not UNSET
            and type(waiting_for_initial_sync) is not bool
        ):
            raise TypeError(
                f"waiting_for_initial_sync: expected bool, got {type(waiting_for_initial_sync).__name__}"
            )

        _number = d.pop("number", UNSET)
        number: AccountNumberDetails | Unset
        if isinstance(_number, Unset):
            number = UNSET
        else:
            number = AccountNumberDetails.from_dict(_number)

        _booked_balance = d.pop("booked_balance", UNSET)
        booked_balance: Amount | Unset
        if isinstance(_booked_balance, Unset):
            booked_balance = UNSET
        else:
            booked_balance = Amount.from_dict(_booked_balance)

        _available_balance = d.pop("available_balance", UNSET)
        available_balance: Amount | Unset
        if isinstance(_available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = Amount.from_dict(_available_balance)

        self = cls.__new__(cls)
        self.token = token
        self.name = name
        self.account_type = account_type
        self.provider = provider
        self.owner = owner
        self.last_transaction_sync_at = last_transaction_sync_at
        self.inactive = inactive
        self.waiting_for_initial_sync = waiting_for_initial_sync
        self.number = number
        self.booked_balance = booked_balance
        self.available_balance = available_balance

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
from ..models.account_number_details import AccountNumberDetails
from ..models.amount import Amount
from ..models.provider import Provider
