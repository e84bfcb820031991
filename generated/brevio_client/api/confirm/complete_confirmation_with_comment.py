from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_request import CommentRequest
from ...models.confirmation import Confirmation
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token: str,
    *,
    body: CommentRequest,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/confirm/confirmations/{token}/complete-with-comment".format(
            token=quote(str(token), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Confirmation | Error | None:
    if response.status_code == 200:
        response_200 = Confirmation.from_dict(response.json())

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
) -> Response[Confirmation | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
    body: CommentRequest,
    brevio_version: str | Unset = UNSET,
) -> Response[Confirmation | Error]:
    """Complete a confirmation with a comment (bank)

     Non-standard completion with an explanatory comment (at most 200 characters), e.g. when some
    companies in the confirmation are not customers of the bank or the confirmation was already sent by
    other means. Returns the Confirmation with status `completed_with_comment` and `completedAt` set.
    Added 2025-05-21, available to all API versions.

    Args:
        token (str):
        brevio_version (str | Unset):
        body (CommentRequest): An explanatory comment (at most 200 characters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Confirmation | Error]
    """

    kwargs = _get_kwargs(
        token=token,
        body=body,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token: str,
    *,
    client: AuthenticatedClient,
    body: CommentRequest,
    brevio_version: str | Unset = UNSET,
) -> Confirmation | Error | None:
    """Complete a confirmation with a comment (bank)

     Non-standard completion with an explanatory comment (at most 200 characters), e.g. when some
    companies in the confirmation are not customers of the bank or the confirmation was already sent by
    other means. Returns the Confirmation with status `completed_with_comment` and `completedAt` set.
    Added 2025-05-21, available to all API versions.

    Args:
        token (str):
        brevio_version (str | Unset):
        body (CommentRequest): An explanatory comment (at most 200 characters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Confirmation | Error
    """

    return sync_detailed(
        token=token,
        client=client,
        body=body,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
    body: CommentRequest,
    brevio_version: str | Unset = UNSET,
) -> Response[Confirmation | Error]:
    """Complete a confirmation with a comment (bank)

     Non-standard completion with an explanatory comment (at most 200 characters), e.g. when some
    companies in the confirmation are not customers of the bank or the confirmation was already sent by
    other means. Returns the Confirmation with status `completed_with_comment` and `completedAt` set.
    Added 2025-05-21, available to all API versions.

    Args:
        token (str):
        brevio_version (str | Unset):
        body (CommentRequest): An explanatory comment (at most 200 characters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Confirmation | Error]
    """

    kwargs = _get_kwargs(
        token=token,
        body=body,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient,
    body: CommentRequest,
    brevio_version: str | Unset = UNSET,
) -> Confirmation | Error | None:
    """Complete a confirmation with a comment (bank)

     Non-standard completion with an explanatory comment (at most 200 characters), e.g. when some
    companies in the confirmation are not customers of the bank or the confirmation was already sent by
    other means. Returns the Confirmation with status `completed_with_comment` and `completedAt` set.
    Added 2025-05-21, available to all API versions.

    Args:
        token (str):
        brevio_version (str | Unset):
        body (CommentRequest): An explanatory comment (at most 200 characters).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Confirmation | Error
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
            body=body,
            brevio_version=brevio_version,
        )
    ).parsed
