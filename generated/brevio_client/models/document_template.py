from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentTemplate")


@_attrs_define
class DocumentTemplate:
    """A template that can be associated with an uploaded document, so sign requests can be filtered by template. Each has
    titles in several languages.

    """

    token: str
    """ Unique identifier (use as `templateToken`). """
    i18ns: list[Internationalization] | Unset = UNSET
    """ Titles per language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        i18ns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.i18ns, Unset):
            i18ns = []
            for i18ns_item_data in self.i18ns:
                i18ns_item = i18ns_item_data.to_dict()
                i18ns.append(i18ns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if i18ns is not UNSET:
            field_dict["i18ns"] = i18ns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")
        if type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        _i18ns = d.pop("i18ns", UNSET)
        i18ns: list[Internationalization] | Unset = UNSET
        if _i18ns is not UNSET:
            i18ns = []
            for i18ns_item_data in _i18ns:
                i18ns_item = Internationalization.from_dict(i18ns_item_data)

                i18ns.append(i18ns_item)

        self = cls.__new__(cls)
        self.token = token
        self.i18ns = i18ns

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


# Imported after the class rather than inside from_dict()/to_dict(): a function-level import runs
# on every call, and nested payloads call from_dict() hundreds of times. Placed last so that
# recursive schemas (import cycles) still work.
from ..models.internationalization import Internationalization
