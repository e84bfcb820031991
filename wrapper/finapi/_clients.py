"""Factories that hand out the GENERATED clients, configured with the wrapper's concerns.

    client = finapi.symetrisk()               # a symetrisk_client.AuthenticatedClient
    relationships = list_relationships.sync(client=client)

The generated `AuthenticatedClient` is returned unchanged in type (secured operations are typed
`client: AuthenticatedClient`, so a plain `Client` would fail type checks); the wrapper only
installs its own httpx client (auth, headers, retries, validation, typed errors) with
`set_httpx_client()` or `set_async_httpx_client()`. Its `token` field is a placeholder: the
generator writes it into headers only when it builds an httpx client itself, which never happens
here. Do not use the generated `with_headers()`/`with_timeout()` on it (attrs `evolve` drops the
installed httpx client); pass `headers=`/`timeout=` to the factory instead.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import attrs
import httpx

from . import _http
from ._auth import OAuth2ClientCredentials
from ._config import BREVIO, SYMETRISK, ApiProfile, Settings, resolve_settings
from ._exceptions import ConfigurationError
from ._guard import GuardedAuth
from ._logging import configure_from_env, logger
from ._openapi import load_spec
from ._retry import RetryPolicy
from ._validation import RequestValidator

if TYPE_CHECKING:
    import brevio_client
    import symetrisk_client

DEFAULT_MAX_RETRIES = 2


def _headers(settings: Settings, extra: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"User-Agent": _http.user_agent()}
    if settings.version_header is not None:
        name, value = settings.version_header
        headers[name] = value
    headers.update(extra or {})
    return headers


def _checker(settings: Settings, validate_requests: bool) -> RequestValidator | None:
    if not validate_requests:
        return None
    return RequestValidator(
        load_spec(settings.api.package),
        base_path=urlsplit(settings.base_url).path,
        verify_checksums=settings.verify_checksums,
    )


# Never sent: the installed httpx client authenticates with OAuth2ClientCredentials.
MANAGED_TOKEN_PLACEHOLDER = "managed-by-finapi"  # noqa: S105


def _generated_client(settings: Settings) -> Any:
    package = importlib.import_module(settings.api.package)
    return package.AuthenticatedClient(base_url=settings.base_url, token=MANAGED_TOKEN_PLACEHOLDER)


def _build_sync(
    api: ApiProfile,
    *,
    http_client: httpx.Client | None,
    max_retries: int,
    timeout: httpx.Timeout | float | None,
    validate_requests: bool,
    headers: Mapping[str, str] | None,
    **settings_args: Any,
) -> Any:
    configure_from_env()
    settings = resolve_settings(api, **settings_args)
    policy = RetryPolicy(max_retries=max_retries)
    # Token requests use the injected client's transport too, so its proxies/TLS settings apply
    # to the token endpoint; the token client itself is ours, closed with the API client.
    token_client = _http.build_token_client(policy=policy, timeout=timeout, over=http_client)
    auth = OAuth2ClientCredentials(
        token_url=settings.token_url,
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=settings.scopes,
        http_client=token_client,
    )
    api_client = _http.build_client(
        base_url=settings.base_url,
        headers=_headers(settings, headers),
        auth=GuardedAuth(auth, _checker(settings, validate_requests)),
        policy=policy,
        timeout=timeout,
        http_client=http_client,
        owned=(token_client,),
    )
    logger.debug("Built %s client for %s (%s)", api.name, settings.base_url, settings.environment)
    generated = _generated_client(settings)
    generated.set_httpx_client(api_client)
    generated.set_async_httpx_client(
        _http.build_wrong_mode_async_client(f"{api.name} client was built by the sync factory")
    )
    return generated


def _build_async(
    api: ApiProfile,
    *,
    http_client: httpx.AsyncClient | None,
    max_retries: int,
    timeout: httpx.Timeout | float | None,
    validate_requests: bool,
    headers: Mapping[str, str] | None,
    **settings_args: Any,
) -> Any:
    configure_from_env()
    settings = resolve_settings(api, **settings_args)
    policy = RetryPolicy(max_retries=max_retries)
    token_client = _http.build_async_token_client(policy=policy, timeout=timeout, over=http_client)
    auth = OAuth2ClientCredentials(
        token_url=settings.token_url,
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=settings.scopes,
        async_http_client=token_client,
    )
    api_client = _http.build_async_client(
        base_url=settings.base_url,
        headers=_headers(settings, headers),
        auth=GuardedAuth(auth, _checker(settings, validate_requests)),
        policy=policy,
        timeout=timeout,
        http_client=http_client,
        owned=(token_client,),
    )
    generated = _generated_client(settings)
    generated.set_async_httpx_client(api_client)
    generated.set_httpx_client(
        _http.build_wrong_mode_client(f"{api.name} client was built by the async factory")
    )
    return generated


def symetrisk(
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    environment: str | None = None,
    scopes: Sequence[str] | None = None,
    token_url: str | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    timeout: httpx.Timeout | float | None = None,
    http_client: httpx.Client | None = None,
    headers: Mapping[str, str] | None = None,
    verify_checksums: bool | None = None,
    validate_requests: bool = True,
) -> symetrisk_client.AuthenticatedClient:
    """A configured `symetrisk_client.AuthenticatedClient` for the sync generated functions.

    Arguments win over SYMETRISK_CLIENT_ID / SYMETRISK_CLIENT_SECRET / SYMETRISK_ENVIRONMENT.
    `environment`: "production" (default), "mock" (SYMETRISK_MOCK_URL or 127.0.0.1:4010) or an
    explicit base URL. Use it as a context manager (or close it) to release connections.
    """
    client: symetrisk_client.AuthenticatedClient = _build_sync(
        SYMETRISK,
        http_client=http_client,
        max_retries=max_retries,
        timeout=timeout,
        validate_requests=validate_requests,
        headers=headers,
        client_id=client_id,
        client_secret=client_secret,
        environment=environment,
        scopes=scopes,
        token_url=token_url,
        verify_checksums=verify_checksums,
    )
    return client


def async_symetrisk(
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    environment: str | None = None,
    scopes: Sequence[str] | None = None,
    token_url: str | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    timeout: httpx.Timeout | float | None = None,
    http_client: httpx.AsyncClient | None = None,
    headers: Mapping[str, str] | None = None,
    verify_checksums: bool | None = None,
    validate_requests: bool = True,
) -> symetrisk_client.AuthenticatedClient:
    """Like `symetrisk()`, for the generated `asyncio`/`asyncio_detailed` functions."""
    client: symetrisk_client.AuthenticatedClient = _build_async(
        SYMETRISK,
        http_client=http_client,
        max_retries=max_retries,
        timeout=timeout,
        validate_requests=validate_requests,
        headers=headers,
        client_id=client_id,
        client_secret=client_secret,
        environment=environment,
        scopes=scopes,
        token_url=token_url,
        verify_checksums=verify_checksums,
    )
    return client


def brevio(
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    environment: str | None = None,
    scopes: Sequence[str] | None = None,
    token_url: str | None = None,
    brevio_version: str | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    timeout: httpx.Timeout | float | None = None,
    http_client: httpx.Client | None = None,
    headers: Mapping[str, str] | None = None,
    verify_checksums: bool | None = None,
    validate_requests: bool = True,
) -> brevio_client.AuthenticatedClient:
    """A configured `brevio_client.AuthenticatedClient` for the sync generated functions.

    Arguments win over BREVIO_CLIENT_ID / BREVIO_CLIENT_SECRET / BREVIO_ENVIRONMENT.
    `environment`: "production" (default), "staging", "mock" (BREVIO_MOCK_URL or 127.0.0.1:4011)
    or an explicit base URL. Every request carries `Brevio-Version` (the spec's
    `info.x-brevio-version` unless `brevio_version=` is given).
    """
    client: brevio_client.AuthenticatedClient = _build_sync(
        BREVIO,
        http_client=http_client,
        max_retries=max_retries,
        timeout=timeout,
        validate_requests=validate_requests,
        headers=headers,
        client_id=client_id,
        client_secret=client_secret,
        environment=environment,
        scopes=scopes,
        token_url=token_url,
        verify_checksums=verify_checksums,
        api_version=brevio_version,
    )
    return client


def async_brevio(
    *,
    client_id: str | None = None,
    client_secret: str | None = None,
    environment: str | None = None,
    scopes: Sequence[str] | None = None,
    token_url: str | None = None,
    brevio_version: str | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    timeout: httpx.Timeout | float | None = None,
    http_client: httpx.AsyncClient | None = None,
    headers: Mapping[str, str] | None = None,
    verify_checksums: bool | None = None,
    validate_requests: bool = True,
) -> brevio_client.AuthenticatedClient:
    """Like `brevio()`, for the generated `asyncio`/`asyncio_detailed` functions."""
    client: brevio_client.AuthenticatedClient = _build_async(
        BREVIO,
        http_client=http_client,
        max_retries=max_retries,
        timeout=timeout,
        validate_requests=validate_requests,
        headers=headers,
        client_id=client_id,
        client_secret=client_secret,
        environment=environment,
        scopes=scopes,
        token_url=token_url,
        verify_checksums=verify_checksums,
        api_version=brevio_version,
    )
    return client


# Either generated client type; `with_options` returns the type it was given.
ClientT = TypeVar(
    "ClientT", "symetrisk_client.AuthenticatedClient", "brevio_client.AuthenticatedClient"
)


def with_options(
    client: ClientT,
    *,
    headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int | None = None,
) -> ClientT:
    """A copy of a finapi client with other headers, timeout or retries, for some calls.

        with finapi.with_options(client, headers={"Prefer": "code=404"}) as mock_404:
            get_borrower.sync("123456789", client=mock_404)

    The copy shares the original's connections, token cache and validation, so no new token is
    fetched; closing it leaves the original open. Use it instead of the generated
    `with_headers()`/`with_timeout()`, which build a bare httpx client without the wrapper.
    """
    sync_http = client.get_httpx_client()
    async_http = client.get_async_httpx_client()
    derived = attrs.evolve(client)
    if _http.is_configured(sync_http):
        derived.set_httpx_client(
            _http.derive_client(
                sync_http, headers=headers or {}, timeout=timeout, max_retries=max_retries
            )
        )
        derived.set_async_httpx_client(async_http)  # the wrong-mode stand-in
    elif _http.is_configured(async_http):
        derived.set_async_httpx_client(
            _http.derive_async_client(
                async_http, headers=headers or {}, timeout=timeout, max_retries=max_retries
            )
        )
        derived.set_httpx_client(sync_http)
    else:
        raise ConfigurationError(
            "with_options() takes a client made by finapi.symetrisk()/brevio() or their async_* "
            "twins"
        )
    return derived
