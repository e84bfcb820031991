from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.signed_url import SignedUrl
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token: str,
    *,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sign/attachments/{token}/signed-url".format(
            token=quote(str(token), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SignedUrl | None:
    if response.status_code == 200:
        response_200 = SignedUrl.from_dict(response.json())

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
) -> Response[Error | SignedUrl]:
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
    brevio_version: str | Unset = UNSET,
) -> Response[Error | SignedUrl]:
    """Get a signed download URL for a Sign attachment

     Generates a short-lived (24 hours) signed URL to download the Sign attachment identified by the
    token. Returns the filename and the URL. Unlike Confirm's equivalent, the only path evidence for
    this one shows GET.

    Args:
        token (str):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SignedUrl]
    """

    kwargs = _get_kwargs(
        token=token,
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
    brevio_version: str | Unset = UNSET,
) -> Error | SignedUrl | None:
    """Get a signed download URL for a Sign attachment

     Generates a short-lived (24 hours) signed URL to download the Sign attachment identified by the
    token. Returns the filename and the URL. Unlike Confirm's equivalent, the only path evidence for
    this one shows GET.

    Args:
        token (str):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SignedUrl
    """

    return sync_detailed(
        token=token,
        client=client,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | SignedUrl]:
    """Get a signed download URL for a Sign attachment

     Generates a short-lived (24 hours) signed URL to download the Sign attachment identified by the
    token. Returns the filename and the URL. Unlike Confirm's equivalent, the only path evidence for
    this one shows GET.

    Args:
        token (str):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SignedUrl]
    """

    kwargs = _get_kwargs(
        token=token,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient,
    brevio_version: str | Unset = UNSET,
) -> Error | SignedUrl | None:
    """Get a signed download URL for a Sign attachment

     Generates a short-lived (24 hours) signed URL to download the Sign attachment identified by the
    token. Returns the filename and the URL. Unlike Confirm's equivalent, the only path evidence for
    this one shows GET.

    Args:
        token (str):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SignedUrl
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
            brevio_version=brevio_version,
        )
    ).parsed
