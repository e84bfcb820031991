import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sign_request import SignRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_date: datetime.date,
    offset: int | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(brevio_version, Unset):
        headers["Brevio-Version"] = brevio_version

    params: dict[str, Any] = {}

    json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sign/sign-requests/updated",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[SignRequest] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SignRequest.from_dict(response_200_item_data)

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
) -> Response[Error | list[SignRequest]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_date: datetime.date,
    offset: int | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | list[SignRequest]]:
    """List sign requests updated since a date

     Returns a page (at most 50) of the audit company's sign requests updated on or after `fromDate`
    (inclusive: 2022-01-01 returns requests updated from 2022-01-01 00:00). Paginate with `offset`.

    Args:
        from_date (datetime.date):
        offset (int | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SignRequest]]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        offset=offset,
        brevio_version=brevio_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_date: datetime.date,
    offset: int | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Error | list[SignRequest] | None:
    """List sign requests updated since a date

     Returns a page (at most 50) of the audit company's sign requests updated on or after `fromDate`
    (inclusive: 2022-01-01 returns requests updated from 2022-01-01 00:00). Paginate with `offset`.

    Args:
        from_date (datetime.date):
        offset (int | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SignRequest]
    """

    return sync_detailed(
        client=client,
        from_date=from_date,
        offset=offset,
        brevio_version=brevio_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_date: datetime.date,
    offset: int | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Response[Error | list[SignRequest]]:
    """List sign requests updated since a date

     Returns a page (at most 50) of the audit company's sign requests updated on or after `fromDate`
    (inclusive: 2022-01-01 returns requests updated from 2022-01-01 00:00). Paginate with `offset`.

    Args:
        from_date (datetime.date):
        offset (int | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SignRequest]]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        offset=offset,
        brevio_version=brevio_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_date: datetime.date,
    offset: int | Unset = UNSET,
    brevio_version: str | Unset = UNSET,
) -> Error | list[SignRequest] | None:
    """List sign requests updated since a date

     Returns a page (at most 50) of the audit company's sign requests updated on or after `fromDate`
    (inclusive: 2022-01-01 returns requests updated from 2022-01-01 00:00). Paginate with `offset`.

    Args:
        from_date (datetime.date):
        offset (int | Unset):
        brevio_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SignRequest]
    """

    return (
        await asyncio_detailed(
            client=client,
            from_date=from_date,
            offset=offset,
            brevio_version=brevio_version,
        )
    ).parsed
