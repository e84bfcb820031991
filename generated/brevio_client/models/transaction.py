from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_transaction_state import KnownTransactionState
from ..models.known_transaction_type import KnownTransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A booked account transaction."""

    token: str | Unset = UNSET
    """ Unique identifier. """
    booked_date: datetime.date | Unset = UNSET
    """ Booking date. """
    text: str | Unset = UNSET
    """ Transaction text. """
    original_text: str | Unset = UNSET
    """ Original transaction text from the bank. """
    transaction_type: KnownTransactionType | str | Unset = UNSET
    """ Transaction type. Values outside the known set are passed through as plain strings. """
    state: KnownTransactionState | str | Unset = UNSET
    """ Transaction state. Values outside the known set are passed through as plain strings. """
    amount: Amount | Unset = UNSET
    """ A monetary amount with its ISO 4217 currency. """
    balance: Amount | None | Unset = UNSET
    """ Balance of the account after this transaction, if available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        booked_date: str | Unset = UNSET
        if not isinstance(self.booked_date, Unset):
            booked_date = self.booked_date.isoformat()

        text = self.text

        original_text = self.original_text

        transaction_type: str | Unset
        if isinstance(self.transaction_type, Unset):
            transaction_type = UNSET
        elif isinstance(self.transaction_type, KnownTransactionType):
            transaction_type = self.transaction_type.value
        else:
            transaction_type = self.transaction_type

        state: str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, KnownTransactionState):
            state = self.state.value
        else:
            state = self.state

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        balance: dict[str, Any] | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        elif isinstance(self.balance, Amount):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if booked_date is not UNSET:
            field_dict["bookedDate"] = booked_date
        if text is not UNSET:
            field_dict["text"] = text
        if original_text is not UNSET:
            field_dict["originalText"] = original_text
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if state is not UNSET:
            field_dict["state"] = state
        if amount is not UNSET:
            field_dict["amount"] = amount
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token", UNSET)
        if token is not UNSET and type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        _booked_date = d.pop("bookedDate", UNSET)
        booked_date: datetime.date | Unset
        if isinstance(_booked_date, Unset):
            booked_date = UNSET
        else:
            booked_date = datetime.date.fromisoformat(_booked_date)

        text = d.pop("text", UNSET)
        if text is not UNSET and type(text) is not str:
            raise TypeError(f"text: expected str, got {type(text).__name__}")

        original_text = d.pop("originalText", UNSET)
        if original_text is not UNSET and type(original_text) is not str:
            raise TypeError(
                f"originalText: expected str, got {type(original_text).__name__}"
            )

        def _parse_transaction_type(data: object) -> KnownTransactionType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_transaction_type_type_0 = KnownTransactionType(data)

                return componentsschemas_transaction_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownTransactionType | str | Unset, data)

        transaction_type = _parse_transaction_type(d.pop("transactionType", UNSET))

        def _parse_state(data: object) -> KnownTransactionState | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_transaction_state_type_0 = KnownTransactionState(data)

                return componentsschemas_transaction_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownTransactionState | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Amount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Amount.from_dict(_amount)

        def _parse_balance(data: object) -> Amount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            balance_type_0 = Amount.from_dict(data)

            return balance_type_0

        balance = _parse_balance(d.pop("balance", UNSET))

        self = cls.__new__(cls)
        self.token = token
        self.booked_date = booked_date
        self.text = text
        self.original_text = original_text
        self.transaction_type = transaction_type
        self.state = state
        self.amount = amount
        self.balance = balance

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
from ..models.amount import Amount
