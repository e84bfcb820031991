from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_request_result import AccessRequestResult
from ...models.borrower_access_request import BorrowerAccessRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: BorrowerAccessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/request-access",
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
    *,
    client: AuthenticatedClient,
    body: BorrowerAccessRequest,
) -> Response[Error | list[AccessRequestResult]]:
    """Request access to borrower companies

     Request access to one or more borrower companies. This generates a signup link and creates
    a relationship in state `access_requested`. Forward the link to the borrower; after they
    have completed the onboarding they can accept the request, the relationship is set to
    `access_approved` and the data can be read. Call `get_borrower` to see the connection
    status and other data on the borrower.

    Args:
        body (BorrowerAccessRequest): Borrowers a bank requests access to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AccessRequestResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BorrowerAccessRequest,
) -> Error | list[AccessRequestResult] | None:
    """Request access to borrower companies

     Request access to one or more borrower companies. This generates a signup link and creates
    a relationship in state `access_requested`. Forward the link to the borrower; after they
    have completed the onboarding they can accept the request, the relationship is set to
    `access_approved` and the data can be read. Call `get_borrower` to see the connection
    status and other data on the borrower.

    Args:
        body (BorrowerAccessRequest): Borrowers a bank requests access to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AccessRequestResult]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BorrowerAccessRequest,
) -> Response[Error | list[AccessRequestResult]]:
    """Request access to borrower companies

     Request access to one or more borrower companies. This generates a signup link and creates
    a relationship in state `access_requested`. Forward the link to the borrower; after they
    have completed the onboarding they can accept the request, the relationship is set to
    `access_approved` and the data can be read. Call `get_borrower` to see the connection
    status and other data on the borrower.

    Args:
        body (BorrowerAccessRequest): Borrowers a bank requests access to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AccessRequestResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BorrowerAccessRequest,
) -> Error | list[AccessRequestResult] | None:
    """Request access to borrower companies

     Request access to one or more borrower companies. This generates a signup link and creates
    a relationship in state `access_requested`. Forward the link to the borrower; after they
    have completed the onboarding they can accept the request, the relationship is set to
    `access_approved` and the data can be read. Call `get_borrower` to see the connection
    status and other data on the borrower.

    Args:
        body (BorrowerAccessRequest): Borrowers a bank requests access to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AccessRequestResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
