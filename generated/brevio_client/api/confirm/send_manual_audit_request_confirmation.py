from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_request_step_result import AuditRequestStepResult
from ...models.error import Error
from ...models.optional_attachments_upload import OptionalAttachmentsUpload
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token: str,
    *,
    body: OptionalAttachmentsUpload | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/confirm/manual-audit-requests/{token}/confirmation".format(
            token=quote(str(token), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditRequestStepResult | Error | None:
    if response.status_code == 200:
        response_200 = AuditRequestStepResult.from_dict(response.json())

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
) -> Response[AuditRequestStepResult | Error]:
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
    body: OptionalAttachmentsUpload | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[AuditRequestStepResult | Error]:
    """Send the confirmation for a manual audit request (bank)

     Sends the confirmation for the manual audit request, finalizing it; the auditor then gets an email
    link to a password-protected ZIP (password by SMS). At least one attachment must exist: upload first
    or attach up to five here (omit `attachments` if all were uploaded before). Returns the token
    (matching the path) and the step, which should be `completed`.

    Args:
        token (str):
        brevio_version (str | Unset):
        body (OptionalAttachmentsUpload | Unset): Up to five files, each sent as a multipart part
            named `attachments`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditRequestStepResult | Error]
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
    body: OptionalAttachmentsUpload | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> AuditRequestStepResult | Error | None:
    """Send the confirmation for a manual audit request (bank)

     Sends the confirmation for the manual audit request, finalizing it; the auditor then gets an email
    link to a password-protected ZIP (password by SMS). At least one attachment must exist: upload first
    or attach up to five here (omit `attachments` if all were uploaded before). Returns the token
    (matching the path) and the step, which should be `completed`.

    Args:
        token (str):
        brevio_version (str | Unset):
        body (OptionalAttachmentsUpload | Unset): Up to five files, each sent as a multipart part
            named `attachments`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditRequestStepResult | Error
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
    body: OptionalAttachmentsUpload | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[AuditRequestStepResult | Error]:
    """Send the confirmation for a manual audit request (bank)

     Sends the confirmation for the manual audit request, finalizing it; the auditor then gets an email
    link to a password-protected ZIP (password by SMS). At least one attachment must exist: upload first
    or attach up to five here (omit `attachments` if all were uploaded before). Returns the token
    (matching the path) and the step, which should be `completed`.

    Args:
        token (str):
        brevio_version (str | Unset):
        body (OptionalAttachmentsUpload | Unset): Up to five files, each sent as a multipart part
            named `attachments`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditRequestStepResult | Error]
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
    body: OptionalAttachmentsUpload | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> AuditRequestStepResult | Error | None:
    """Send the confirmation for a manual audit request (bank)

     Sends the confirmation for the manual audit request, finalizing it; the auditor then gets an email
    link to a password-protected ZIP (password by SMS). At least one attachment must exist: upload first
    or attach up to five here (omit `attachments` if all were uploaded before). Returns the token
    (matching the path) and the step, which should be `completed`.

    Args:
        token (str):
        brevio_version (str | Unset):
        body (OptionalAttachmentsUpload | Unset): Up to five files, each sent as a multipart part
            named `attachments`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditRequestStepResult | Error
    """

    return (
        await asyncio_detailed(
            token=token,
            client=client,
            body=body,
            brevio_version=brevio_version,
        )
    ).parsed
