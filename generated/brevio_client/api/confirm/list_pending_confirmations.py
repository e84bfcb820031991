from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirmation_page import ConfirmationPage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    processing: bool | Unset = UNSET,
    signature_reviews: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["processing"] = processing

    params["signatureReviews"] = signature_reviews

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/confirm/confirmations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfirmationPage | Error | None:
    if response.status_code == 200:
        response_200 = ConfirmationPage.from_dict(response.json())

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
) -> Response[ConfirmationPage | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    processing: bool | Unset = UNSET,
    signature_reviews: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[ConfirmationPage | Error]:
    """List pending confirmations (bank)

     Returns a page of the authenticated bank's pending confirmations (all with status `started`),
    optionally filtered by whether the bank marked them as processing or performed signature reviews.
    Added 2025-05-21 and available to all API versions.
    Keyset pagination on `sentToThirdPartyAt`: returns confirmations with `sentToThirdPartyAt` greater
    than `cursor`. For the next page pass the returned `next` (or the highest `sentToThirdPartyAt` seen)
    as `cursor`; `next` is null on the last page. Page size is not stated.

    Args:
        cursor (str | Unset):
        processing (bool | Unset):
        signature_reviews (bool | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmationPage | Error]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        processing=processing,
        signature_reviews=signature_reviews,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    processing: bool | Unset = UNSET,
    signature_reviews: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> ConfirmationPage | Error | None:
    """List pending confirmations (bank)

     Returns a page of the authenticated bank's pending confirmations (all with status `started`),
    optionally filtered by whether the bank marked them as processing or performed signature reviews.
    Added 2025-05-21 and available to all API versions.
    Keyset pagination on `sentToThirdPartyAt`: returns confirmations with `sentToThirdPartyAt` greater
    than `cursor`. For the next page pass the returned `next` (or the highest `sentToThirdPartyAt` seen)
    as `cursor`; `next` is null on the last page. Page size is not stated.

    Args:
        cursor (str | Unset):
        processing (bool | Unset):
        signature_reviews (bool | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmationPage | Error
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        processing=processing,
        signature_reviews=signature_reviews,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    processing: bool | Unset = UNSET,
    signature_reviews: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[ConfirmationPage | Error]:
    """List pending confirmations (bank)

     Returns a page of the authenticated bank's pending confirmations (all with status `started`),
    optionally filtered by whether the bank marked them as processing or performed signature reviews.
    Added 2025-05-21 and available to all API versions.
    Keyset pagination on `sentToThirdPartyAt`: returns confirmations with `sentToThirdPartyAt` greater
    than `cursor`. For the next page pass the returned `next` (or the highest `sentToThirdPartyAt` seen)
    as `cursor`; `next` is null on the last page. Page size is not stated.

    Args:
        cursor (str | Unset):
        processing (bool | Unset):
        signature_reviews (bool | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmationPage | Error]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        processing=processing,
        signature_reviews=signature_reviews,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    processing: bool | Unset = UNSET,
    signature_reviews: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> ConfirmationPage | Error | None:
    """List pending confirmations (bank)

     Returns a page of the authenticated bank's pending confirmations (all with status `started`),
    optionally filtered by whether the bank marked them as processing or performed signature reviews.
    Added 2025-05-21 and available to all API versions.
    Keyset pagination on `sentToThirdPartyAt`: returns confirmations with `sentToThirdPartyAt` greater
    than `cursor`. For the next page pass the returned `next` (or the highest `sentToThirdPartyAt` seen)
    as `cursor`; `next` is null on the last page. Page size is not stated.

    Args:
        cursor (str | Unset):
        processing (bool | Unset):
        signature_reviews (bool | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmationPage | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            processing=processing,
            signature_reviews=signature_reviews,
            brevio_version=brevio_version,
        )
    ).parsed
