from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_audit_request_step import KnownAuditRequestStep

T = TypeVar("T", bound="AuditRequestStepResult")


@_attrs_define
class AuditRequestStepResult:
    """Result of sending a confirmation."""

    token: str
    """ Token of the (manual) audit request; matches the token in the path. """
    step: KnownAuditRequestStep | str
    """ Audit request step. Changed in 2025-04-15 in ways the docs no longer show; values outside the known set are
    passed through as plain strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        step: str
        if isinstance(self.step, KnownAuditRequestStep):
            step = self.step.value
        else:
            step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "step": step,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        token = src_dict["token"]
        if type(token) is not str:
            raise TypeError(f"token: expected str, got {type(token).__name__}")

        def _parse_step(data: object) -> KnownAuditRequestStep | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_audit_request_step_type_0 = KnownAuditRequestStep(
                    data
                )

                return componentsschemas_audit_request_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if type(data) not in (str,):
                raise TypeError(f"expected str, got {type(data).__name__}")

            return cast(KnownAuditRequestStep | str, data)

        step = _parse_step(src_dict["step"])

        d: dict[str, Any] = {}
        if len(src_dict) != 2:  # unknown keys besides the required ones
            d = {k: v for k, v in src_dict.items() if k not in {"token", "step"}}
        self = cls.__new__(cls)
        self.token = token
        self.step = step

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
