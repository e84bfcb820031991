from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountNumberInput")


@_attrs_define
class AccountNumberInput:
    """An account number sent when creating a bank audit request (since 2022-11-03; renamed from `auditAccountNumbers` in
    2023-10-04). The sub-table was lost; only its `company` property (a Company object since 2023-02-14) is known.

    """

    account_number: str
    """ The bank account number. """
    company: CompanyInput | Unset = UNSET
    """ A company in request parameters (account numbers, subsidiaries). Since 2023-02-14 both `vatNo` and `country`
    are required (older versions assumed Denmark without `country`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountNumber": account_number,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_number = d.pop("accountNumber")
        if type(account_number) is not str:
            raise TypeError(
                f"accountNumber: expected str, got {type(account_number).__name__}"
            )

        _company = d.pop("company", UNSET)
        company: CompanyInput | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyInput.from_dict(_company)

        self = cls.__new__(cls)
        self.account_number = account_number
        self.company = company

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
from ..models.company_input import CompanyInput
