from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="AttachmentsUpload")


@_attrs_define
class AttachmentsUpload:
    """One to five files, each sent as a multipart part named `attachments`."""

    attachments: list[File]
    """ Files to add (at most five per request, to avoid time-outs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_tuple()

            attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachments": attachments,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for attachments_item_element in self.attachments:
            files.append(("attachments", attachments_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        attachments = []
        _attachments = src_dict["attachments"]
        for attachments_item_data in _attachments:
            attachments_item = File(payload=BytesIO(attachments_item_data))

            attachments.append(attachments_item)

        d: dict[str, Any] = {}
        if len(src_dict) != 1:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"attachments"}}
        self = cls.__new__(cls)
        self.attachments = attachments

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
