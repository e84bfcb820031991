from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.debtor_page import DebtorPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    creditor_organization_number: str,
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
        "url": "/list-debtors/{creditor_organization_number}".format(
            creditor_organization_number=quote(
                str(creditor_organization_number), safe=""
            ),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DebtorPage | Error | None:
    if response.status_code == 200:
        response_200 = DebtorPage.from_dict(response.json())

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
) -> Response[DebtorPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    creditor_organization_number: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[DebtorPage | Error]:
    """List the creditor's debtors

     Get a list of all debtors of the creditor (the debtors who have consented to share data).
    To get a debtor's credit score, use `get_credit_score`.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebtorPage | Error]
    """

    kwargs = _get_kwargs(
        creditor_organization_number=creditor_organization_number,
        limit=limit,
        skip=skip,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    creditor_organization_number: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> DebtorPage | Error | None:
    """List the creditor's debtors

     Get a list of all debtors of the creditor (the debtors who have consented to share data).
    To get a debtor's credit score, use `get_credit_score`.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebtorPage | Error
    """

    return sync_detailed(
        creditor_organization_number=creditor_organization_number,
        client=client,
        limit=limit,
        skip=skip,
    ).parsed


async def asyncio_detailed(
    creditor_organization_number: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> Response[DebtorPage | Error]:
    """List the creditor's debtors

     Get a list of all debtors of the creditor (the debtors who have consented to share data).
    To get a debtor's credit score, use `get_credit_score`.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebtorPage | Error]
    """

    kwargs = _get_kwargs(
        creditor_organization_number=creditor_organization_number,
        limit=limit,
        skip=skip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    creditor_organization_number: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> DebtorPage | Error | None:
    """List the creditor's debtors

     Get a list of all debtors of the creditor (the debtors who have consented to share data).
    To get a debtor's credit score, use `get_credit_score`.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        limit (int | Unset):
        skip (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebtorPage | Error
    """

    return (
        await asyncio_detailed(
            creditor_organization_number=creditor_organization_number,
            client=client,
            limit=limit,
            skip=skip,
        )
    ).parsed
