from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.due_days import DueDays
from ..models.known_country import KnownCountry
from ..models.known_language import KnownLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSignRequestRequest")


@_attrs_define
class CreateSignRequestRequest:
    """Parameters for creating a sign request (one company, 1-5 documents)."""

    attachments: list[SignAttachmentInput]
    """ The PDF documents to sign (1-5 per sign request). """
    vat_no: str
    """ VAT / organisation number of a company, validated by Brevio against the national registry of its `country`.
    The valid format depends on the country, which a single string schema cannot express, so the pattern accepts the
    union of the national formats - DK CVR 8 digits, NO organisasjonsnummer 9 digits, SE organisationsnummer 10
    digits (optionally NNNNNN-NNNN), FI Y-tunnus 7 digits, dash, check digit (or 8 digits without the dash: the
    2023-02-14 changelog says DK and FI numbers have the same length). The per-country patterns are listed in
    `x-vat-number-patterns` for client-side checks. The docs' examples are bare digits (999999999, 925178845). """
    country: KnownCountry
    """ Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in 2023-02-14. """
    user: str
    """ Email of a user of the authenticated audit company (checked at creation). """
    signees: list[SignSigneeInput]
    """ Signees who must sign all documents. """
    language: KnownLanguage | Unset = KnownLanguage.NB
    """ Language (ISO 639-1). """
    due_days: DueDays | Unset = DueDays.VALUE_30
    """ Days until a sign request expires. Valid values 7, 14, 30; defaults to 30. """
    message: str | Unset = UNSET
    """ Message shown in the sign request, replacing Brevio's default message. """
    consumer_key: str | Unset = UNSET
    """ Vendor scope only. The consumer to create the sign request on behalf of. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        vat_no = self.vat_no

        country = self.country.value

        user = self.user

        signees = []
        for signees_item_data in self.signees:
            signees_item = signees_item_data.to_dict()
            signees.append(signees_item)

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        due_days: int | Unset = UNSET
        if not isinstance(self.due_days, Unset):
            due_days = self.due_days.value

        message = self.message

        consumer_key = self.consumer_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachments": attachments,
                "vatNo": vat_no,
                "country": country,
                "user": user,
                "signees": signees,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if due_days is not UNSET:
            field_dict["dueDays"] = due_days
        if message is not UNSET:
            field_dict["message"] = message
        if consumer_key is not UNSET:
            field_dict["consumerKey"] = consumer_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = SignAttachmentInput.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        vat_no = d.pop("vatNo")
        if type(vat_no) is not str:
            raise TypeError(f"vatNo: expected str, got {type(vat_no).__name__}")

        country = KnownCountry(d.pop("country"))

        user = d.pop("user")
        if type(user) is not str:
            raise TypeError(f"user: expected str, got {type(user).__name__}")

        signees = []
        _signees = d.pop("signees")
        for signees_item_data in _signees:
            signees_item = SignSigneeInput.from_dict(signees_item_data)

            signees.append(signees_item)

        _language = d.pop("language", UNSET)
        language: KnownLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = KnownLanguage(_language)

        _due_days = d.pop("dueDays", UNSET)
        due_days: DueDays | Unset
        if isinstance(_due_days, Unset):
            due_days = UNSET
        else:
            due_days = DueDays(_due_days)

        message = d.pop("message", UNSET)
        if message is not UNSET and type(message) is not str:
            raise TypeError(f"message: expected str, got {type(message).__name__}")

        consumer_key = d.pop("consumerKey", UNSET)
        if consumer_key is not UNSET and type(consumer_key) is not str:
            raise TypeError(
                f"consumerKey: expected str, got {type(consumer_key).__name__}"
            )

        self = cls.__new__(cls)
        self.attachments = attachments
        self.vat_no = vat_no
        self.country = country
        self.user = user
        self.signees = signees
        self.language = language
        self.due_days = due_days
        self.message = message
        self.consumer_key = consumer_key

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
from ..models.sign_attachment_input import SignAttachmentInput
from ..models.sign_signee_input import SignSigneeInput
