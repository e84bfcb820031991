from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_notification_type import KnownNotificationType

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """A notification to the bank."""

    id: int
    """ Id of the notification. """
    text: str
    """ Notification text, e.g. "Fetched data from Fiken". """
    type_: KnownNotificationType | str
    """ Kind of notification. Only `information` appears in the docs. Open enum: values outside the
    known set are passed through as plain strings.
     """
    created_at: datetime.datetime
    """ When the notification was created. Sent without a time zone; the SDK gives a naive `datetime`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        type_: str
        if isinstance(self.type_, KnownNotificationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
                "type": type_,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]
        if type(id) is not int:
            raise TypeError(f"id: expected int, got {type(id).__name__}")

        text = src_dict["text"]
        if type(text) is not str:
            raise TypeError(f"text: expected str, got {type(text).__name__}")

        def _parse_type_(data: object) -> KnownNotificationType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_notification_type_type_0 = KnownNotificationType(data)

                return componentsschemas_notification_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownNotificationType | str, data)

        type_ = _parse_type_(src_dict["type"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        d: dict[str, Any] = {}
        if len(src_dict) != 4:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k not in {"id", "text", "type", "created_at"}
            }
        self = cls.__new__(cls)
        self.id = id
        self.text = text
        self.type_ = type_
        self.created_at = created_at

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
