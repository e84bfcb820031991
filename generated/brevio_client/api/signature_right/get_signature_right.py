from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.known_country import KnownCountry
from ...models.signature_right import SignatureRight
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pid: str,
    vat_no: str,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    params: dict[str, Any] = {}

    params["pid"] = pid

    params["vatNo"] = vat_no

    json_country = country.value
    params["country"] = json_country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/signature-right/signature-rights",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SignatureRight | None:
    if response.status_code == 200:
        response_200 = SignatureRight.from_dict(response.json())

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
) -> Response[Error | SignatureRight]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pid: str,
    vat_no: str,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | SignatureRight]:
    """Get a person's signature right for a company

     Returns whether the person with the given national ID (`pid`) may sign for the company (`vatNo` +
    `country`), individually or jointly with others. Only the service introduction survives in the docs;
    everything else here is a guess. A real API might take the national ID in a POST body rather than
    the query string.

    Args:
        pid (str):
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
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SignatureRight]
    """

    kwargs = _get_kwargs(
        pid=pid,
        vat_no=vat_no,
        country=country,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pid: str,
    vat_no: str,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> Error | SignatureRight | None:
    """Get a person's signature right for a company

     Returns whether the person with the given national ID (`pid`) may sign for the company (`vatNo` +
    `country`), individually or jointly with others. Only the service introduction survives in the docs;
    everything else here is a guess. A real API might take the national ID in a POST body rather than
    the query string.

    Args:
        pid (str):
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
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SignatureRight
    """

    return sync_detailed(
        client=client,
        pid=pid,
        vat_no=vat_no,
        country=country,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pid: str,
    vat_no: str,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | SignatureRight]:
    """Get a person's signature right for a company

     Returns whether the person with the given national ID (`pid`) may sign for the company (`vatNo` +
    `country`), individually or jointly with others. Only the service introduction survives in the docs;
    everything else here is a guess. A real API might take the national ID in a POST body rather than
    the query string.

    Args:
        pid (str):
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
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SignatureRight]
    """

    kwargs = _get_kwargs(
        pid=pid,
        vat_no=vat_no,
        country=country,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pid: str,
    vat_no: str,
    country: KnownCountry,
    brevio_version: str | Unset = UNSET,
) -> Error | SignatureRight | None:
    """Get a person's signature right for a company

     Returns whether the person with the given national ID (`pid`) may sign for the company (`vatNo` +
    `country`), individually or jointly with others. Only the service introduction survives in the docs;
    everything else here is a guess. A real API might take the national ID in a POST body rather than
    the query string.

    Args:
        pid (str):
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
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SignatureRight
    """

    return (
        await asyncio_detailed(
            client=client,
            pid=pid,
            vat_no=vat_no,
            country=country,
            brevio_version=brevio_version,
        )
    ).parsed
