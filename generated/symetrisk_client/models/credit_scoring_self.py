from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreditScoringSelf")


@_attrs_define
class CreditScoringSelf:
    """The calling partner integration and API client."""

    partner: Partner
    """ The credit-scoring partner integration. """
    client: ApiClientInfo
    """ The API client that made the call (from the access token). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partner = self.partner.to_dict()

        client = self.client.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partner": partner,
                "client": client,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        partner = Partner.from_dict(src_dict["partner"])

        client = ApiClientInfo.from_dict(src_dict["client"])

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"partner", "client"}}
        self = cls.__new__(cls)
        self.partner = partner
        self.client = client

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
from ..models.api_client_info import ApiClientInfo
from ..models.partner import Partner
