from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accounting_data_page import AccountingDataPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_number: str,
    *,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounting-data/{organization_number}".format(
            organization_number=quote(str(organization_number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountingDataPage | Error | None:
    if response.status_code == 200:
        response_200 = AccountingDataPage.from_dict(response.json())

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
) -> Response[AccountingDataPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_number: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[AccountingDataPage | Error]:
    """Get accounting data for a borrower

     Get accounting data for borrower. Returns up to 100 instances of accounting data, each a
    monthly snapshot dated the last day of the month, sorted by `snapshot_date` descending.
    Only borrowers with a relationship in state `access_approved` (`consented_to_share_data` on
    `get_borrower`) can be read.

    The oldest version of the docs names the path parameter `orgNr`, returns camelCase
    metadata (`returnedItems`, `totalItems`) and an older item format (`id`, `data` with
    `symetrisk_real_time_accounts_format_version` "2025-09-19" and `year`); this document follows
    the newest version.

    Args:
        organization_number (str): Norwegian organization number (brreg), nine digits. The SDK
            checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingDataPage | Error]
    """

    kwargs = _get_kwargs(
        organization_number=organization_number,
        limit=limit,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_number: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> AccountingDataPage | Error | None:
    """Get accounting data for a borrower

     Get accounting data for borrower. Returns up to 100 instances of accounting data, each a
    monthly snapshot dated the last day of the month, sorted by `snapshot_date` descending.
    Only borrowers with a relationship in state `access_approved` (`consented_to_share_data` on
    `get_borrower`) can be read.

    The oldest version of the docs names the path parameter `orgNr`, returns camelCase
    metadata (`returnedItems`, `totalItems`) and an older item format (`id`, `data` with
    `symetrisk_real_time_accounts_format_version` "2025-09-19" and `year`); this document follows
    the newest version.

    Args:
        organization_number (str): Norwegian organization number (brreg), nine digits. The SDK
            checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingDataPage | Error
    """

    return sync_detailed(
        organization_number=organization_number,
        client=client,
        limit=limit,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    organization_number: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[AccountingDataPage | Error]:
    """Get accounting data for a borrower

     Get accounting data for borrower. Returns up to 100 instances of accounting data, each a
    monthly snapshot dated the last day of the month, sorted by `snapshot_date` descending.
    Only borrowers with a relationship in state `access_approved` (`consented_to_share_data` on
    `get_borrower`) can be read.

    The oldest version of the docs names the path parameter `orgNr`, returns camelCase
    metadata (`returnedItems`, `totalItems`) and an older item format (`id`, `data` with
    `symetrisk_real_time_accounts_format_version` "2025-09-19" and `year`); this document follows
    the newest version.

    Args:
        organization_number (str): Norwegian organization number (brreg), nine digits. The SDK
            checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountingDataPage | Error]
    """

    kwargs = _get_kwargs(
        organization_number=organization_number,
        limit=limit,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_number: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> AccountingDataPage | Error | None:
    """Get accounting data for a borrower

     Get accounting data for borrower. Returns up to 100 instances of accounting data, each a
    monthly snapshot dated the last day of the month, sorted by `snapshot_date` descending.
    Only borrowers with a relationship in state `access_approved` (`consented_to_share_data` on
    `get_borrower`) can be read.

    The oldest version of the docs names the path parameter `orgNr`, returns camelCase
    metadata (`returnedItems`, `totalItems`) and an older item format (`id`, `data` with
    `symetrisk_real_time_accounts_format_version` "2025-09-19" and `year`); this document follows
    the newest version.

    Args:
        organization_number (str): Norwegian organization number (brreg), nine digits. The SDK
            checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountingDataPage | Error
    """

    return (
        await asyncio_detailed(
            organization_number=organization_number,
            client=client,
            limit=limit,
            skip=skip,
        )
    ).parsed
