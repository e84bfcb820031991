from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.lasting_power_of_attorney import LastingPowerOfAttorney
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    companies: str | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    params: dict[str, Any] = {}

    params["companies"] = companies

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/confirm/lpas",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[LastingPowerOfAttorney] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LastingPowerOfAttorney.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[LastingPowerOfAttorney]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    companies: str | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | list[LastingPowerOfAttorney]]:
    """List lasting powers of attorney

     Lists the audit company's lasting powers of attorney (LPAs). The endpoint's own section was lost;
    the changelog (2022-10-26, 2023-10-04) confirms it exists and prints its response. `endDate` is null
    for LPAs without an end date (all LPAs created with 2023-10-04 or later). Filter by company with
    `companies` (a list of `{vatNo, country}`, JSON in the query string). Pagination is not documented
    and not assumed.

    Args:
        companies (str | Unset): The value as application/json text (e.g. json.dumps(value)).
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LastingPowerOfAttorney]]
    """

    kwargs = _get_kwargs(
        companies=companies,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    companies: str | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Error | list[LastingPowerOfAttorney] | None:
    """List lasting powers of attorney

     Lists the audit company's lasting powers of attorney (LPAs). The endpoint's own section was lost;
    the changelog (2022-10-26, 2023-10-04) confirms it exists and prints its response. `endDate` is null
    for LPAs without an end date (all LPAs created with 2023-10-04 or later). Filter by company with
    `companies` (a list of `{vatNo, country}`, JSON in the query string). Pagination is not documented
    and not assumed.

    Args:
        companies (str | Unset): The value as application/json text (e.g. json.dumps(value)).
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LastingPowerOfAttorney]
    """

    return sync_detailed(
        client=client,
        companies=companies,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    companies: str | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | list[LastingPowerOfAttorney]]:
    """List lasting powers of attorney

     Lists the audit company's lasting powers of attorney (LPAs). The endpoint's own section was lost;
    the changelog (2022-10-26, 2023-10-04) confirms it exists and prints its response. `endDate` is null
    for LPAs without an end date (all LPAs created with 2023-10-04 or later). Filter by company with
    `companies` (a list of `{vatNo, country}`, JSON in the query string). Pagination is not documented
    and not assumed.

    Args:
        companies (str | Unset): The value as application/json text (e.g. json.dumps(value)).
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LastingPowerOfAttorney]]
    """

    kwargs = _get_kwargs(
        companies=companies,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    companies: str | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Error | list[LastingPowerOfAttorney] | None:
    """List lasting powers of attorney

     Lists the audit company's lasting powers of attorney (LPAs). The endpoint's own section was lost;
    the changelog (2022-10-26, 2023-10-04) confirms it exists and prints its response. `endDate` is null
    for LPAs without an end date (all LPAs created with 2023-10-04 or later). Filter by company with
    `companies` (a list of `{vatNo, country}`, JSON in the query string). Pagination is not documented
    and not assumed.

    Args:
        companies (str | Unset): The value as application/json text (e.g. json.dumps(value)).
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LastingPowerOfAttorney]
    """

    return (
        await asyncio_detailed(
            client=client,
            companies=companies,
            brevio_version=brevio_version,
        )
    ).parsed
