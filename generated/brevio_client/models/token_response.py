from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """OAuth2 access token response."""

    access_token: str
    """ The bearer token to send as `Authorization: Bearer <access_token>`. """
    token_type: str
    """ Token type, expected `Bearer`. """
    expires_in: int | Unset = UNSET
    """ Lifetime in seconds (the token lifetime is not documented). """
    scope: str | Unset = UNSET
    """ Space-separated scopes granted, if returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_token = d.pop("access_token")
        if type(access_token) is not str:
            raise TypeError(
                f"access_token: expected str, got {type(access_token).__name__}"
            )

        token_type = d.pop("token_type")
        if type(token_type) is not str:
            raise TypeError(
                f"token_type: expected str, got {type(token_type).__name__}"
            )

        expires_in = d.pop("expires_in", UNSET)
        if expires_in is not UNSET and type(expires_in) is not int:
            raise TypeError(
                f"expires_in: expected int, got {type(expires_in).__name__}"
            )

        scope = d.pop("scope", UNSET)
        if scope is not UNSET and type(scope) is not str:
            raise TypeError(f"scope: expected str, got {type(scope).__name__}")

        self = cls.__new__(cls)
        self.access_token = access_token
        self.token_type = token_type
        self.expires_in = expires_in
        self.scope = scope

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
