from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaginationMetadata")


@_attrs_define
class PaginationMetadata:
    """Pagination info returned by every paginated endpoint: the applied `limit` and `skip`, the
    number of items in this response and the total number of items after filters. The oldest
    version of the docs shows camelCase keys (`returnedItems`, `totalItems`); the newest uses
    snake_case, modelled here.

    """

    limit: int
    """ The applied limit. """
    skip: int
    """ The applied skip. """
    returned_items: int
    """ Number of items in this response. """
    total_items: int
    """ Total number of items with the applied filters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        skip = self.skip

        returned_items = self.returned_items

        total_items = self.total_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "skip": skip,
                "returned_items": returned_items,
                "total_items": total_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        limit = src_dict["limit"]
        if type(limit) is not int:
            raise TypeError(f"limit: expected int, got {type(limit).__name__}")

        skip = src_dict["skip"]
        if type(skip) is not int:
            raise TypeError(f"skip: expected int, got {type(skip).__name__}")

        returned_items = src_dict["returned_items"]
        if type(returned_items) is not int:
            raise TypeError(
                f"returned_items: expected int, got {type(returned_items).__name__}"
            )

        total_items = src_dict["total_items"]
        if type(total_items) is not int:
            raise TypeError(
                f"total_items: expected int, got {type(total_items).__name__}"
            )

        d: dict[str, Any] = {}
        if len(src_dict) != 4:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k not in {"limit", "skip", "returned_items", "total_items"}
            }
        self = cls.__new__(cls)
        self.limit = limit
        self.skip = skip
        self.returned_items = returned_items
        self.total_items = total_items

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
