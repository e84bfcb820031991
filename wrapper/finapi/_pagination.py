"""Auto-pagination driven by each operation's compiled `x-pagination` facts.

A generated listing method returns a `Paginator[Item]` (or `AsyncPaginator[Item]`) without
sending anything; iterating it fetches page after page through the client's one call path. Items
are the generated models (the generated `items` accessor picks them from the parsed page);
counters (`total`, `next`) are read from the page's JSON body by their wire paths, decoded once.

The decisions (what to ask for next, when the listing is complete, when a server misbehaves) are
made by `_Listing`, which does no I/O; the sync and async paginators only fetch.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

import httpx

from ._contract import Operation, Pagination
from ._exceptions import APIResponseValidationError, RequestValidationError
from ._logging import logger
from ._response import APIResponse
from ._types import NOT_GIVEN

I = TypeVar("I")  # noqa: E741 - the item type
PageT = TypeVar("PageT")

_MISSING: Any = object()


@dataclass(frozen=True)
class Page(Generic[I]):
    """One fetched page.

    Attributes:
        items: the page's items as generated models (cut at `max_items` on the last page).
        number: 1-based page number within this listing.
        offset: the offset/skip this page was requested with (offset styles).
        cursor: the cursor this page was requested with (cursor style; None for the first).
        total: the total the server reported on this page, when the style has one.
        next: the page's `next` value (cursor or offset) as sent, when the style has one
            (None: absent, or the server's null for "no next page").
        response: the page's `APIResponse` (status, headers, request id, body).
    """

    items: list[I]
    number: int
    offset: int | None
    cursor: str | None
    total: int | None
    response: APIResponse[Any] = field(repr=False)
    next: Any = field(default=None, repr=False)
    next_given: bool = field(default=False, repr=False)  # whether the body has the next field

    @property
    def request_id(self) -> str | None:
        return self.response.request_id

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def parsed(self) -> Any:
        """The whole page as its generated model (e.g. `RelationshipPage`)."""
        return self.response.parse()

    def value(self, path: str) -> Any:
        """A dotted wire path into the page's JSON body (decoded again); None if absent."""
        found = _json_path(self.response.json(), path)
        return None if found is _MISSING else found


def _json_path(body: Any, path: str) -> Any:
    node = body
    for part in path.split(".") if path else []:
        if not isinstance(node, Mapping) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool) or value is _MISSING or value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@dataclass
class _OffsetPlan:
    """Which offsets may still be requested: below the latest total and within max_items."""

    next: int
    size: int
    total: int | None
    end: int | None  # first offset not needed for max_items (listing start + max_items)

    def take(self) -> int | None:
        if self.total is not None and self.next >= self.total:
            return None
        if self.end is not None and self.next >= self.end:
            return None
        offset = self.next
        self.next += self.size
        return offset

    def saw_total(self, total: int | None) -> None:
        # Re-read on every page: a shrinking total stops scheduling, a growing one extends it.
        if total is not None:
            self.total = total


