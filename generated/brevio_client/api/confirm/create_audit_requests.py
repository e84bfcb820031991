from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_audit_requests_request import CreateAuditRequestsRequest
from ...models.create_audit_requests_response import CreateAuditRequestsResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateAuditRequestsRequest,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/confirm/audit-requests/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAuditRequestsResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreateAuditRequestsResponse.from_dict(response.json())

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
) -> Response[CreateAuditRequestsResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAuditRequestsRequest,
    brevio_version: str | Unset = UNSET,
) -> Response[CreateAuditRequestsResponse | Error]:
    """Create audit requests

     Creates one or more audit requests for an audit client (identified by `vatNo` and `country`) to a
    list of signees. Returns the tokens of the created audit requests and whether they were sent. `sent:
    false` means the `user` was emailed to register a Brevio account and authenticate through their
    national registry/SSO.

    Args:
        brevio_version (str | Unset):
        body (CreateAuditRequestsRequest): Parameters for creating a batch of audit requests for
            one audit client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAuditRequestsResponse | Error]
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
    body: CreateAuditRequestsRequest,
    brevio_version: str | Unset = UNSET,
) -> CreateAuditRequestsResponse | Error | None:
    """Create audit requests

     Creates one or more audit requests for an audit client (identified by `vatNo` and `country`) to a
    list of signees. Returns the tokens of the created audit requests and whether they were sent. `sent:
    false` means the `user` was emailed to register a Brevio account and authenticate through their
    national registry/SSO.

    Args:
        brevio_version (str | Unset):
        body (CreateAuditRequestsRequest): Parameters for creating a batch of audit requests for
            one audit client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAuditRequestsResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAuditRequestsRequest,
    brevio_version: str | Unset = UNSET,
) -> Response[CreateAuditRequestsResponse | Error]:
    """Create audit requests

     Creates one or more audit requests for an audit client (identified by `vatNo` and `country`) to a
    list of signees. Returns the tokens of the created audit requests and whether they were sent. `sent:
    false` means the `user` was emailed to register a Brevio account and authenticate through their
    national registry/SSO.

    Args:
        brevio_version (str | Unset):
        body (CreateAuditRequestsRequest): Parameters for creating a batch of audit requests for
            one audit client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAuditRequestsResponse | Error]
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
    body: CreateAuditRequestsRequest,
    brevio_version: str | Unset = UNSET,
) -> CreateAuditRequestsResponse | Error | None:
    """Create audit requests

     Creates one or more audit requests for an audit client (identified by `vatNo` and `country`) to a
    list of signees. Returns the tokens of the created audit requests and whether they were sent. `sent:
    false` means the `user` was emailed to register a Brevio account and authenticate through their
    national registry/SSO.

    Args:
        brevio_version (str | Unset):
        body (CreateAuditRequestsRequest): Parameters for creating a batch of audit requests for
            one audit client.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAuditRequestsResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            brevio_version=brevio_version,
        )
    ).parsed
