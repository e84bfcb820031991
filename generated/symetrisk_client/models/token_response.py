from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """A bearer access token."""

    access_token: str
    """ The access token, to send as `Authorization: Bearer <access_token>`. """
    expires_in: int
    """ Seconds until the token expires (one hour, 3600). """
    token_type: str
    """ Always `Bearer`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
                "token_type": token_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        access_token = src_dict["access_token"]
        if type(access_token) is not str:
            raise TypeError(
                f"access_token: expected str, got {type(access_token).__name__}"
            )

        expires_in = src_dict["expires_in"]
        if type(expires_in) is not int:
            raise TypeError(
                f"expires_in: expected int, got {type(expires_in).__name__}"
            )

        token_type = src_dict["token_type"]
        if type(token_type) is not str:
            raise TypeError(
                f"token_type: expected str, got {type(token_type).__name__}"
            )

        d: dict[str, Any] = {}
        if len(src_dict) != 3:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k not in {"access_token", "expires_in", "token_type"}
            }
        self = cls.__new__(cls)
        self.access_token = access_token
        self.expires_in = expires_in
        self.token_type = token_type

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
