from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.ping_response import PingResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ping",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PingResponse | None:
    if response.status_code == 200:
        response_200 = PingResponse.from_dict(response.json())

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
) -> Response[Error | PingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | PingResponse]:
    """Check the status of the API

     Used to check the status of the API. The docs suggest it as the first call after getting a
    token, to check that the auth process works and data can be received.

    The docs list **two** operations under "Status" with this same description and response.
    Only this one has a documented path (`GET /api/v1/ping` in the curl example); the path of
    the second is shown nowhere (it may be the same route registered for each audience), so it is
    not modelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PingResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | PingResponse | None:
    """Check the status of the API

     Used to check the status of the API. The docs suggest it as the first call after getting a
    token, to check that the auth process works and data can be received.

    The docs list **two** operations under "Status" with this same description and response.
    Only this one has a documented path (`GET /api/v1/ping` in the curl example); the path of
    the second is shown nowhere (it may be the same route registered for each audience), so it is
    not modelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PingResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | PingResponse]:
    """Check the status of the API

     Used to check the status of the API. The docs suggest it as the first call after getting a
    token, to check that the auth process works and data can be received.

    The docs list **two** operations under "Status" with this same description and response.
    Only this one has a documented path (`GET /api/v1/ping` in the curl example); the path of
    the second is shown nowhere (it may be the same route registered for each audience), so it is
    not modelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PingResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | PingResponse | None:
    """Check the status of the API

     Used to check the status of the API. The docs suggest it as the first call after getting a
    token, to check that the auth process works and data can be received.

    The docs list **two** operations under "Status" with this same description and response.
    Only this one has a documented path (`GET /api/v1/ping` in the curl example); the path of
    the second is shown nowhere (it may be the same route registered for each audience), so it is
    not modelled.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PingResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
