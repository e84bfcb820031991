"""Auto-pagination driven by each operation's `x-pagination` in the spec.

Items are the generated models: each page is fetched with the operation's generated
`sync_detailed`/`asyncio_detailed`, and the spec's `items` path is followed through
`response.parsed` with the generator's attribute names (`items` -> `.items`, "" -> the parsed
list itself). Counters (`total`, `next`) are scalars, so they are read from the raw JSON body with
the wire names, exactly as the spec spells them. This keeps the typed models the user would get
from calling the operation by hand, without a second parse.
"""

from __future__ import annotations

import asyncio
import functools
import json
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from ._exceptions import RESPONSE_PARSE_ERRORS, FinapiError, response_mismatch
from ._logging import logger
from ._operations import GeneratedOperation, OperationLike, resolve, snake_case

# Used when the spec gives no default_limit: the docs' own examples page by 100.
DEFAULT_PAGE_SIZE = 100
OFFSET_STYLES = frozenset({"limit-skip", "offset", "offset-page-size"})
STYLES = OFFSET_STYLES | {"cursor"}


@dataclass(frozen=True)
class Page:
    """One fetched page.

    Attributes:
        items: the page's items as generated models (cut at `max_items` on the last page).
        number: 1-based page number within this listing.
        offset: the offset/skip this page was requested with (offset styles).
        cursor: the cursor this page was requested with (cursor style; None for the first).
        total: the total the server reported on this page, when the style has one.
        response: the generated `Response` (status_code, headers, content, parsed).
        body: the decoded JSON body (decoded on first use; the items are parsed already).
    """

    items: list[Any]
    number: int
    offset: int | None
    cursor: str | None
    total: int | None
    response: Any = field(repr=False)

    @functools.cached_property
    def body(self) -> Any:
        content = self.response.content
        return json.loads(content) if content else None

    def value(self, path: str) -> Any:
        """A dotted wire path via the parsed model, else the JSON body; _MISSING if absent.

        Reading the parsed model first spares a second JSON decode of every page.
        """
        found = _model_value(self.response.parsed, path)
        return _json_path(self.body, path) if found is _MISSING else found


@dataclass(frozen=True)
class _Style:
    """The operation's `x-pagination`, mapped to generated keyword names."""

    style: str
    items_path: str
    total_path: str | None
    next_path: str | None
    position_kwarg: str  # skip / offset / cursor keyword of the generated function
    size_kwarg: str | None  # limit / page_size keyword, when the page size can be chosen
    page_size: int

    @property
    def has_total(self) -> bool:
        return self.total_path is not None


def _style_for(operation: GeneratedOperation, page_size: int | None) -> _Style:
    config = operation.operation.pagination
    if config is None:
        raise TypeError(
            f"{operation.name} is not paginated (its operation in {operation.spec.name}.yaml has "
            "no x-pagination); call it directly"
        )
    style = config.get("style")
    if style not in STYLES:
        raise TypeError(f"{operation.name}: unsupported x-pagination style {style!r}")
    max_size = config.get("max_page_size")
    if style == "cursor":
        position, size_param, default = config["cursor_param"], None, 0
    elif style == "offset":
        position, size_param, default = config["offset_param"], None, int(config["page_size"])
        if page_size is not None and page_size != default:
            raise TypeError(f"{operation.name} has a fixed page size of {default}")
    elif style == "limit-skip":
        position, size_param = config["skip_param"], config["limit_param"]
        default = int(config.get("default_limit", DEFAULT_PAGE_SIZE))
    else:  # offset-page-size
        position, size_param = config["offset_param"], config["page_size_param"]
        default = int(config.get("default_page_size", max_size or DEFAULT_PAGE_SIZE))
    size = page_size if page_size is not None else default
    if size_param is not None:
        if size < 1:
            raise ValueError("page_size must be at least 1")
        if max_size is not None and size > int(max_size):
            raise ValueError(f"{operation.name}: page_size is at most {max_size}")
    return _Style(
        style=style,
        items_path=config.get("items", ""),
        total_path=config.get("total"),
        next_path=config.get("next"),
        position_kwarg=operation.kwarg_for(position),
        size_kwarg=operation.kwarg_for(size_param) if size_param else None,
        page_size=size,
    )


