from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_accounting_system import KnownAccountingSystem
from ..models.known_relationship_state import KnownRelationshipState

T = TypeVar("T", bound="Borrower")


@_attrs_define
class Borrower:
    """A borrower company and the bank's relationship with it."""

    id: UUID
    """ Symetrisk's id of the borrower company. """
    name: str
    """ Company name. """
    organization_number: str
    """ Norwegian organization number (brreg), nine digits. The SDK checks the format before sending and, against
    production, the mod-11 check digit too (`x-business-id`). """
    contact_email: str
    """ Contact email of the borrower. """
    created_at: datetime.datetime
    """ When the borrower was created on Symetrisk. Sent without a time zone; the SDK gives a naive `datetime`. """
    relationship_state: KnownRelationshipState | str
    """ State of a relationship with a borrower or debtor: `access_requested` when access was
    requested, `access_approved` after the borrower or debtor accepted. Open enum: values
    outside the known set are passed through as plain strings.
     """
    consented_to_share_data: bool
    """ True when the relationship is `access_approved` and accounting data can be read. """
    last_reconciliation_date: datetime.date | None
    """ Date of the last reconciliation of the borrower's accounts. """
    connected_accounting_system: KnownAccountingSystem | None | str
    """ The connected accounting system, or null when none is connected. """
    accounting_system_connection_expires: datetime.date | None
    """ When the connection to the accounting system expires. """
    uploading_data_with_saft: bool
    """ Whether the borrower uploads data with SAF-T files instead of a connected system. """
    signup_links: list[SignupLink]
    """ Signup links created for this borrower. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        organization_number = self.organization_number

        contact_email = self.contact_email

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        relationship_state: str
        if isinstance(self.relationship_state, KnownRelationshipState):
            relationship_state = self.relationship_state.value
        else:
            relationship_state = self.relationship_state

        consented_to_share_data = self.consented_to_share_data

        last_reconciliation_date: None | str
        if isinstance(self.last_reconciliation_date, datetime.date):
            last_reconciliation_date = self.last_reconciliation_date.isoformat()
        else:
            last_reconciliation_date = self.last_reconciliation_date

        connected_accounting_system: None | str
        if isinstance(self.connected_accounting_system, KnownAccountingSystem):
            connected_accounting_system = self.connected_accounting_system.value
        else:
            connected_accounting_system = self.connected_accounting_system

        accounting_system_connection_expires: None | str
        if isinstance(self.accounting_system_connection_expires, datetime.date):
            accounting_system_connection_expires = (
                self.accounting_system_connection_expires.isoformat()
            )
        else:
            accounting_system_connection_expires = (
                self.accounting_system_connection_expires
            )

        uploading_data_with_saft = self.uploading_data_with_saft

        signup_links = []
        for signup_links_item_data in self.signup_links:
            signup_links_item = signup_links_item_data.to_dict()
            signup_links.append(signup_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "organization_number": organization_number,
                "contact_email": contact_email,
                "created_at": created_at,
                "relationship_state": relationship_state,
                "consented_to_share_data": consented_to_share_data,
                "last_reconciliation_date": last_reconciliation_date,
                "connected_accounting_system": connected_accounting_system,
                "accounting_system_connection_expires": accounting_system_connection_expires,
                "uploading_data_with_saft": uploading_data_with_saft,
                "signup_links": signup_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        name = src_dict["name"]
        if type(name) is not str:
            raise TypeError(f"name: expected str, got {type(name).__name__}")

        organization_number = src_dict["organization_number"]
        if type(organization_number) is not str:
            raise TypeError(
                f"organization_number: expected str, got {type(organization_number).__name__}"
            )

        contact_email = src_dict["contact_email"]
        if type(contact_email) is not str:
            raise TypeError(
                f"contact_email: expected str, got {type(contact_email).__name__}"
            )

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        def _parse_relationship_state(data: object) -> KnownRelationshipState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_relationship_state_type_0 = KnownRelationshipState(
                    data
                )

                return componentsschemas_relationship_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownRelationshipState | str, data)

        relationship_state = _parse_relationship_state(src_dict["relationship_state"])

        consented_to_share_data = src_dict["consented_to_share_data"]
        if type(consented_to_share_data) is not bool:
            raise TypeError(
                f"consented_to_share_data: expected bool, got {type(consented_to_share_data).__name__}"
            )

        def _parse_last_reconciliation_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_reconciliation_date_type_0 = datetime.date.fromisoformat(data)

            return last_reconciliation_date_type_0

        last_reconciliation_date = _parse_last_reconciliation_date(
            src_dict["last_reconciliation_date"]
        )

        def _parse_connected_accounting_system(
            data: object,
        ) -> KnownAccountingSystem | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_accounting_system_type_0 = KnownAccountingSystem(data)

                return componentsschemas_accounting_system_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownAccountingSystem | None | str, data)

        connected_accounting_system = _parse_connected_accounting_system(
            src_dict["connected_accounting_system"]
        )

        def _parse_accounting_system_connection_expires(
            data: object,
        ) -> datetime.date | None:
            if data is None:
                return data
            if not isinstance(data, str):
                raise TypeError()
            accounting_system_connection_expires_type_0 = datetime.date.fromisoformat(
                data
            )

            return accounting_system_connection_expires_type_0

        accounting_system_connection_expires = (
            _parse_accounting_system_connection_expires(
                src_dict["accounting_system_connection_expires"]
            )
        )

        uploading_data_with_saft = src_dict["uploading_data_with_saft"]
        if type(uploading_data_with_saft) is not bool:
            raise TypeError(
                f"uploading_data_with_saft: expected bool, got {type(uploading_data_with_saft).__name__}"
            )

        signup_links = []
        _signup_links = src_dict["signup_links"]
        for signup_links_item_data in _signup_links:
            signup_links_item = SignupLink.from_dict(signup_links_item_data)

            signup_links.append(signup_links_item)

        d: dict[str, Any] = {}
        if len(src_dict) != 12:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k
                not in {
                    "id",
                    "name",
                    "organization_number",
                    "contact_email",
                    "created_at",
                    "relationship_state",
                    "consented_to_share_data",
                    "last_reconciliation_date",
                    "connected_accounting_system",
                    "accounting_system_connection_expires",
                    "uploading_data_with_saft",
                    "signup_links",
                }
            }
        self = cls.__new__(cls)
        self.id = id
        self.name = name
        self.organization_number = organization_number
        self.contact_email = contact_email
        self.created_at = created_at
        self.relationship_state = relationship_state
        self.consented_to_share_data = consented_to_share_data
        self.last_reconciliation_date = last_reconciliation_date
        self.connected_accounting_system = connected_accounting_system
        self.accounting_system_connection_expires = accounting_system_connection_expires
        self.uploading_data_with_saft = uploading_data_with_saft
        self.signup_links = signup_links

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
from ..models.signup_link import SignupLink
