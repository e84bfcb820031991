from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.borrower import Borrower
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    organization_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/borrower/{organization_number}".format(
            organization_number=quote(str(organization_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Borrower | Error | None:
    if response.status_code == 200:
        response_200 = Borrower.from_dict(response.json())

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
) -> Response[Borrower | Error]:
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
) -> Response[Borrower | Error]:
    """Get a borrower company

     Get data about a borrower company: relationship state, consent, connected accounting
    system and signup links.

    Args:
        organization_number (str): Norwegian organization number (brreg), nine digits. The SDK
            checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Borrower | Error]
    """

    kwargs = _get_kwargs(
        organization_number=organization_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_number: str,
    *,
    client: AuthenticatedClient,
) -> Borrower | Error | None:
    """Get a borrower company

     Get data about a borrower company: relationship state, consent, connected accounting
    system and signup links.

    Args:
        organization_number (str): Norwegian organization number (brreg), nine digits. The SDK
            checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Borrower | Error
    """

    return sync_detailed(
        organization_number=organization_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[Borrower | Error]:
    """Get a borrower company

     Get data about a borrower company: relationship state, consent, connected accounting
    system and signup links.

    Args:
        organization_number (str): Norwegian organization number (brreg), nine digits. The SDK
            checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Borrower | Error]
    """

    kwargs = _get_kwargs(
        organization_number=organization_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_number: str,
    *,
    client: AuthenticatedClient,
) -> Borrower | Error | None:
    """Get a borrower company

     Get data about a borrower company: relationship state, consent, connected accounting
    system and signup links.

    Args:
        organization_number (str): Norwegian organization number (brreg), nine digits. The SDK
            checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Borrower | Error
    """

    return (
        await asyncio_detailed(
            organization_number=organization_number,
            client=client,
        )
    ).parsed
