from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_score import CreditScore
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    creditor_organization_number: str,
    debtor_organization_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get-credit-score/{creditor_organization_number}/{debtor_organization_number}".format(
            creditor_organization_number=quote(
                str(creditor_organization_number), safe=""
            ),
            debtor_organization_number=quote(str(debtor_organization_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditScore | Error | None:
    if response.status_code == 200:
        response_200 = CreditScore.from_dict(response.json())

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
) -> Response[CreditScore | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    creditor_organization_number: str,
    debtor_organization_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[CreditScore | Error]:
    """Get a debtor's credit score

     Get the credit score of a debtor that has shared data with the creditor.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        debtor_organization_number (str): Norwegian organization number (brreg), nine digits. The
            SDK checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditScore | Error]
    """

    kwargs = _get_kwargs(
        creditor_organization_number=creditor_organization_number,
        debtor_organization_number=debtor_organization_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    creditor_organization_number: str,
    debtor_organization_number: str,
    *,
    client: AuthenticatedClient,
) -> CreditScore | Error | None:
    """Get a debtor's credit score

     Get the credit score of a debtor that has shared data with the creditor.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        debtor_organization_number (str): Norwegian organization number (brreg), nine digits. The
            SDK checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditScore | Error
    """

    return sync_detailed(
        creditor_organization_number=creditor_organization_number,
        debtor_organization_number=debtor_organization_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    creditor_organization_number: str,
    debtor_organization_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[CreditScore | Error]:
    """Get a debtor's credit score

     Get the credit score of a debtor that has shared data with the creditor.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        debtor_organization_number (str): Norwegian organization number (brreg), nine digits. The
            SDK checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditScore | Error]
    """

    kwargs = _get_kwargs(
        creditor_organization_number=creditor_organization_number,
        debtor_organization_number=debtor_organization_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    creditor_organization_number: str,
    debtor_organization_number: str,
    *,
    client: AuthenticatedClient,
) -> CreditScore | Error | None:
    """Get a debtor's credit score

     Get the credit score of a debtor that has shared data with the creditor.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        debtor_organization_number (str): Norwegian organization number (brreg), nine digits. The
            SDK checks the format before sending and, against production, the mod-11 check digit too
            (`x-business-id`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditScore | Error
    """

    return (
        await asyncio_detailed(
            creditor_organization_number=creditor_organization_number,
            debtor_organization_number=debtor_organization_number,
            client=client,
        )
    ).parsed
