from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiClientInfo")


@_attrs_define
class ApiClientInfo:
    """The API client that made the call (from the access token)."""

    client_id: str
    """ The API client's id (the OAuth2 client id). """
    scopes: list[str]
    """ Scopes granted to the token, e.g. `https://api.symetrisk.com/read`. """
    auth_time: int
    """ When the token was issued, as Unix epoch seconds. """
    created_at: datetime.datetime
    """ When the API client was created. Sent without a time zone; the SDK gives a naive `datetime`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        scopes = self.scopes

        auth_time = self.auth_time

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "scopes": scopes,
                "auth_time": auth_time,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        client_id = src_dict["client_id"]
        if type(client_id) is not str:
            raise TypeError(f"client_id: expected str, got {type(client_id).__name__}")

        scopes = cast(list[str], src_dict["scopes"])

        if type(scopes) is not list or any(type(i) is not str for i in scopes):
            raise TypeError(f"scopes: expected a list of str, got {scopes!r:.80}")

        auth_time = src_dict["auth_time"]
        if type(auth_time) is not int:
            raise TypeError(f"auth_time: expected int, got {type(auth_time).__name__}")

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        d: dict[str, Any] = {}
        if len(src_dict) != 4:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k not in {"client_id", "scopes", "auth_time", "created_at"}
            }
        self = cls.__new__(cls)
        self.client_id = client_id
        self.scopes = scopes
        self.auth_time = auth_time
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
