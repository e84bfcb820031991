from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_country import KnownCountry
from ..models.known_language import KnownLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAuditRequestsRequest")


@_attrs_define
class CreateAuditRequestsRequest:
    """Parameters for creating a batch of audit requests for one audit client."""

    country: KnownCountry
    """ Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in 2023-02-14. """
    vat_no: str
    """ VAT / organisation number of a company, validated by Brevio against the national registry of its `country`.
    The valid format depends on the country, which a single string schema cannot express, so the pattern accepts the
    union of the national formats - DK CVR 8 digits, NO organisasjonsnummer 9 digits, SE organisationsnummer 10
    digits (optionally NNNNNN-NNNN), FI Y-tunnus 7 digits, dash, check digit (or 8 digits without the dash: the
    2023-02-14 changelog says DK and FI numbers have the same length). The per-country patterns are listed in
    `x-vat-number-patterns` for client-side checks. The docs' examples are bare digits (999999999, 925178845). """
    language: KnownLanguage
    """ Language (ISO 639-1). """
    user: str
    """ Email of the audit-company user. A registered user sees the requests on their dashboard at once; an
    unregistered user is emailed that they were assigned. """
    requests: list[AuditRequestInput]
    """ The individual audit requests sent on behalf of the audit client. Fields only need to be present for the
    request types they apply to. """
    signees: list[str] | Unset = UNSET
    """ Emails of everyone who must digitally sign the audit requests. Required unless every audit request uses a
    lasting power of attorney (`lpa`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country.value

        vat_no = self.vat_no

        language = self.language.value

        user = self.user

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        signees: list[str] | Unset = UNSET
        if not isinstance(self.signees, Unset):
            signees = self.signees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "vatNo": vat_no,
                "language": language,
                "user": user,
                "requests": requests,
            }
        )
        if signees is not UNSET:
            field_dict["signees"] = signees

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = KnownCountry(d.pop("country"))

        vat_no = d.pop("vatNo")
        if type(vat_no) is not str:
            raise TypeError(f"vatNo: expected str, got {type(vat_no).__name__}")

        language = KnownLanguage(d.pop("language"))

        user = d.pop("user")
        if type(user) is not str:
            raise TypeError(f"user: expected str, got {type(user).__name__}")

        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = AuditRequestInput.from_dict(requests_item_data)

            requests.append(requests_item)

        signees = cast(list[str], d.pop("signees", UNSET))

        if signees is not UNSET and (
            type(signees) is not list or any(type(i) is not str for i in signees)
        ):
            raise TypeError(f"signees: expected a list of str, got {signees!r:.80}")

        self = cls.__new__(cls)
        self.country = country
        self.vat_no = vat_no
        self.language = language
        self.user = user
        self.requests = requests
        self.signees = signees

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
from ..models.audit_request_input import AuditRequestInput
