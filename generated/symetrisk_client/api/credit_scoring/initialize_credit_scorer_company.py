from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_summary import CompanySummary
from ...models.error import Error
from ...models.initialize_company_request import InitializeCompanyRequest
from ...types import Response


def _get_kwargs(
    *,
    body: InitializeCompanyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/initialize-company",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CompanySummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CompanySummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | list[CompanySummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InitializeCompanyRequest,
) -> Response[Error | list[CompanySummary]]:
    """Initialize a credit-scorer company

     Initializes and creates a new credit-scorer company. Debtors can then select this company
    during onboarding, and it can see the credit score of debtors that consent to share data.
    The request body lists the companies under the key `borrowers`, as documented.

    Args:
        body (InitializeCompanyRequest): Companies to initialize as credit-scorer companies. The
            docs use the key `borrowers` here
            (not `companies` or `debtors`) without explanation; it is kept as documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CompanySummary]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: InitializeCompanyRequest,
) -> Error | list[CompanySummary] | None:
    """Initialize a credit-scorer company

     Initializes and creates a new credit-scorer company. Debtors can then select this company
    during onboarding, and it can see the credit score of debtors that consent to share data.
    The request body lists the companies under the key `borrowers`, as documented.

    Args:
        body (InitializeCompanyRequest): Companies to initialize as credit-scorer companies. The
            docs use the key `borrowers` here
            (not `companies` or `debtors`) without explanation; it is kept as documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CompanySummary]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InitializeCompanyRequest,
) -> Response[Error | list[CompanySummary]]:
    """Initialize a credit-scorer company

     Initializes and creates a new credit-scorer company. Debtors can then select this company
    during onboarding, and it can see the credit score of debtors that consent to share data.
    The request body lists the companies under the key `borrowers`, as documented.

    Args:
        body (InitializeCompanyRequest): Companies to initialize as credit-scorer companies. The
            docs use the key `borrowers` here
            (not `companies` or `debtors`) without explanation; it is kept as documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CompanySummary]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InitializeCompanyRequest,
) -> Error | list[CompanySummary] | None:
    """Initialize a credit-scorer company

     Initializes and creates a new credit-scorer company. Debtors can then select this company
    during onboarding, and it can see the credit score of debtors that consent to share data.
    The request body lists the companies under the key `borrowers`, as documented.

    Args:
        body (InitializeCompanyRequest): Companies to initialize as credit-scorer companies. The
            docs use the key `borrowers` here
            (not `companies` or `debtors`) without explanation; it is kept as documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CompanySummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
