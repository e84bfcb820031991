from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignAttachmentInput")


@_attrs_define
class SignAttachmentInput:
    """A previously uploaded PDF to include in a sign request."""

    token: str
    """ Token of the uploaded PDF (see upload_sign_document). """
    title: str | Unset = UNSET
    """ Human-readable title. With several attachments the titles are joined with commas. """
    template_token: str | Unset = UNSET
    """ Token of a document template. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        title = self.title

        template_token = self.template_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if template_token is not UNSET:
            field_dict["templateToken"] = template_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")
        if type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        title = d.pop("title", UNSET)
        if title is not UNSET and type(title) is not str:
            raise TypeError(f"title: expected str, got {type(title).__name__}")

        template_token = d.pop("templateToken", UNSET)
        if template_token is not UNSET and type(template_token) is not str:
            raise TypeError(
                f"templateToken: expected str, got {type(template_token).__name__}"
            )

        self = cls.__new__(cls)
        self.token = token
        self.title = title
        self.template_token = template_token

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
