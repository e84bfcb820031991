"""Listings end to end (`client.<tag>.<listing>()` -> Paginator), for every paginated operation.

In static mode the mock answers every page with the same documented example, so what can be
checked is that the paginator asks for the right pages and then stops by itself, by the rule of
the operation's pagination style (compiled into the contract from `x-pagination`):

- offset styles (limit-skip, offset, offset-page-size): a page shorter than asked is the last
  one unless the total the server reports (or its `next` offset) says more remain; then the
  listing goes on from where the page ended (or from `next`). The mock then serves the same page
  again, which the paginator must notice (and say so) instead of looping forever;
- cursor: the `next` cursor is followed; the mock repeats the same cursor, which the paginator
  must notice instead of looping forever.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import finapi
import pytest

from tests.integration.checks import token_path
from tests.integration.mock_session import Mocks
from tests.integration.spec_calls import (
    SpecOperation,
    all_operations,
    call_for,
    json_path,
    to_json,
)
from tests.integration.wire import Recorder, Sent, async_client, sync_client

pytestmark = pytest.mark.integration

PAGINATED = [op for op in all_operations() if op.facts.pagination is not None]


def _pagination(op: SpecOperation) -> finapi._contract.Pagination:
    assert op.facts.pagination is not None
    return op.facts.pagination


def _page_items(op: SpecOperation) -> list[Any]:
    items = json_path(op.response().example, _pagination(op).items)
    assert isinstance(items, list)
    assert items, f"{op}: the example page has no items"
    return items


@dataclass(frozen=True)
class Expected:
    """What a walk over the static mock must look like."""

    page_size: int | None  # to pass to the listing (None: the API fixes the page size)
    queries: list[dict[str, str | None]]  # pagination parameters of each request (None: absent)
    items: list[Any]  # the items yielded, as JSON
    warning: str | None  # what the paginator says when it stops on a repeat


def expected_walk(op: SpecOperation) -> Expected:
    pagination = _pagination(op)
    example = op.response().example
    items = _page_items(op)
    position = pagination.position.name
    if pagination.style == "cursor":
        following = json_path(example, pagination.next or "next")
        if following is None:
            return Expected(None, [{position: None}], items, None)
        # Page 2 carries the example's cursor and returns it again: the walk must stop there.
        return Expected(None, [{position: None}, {position: str(following)}], items * 2, "twice")
    first: dict[str, str | None] = {position: "0"}
    page_size = None
    if pagination.size is not None:
        page_size = len(items) + 1  # one more than the mock returns: a short page
        first[pagination.size.name] = str(page_size)
    else:
        assert len(items) < pagination.page_size, f"{op}: the example page is not short"
    total = json_path(example, pagination.total) if pagination.total else None
    hint = json_path(example, pagination.next) if pagination.next else None
    if (total is None or total <= len(items)) and not isinstance(hint, int):
        return Expected(page_size, [first], items, None)
    # More remain: the next page starts at the server's `next`, else where this page ended.
    following = hint if isinstance(hint, int) and hint > 0 else len(items)
    second = {**first, position: str(following)}
    return Expected(page_size, [first, second], items, "identical")


def check_requests(
    op: SpecOperation, base_url: str, recorder: Recorder, queries: list[dict[str, str | None]]
) -> None:
    calls: list[Sent] = recorder.not_to(token_path(op, base_url))
    assert len(calls) == len(queries), [str(call.url) for call in calls]
    path = call_for(op, typed=False).path
    for call, expected in zip(calls, queries, strict=True):
        assert call.path.endswith(path)
        query = call.query()
        for name, value in expected.items():
            assert query.get(name) == (None if value is None else [value]), (name, call.url)
    assert len(recorder.to(token_path(op, base_url))) == 1


def _listing_arguments(expected: Expected) -> dict[str, Any]:
    return {} if expected.page_size is None else {"page_size": expected.page_size}


@pytest.mark.parametrize("op", PAGINATED, ids=str)
def test_listing_walks_the_mock_and_stops(
    op: SpecOperation, mocks: Mocks, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    expected = expected_walk(op)
    call = call_for(op, typed=True)
    base_url = mocks.url(op.api.name)
    caplog.set_level(logging.WARNING, logger="finapi")
    with sync_client(op.api, base_url, recorder) as client:
        paginator = call.invoke(op.method(client), **_listing_arguments(expected))
        pages = list(paginator.pages())
    items = [item for page in pages for item in page.items]
    assert to_json(items) == expected.items
    assert [page.number for page in pages] == list(range(1, len(pages) + 1))
    assert all(page.status_code == 200 for page in pages)
    check_requests(op, base_url, recorder, expected.queries)
    warnings = [record.getMessage() for record in caplog.records]
    if expected.warning is None:
        assert warnings == []
    else:
        assert any(expected.warning in message for message in warnings), warnings


@pytest.mark.parametrize("op", PAGINATED, ids=str)
async def test_async_listing_walks_the_mock_and_stops(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    expected = expected_walk(op)
    call = call_for(op, typed=False)
    base_url = mocks.url(op.api.name)
    async with async_client(op.api, base_url, recorder) as client:
        paginator = call.invoke(op.method(client), **_listing_arguments(expected))
        items = [item async for item in paginator]
    assert to_json(items) == expected.items
    check_requests(op, base_url, recorder, expected.queries)


@pytest.mark.parametrize("op", PAGINATED, ids=str)
def test_max_items_stops_the_listing(op: SpecOperation, mocks: Mocks, recorder: Recorder) -> None:
    """One item wanted: one request (asking for one item where the API lets us), one item."""
    pagination = _pagination(op)
    base_url = mocks.url(op.api.name)
    with sync_client(op.api, base_url, recorder) as client:
        items = list(call_for(op, typed=True).invoke(op.method(client), max_items=1))
    assert to_json(items) == _page_items(op)[:1]
    (sent,) = recorder.not_to(token_path(op, base_url))
    if pagination.size is not None:
        assert sent.query()[pagination.size.name] == ["1"]


def _total_reached_on_the_example_page(op: SpecOperation) -> bool:
    pagination = _pagination(op)
    if pagination.total is None or pagination.size is None:
        return False
    example = op.response().example
    return bool(json_path(example, pagination.total) == len(_page_items(op)))


# Where the example page holds all items the example's total counts (Symetrisk's limit-skip
# lists); Brevio's transactions example says 366 but holds one, which a static mock cannot walk.
WITH_TOTAL = [op for op in PAGINATED if _total_reached_on_the_example_page(op)]


def test_some_operations_can_show_the_total_rule() -> None:
    assert WITH_TOTAL, "no paginated example page reaches its total; the rule goes untested"


@pytest.mark.parametrize("op", WITH_TOTAL, ids=str)
def test_listing_stops_at_the_reported_total(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    """A full page is the last one when it reaches the total (no request for an empty page)."""
    pagination = _pagination(op)
    assert pagination.size is not None
    assert pagination.total is not None
    items = _page_items(op)
    total = json_path(op.response().example, pagination.total)
    base_url = mocks.url(op.api.name)
    # Pages exactly as long as the mock's page: only the total can end the walk after page 1.
    with sync_client(op.api, base_url, recorder) as client:
        paginator = call_for(op, typed=True).invoke(op.method(client), page_size=len(items))
        pages = list(paginator.pages())
    assert len(pages) == 1
    assert pages[0].total == total
    assert to_json(pages[0].items) == items
    position = pagination.position.name
    check_requests(op, base_url, recorder, [{position: "0", pagination.size.name: str(len(items))}])