class _Listing(Generic[I]):
    """The decisions shared by the sync and async paginators (no I/O here)."""

    def __init__(
        self,
        operation: Operation,
        items: Callable[[Any], list[I]],
        *,
        start: Mapping[str, object],
        page_size: int | None,
        max_items: int | None,
        concurrency: int,
    ) -> None:
        config = operation.pagination
        if config is None:
            raise TypeError(f"{operation.operation_id} is not paginated")
        self.operation = operation
        self.config: Pagination = config
        self.items = items
        problems: list[tuple[str, str]] = []
        if max_items is not None and max_items < 0:
            problems.append(("max_items", f"max_items must be >= 0 (got {max_items})"))
        if concurrency < 1:
            problems.append(("concurrency", f"concurrency must be >= 1 (got {concurrency})"))
        size = config.page_size if page_size is None else page_size
        if page_size is not None:
            if config.size is None:
                problems.append(
                    ("page_size", f"the page size is fixed at {config.page_size} by the API")
                )
            elif page_size < 1:
                problems.append(("page_size", f"page_size must be >= 1 (got {page_size})"))
            elif config.max_page_size is not None and page_size > config.max_page_size:
                problems.append(
                    (
                        "page_size",
                        f"page_size must be <= {config.max_page_size} (got {page_size})",
                    )
                )
        if problems:
            raise RequestValidationError(operation.operation_id, problems)
        given = start.get(config.position.python_name, NOT_GIVEN)
        self.start: Any = None if given is NOT_GIVEN else given
        self.page_size = size
        self.max_items = max_items
        self.concurrency = concurrency

    @property
    def name(self) -> str:
        return self.operation.operation_id

    @property
    def has_total(self) -> bool:
        return self.config.total is not None

    def arguments(self, position: Any, size: int) -> dict[str, object]:
        arguments: dict[str, object] = {}
        if position is not None:
            arguments[self.config.position.python_name] = position
        if self.config.size is not None:
            arguments[self.config.size.python_name] = size
        return arguments

    def request_size(self, yielded: int) -> int:
        """Page size to ask for: never more than the items still wanted (when the API allows)."""
        if self.config.size is not None and self.max_items is not None:
            return max(1, min(self.page_size, self.max_items - yielded))
        return self.page_size

    def make_page(
        self, response: APIResponse[Any], number: int, offset: int | None, cursor: str | None
    ) -> Page[I]:
        found = self.items(response.parse())  # raises APIResponseValidationError on a bad body
        total = None if self.config.total is None else self._counter(response, self.config.total)
        following = (
            _MISSING if self.config.next is None else _json_path(response.json(), self.config.next)
        )
        response._forget_json()  # the counters are read; the models hold the rest
        return Page(
            list(found), number, offset, cursor, total, response,
            next=None if following is _MISSING else following,
            next_given=following is not _MISSING,
        )  # fmt: skip

    def _counter(self, response: APIResponse[Any], path: str) -> int | None:
        value = _json_path(response.json(), path)
        if value is _MISSING or value is None:
            return None
        number = _as_int(value)
        if number is None:
            raise APIResponseValidationError(
                operation_id=self.name,
                response=response.http_response,
                body=response.json(),
                pointer="/" + path.replace(".", "/"),
                problem=f"the pagination counter {path!r} is {value!r}, not a number",
            )
        return number

    def trim(self, page: Page[I], yielded: int) -> Page[I]:
        if self.max_items is None or yielded + len(page.items) <= self.max_items:
            return page
        return replace(page, items=page.items[: self.max_items - yielded])

    def next_offset(self, page: Page[I], requested: int) -> int | None:
        """Offset of the page after `page`, or None when the listing is complete.

        A page shorter than asked ends the listing only when nothing says more remain: servers
        cap page sizes (Symetrisk's accounting data "returns up to 100"), so with a total (or a
        next link) beyond this page, the listing goes on from where the page ended.
        """
        count = len(page.items)
        assert page.offset is not None
        if count == 0:
            return None
        following = page.offset + count
        hinted = self._next_hint(page)
        if hinted is False:
            return None  # the server says there is no next page
        if isinstance(hinted, int) and hinted > page.offset:
            following = hinted
        total = page.total
        if total is not None:
            return following if following < total else None
        if count < requested and hinted is None:
            return None  # a short page and nothing says more remain
        return following

    def _next_hint(self, page: Page[I]) -> int | bool | None:
        """The `next` field of offset styles: an offset, False for "no next page", None if
        the style has none (or the server left it out)."""
        if self.config.next is None or not page.next_given:
            return None
        if page.next is None:
            return False
        return _as_int(page.next)

    def repeats(self, page: Page[I], previous: Page[I] | None) -> bool:
        """True when `page` is byte for byte the page before.

        A server that ignores the offset parameter would otherwise be listed forever: offset-style
        pages carry no cursor that could be checked for repeats instead.
        """
        if previous is None or not page.items or page.response.content != previous.response.content:
            return False
        logger.warning(
            "%s: page %d is identical to page %d although it was asked for another offset; "
            "stopping to avoid a loop",
            self.name, page.number, previous.number,
        )  # fmt: skip
        return True

    def next_cursor(self, page: Page[I], seen: set[str]) -> str | None:
        if not page.items or page.next is None:
            return None
        cursor = str(page.next)
        if cursor in seen:
            logger.warning(
                "%s: the server returned cursor %r twice; stopping to avoid a loop",
                self.name,
                cursor,
            )
            return None
        seen.add(cursor)
        return cursor

    def plan(self, offset: int, total: int | None, size: int) -> _OffsetPlan:
        start = int(self.start or 0)
        end = None if self.max_items is None else start + self.max_items
        return _OffsetPlan(next=offset, size=size, total=total, end=end)

    def done(self, yielded: int) -> bool:
        return self.max_items is not None and yielded >= self.max_items


