from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_signature_right_type import KnownSignatureRightType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureRight")


@_attrs_define
class SignatureRight:
    """A person's signature right for a company."""

    pid: str | Unset = UNSET
    """ The person's national ID. """
    company: Company | Unset = UNSET
    """ A company (audit client or subsidiary) as returned by the API. """
    signature_right: KnownSignatureRightType | str | Unset = UNSET
    """ How the person may sign for the company. Values outside the known set are passed through as plain strings.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pid = self.pid

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        signature_right: str | Unset
        if isinstance(self.signature_right, Unset):
            signature_right = UNSET
        elif isinstance(self.signature_right, KnownSignatureRightType):
            signature_right = self.signature_right.value
        else:
            signature_right = self.signature_right

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pid is not UNSET:
            field_dict["pid"] = pid
        if company is not UNSET:
            field_dict["company"] = company
        if signature_right is not UNSET:
            field_dict["signatureRight"] = signature_right

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pid = d.pop("pid", UNSET)
        if pid is not UNSET and type(pid) is not str:
            raise TypeError(f"pid: expected str, got {type(pid).__name__}")

        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        def _parse_signature_right(
            data: object,
        ) -> KnownSignatureRightType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_signature_right_type_type_0 = KnownSignatureRightType(
                    data
                )

                return componentsschemas_signature_right_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownSignatureRightType | str | Unset, data)

        signature_right = _parse_signature_right(d.pop("signatureRight", UNSET))

        self = cls.__new__(cls)
        self.pid = pid
        self.company = company
        self.signature_right = signature_right

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
from ..models.company import Company
