from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_lpa_request import CreateLpaRequest
from ...models.error import Error
from ...models.lasting_power_of_attorney import LastingPowerOfAttorney
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateLpaRequest,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/confirm/lpas",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LastingPowerOfAttorney | None:
    if response.status_code == 200:
        response_200 = LastingPowerOfAttorney.from_dict(response.json())

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
) -> Response[Error | LastingPowerOfAttorney]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLpaRequest,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | LastingPowerOfAttorney]:
    """Create a lasting power of attorney

     Creates a lasting power of attorney (LPA) for a company and its optional subsidiaries. The LPA is
    sent to its signees the first time an audit request uses it; once signed it is reused in later audit
    seasons and requests go straight to the bank. Since 2023-10-04 LPAs have no `endDate` (they last
    until revoked or the audit company resigns); older versions accepted one. Returns the created LPA.

    Args:
        brevio_version (str | Unset):
        body (CreateLpaRequest): Parameters for creating an LPA. `endDate` was removed in
            2023-10-04 (LPAs no longer expire unless revoked or the audit company resigns as auditor).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LastingPowerOfAttorney]
    """

    kwargs = _get_kwargs(
        body=body,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateLpaRequest,
    brevio_version: str | Unset = UNSET,
) -> Error | LastingPowerOfAttorney | None:
    """Create a lasting power of attorney

     Creates a lasting power of attorney (LPA) for a company and its optional subsidiaries. The LPA is
    sent to its signees the first time an audit request uses it; once signed it is reused in later audit
    seasons and requests go straight to the bank. Since 2023-10-04 LPAs have no `endDate` (they last
    until revoked or the audit company resigns); older versions accepted one. Returns the created LPA.

    Args:
        brevio_version (str | Unset):
        body (CreateLpaRequest): Parameters for creating an LPA. `endDate` was removed in
            2023-10-04 (LPAs no longer expire unless revoked or the audit company resigns as auditor).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LastingPowerOfAttorney
    """

    return sync_detailed(
        client=client,
        body=body,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateLpaRequest,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | LastingPowerOfAttorney]:
    """Create a lasting power of attorney

     Creates a lasting power of attorney (LPA) for a company and its optional subsidiaries. The LPA is
    sent to its signees the first time an audit request uses it; once signed it is reused in later audit
    seasons and requests go straight to the bank. Since 2023-10-04 LPAs have no `endDate` (they last
    until revoked or the audit company resigns); older versions accepted one. Returns the created LPA.

    Args:
        brevio_version (str | Unset):
        body (CreateLpaRequest): Parameters for creating an LPA. `endDate` was removed in
            2023-10-04 (LPAs no longer expire unless revoked or the audit company resigns as auditor).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LastingPowerOfAttorney]
    """

    kwargs = _get_kwargs(
        body=body,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateLpaRequest,
    brevio_version: str | Unset = UNSET,
) -> Error | LastingPowerOfAttorney | None:
    """Create a lasting power of attorney

     Creates a lasting power of attorney (LPA) for a company and its optional subsidiaries. The LPA is
    sent to its signees the first time an audit request uses it; once signed it is reused in later audit
    seasons and requests go straight to the bank. Since 2023-10-04 LPAs have no `endDate` (they last
    until revoked or the audit company resigns); older versions accepted one. Returns the created LPA.

    Args:
        brevio_version (str | Unset):
        body (CreateLpaRequest): Parameters for creating an LPA. `endDate` was removed in
            2023-10-04 (LPAs no longer expire unless revoked or the audit company resigns as auditor).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LastingPowerOfAttorney
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            brevio_version=brevio_version,
        )
    ).parsed
