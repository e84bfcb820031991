from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_event_type import KnownEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """An event in a connection's history."""

    date: datetime.datetime | Unset = UNSET
    """ When the event happened. """
    instigator: None | str | Unset = UNSET
    """ Who caused the event; null when Brevio did (e.g. a scheduled send was reached). """
    target: None | str | Unset = UNSET
    """ Target of the event; null for Approved, NeedsReApproval, ScheduledCreated, ReadyForAudit, Cancelled,
    Archived and RetentionPolicyDeletion. """
    event_type: KnownEventType | str | Unset = UNSET
    """ Connection event type. Values outside the known set are passed through as plain strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat().replace("+00:00", "Z")

        instigator: None | str | Unset
        if isinstance(self.instigator, Unset):
            instigator = UNSET
        else:
            instigator = self.instigator

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        event_type: str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, KnownEventType):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if instigator is not UNSET:
            field_dict["instigator"] = instigator
        if target is not UNSET:
            field_dict["target"] = target
        if event_type is not UNSET:
            field_dict["eventType"] = event_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        def _parse_instigator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str | Unset, data)

        instigator = _parse_instigator(d.pop("instigator", UNSET))

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_event_type(data: object) -> KnownEventType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_event_type_type_0 = KnownEventType(data)

                return componentsschemas_event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownEventType | str | Unset, data)

        event_type = _parse_event_type(d.pop("eventType", UNSET))

        self = cls.__new__(cls)
        self.date = date
        self.instigator = instigator
        self.target = target
        self.event_type = event_type

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
