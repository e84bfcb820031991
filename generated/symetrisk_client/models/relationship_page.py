from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RelationshipPage")


@_attrs_define
class RelationshipPage:
    """One page of relationships."""

    metadata: PaginationMetadata
    """ Pagination info returned by every paginated endpoint: the applied `limit` and `skip`, the
    number of items in this response and the total number of items after filters. The oldest
    version of the docs shows camelCase keys (`returnedItems`, `totalItems`); the newest uses
    snake_case, modelled here.
     """
    items: list[Relationship]
    """ The relationships on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        metadata = PaginationMetadata.from_dict(src_dict["metadata"])

        items = []
        _items = src_dict["items"]
        for items_item_data in _items:
            items_item = Relationship.from_dict(items_item_data)

            items.append(items_item)

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"metadata", "items"}}
        self = cls.__new__(cls)
        self.metadata = metadata
        self.items = items

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


# Imported after the class rather than inside from_dict()/to_dict(): a function-level import runs
# on every call, and nested payloads call from_dict() hundreds of times. Placed last so that
# recursive schemas (import cycles) still work.
from ..models.pagination_metadata import PaginationMetadata
from ..models.relationship import Relationship
