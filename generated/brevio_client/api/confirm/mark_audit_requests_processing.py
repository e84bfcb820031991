from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.mark_audit_requests_processing_request import (
    MarkAuditRequestsProcessingRequest,
)
from ...models.token_batch_result import TokenBatchResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MarkAuditRequestsProcessingRequest,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/confirm/audit-requests/processing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TokenBatchResult | None:
    if response.status_code == 200:
        response_200 = TokenBatchResult.from_dict(response.json())

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
) -> Response[Error | TokenBatchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MarkAuditRequestsProcessingRequest,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | TokenBatchResult]:
    """Mark audit requests as started processing (bank)

     Marks audit requests, identified by their tokens, as having begun processing by the authenticated
    bank (added 2023-03-20). The docs state no maximum number of tokens per call. Returns which tokens
    were updated and which failed.

    Args:
        brevio_version (str | Unset):
        body (MarkAuditRequestsProcessingRequest): Audit requests to mark as started processing.
            The docs state no maximum.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenBatchResult]
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
    body: MarkAuditRequestsProcessingRequest,
    brevio_version: str | Unset = UNSET,
) -> Error | TokenBatchResult | None:
    """Mark audit requests as started processing (bank)

     Marks audit requests, identified by their tokens, as having begun processing by the authenticated
    bank (added 2023-03-20). The docs state no maximum number of tokens per call. Returns which tokens
    were updated and which failed.

    Args:
        brevio_version (str | Unset):
        body (MarkAuditRequestsProcessingRequest): Audit requests to mark as started processing.
            The docs state no maximum.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenBatchResult
    """

    return sync_detailed(
        client=client,
        body=body,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MarkAuditRequestsProcessingRequest,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | TokenBatchResult]:
    """Mark audit requests as started processing (bank)

     Marks audit requests, identified by their tokens, as having begun processing by the authenticated
    bank (added 2023-03-20). The docs state no maximum number of tokens per call. Returns which tokens
    were updated and which failed.

    Args:
        brevio_version (str | Unset):
        body (MarkAuditRequestsProcessingRequest): Audit requests to mark as started processing.
            The docs state no maximum.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenBatchResult]
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
    body: MarkAuditRequestsProcessingRequest,
    brevio_version: str | Unset = UNSET,
) -> Error | TokenBatchResult | None:
    """Mark audit requests as started processing (bank)

     Marks audit requests, identified by their tokens, as having begun processing by the authenticated
    bank (added 2023-03-20). The docs state no maximum number of tokens per call. Returns which tokens
    were updated and which failed.

    Args:
        brevio_version (str | Unset):
        body (MarkAuditRequestsProcessingRequest): Audit requests to mark as started processing.
            The docs state no maximum.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenBatchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            brevio_version=brevio_version,
        )
    ).parsed
