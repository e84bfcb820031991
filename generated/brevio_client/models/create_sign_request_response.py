from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateSignRequestResponse")


@_attrs_define
class CreateSignRequestResponse:
    """Result of create_sign_request."""

    token: str
    """ Token of the created sign request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        token = src_dict["token"]
        if type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        d: dict[str, Any] = {}
        if len(src_dict) != 1:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"token"}}
        self = cls.__new__(cls)
        self.token = token

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