_MISSING = object()


def _json_path(body: Any, path: str) -> Any:
    """Dotted path into the raw JSON body; "" is the body itself; _MISSING if absent."""
    node = body
    for part in path.split(".") if path else []:
        if not isinstance(node, Mapping) or part not in node:
            return _MISSING
        node = node[part]
    return node


def _model_value(parsed: Any, path: str) -> Any:
    """Dotted wire path through a generated model (snake_case attributes, then
    additional_properties); _MISSING if absent or UNSET."""
    node = parsed
    for part in path.split(".") if path else []:
        attribute = snake_case(part)
        extra = getattr(node, "additional_properties", None)
        if not isinstance(node, Mapping) and hasattr(node, attribute):
            node = getattr(node, attribute)
        elif isinstance(extra, Mapping) and part in extra:
            node = extra[part]
        elif isinstance(node, Mapping) and part in node:
            node = node[part]
        else:
            return _MISSING
        if type(node).__name__ == "Unset":  # the generated packages' own UNSET sentinel
            return _MISSING
    return node


def _model_path(parsed: Any, path: str, operation: str) -> list[Any]:
    """Follow the spec's items path through the generated model (wire -> attribute names)."""
    node = parsed
    for part in path.split(".") if path else []:
        attribute = snake_case(part)
        if not hasattr(node, attribute):
            raise TypeError(
                f"{operation}: generated {type(node).__name__} has no attribute {attribute!r} "
                f"for x-pagination items path {path!r}"
            )
        node = getattr(node, attribute)
    if node is None or not isinstance(node, list):
        return []  # absent/UNSET/null items: an empty page
    return node


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool) or value is _MISSING or value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class _Listing:
    """The decisions shared by the sync and async paginators (no I/O here)."""

    def __init__(
        self,
        operation: OperationLike,
        *,
        max_items: int | None,
        page_size: int | None,
        concurrency: int,
        params: dict[str, Any],
    ) -> None:
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be >= 0")
        if concurrency < 1:
            raise ValueError("concurrency must be >= 1")
        self.operation = resolve(operation)
        self.style = _style_for(self.operation, page_size)
        if self.style.size_kwarg and self.style.size_kwarg in params:
            raise TypeError(f"pass page_size= instead of {self.style.size_kwarg}=")
        self.start = params.pop(self.style.position_kwarg, None)
        self.params = params
        self.max_items = max_items
        self.concurrency = concurrency

    def kwargs(self, position: Any, size: int) -> dict[str, Any]:
        kwargs = dict(self.params)
        if position is not None:
            kwargs[self.style.position_kwarg] = position
        if self.style.size_kwarg is not None:
            kwargs[self.style.size_kwarg] = size
        return kwargs

    def request_size(self, yielded: int) -> int:
        """Page size to ask for: never more than the items still wanted (when the API allows)."""
        if self.style.size_kwarg is not None and self.max_items is not None:
            return max(1, min(self.style.page_size, self.max_items - yielded))
        return self.style.page_size

    def make_page(self, response: Any, number: int, offset: int | None, cursor: str | None) -> Page:
        parsed = response.parsed
        if parsed is None:
            raise FinapiError(
                f"{self.operation.name}: HTTP {int(response.status_code)} response could not be "
                "parsed into the generated model"
            )
        items = _model_path(parsed, self.style.items_path, self.operation.name)
        page = Page(items, number, offset, cursor, None, response)
        if self.style.total_path:
            page = replace(page, total=_as_int(page.value(self.style.total_path)))
        return page

    def trim(self, page: Page, yielded: int) -> Page:
        if self.max_items is None or yielded + len(page.items) <= self.max_items:
            return page
        return replace(page, items=page.items[: self.max_items - yielded])

    def next_offset(self, page: Page, requested: int, total: int | None) -> int | None:
        """Offset of the page after `page`, or None when the listing is complete."""
        count = len(page.items)
        assert page.offset is not None
        if 0 < count < requested and total is not None and page.offset + count < total:
            logger.warning(
                "%s: page %d has %d of the %d items asked for while the total says %d; stopping "
                "there (does the server cap the page size below %d?)",
                self.operation.name, page.number, count, requested, total, requested,
            )  # fmt: skip
        if count == 0 or count < requested:
            return None  # empty or short page: nothing more
        following = page.offset + count
        if self.style.next_path is not None:
            hint = page.value(self.style.next_path)
            if hint is None:
                return None  # the server says there is no next page
            hinted = _as_int(hint)
            if hinted is not None and hinted > page.offset:
                following = hinted
        if total is not None and following >= total:
            return None  # never request beyond the latest total
        return following

    def repeats(self, page: Page, previous: Page | None) -> bool:
        """True when `page` is byte for byte the page before.

        A server that ignores the offset parameter would otherwise be listed forever: offset-style
        pages carry no cursor that could be checked for repeats instead.
        """
        if previous is None or not page.items or page.response.content != previous.response.content:
            return False
        logger.warning(
            "%s: page %d is identical to page %d although it was asked for another offset; "
            "stopping to avoid a loop",
            self.operation.name, page.number, previous.number,
        )  # fmt: skip
        return True

    def next_cursor(self, page: Page, seen: set[str]) -> str | None:
        if not page.items:
            return None
        value = page.value(self.style.next_path or "next")
        if value is None or value is _MISSING:
            return None
        cursor = str(value)
        if cursor in seen:
            logger.warning(
                "%s: the server returned cursor %r twice; stopping to avoid a loop",
                self.operation.name,
                cursor,
            )
            return None
        seen.add(cursor)
        return cursor

    def plan(self, offset: int, total: int | None) -> _OffsetPlan:
        start = int(self.start or 0)
        end = None if self.max_items is None else start + self.max_items
        return _OffsetPlan(next=offset, size=self.style.page_size, total=total, end=end)

    def done(self, yielded: int) -> bool:
        return self.max_items is not None and yielded >= self.max_items


