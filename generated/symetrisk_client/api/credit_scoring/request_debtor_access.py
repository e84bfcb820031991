from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_request_result import AccessRequestResult
from ...models.debtor_access_request import DebtorAccessRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    creditor_organization_number: str,
    *,
    body: DebtorAccessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/request-access-debtors/{creditor_organization_number}".format(
            creditor_organization_number=quote(
                str(creditor_organization_number), safe=""
            ),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[AccessRequestResult] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AccessRequestResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | list[AccessRequestResult]]:
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
    body: DebtorAccessRequest,
) -> Response[Error | list[AccessRequestResult]]:
    """Request access to debtors' credit scores

     Ask for access to the credit score of one or more debtors. If a debtor already has an
    account with a connected accounting system, they only have to accept the new request in
    their dashboard. Otherwise they can log in through delregnskap.no or use the returned
    signup link. The call generates a signup link and creates a relationship in state
    `access_requested`; forward the link to the debtor. After onboarding they can accept the
    request, the relationship is set to `access_approved` and the data can be viewed. Call
    `list_debtors` to list all debtors who have consented to share data.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        body (DebtorAccessRequest): Debtors a creditor requests access to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AccessRequestResult]]
    """

    kwargs = _get_kwargs(
        creditor_organization_number=creditor_organization_number,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    creditor_organization_number: str,
    *,
    client: AuthenticatedClient,
    body: DebtorAccessRequest,
) -> Error | list[AccessRequestResult] | None:
    """Request access to debtors' credit scores

     Ask for access to the credit score of one or more debtors. If a debtor already has an
    account with a connected accounting system, they only have to accept the new request in
    their dashboard. Otherwise they can log in through delregnskap.no or use the returned
    signup link. The call generates a signup link and creates a relationship in state
    `access_requested`; forward the link to the debtor. After onboarding they can accept the
    request, the relationship is set to `access_approved` and the data can be viewed. Call
    `list_debtors` to list all debtors who have consented to share data.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        body (DebtorAccessRequest): Debtors a creditor requests access to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AccessRequestResult]
    """

    return sync_detailed(
        creditor_organization_number=creditor_organization_number,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    creditor_organization_number: str,
    *,
    client: AuthenticatedClient,
    body: DebtorAccessRequest,
) -> Response[Error | list[AccessRequestResult]]:
    """Request access to debtors' credit scores

     Ask for access to the credit score of one or more debtors. If a debtor already has an
    account with a connected accounting system, they only have to accept the new request in
    their dashboard. Otherwise they can log in through delregnskap.no or use the returned
    signup link. The call generates a signup link and creates a relationship in state
    `access_requested`; forward the link to the debtor. After onboarding they can accept the
    request, the relationship is set to `access_approved` and the data can be viewed. Call
    `list_debtors` to list all debtors who have consented to share data.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        body (DebtorAccessRequest): Debtors a creditor requests access to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AccessRequestResult]]
    """

    kwargs = _get_kwargs(
        creditor_organization_number=creditor_organization_number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    creditor_organization_number: str,
    *,
    client: AuthenticatedClient,
    body: DebtorAccessRequest,
) -> Error | list[AccessRequestResult] | None:
    """Request access to debtors' credit scores

     Ask for access to the credit score of one or more debtors. If a debtor already has an
    account with a connected accounting system, they only have to accept the new request in
    their dashboard. Otherwise they can log in through delregnskap.no or use the returned
    signup link. The call generates a signup link and creates a relationship in state
    `access_requested`; forward the link to the debtor. After onboarding they can accept the
    request, the relationship is set to `access_approved` and the data can be viewed. Call
    `list_debtors` to list all debtors who have consented to share data.

    Args:
        creditor_organization_number (str): Norwegian organization number (brreg), nine digits.
            The SDK checks the format before sending and, against production, the mod-11 check digit
            too (`x-business-id`).
        body (DebtorAccessRequest): Debtors a creditor requests access to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AccessRequestResult]
    """

    return (
        await asyncio_detailed(
            creditor_organization_number=creditor_organization_number,
            client=client,
            body=body,
        )
    ).parsed
