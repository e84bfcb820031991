"""Base classes of the generated resources (one per spec tag) and their raw-response twins.

A generated method only gathers its arguments and names its operation:

    def get_borrower(self, organization_number: str, *, extra_headers=None, ...) -> Borrower:
        return self._call(_GET_BORROWER, {"organization_number": organization_number},
                          RequestOptions(...), _parse_get_borrower)

Everything else happens in the client's one call path (`_base_client.py`).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar, cast

from ._contract import Operation
from ._pagination import AsyncPaginator, Paginator
from ._response import APIResponse
from ._types import RequestOptions

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 - an item type
PageT = TypeVar("PageT")


class SyncResource:
    """The operations of one tag, bound to a sync client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
        self._raw = False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _raw_twin(self) -> Self:
        """A copy whose methods return the `APIResponse` instead of the parsed model."""
        twin = copy.copy(self)
        twin._raw = True
        return twin

    def _call(
        self,
        operation: Operation,
        arguments: Mapping[str, object],
        options: RequestOptions,
        from_json: Callable[[Any], T],
    ) -> T:
        response = self._client._send(operation, arguments, options, from_json)
        if self._raw:
            # The raw twin's methods are retyped by `to_raw_response_wrapper` to what this is.
            return cast(T, response)
        return response.parse()

    def _list(
        self,
        operation: Operation,
        arguments: Mapping[str, object],
        options: RequestOptions,
        from_json: Callable[[Any], PageT],
        items: Callable[[PageT], list[I]],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> Paginator[I]:
        def fetch(page_arguments: Mapping[str, object]) -> APIResponse[PageT]:
            return self._client._send(
                operation, {**arguments, **page_arguments}, options, from_json
            )

        return Paginator(
            operation,
            fetch,
            items,
            start=arguments,
            page_size=page_size,
            max_items=max_items,
            concurrency=concurrency,
        )


class AsyncResource:
    """The operations of one tag, bound to an async client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._raw = False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _raw_twin(self) -> Self:
        twin = copy.copy(self)
        twin._raw = True
        return twin

    async def _call(
        self,
        operation: Operation,
        arguments: Mapping[str, object],
        options: RequestOptions,
        from_json: Callable[[Any], T],
    ) -> T:
        response = await self._client._send(operation, arguments, options, from_json)
        if self._raw:
            return cast(T, response)
        return response.parse()

    def _list(
        self,
        operation: Operation,
        arguments: Mapping[str, object],
        options: RequestOptions,
        from_json: Callable[[Any], PageT],
        items: Callable[[PageT], list[I]],
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> AsyncPaginator[I]:
        async def fetch(page_arguments: Mapping[str, object]) -> APIResponse[PageT]:
            return await self._client._send(
                operation, {**arguments, **page_arguments}, options, from_json
            )

        return AsyncPaginator(
            operation,
            fetch,
            items,
            start=arguments,
            page_size=page_size,
            max_items=max_items,
            concurrency=concurrency,
        )


# -- raw-response wrappers (used by the generated `...WithRawResponse` classes) -------------------


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Retype a method of a resource's raw twin: it returns the `APIResponse` of its call."""
    return cast("Callable[P, APIResponse[R]]", method)


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Async twin of `to_raw_response_wrapper`."""
    return cast("Callable[P, Awaitable[APIResponse[R]]]", method)


def paginated_raw_response_wrapper(
    method: Callable[P, Paginator[I]],
) -> Callable[P, APIResponse[Paginator[I]]]:
    """A listing's raw call: the first page's response; `parse()` gives the paginator, which
    starts with that page (it is not fetched again)."""

    @functools.wraps(method)
    def first_page(*args: P.args, **kwargs: P.kwargs) -> APIResponse[Paginator[I]]:
        return method(*args, **kwargs).first_response()

    return first_page


def async_paginated_raw_response_wrapper(
    method: Callable[P, AsyncPaginator[I]],
) -> Callable[P, Awaitable[APIResponse[AsyncPaginator[I]]]]:
    """Async twin of `paginated_raw_response_wrapper`."""

    @functools.wraps(method)
    async def first_page(*args: P.args, **kwargs: P.kwargs) -> APIResponse[AsyncPaginator[I]]:
        return await method(*args, **kwargs).first_response()

    return first_page
