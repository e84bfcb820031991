import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.transaction_page import TransactionPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    connection_token: str,
    account_token: str,
    *,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    page_size: int | Unset = 250,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    params: dict[str, Any] = {}

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    params["offset"] = offset

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connect/connections/{connection_token}/accounts/{account_token}/transactions".format(
            connection_token=quote(str(connection_token), safe=""),
            account_token=quote(str(account_token), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TransactionPage | None:
    if response.status_code == 200:
        response_200 = TransactionPage.from_dict(response.json())

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
) -> Response[Error | TransactionPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_token: str,
    account_token: str,
    *,
    client: AuthenticatedClient,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    page_size: int | Unset = 250,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | TransactionPage]:
    """List transactions for an account

     Returns a page of the account's transactions (at most 250, set with `pageSize`), optionally limited
    to a `bookedDate` range with `fromDate` and/or `toDate`. Paginate with `offset`; the response gives
    `total`, `count`, `offset` and `next` (the next offset).

    Args:
        connection_token (str):
        account_token (str):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        offset (int | Unset):
        page_size (int | Unset):  Default: 250.
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionPage]
    """

    kwargs = _get_kwargs(
        connection_token=connection_token,
        account_token=account_token,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        page_size=page_size,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_token: str,
    account_token: str,
    *,
    client: AuthenticatedClient,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    page_size: int | Unset = 250,
    brevio_version: str | Unset = UNSET,
) -> Error | TransactionPage | None:
    """List transactions for an account

     Returns a page of the account's transactions (at most 250, set with `pageSize`), optionally limited
    to a `bookedDate` range with `fromDate` and/or `toDate`. Paginate with `offset`; the response gives
    `total`, `count`, `offset` and `next` (the next offset).

    Args:
        connection_token (str):
        account_token (str):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        offset (int | Unset):
        page_size (int | Unset):  Default: 250.
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionPage
    """

    return sync_detailed(
        connection_token=connection_token,
        account_token=account_token,
        client=client,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        page_size=page_size,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    connection_token: str,
    account_token: str,
    *,
    client: AuthenticatedClient,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    page_size: int | Unset = 250,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | TransactionPage]:
    """List transactions for an account

     Returns a page of the account's transactions (at most 250, set with `pageSize`), optionally limited
    to a `bookedDate` range with `fromDate` and/or `toDate`. Paginate with `offset`; the response gives
    `total`, `count`, `offset` and `next` (the next offset).

    Args:
        connection_token (str):
        account_token (str):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        offset (int | Unset):
        page_size (int | Unset):  Default: 250.
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TransactionPage]
    """

    kwargs = _get_kwargs(
        connection_token=connection_token,
        account_token=account_token,
        from_date=from_date,
        to_date=to_date,
        offset=offset,
        page_size=page_size,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_token: str,
    account_token: str,
    *,
    client: AuthenticatedClient,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    offset: int | Unset = UNSET,
    page_size: int | Unset = 250,
    brevio_version: str | Unset = UNSET,
) -> Error | TransactionPage | None:
    """List transactions for an account

     Returns a page of the account's transactions (at most 250, set with `pageSize`), optionally limited
    to a `bookedDate` range with `fromDate` and/or `toDate`. Paginate with `offset`; the response gives
    `total`, `count`, `offset` and `next` (the next offset).

    Args:
        connection_token (str):
        account_token (str):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        offset (int | Unset):
        page_size (int | Unset):  Default: 250.
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TransactionPage
    """

    return (
        await asyncio_detailed(
            connection_token=connection_token,
            account_token=account_token,
            client=client,
            from_date=from_date,
            to_date=to_date,
            offset=offset,
            page_size=page_size,
            brevio_version=brevio_version,
        )
    ).parsed
