from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.known_country import KnownCountry
from ...models.provider_list import ProviderList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    params: dict[str, Any] = {}

    json_country = country.value
    params["country"] = json_country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connect/providers",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProviderList | None:
    if response.status_code == 200:
        response_200 = ProviderList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProviderList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | ProviderList]:
    """List providers

     Returns the open-banking account providers (banks) registered in the given country.

    Args:
        country (KnownCountry): Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in
            2023-02-14.
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProviderList]
    """

    kwargs = _get_kwargs(
        country=country,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> Error | ProviderList | None:
    """List providers

     Returns the open-banking account providers (banks) registered in the given country.

    Args:
        country (KnownCountry): Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in
            2023-02-14.
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProviderList
    """

    return sync_detailed(
        client=client,
        country=country,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | ProviderList]:
    """List providers

     Returns the open-banking account providers (banks) registered in the given country.

    Args:
        country (KnownCountry): Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in
            2023-02-14.
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProviderList]
    """

    kwargs = _get_kwargs(
        country=country,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> Error | ProviderList | None:
    """List providers

     Returns the open-banking account providers (banks) registered in the given country.

    Args:
        country (KnownCountry): Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in
            2023-02-14.
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProviderList
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            brevio_version=brevio_version,
        )
    ).parsed
