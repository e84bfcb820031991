"""What differs between the two APIs, as far as the drift tooling is concerned."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DRIFT_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Api:
    name: str  # "symetrisk": the spec's file name and the --api value
    title: str  # "Symetrisk"
    env_prefix: str  # "SYMETRISK": <PREFIX>_CLIENT_ID, _CLIENT_SECRET, _ENVIRONMENT
    # Symetrisk sends timestamps without a zone (`2025-12-15T08:14:40.583123`) and the spec keeps
    # `format: date-time` for them on purpose (openapi/CONVENTIONS.md, "Dates and times"). RFC 3339
    # needs a zone, so schemathesis flags every such value; for this API a zone-less ISO timestamp
    # is the contract, and only that exact failure is dropped (see hooks.py).
    naive_timestamps: bool
    # A header every request of the SDK carries, pinned to a value the spec's `info` names:
    # (header, info extension). Brevio's `Brevio-Version` selects a dated API version; the spec
    # describes exactly one (`info.x-brevio-version`), so that is the one to test.
    pinned_header: tuple[str, str] | None = None

    @property
    def spec_path(self) -> Path:
        return ROOT / "openapi" / f"{self.name}.yaml"

    @property
    def credential_variables(self) -> tuple[str, str]:
        return (f"{self.env_prefix}_CLIENT_ID", f"{self.env_prefix}_CLIENT_SECRET")

    @property
    def environment_variable(self) -> str:
        return f"{self.env_prefix}_ENVIRONMENT"


APIS: dict[str, Api] = {
    "symetrisk": Api("symetrisk", "Symetrisk", "SYMETRISK", naive_timestamps=True),
    "brevio": Api(
        "brevio",
        "Brevio",
        "BREVIO",
        naive_timestamps=False,
        pinned_header=("Brevio-Version", "x-brevio-version"),
    ),
}
