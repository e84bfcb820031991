from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignedUrl")


@_attrs_define
class SignedUrl:
    """A signed download URL, valid for 24 hours. The Confirm endpoint text calls the filename key `name`; the 2022-10-01
    changelog renamed it to `filename` (used here, and by the Sign endpoint text).

    """

    url: str
    """ Signed URL, valid for 24 hours. """
    filename: str | Unset = UNSET
    """ Filename of the attachment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")
        if type(url) is not str:
            raise TypeError(f"url: expected str, got {type(url).__name__}")

        filename = d.pop("filename", UNSET)
        if filename is not UNSET and type(filename) is not str:
            raise TypeError(f"filename: expected str, got {type(filename).__name__}")

        self = cls.__new__(cls)
        self.url = url
        self.filename = filename

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
