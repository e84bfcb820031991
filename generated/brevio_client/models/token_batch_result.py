from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenBatchResult")


@_attrs_define
class TokenBatchResult:
    """Result of a batch operation on tokens."""

    successful: list[str]
    """ Tokens for which the operation succeeded. """
    failed: list[str]
    """ Tokens for which the operation failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successful = self.successful

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successful": successful,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        successful = cast(list[str], src_dict["successful"])

        if type(successful) is not list or any(type(i) is not str for i in successful):
            raise TypeError(
                f"successful: expected a list of str, got {successful!r:.80}"
            )

        failed = cast(list[str], src_dict["failed"])

        if type(failed) is not list or any(type(i) is not str for i in failed):
            raise TypeError(f"failed: expected a list of str, got {failed!r:.80}")

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"successful", "failed"}}
        self = cls.__new__(cls)
        self.successful = successful
        self.failed = failed

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
