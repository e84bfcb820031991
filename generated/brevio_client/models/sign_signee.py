from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignSignee")


@_attrs_define
class SignSignee:
    """A signee (Sign). `pid` is only returned with the `signee_pid` scope."""

    email: str | Unset = UNSET
    """ Email address of the signee. """
    name: None | str | Unset = UNSET
    """ Name verified during signing (renamed from `signedName` in 2022-10-01); null until signed. """
    pid: None | str | Unset = UNSET
    """ Personal ID (NO 11 digits, SE 10 or 12, DK 10; renamed from `signeePID` in 2022-10-01); null unless the API
    client has the `signee_pid` scope. """
    signed: bool | Unset = UNSET
    """ Whether the signee has signed. """
    signed_at: datetime.datetime | None | Unset = UNSET
    """ When this signee signed; null if not signed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        pid: None | str | Unset
        if isinstance(self.pid, Unset):
            pid = UNSET
        else:
            pid = self.pid

        signed = self.signed

        signed_at: None | str | Unset
        if isinstance(self.signed_at, Unset):
            signed_at = UNSET
        elif isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat().replace("+00:00", "Z")
        else:
            signed_at = self.signed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if pid is not UNSET:
            field_dict["pid"] = pid
        if signed is not UNSET:
            field_dict["signed"] = signed
        if signed_at is not UNSET:
            field_dict["signedAt"] = signed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email", UNSET)
        if email is not UNSET and type(email) is not str:
            raise TypeError(f"email: expected str, got {type(email).__name__}")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_pid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str | Unset, data)

        pid = _parse_pid(d.pop("pid", UNSET))

        signed = d.pop("signed", UNSET)
        if signed is not UNSET and type(signed) is not bool:
            raise TypeError(f"signed: expected bool, got {type(signed).__name__}")

        def _parse_signed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            signed_at_type_0 = datetime.datetime.fromisoformat(data)

            return signed_at_type_0

        signed_at = _parse_signed_at(d.pop("signedAt", UNSET))

        self = cls.__new__(cls)
        self.email = email
        self.name = name
        self.pid = pid
        self.signed = signed
        self.signed_at = signed_at

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