class Paginator(Generic[I]):
    """All items of a listing: `for item in paginator`, or page by page with `.pages()`.

    Nothing is sent until it is iterated; each iteration lists again from the start.
    """

    def __init__(
        self,
        operation: Operation,
        fetch: Callable[[Mapping[str, object]], APIResponse[Any]],
        items: Callable[[Any], list[I]],
        *,
        start: Mapping[str, object],
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> None:
        self._listing = _Listing(
            operation,
            items,
            start=start,
            page_size=page_size,
            max_items=max_items,
            concurrency=concurrency,
        )
        self._fetch_page = fetch
        self._first: APIResponse[Any] | None = None

    def __repr__(self) -> str:
        return f"<Paginator of {self._listing.name}>"

    def __iter__(self) -> Iterator[I]:
        for page in self.pages():
            yield from page.items

    def to_list(self) -> list[I]:
        return list(self)

    def first_response(self) -> APIResponse[Paginator[I]]:
        """Fetch the first page: its response, whose `parse()` is this listing (starting with
        that page, which is not fetched again)."""
        listing = self._listing
        response = self._fetch_page(listing.arguments(listing.start, listing.request_size(0)))
        seeded = Paginator.__new__(Paginator)
        seeded.__dict__.update(self.__dict__)
        seeded._first = response
        return APIResponse(response.http_response, lambda _: seeded)

    def _fetch(self, arguments: Mapping[str, object]) -> APIResponse[Any]:
        first, self._first = self._first, None
        return first if first is not None else self._fetch_page(arguments)

    def pages(self) -> Iterator[Page[I]]:
        listing = self._listing
        if listing.done(0):
            return
        if listing.config.style == "cursor":
            yield from self._cursor_pages()
            return
        offset = int(listing.start or 0)
        yielded, number = 0, 1
        previous: Page[I] | None = None
        while True:
            requested = listing.request_size(yielded)
            response = self._fetch(listing.arguments(offset, requested))
            page = listing.make_page(response, number, offset, None)
            if listing.repeats(page, previous):
                return
            previous = page
            trimmed = listing.trim(page, yielded)
            if page.items:
                yielded += len(trimmed.items)
                yield trimmed
            if listing.done(yielded):
                return
            following = listing.next_offset(page, requested)
            if following is None:
                return
            if listing.concurrency > 1 and listing.has_total:
                size = min(requested, len(page.items))  # what the server actually serves
                yield from self._concurrent_pages(following, page.total, yielded, number, size)
                return
            offset, number = following, number + 1

    def _cursor_pages(self) -> Iterator[Page[I]]:
        listing = self._listing
        cursor = listing.start
        seen: set[str] = set()
        yielded, number = 0, 1
        while True:
            response = self._fetch(listing.arguments(cursor, 0))
            page = listing.make_page(response, number, None, cursor)
            trimmed = listing.trim(page, yielded)
            if page.items:
                yielded += len(trimmed.items)
                yield trimmed
            cursor = listing.next_cursor(page, seen)
            if cursor is None or listing.done(yielded):
                return
            number += 1

    def _concurrent_pages(
        self, offset: int, total: int | None, yielded: int, number: int, size: int
    ) -> Iterator[Page[I]]:
        """Fetch up to `concurrency` pages at once, yield them in order, look ahead no further."""
        listing = self._listing
        plan = listing.plan(offset, total, size)
        in_flight: deque[tuple[int, Future[APIResponse[Any]]]] = deque()
        executor = ThreadPoolExecutor(
            max_workers=listing.concurrency, thread_name_prefix="finapi-paginate"
        )
        try:
            while True:
                while len(in_flight) < listing.concurrency and (nxt := plan.take()) is not None:
                    future = executor.submit(self._fetch_page, listing.arguments(nxt, plan.size))
                    in_flight.append((nxt, future))
                if not in_flight:
                    return
                page_offset, future = in_flight.popleft()
                number += 1
                page = listing.make_page(future.result(), number, page_offset, None)
                plan.saw_total(page.total)
                trimmed = listing.trim(page, yielded)
                if page.items:
                    yielded += len(trimmed.items)
                    yield trimmed
                if listing.done(yielded):
                    return
                following = listing.next_offset(page, plan.size)
                if following is None:
                    return
                if following != page_offset + plan.size:
                    # The server served fewer items than asked (a smaller cap): the pages in
                    # flight start at the wrong offsets. Drop them and go on from here.
                    for _, pending in in_flight:
                        pending.cancel()
                    in_flight.clear()
                    plan = listing.plan(following, page.total, max(1, len(page.items)))
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


class AsyncPaginator(Generic[I]):
    """`async for item in paginator`, or `async for page in paginator.pages()`."""

    def __init__(
        self,
        operation: Operation,
        fetch: Callable[[Mapping[str, object]], Awaitable[APIResponse[Any]]],
        items: Callable[[Any], list[I]],
        *,
        start: Mapping[str, object],
        page_size: int | None = None,
        max_items: int | None = None,
        concurrency: int = 1,
    ) -> None:
        self._listing = _Listing(
            operation,
            items,
            start=start,
            page_size=page_size,
            max_items=max_items,
            concurrency=concurrency,
        )
        self._fetch_page = fetch
        self._first: APIResponse[Any] | None = None

    def __repr__(self) -> str:
        return f"<AsyncPaginator of {self._listing.name}>"

    def __aiter__(self) -> AsyncIterator[I]:
        return self._items()

    async def _items(self) -> AsyncIterator[I]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def to_list(self) -> list[I]:
        return [item async for item in self]

    async def first_response(self) -> APIResponse[AsyncPaginator[I]]:
        """Async twin of `Paginator.first_response`."""
        listing = self._listing
        response = await self._fetch_page(listing.arguments(listing.start, listing.request_size(0)))
        seeded = AsyncPaginator.__new__(AsyncPaginator)
        seeded.__dict__.update(self.__dict__)
        seeded._first = response
        return APIResponse(response.http_response, lambda _: seeded)

    async def _fetch(self, arguments: Mapping[str, object]) -> APIResponse[Any]:
        first, self._first = self._first, None
        return first if first is not None else await self._fetch_page(arguments)

    async def pages(self) -> AsyncIterator[Page[I]]:
        listing = self._listing
        if listing.done(0):
            return
        if listing.config.style == "cursor":
            async for page in self._cursor_pages():
                yield page
            return
        offset = int(listing.start or 0)
        yielded, number = 0, 1
        previous: Page[I] | None = None
        while True:
            requested = listing.request_size(yielded)
            response = await self._fetch(listing.arguments(offset, requested))
            page = listing.make_page(response, number, offset, None)
            if listing.repeats(page, previous):
                return
            previous = page
            trimmed = listing.trim(page, yielded)
            if page.items:
                yielded += len(trimmed.items)
                yield trimmed
            if listing.done(yielded):
                return
            following = listing.next_offset(page, requested)
            if following is None:
                return
            if listing.concurrency > 1 and listing.has_total:
                size = min(requested, len(page.items))
                async for later in self._concurrent_pages(
                    following, page.total, yielded, number, size
                ):
                    yield later
                return
            offset, number = following, number + 1

    async def _cursor_pages(self) -> AsyncIterator[Page[I]]:
        listing = self._listing
        cursor = listing.start
        seen: set[str] = set()
        yielded, number = 0, 1
        while True:
            response = await self._fetch(listing.arguments(cursor, 0))
            page = listing.make_page(response, number, None, cursor)
            trimmed = listing.trim(page, yielded)
            if page.items:
                yielded += len(trimmed.items)
                yield trimmed
            cursor = listing.next_cursor(page, seen)
            if cursor is None or listing.done(yielded):
                return
            number += 1

    async def _concurrent_pages(
        self, offset: int, total: int | None, yielded: int, number: int, size: int
    ) -> AsyncIterator[Page[I]]:
        listing = self._listing
        plan = listing.plan(offset, total, size)
        in_flight: deque[tuple[int, asyncio.Task[APIResponse[Any]]]] = deque()

        async def fetch(arguments: Mapping[str, object]) -> APIResponse[Any]:
            return await self._fetch_page(arguments)

        try:
            while True:
                while len(in_flight) < listing.concurrency and (nxt := plan.take()) is not None:
                    task = asyncio.ensure_future(fetch(listing.arguments(nxt, plan.size)))
                    in_flight.append((nxt, task))
                if not in_flight:
                    return
                page_offset, task = in_flight.popleft()
                number += 1
                page = listing.make_page(await task, number, page_offset, None)
                plan.saw_total(page.total)
                trimmed = listing.trim(page, yielded)
                if page.items:
                    yielded += len(trimmed.items)
                    yield trimmed
                if listing.done(yielded):
                    return
                following = listing.next_offset(page, plan.size)
                if following is None:
                    return
                if following != page_offset + plan.size:
                    await _cancel(in_flight)
                    plan = listing.plan(following, page.total, max(1, len(page.items)))
        finally:
            await _cancel(in_flight)


async def _cancel(in_flight: deque[tuple[int, asyncio.Task[APIResponse[Any]]]]) -> None:
    tasks = [task for _, task in in_flight]
    in_flight.clear()
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)
