from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_signup_state import KnownSignupState

T = TypeVar("T", bound="SignupLink")


@_attrs_define
class SignupLink:
    """A signup link sent to (or to be forwarded to) a borrower."""

    id: UUID
    """ Id of the signup link (also in the link's `symetrisk-signup-id` query parameter). """
    full_link: str
    """ The full signup URL. """
    sent_to_email: None | str
    """ Email address the link was sent to; null when it was not emailed. """
    signup_state: KnownSignupState | str
    """ State of a signup link. Only `post_confirmation_done` appears in the docs. Open enum: values
    outside the known set are passed through as plain strings.
     """
    created_at: datetime.datetime
    """ When the link was created. Sent without a time zone; the SDK gives a naive `datetime`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        full_link = self.full_link

        sent_to_email: None | str
        sent_to_email = self.sent_to_email

        signup_state: str
        if isinstance(self.signup_state, KnownSignupState):
            signup_state = self.signup_state.value
        else:
            signup_state = self.signup_state

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "full_link": full_link,
                "sent_to_email": sent_to_email,
                "signup_state": signup_state,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = UUID(src_dict["id"])

        full_link = src_dict["full_link"]
        if type(full_link) is not str:
            raise TypeError(f"full_link: expected str, got {type(full_link).__name__}")

        def _parse_sent_to_email(data: object) -> None | str:
            if data is None:
                return data
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(None | str, data)

        sent_to_email = _parse_sent_to_email(src_dict["sent_to_email"])

        def _parse_signup_state(data: object) -> KnownSignupState | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_signup_state_type_0 = KnownSignupState(data)

                return componentsschemas_signup_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownSignupState | str, data)

        signup_state = _parse_signup_state(src_dict["signup_state"])

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        d: dict[str, Any] = {}
        if len(src_dict) != 5:  # unknown keys besides the required ones
            d = {
                k: v
                for k, v in src_dict.items()
                if k
                not in {
                    "id",
                    "full_link",
                    "sent_to_email",
                    "signup_state",
                    "created_at",
                }
            }
        self = cls.__new__(cls)
        self.id = id
        self.full_link = full_link
        self.sent_to_email = sent_to_email
        self.signup_state = signup_state
        self.created_at = created_at

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
