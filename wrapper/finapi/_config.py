"""Client configuration: explicit arguments, then environment variables, then the spec's facts."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final
from urllib.parse import urlsplit

from ._apis import ApiInfo
from ._contract import ApiContract
from ._exceptions import ConfigurationError

PRODUCTION: Final = "production"
STAGING: Final = "staging"
MOCK: Final = "mock"
CUSTOM: Final = "custom"  # an explicit base URL


class Secret:
    """A credential that never shows itself in repr(), str(), logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Settings:
    """Resolved configuration of one client. The secret is a `Secret`, so repr() is safe."""

    api: ApiInfo
    environment: str  # production | staging | mock | custom
    base_url: str
    token_url: str
    client_id: str
    client_secret: Secret
    scopes: tuple[str, ...]
    verify_checksums: bool
    version_header: tuple[str, str] | None


def resolve_settings(
    contract: ApiContract,
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    environment: str | None = None,
    token_url: str | None = None,
    scopes: Sequence[str] | None = None,
    verify_checksums: bool | None = None,
    api_version: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Merge arguments (which win), environment variables and the spec into `Settings`."""
    env = os.environ if env is None else env
    api = contract.api
    env_var = api.environment_variable
    chosen = (environment or env.get(env_var) or PRODUCTION).strip()
    servers = contract.servers

    if chosen.lower().startswith(("http://", "https://")):
        # A URL that is one of the spec's servers is that environment: Symetrisk's production
        # token URL, for one, lives on another host (Cognito), not on the API's origin.
        named = [name for name, url in servers.items() if url == chosen.rstrip("/")]
        kind, base_url = (named[0] if named else CUSTOM), chosen
    elif chosen.lower() == MOCK:
        kind, base_url = MOCK, env.get(api.mock_url_variable) or api.default_mock_url
    elif chosen.lower() in (PRODUCTION, STAGING):
        kind = chosen.lower()
        found = servers.get(kind)
        if found is None:
            known = ", ".join([*servers, MOCK, "or an explicit https:// base URL"])
            raise ConfigurationError(
                f"{api.title} has no {kind} environment in its spec; use {known} "
                f"(argument environment= or {env_var})"
            )
        base_url = found
    else:
        source = "argument environment=" if environment else env_var
        raise ConfigurationError(
            f"Unknown {api.title} environment {chosen!r} (from {source}); expected production, "
            "staging, mock or a base URL starting with http:// or https://"
        )
    base_url = base_url.rstrip("/")
    _require_https(base_url, f"{api.title} base URL")

    id_variable, secret_variable = api.credential_variables
    resolved_id = client_id or env.get(id_variable)
    resolved_secret = client_secret or env.get(secret_variable)
    if kind == MOCK:
        # Prism checks only that credentials are present, so any value works there.
        resolved_id = resolved_id or "mock-client-id"
        resolved_secret = resolved_secret or "mock-client-secret"
    missing = [
        name
        for name, value in (
            (id_variable, resolved_id),
            (secret_variable, resolved_secret),
        )
        if not value
    ]
    if missing or resolved_id is None or resolved_secret is None:
        raise ConfigurationError(
            f"{api.title} credentials missing: set {' and '.join(missing)} "
            "or pass client_id= and client_secret="
        )

    resolved_token_url = token_url or _token_url_for(contract, base_url, kind)
    _require_https(resolved_token_url, f"{api.title} token URL")

    version_header = None
    if api.version_header:
        version = api_version or contract.api_version
        if not version:
            raise ConfigurationError(
                f"{api.title} spec has no info.{api.version_extension}; pass the version explicitly"
            )
        if not _is_date(version):
            # The header is no operation parameter (the client sends it on every request), so
            # request validation never sees it: a typo would reach the API on every call.
            raise ConfigurationError(
                f"{api.title} API version {version!r} is not a date (YYYY-MM-DD) for "
                f"{api.version_header}"
            )
        version_header = (api.version_header, version)

    return Settings(
        api=api,
        environment=kind,
        base_url=base_url,
        token_url=resolved_token_url,
        client_id=resolved_id,
        client_secret=Secret(resolved_secret),
        scopes=tuple(scopes or ()),
        verify_checksums=(
            verify_checksums
            if verify_checksums is not None
            else _checksums_by_default(kind, base_url)
        ),
        version_header=version_header,
    )


def _is_date(text: str) -> bool:
    """A dated API version is an ISO 8601 calendar date, e.g. 2025-04-15."""
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _checksums_by_default(kind: str, base_url: str) -> bool:
    # Staging and mock data use test numbers (e.g. 999999998) that fail the checksums; an explicit
    # loopback URL is a local mock too.
    if kind == CUSTOM:
        return not is_loopback(urlsplit(base_url).hostname or "")
    return kind == PRODUCTION


def _token_url_for(contract: ApiContract, base_url: str, kind: str) -> str:
    """Production uses the spec's tokenUrl; elsewhere the same path on the base URL's origin."""
    if kind == PRODUCTION:
        return contract.token_url
    base = urlsplit(base_url)
    return f"{base.scheme}://{base.netloc}{contract.token_path}"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _require_https(url: str, what: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"{what} {url!r} is not an absolute http(s) URL")
    if parts.scheme != "https" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"{what} {url!r} must use https:// (plain http is only allowed for loopback hosts "
            "such as 127.0.0.1, ::1 and localhost, e.g. the local mocks)"
        )
