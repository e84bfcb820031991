from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignAttachment")


@_attrs_define
class SignAttachment:
    """An attachment of a sign request (original documents and their signed counterparts). The attribute table was lost."""

    token: str | Unset = UNSET
    """ Unique identifier (use with get_sign_attachment_signed_url). """
    title: str | Unset = UNSET
    """ Human-readable title. """
    template_token: None | str | Unset = UNSET
    """ Token of the document template, if any. """
    file_name: str | Unset = UNSET
    """ File name. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the attachment was created. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        title = self.title

        template_token: None | str | Unset
        if isinstance(self.template_token, Unset):
            template_token = UNSET
        else:
            template_token = self.template_token

        file_name = self.file_name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if title is not UNSET:
            field_dict["title"] = title
        if template_token is not UNSET:
            field_dict["templateToken"] = template_token
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token", UNSET)
        if token is not UNSET and type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        title = d.pop("title", UNSET)
        if title is not UNSET and type(title) is not str:
            raise TypeError(f"title: expected str, got {type(title).__name__}")

        def _parse_template_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str | Unset, data)

        template_token = _parse_template_token(d.pop("templateToken", UNSET))

        file_name = d.pop("fileName", UNSET)
        if file_name is not UNSET and type(file_name) is not str:
            raise TypeError(f"fileName: expected str, got {type(file_name).__name__}")

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        self = cls.__new__(cls)
        self.token = token
        self.title = title
        self.template_token = template_token
        self.file_name = file_name
        self.created_at = created_at

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