class Paginator:
    """Iterate items (`for item in paginator`) or whole pages (`paginator.pages()`)."""

    def __init__(self, listing: _Listing, client: Any) -> None:
        self._listing = listing
        self._client = client

    def __iter__(self) -> Iterator[Any]:
        for page in self.pages():
            yield from page.items

    def _fetch(self, kwargs: dict[str, Any]) -> Any:
        operation = self._listing.operation
        try:
            return operation.sync_detailed()(client=self._client, **kwargs)
        except RESPONSE_PARSE_ERRORS as error:
            raise response_mismatch(operation.name, error) from error

    def pages(self) -> Iterator[Page]:
        listing = self._listing
        if listing.done(0):
            return
        if listing.style.style == "cursor":
            yield from self._cursor_pages()
            return
        offset = int(listing.start or 0)
        yielded, number = 0, 1
        previous: Page | None = None
        while True:
            requested = listing.request_size(yielded)
            page = listing.make_page(
                self._fetch(listing.kwargs(offset, requested)), number, offset, None
            )
            if listing.repeats(page, previous):
                return
            previous = page
            trimmed = listing.trim(page, yielded)
            if page.items:
                yielded += len(trimmed.items)
                yield trimmed
            if listing.done(yielded):
                return
            following = listing.next_offset(page, requested, page.total)
            if following is None:
                return
            if listing.concurrency > 1 and listing.style.has_total:
                yield from self._concurrent_pages(following, page.total, yielded, number)
                return
            offset, number = following, number + 1

    def _cursor_pages(self) -> Iterator[Page]:
        listing = self._listing
        cursor = listing.start
        seen: set[str] = set()
        yielded, number = 0, 1
        while True:
            page = listing.make_page(self._fetch(listing.kwargs(cursor, 0)), number, None, cursor)
            trimmed = listing.trim(page, yielded)
            if page.items:
                yielded += len(trimmed.items)
                yield trimmed
            cursor = listing.next_cursor(page, seen)
            if cursor is None or listing.done(yielded):
                return
            number += 1

    def _concurrent_pages(
        self, offset: int, total: int | None, yielded: int, number: int
    ) -> Iterator[Page]:
        """Fetch up to `concurrency` pages at once, yield them in order, look ahead no further."""
        listing = self._listing
        size = listing.style.page_size
        plan = listing.plan(offset, total)
        in_flight: deque[tuple[int, Future[Any]]] = deque()
        executor = ThreadPoolExecutor(
            max_workers=listing.concurrency, thread_name_prefix="finapi-paginate"
        )
        try:
            while True:
                while len(in_flight) < listing.concurrency and (nxt := plan.take()) is not None:
                    in_flight.append((nxt, executor.submit(self._fetch, listing.kwargs(nxt, size))))
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
                if listing.done(yielded) or listing.next_offset(page, size, page.total) is None:
                    return
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


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


