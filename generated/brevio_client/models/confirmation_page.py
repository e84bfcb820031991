from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmationPage")


@_attrs_define
class ConfirmationPage:
    """A keyset page of pending confirmations."""

    confirmations: list[Confirmation]
    """ Pending confirmations (all with status `started`). """
    cursor: datetime.datetime | None | Unset = UNSET
    """ The cursor used for this page; null if none was given. """
    next_: datetime.datetime | None | Unset = UNSET
    """ Cursor for the next page; null when there are no further pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirmations = []
        for confirmations_item_data in self.confirmations:
            confirmations_item = confirmations_item_data.to_dict()
            confirmations.append(confirmations_item)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        elif isinstance(self.cursor, datetime.datetime):
            cursor = self.cursor.isoformat().replace("+00:00", "Z")
        else:
            cursor = self.cursor

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        elif isinstance(self.next_, datetime.datetime):
            next_ = self.next_.isoformat().replace("+00:00", "Z")
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confirmations": confirmations,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        confirmations = []
        _confirmations = d.pop("confirmations")
        for confirmations_item_data in _confirmations:
            confirmations_item = Confirmation.from_dict(confirmations_item_data)

            confirmations.append(confirmations_item)

        def _parse_cursor(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            cursor_type_0 = datetime.datetime.fromisoformat(data)

            return cursor_type_0

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        def _parse_next_(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            next_type_0 = datetime.datetime.fromisoformat(data)

            return next_type_0

        next_ = _parse_next_(d.pop("next", UNSET))

        self = cls.__new__(cls)
        self.confirmations = confirmations
        self.cursor = cursor
        self.next_ = next_

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
from ..models.confirmation import Confirmation
