from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_request import AuditRequest
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    processing: bool | Unset = UNSET,
    reviewed_signatures: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["processing"] = processing

    params["reviewedSignatures"] = reviewed_signatures

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/confirm/audit-requests/third-party",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[AuditRequest] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AuditRequest.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[AuditRequest]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    processing: bool | Unset = UNSET,
    reviewed_signatures: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | list[AuditRequest]]:
    """List pending audit requests (bank)

     Returns a page of audit requests that have been digitally signed and are awaiting a confirmation
    from the authenticated bank. Paginate with `offset`. With signature review enabled (2023-03-01),
    `reviewedSignatures` returns the bank's reviewed requests and each audit request carries
    `bankReviewedCompanySignatures`.

    Args:
        offset (int | Unset):
        processing (bool | Unset):
        reviewed_signatures (bool | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AuditRequest]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        processing=processing,
        reviewed_signatures=reviewed_signatures,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    processing: bool | Unset = UNSET,
    reviewed_signatures: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Error | list[AuditRequest] | None:
    """List pending audit requests (bank)

     Returns a page of audit requests that have been digitally signed and are awaiting a confirmation
    from the authenticated bank. Paginate with `offset`. With signature review enabled (2023-03-01),
    `reviewedSignatures` returns the bank's reviewed requests and each audit request carries
    `bankReviewedCompanySignatures`.

    Args:
        offset (int | Unset):
        processing (bool | Unset):
        reviewed_signatures (bool | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AuditRequest]
    """

    return sync_detailed(
        client=client,
        offset=offset,
        processing=processing,
        reviewed_signatures=reviewed_signatures,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    processing: bool | Unset = UNSET,
    reviewed_signatures: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | list[AuditRequest]]:
    """List pending audit requests (bank)

     Returns a page of audit requests that have been digitally signed and are awaiting a confirmation
    from the authenticated bank. Paginate with `offset`. With signature review enabled (2023-03-01),
    `reviewedSignatures` returns the bank's reviewed requests and each audit request carries
    `bankReviewedCompanySignatures`.

    Args:
        offset (int | Unset):
        processing (bool | Unset):
        reviewed_signatures (bool | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AuditRequest]]
    """

    kwargs = _get_kwargs(
        offset=offset,
        processing=processing,
        reviewed_signatures=reviewed_signatures,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    processing: bool | Unset = UNSET,
    reviewed_signatures: bool | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Error | list[AuditRequest] | None:
    """List pending audit requests (bank)

     Returns a page of audit requests that have been digitally signed and are awaiting a confirmation
    from the authenticated bank. Paginate with `offset`. With signature review enabled (2023-03-01),
    `reviewedSignatures` returns the bank's reviewed requests and each audit request carries
    `bankReviewedCompanySignatures`.

    Args:
        offset (int | Unset):
        processing (bool | Unset):
        reviewed_signatures (bool | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AuditRequest]
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            processing=processing,
            reviewed_signatures=reviewed_signatures,
            brevio_version=brevio_version,
        )
    ).parsed