class AsyncPaginator:
    """`async for item in paginator`, or `async for page in paginator.pages()`."""

    def __init__(self, listing: _Listing, client: Any) -> None:
        self._listing = listing
        self._client = client

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._items()

    async def _items(self) -> AsyncIterator[Any]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def _fetch(self, kwargs: dict[str, Any]) -> Any:
        operation = self._listing.operation
        function: Callable[..., Awaitable[Any]] = operation.asyncio_detailed()
        try:
            return await function(client=self._client, **kwargs)
        except RESPONSE_PARSE_ERRORS as error:
            raise response_mismatch(operation.name, error) from error

    async def pages(self) -> AsyncIterator[Page]:
        listing = self._listing
        if listing.done(0):
            return
        if listing.style.style == "cursor":
            async for page in self._cursor_pages():
                yield page
            return
        offset = int(listing.start or 0)
        yielded, number = 0, 1
        previous: Page | None = None
        while True:
            requested = listing.request_size(yielded)
            response = await self._fetch(listing.kwargs(offset, requested))
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
            following = listing.next_offset(page, requested, page.total)
            if following is None:
                return
            if listing.concurrency > 1 and listing.style.has_total:
                async for later in self._concurrent_pages(following, page.total, yielded, number):
                    yield later
                return
            offset, number = following, number + 1

    async def _cursor_pages(self) -> AsyncIterator[Page]:
        listing = self._listing
        cursor = listing.start
        seen: set[str] = set()
        yielded, number = 0, 1
        while True:
            response = await self._fetch(listing.kwargs(cursor, 0))
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
        self, offset: int, total: int | None, yielded: int, number: int
    ) -> AsyncIterator[Page]:
        listing = self._listing
        size = listing.style.page_size
        plan = listing.plan(offset, total)
        in_flight: deque[tuple[int, asyncio.Task[Any]]] = deque()
        try:
            while True:
                while len(in_flight) < listing.concurrency and (nxt := plan.take()) is not None:
                    task = asyncio.ensure_future(self._fetch(listing.kwargs(nxt, size)))
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
                if listing.done(yielded) or listing.next_offset(page, size, page.total) is None:
                    return
        finally:
            for _, pending in in_flight:
                pending.cancel()
            if in_flight:
                await asyncio.gather(*(t for _, t in in_flight), return_exceptions=True)


def paginate(
    operation: OperationLike,
    *,
    client: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    concurrency: int = 1,
    **params: Any,
) -> Paginator:
    """Iterate all items of a paginated generated operation (sync).

        for relationship in finapi.paginate(list_relationships, client=client):
            ...

    `params` are the operation's other keyword arguments. `concurrency` > 1 fetches that many
    pages at once for styles that report a total (after the first page); items still come in
    order. The default is sequential, as the APIs ask clients not to add load needlessly.
    """
    listing = _Listing(
        operation,
        max_items=max_items,
        page_size=page_size,
        concurrency=concurrency,
        params=params,
    )
    return Paginator(listing, client)


def apaginate(
    operation: OperationLike,
    *,
    client: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    concurrency: int = 1,
    **params: Any,
) -> AsyncPaginator:
    """Async twin of `paginate`: `async for item in finapi.apaginate(...)`."""
    listing = _Listing(
        operation,
        max_items=max_items,
        page_size=page_size,
        concurrency=concurrency,
        params=params,
    )
    return AsyncPaginator(listing, client)
