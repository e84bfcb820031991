from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_relationship_state import KnownRelationshipState

T = TypeVar("T", bound="Relationship")


@_attrs_define
class Relationship:
    """A relationship between the bank and a borrower."""

    relationship_id: UUID
    """ Id of the relationship. """
    relationship_state: KnownRelationshipState | str
    """ State of a relationship with a borrower or debtor: `access_requested` when access was
    requested, `access_approved` after the borrower or debtor accepted. Open enum: values
    outside the known set are passed through as plain strings.
     """
    borrower_company_name: str
    """ The borrower's company name. """
    contact_email: str
    """ Contact email of the borrower. """
    borrower_organization_number: str
    """ Norwegian organization number (brreg), nine digits. The SDK checks the format before sending and, against
    production, the mod-11 check digit too (`x-business-id`). """
    relationship_created_at: datetime.datetime
    """ When the relationship was created. Sent without a time zone; the SDK gives a naive `datetime`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relationship_id = str(self.relationship_id)

        relationship_state: str
        if isinstance(self.relationship_state, KnownRelationshipState):
            relationship_state = self.relationship_state.value
        else:
            relationship_state = self.relationship_state

        borrower_company_name = self.borrower_company_name

        contact_email = self.contact_email

        borrower_organization_number = self.borrower_organization_number

        relationship_created_at = self.relationship_created_at.isoformat().replace(
            "+00:00", "Z"
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relationship_id": relationship_id,
                "relationship_state": relationship_state,
                "borrower_company_name": borrower_company_name,
                "contact_email": contact_email,
                "borrower_organization_number": borrower_organization_number,
                "relationship_created_at": relationship_created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        relationship_id = UUID(src_dict["relationship_id"])

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

        borrower_company_name = src_dict["borrower_company_name"]
        if type(borrower_company_name) is not str:
            raise TypeError(
                f"borrower_company_name: expected str, got {type(borrower_company_name).__name__}"
            )

        contact_email = src_dict["contact_email"]
        if type(contact_email) is not str:
            raise TypeError(
                f"contact_email: expected str, got {type(contact_email).__name__}"
            )

        borrower_organization_number = src_dict["borrower_organization_number"]
        if type(borrower_organization_number) is not str:
            raise TypeError(
                f"borrower_organization_number: expected str, got {type(borrower_organization_number).__name__}"
            )

        relationship_created_at = datetime.datetime.fromisoformat(
            src_dict["relationship_created_at"]
        )

        d: dict[str, Any] = {}
        if len(src_dict) != 6:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k
                not in {
                    "relationship_id",
                    "relationship_state",
                    "borrower_company_name",
                    "contact_email",
                    "borrower_organization_number",
                    "relationship_created_at",
                }
            }
        self = cls.__new__(cls)
        self.relationship_id = relationship_id
        self.relationship_state = relationship_state
        self.borrower_company_name = borrower_company_name
        self.contact_email = contact_email
        self.borrower_organization_number = borrower_organization_number
        self.relationship_created_at = relationship_created_at

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
