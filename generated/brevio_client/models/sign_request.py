from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_language import KnownLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignRequest")


@_attrs_define
class SignRequest:
    """A request for digital signatures of 1-5 documents for exactly one company by one or more signees. The table's last
    rows were lost.

    """

    token: str
    """ Unique identifier. """
    attachments: list[SignAttachment] | Unset = UNSET
    """ Original documents and their digitally signed counterparts. """
    company: Company | Unset = UNSET
    """ A company (audit client or subsidiary) as returned by the API. """
    due_date: datetime.date | Unset = UNSET
    """ Due date; the request expires after 23:59:59 on this day. """
    language: KnownLanguage | str | Unset = UNSET
    """ Language (ISO 639-1). Values outside the known set are passed through as plain strings. """
    last_update: datetime.datetime | Unset = UNSET
    """ When the sign request was last updated. """
    sent_at: datetime.datetime | None | Unset = UNSET
    """ When the sign request was first sent (renamed from `sent` in 2022-10-01); null if not sent. """
    signees: list[SignSignee] | Unset = UNSET
    """ Signees of the sign request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, KnownLanguage):
            language = self.language.value
        else:
            language = self.language

        last_update: str | Unset = UNSET
        if not isinstance(self.last_update, Unset):
            last_update = self.last_update.isoformat().replace("+00:00", "Z")

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat().replace("+00:00", "Z")
        else:
            sent_at = self.sent_at

        signees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signees, Unset):
            signees = []
            for signees_item_data in self.signees:
                signees_item = signees_item_data.to_dict()
                signees.append(signees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if company is not UNSET:
            field_dict["company"] = company
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if language is not UNSET:
            field_dict["language"] = language
        if last_update is not UNSET:
            field_dict["lastUpdate"] = last_update
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if signees is not UNSET:
            field_dict["signees"] = signees

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")
        if type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        _attachments = d.pop("attachments", UNSET)
        attachments: list[SignAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = SignAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        def _parse_language(data: object) -> KnownLanguage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_language_type_0 = KnownLanguage(data)

                return componentsschemas_language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownLanguage | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _last_update = d.pop("lastUpdate", UNSET)
        last_update: datetime.datetime | Unset
        if isinstance(_last_update, Unset):
            last_update = UNSET
        else:
            last_update = datetime.datetime.fromisoformat(_last_update)

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            sent_at_type_0 = datetime.datetime.fromisoformat(data)

            return sent_at_type_0

        sent_at = _parse_sent_at(d.pop("sentAt", UNSET))

        _signees = d.pop("signees", UNSET)
        signees: list[SignSignee] | Unset = UNSET
        if _signees is not UNSET:
            signees = []
            for signees_item_data in _signees:
                signees_item = SignSignee.from_dict(signees_item_data)

                signees.append(signees_item)

        self = cls.__new__(cls)
        self.token = token
        self.attachments = attachments
        self.company = company
        self.due_date = due_date
        self.language = language
        self.last_update = last_update
        self.sent_at = sent_at
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
from ..models.company import Company
from ..models.sign_attachment import SignAttachment
from ..models.sign_signee import SignSignee
