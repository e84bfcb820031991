from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_request import AuditRequest
from ...models.error import Error
from ...models.known_country import KnownCountry
from ...models.known_request_type import KnownRequestType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    vat_no: str,
    country: KnownCountry,
    offset: int | Unset = UNSET,
    request_type: KnownRequestType | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    params: dict[str, Any] = {}

    params["vatNo"] = vat_no

    json_country = country.value
    params["country"] = json_country

    params["offset"] = offset

    json_request_type: str | Unset = UNSET
    if not isinstance(request_type, Unset):
        json_request_type = request_type.value

    params["requestType"] = json_request_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/confirm/audit-requests/",
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
    vat_no: str,
    country: KnownCountry,
    offset: int | Unset = UNSET,
    request_type: KnownRequestType | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | list[AuditRequest]]:
    """List audit requests for an audit client

     Returns a page of the audit company's audit requests for one audit client (`vatNo` + `country`),
    optionally filtered by request type. At most 50 audit requests per page; paginate with `offset`.

    Args:
        vat_no (str): VAT / organisation number of a company, validated by Brevio against the
            national registry of its `country`. The valid format depends on the country, which a
            single string schema cannot express, so the pattern accepts the union of the national
            formats - DK CVR 8 digits, NO organisasjonsnummer 9 digits, SE organisationsnummer 10
            digits (optionally NNNNNN-NNNN), FI Y-tunnus 7 digits, dash, check digit (or 8 digits
            without the dash: the 2023-02-14 changelog says DK and FI numbers have the same length).
            The per-country patterns are listed in `x-vat-number-patterns` for client-side checks. The
            docs' examples are bare digits (999999999, 925178845).
        country (KnownCountry): Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in
            2023-02-14.
        offset (int | Unset):
        request_type (KnownRequestType | Unset): Audit request type (the third party a
            confirmation is requested from).
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AuditRequest]]
    """

    kwargs = _get_kwargs(
        vat_no=vat_no,
        country=country,
        offset=offset,
        request_type=request_type,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    vat_no: str,
    country: KnownCountry,
    offset: int | Unset = UNSET,
    request_type: KnownRequestType | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Error | list[AuditRequest] | None:
    """List audit requests for an audit client

     Returns a page of the audit company's audit requests for one audit client (`vatNo` + `country`),
    optionally filtered by request type. At most 50 audit requests per page; paginate with `offset`.

    Args:
        vat_no (str): VAT / organisation number of a company, validated by Brevio against the
            national registry of its `country`. The valid format depends on the country, which a
            single string schema cannot express, so the pattern accepts the union of the national
            formats - DK CVR 8 digits, NO organisasjonsnummer 9 digits, SE organisationsnummer 10
            digits (optionally NNNNNN-NNNN), FI Y-tunnus 7 digits, dash, check digit (or 8 digits
            without the dash: the 2023-02-14 changelog says DK and FI numbers have the same length).
            The per-country patterns are listed in `x-vat-number-patterns` for client-side checks. The
            docs' examples are bare digits (999999999, 925178845).
        country (KnownCountry): Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in
            2023-02-14.
        offset (int | Unset):
        request_type (KnownRequestType | Unset): Audit request type (the third party a
            confirmation is requested from).
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AuditRequest]
    """

    return sync_detailed(
        client=client,
        vat_no=vat_no,
        country=country,
        offset=offset,
        request_type=request_type,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    vat_no: str,
    country: KnownCountry,
    offset: int | Unset = UNSET,
    request_type: KnownRequestType | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | list[AuditRequest]]:
    """List audit requests for an audit client

     Returns a page of the audit company's audit requests for one audit client (`vatNo` + `country`),
    optionally filtered by request type. At most 50 audit requests per page; paginate with `offset`.

    Args:
        vat_no (str): VAT / organisation number of a company, validated by Brevio against the
            national registry of its `country`. The valid format depends on the country, which a
            single string schema cannot express, so the pattern accepts the union of the national
            formats - DK CVR 8 digits, NO organisasjonsnummer 9 digits, SE organisationsnummer 10
            digits (optionally NNNNNN-NNNN), FI Y-tunnus 7 digits, dash, check digit (or 8 digits
            without the dash: the 2023-02-14 changelog says DK and FI numbers have the same length).
            The per-country patterns are listed in `x-vat-number-patterns` for client-side checks. The
            docs' examples are bare digits (999999999, 925178845).
        country (KnownCountry): Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in
            2023-02-14.
        offset (int | Unset):
        request_type (KnownRequestType | Unset): Audit request type (the third party a
            confirmation is requested from).
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AuditRequest]]
    """

    kwargs = _get_kwargs(
        vat_no=vat_no,
        country=country,
        offset=offset,
        request_type=request_type,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    vat_no: str,
    country: KnownCountry,
    offset: int | Unset = UNSET,
    request_type: KnownRequestType | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Error | list[AuditRequest] | None:
    """List audit requests for an audit client

     Returns a page of the audit company's audit requests for one audit client (`vatNo` + `country`),
    optionally filtered by request type. At most 50 audit requests per page; paginate with `offset`.

    Args:
        vat_no (str): VAT / organisation number of a company, validated by Brevio against the
            national registry of its `country`. The valid format depends on the country, which a
            single string schema cannot express, so the pattern accepts the union of the national
            formats - DK CVR 8 digits, NO organisasjonsnummer 9 digits, SE organisationsnummer 10
            digits (optionally NNNNNN-NNNN), FI Y-tunnus 7 digits, dash, check digit (or 8 digits
            without the dash: the 2023-02-14 changelog says DK and FI numbers have the same length).
            The per-country patterns are listed in `x-vat-number-patterns` for client-side checks. The
            docs' examples are bare digits (999999999, 925178845).
        country (KnownCountry): Country code (ISO 3166-1 alpha-2, lower case). `fi` was added in
            2023-02-14.
        offset (int | Unset):
        request_type (KnownRequestType | Unset): Audit request type (the third party a
            confirmation is requested from).
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
            vat_no=vat_no,
            country=country,
            offset=offset,
            request_type=request_type,
            brevio_version=brevio_version,
        )
    ).parsed
