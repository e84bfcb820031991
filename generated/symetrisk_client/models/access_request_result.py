from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccessRequestResult")


@_attrs_define
class AccessRequestResult:
    """Result of an access request for one borrower or debtor."""

    organization_number: str
    """ Norwegian organization number (brreg), nine digits. The SDK checks the format before sending and, against
    production, the mod-11 check digit too (`x-business-id`). """
    success: bool
    """ Whether the request succeeded for this company. """
    message: str
    """ Message about the result; empty on success in the docs. """
    signup_link: str
    """ Signup link to forward to the borrower or debtor. """
    signup_link_expires_at: int
    """ When the signup link expires, as Unix epoch seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_number = self.organization_number

        success = self.success

        message = self.message

        signup_link = self.signup_link

        signup_link_expires_at = self.signup_link_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_number": organization_number,
                "success": success,
                "message": message,
                "signup_link": signup_link,
                "signup_link_expires_at": signup_link_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization_number = src_dict["organization_number"]
        if type(organization_number) is not str:
            raise TypeError(
                f"organization_number: expected str, got {type(organization_number).__name__}"
            )

        success = src_dict["success"]
        if type(success) is not bool:
            raise TypeError(f"success: expected bool, got {type(success).__name__}")

        message = src_dict["message"]
        if type(message) is not str:
            raise TypeError(f"message: expected str, got {type(message).__name__}")

        signup_link = src_dict["signup_link"]
        if type(signup_link) is not str:
            raise TypeError(
                f"signup_link: expected str, got {type(signup_link).__name__}"
            )

        signup_link_expires_at = src_dict["signup_link_expires_at"]
        if type(signup_link_expires_at) is not int:
            raise TypeError(
                f"signup_link_expires_at: expected int, got {type(signup_link_expires_at).__name__}"
            )

        d: dict[str, Any] = {}
        if len(src_dict) != 5:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k
                not in {
                    "organization_number",
                    "success",
                    "message",
                    "signup_link",
                    "signup_link_expires_at",
                }
            }
        self = cls.__new__(cls)
        self.organization_number = organization_number
        self.success = success
        self.message = message
        self.signup_link = signup_link
        self.signup_link_expires_at = signup_link_expires_at

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
