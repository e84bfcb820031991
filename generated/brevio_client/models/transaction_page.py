from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionPage")


@_attrs_define
class TransactionPage:
    """An offset page of transactions."""

    transactions: list[Transaction]
    """ The transactions. """
    total: int | Unset = UNSET
    """ Total number of matching transactions. """
    count: int | Unset = UNSET
    """ Number of transactions in this page. """
    next_: int | None | Unset = UNSET
    """ Offset of the next page. """
    offset: int | Unset = UNSET
    """ Offset of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        total = self.total

        count = self.count

        next_: int | None | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactions": transactions,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if count is not UNSET:
            field_dict["count"] = count
        if next_ is not UNSET:
            field_dict["next"] = next_
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transactions = []
        _transactions = d.pop("transactions")
        for transactions_item_data in _transactions:
            transactions_item = Transaction.from_dict(transactions_item_data)

            transactions.append(transactions_item)

        total = d.pop("total", UNSET)
        if total is not UNSET and type(total) is not int:
            raise TypeError(f"total: expected int, got {type(total).__name__}")

        count = d.pop("count", UNSET)
        if count is not UNSET and type(count) is not int:
            raise TypeError(f"count: expected int, got {type(count).__name__}")

        def _parse_next_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) not in (int,):
                raise TypeError(f"expected int, got {type(data).__name__}")

            return cast(int | None | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        offset = d.pop("offset", UNSET)
        if offset is not UNSET and type(offset) is not int:
            raise TypeError(f"offset: expected int, got {type(offset).__name__}")

        self = cls.__new__(cls)
        self.transactions = transactions
        self.total = total
        self.count = count
        self.next_ = next_
        self.offset = offset

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
from ..models.transaction import Transaction
