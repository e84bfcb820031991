"""finapi.paginate / apaginate end to end, for every paginated operation of both specs.

In static mode the mock answers every page with the same documented example, so what can be
checked is that the paginator asks for the right first page and then stops by itself, by the rule
of the operation's `x-pagination` style:

- offset styles (limit-skip, offset, offset-page-size): a page shorter than the page size is the
  last one; so is a full page once the total the server reports is reached;
- cursor: the `next` cursor is followed; the mock repeats the same cursor, which the paginator
  must notice instead of looping forever.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import finapi
import pytest

from tests.integration.mock_session import Mocks
from tests.integration.spec_calls import (
    SpecOperation,
    all_operations,
    call_arguments,
    to_json,
    token_operation,
)
from tests.integration.wire import Recorder, Sent, wrapper_client

pytestmark = pytest.mark.integration

PAGINATED = [op for op in all_operations() if op.pagination is not None]


def _json_path(body: Any, path: str) -> Any:
    for part in path.split(".") if path else []:
        body = body[part]
    return body


def _total_reached_on_the_example_page(op: SpecOperation) -> bool:
    config = op.pagination or {}
    if "total" not in config:
        return False
    example = op.response().example
    return bool(_json_path(example, config["total"]) == len(_json_path(example, config["items"])))


# Where the example page holds all items the example's total counts (Symetrisk's limit-skip
# lists); Brevio's transactions example says 366 but holds one, which a static mock cannot walk.
WITH_TOTAL = [op for op in PAGINATED if _total_reached_on_the_example_page(op)]


@dataclass(frozen=True)
class Expected:
    """What a walk over the static mock must look like."""

    page_size: int | None  # to pass to paginate (None: the style has a fixed page size)
    queries: list[dict[str, str | None]]  # pagination parameters of each request (None: absent)
    items: list[Any]  # the items yielded, as JSON


def _config(op: SpecOperation) -> dict[str, Any]:
    assert op.pagination is not None
    return dict(op.pagination)


def _page_items(op: SpecOperation) -> list[Any]:
    items = _json_path(op.response().example, _config(op).get("items", ""))
    assert isinstance(items, list)
    assert items, f"{op}: the example page has no items"
    return items


def expected_walk(op: SpecOperation) -> Expected:
    config = _config(op)
    items = _page_items(op)
    style = config["style"]
    if style == "cursor":
        cursor = config["cursor_param"]
        following = _json_path(op.response().example, config.get("next", "next"))
        if following is None:
            return Expected(None, [{cursor: None}], items)
        # Page 2 carries the example's cursor and returns it again: the walk must stop there.
        return Expected(None, [{cursor: None}, {cursor: str(following)}], items * 2)
    if style == "offset":  # fixed page size: the example page is short
        assert len(items) < int(config["page_size"])
        return Expected(None, [{config["offset_param"]: "0"}], items)
    position = config.get("skip_param") or config["offset_param"]
    size = config.get("limit_param") or config["page_size_param"]
    page_size = len(items) + 1  # one more than the mock returns: a short page
    return Expected(page_size, [{position: "0", size: str(page_size)}], items)


def check_requests(
    op: SpecOperation, recorder: Recorder, queries: list[dict[str, str | None]]
) -> None:
    calls: list[Sent] = recorder.not_to(token_operation(op.api).path)
    assert len(calls) == len(queries), [str(call.url) for call in calls]
    for call, expected in zip(calls, queries, strict=True):
        assert call.path == op.path_for(call_arguments(op))
        query = call.query()
        for name, value in expected.items():
            assert query.get(name) == (None if value is None else [value]), (name, call.url)


@pytest.mark.parametrize("op", PAGINATED, ids=str)
def test_paginate_walks_the_mock_and_stops(
    op: SpecOperation, mocks: Mocks, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    expected = expected_walk(op)
    kwargs = call_arguments(op)
    caplog.set_level(logging.WARNING, logger="finapi")
    with wrapper_client(op.api, mocks.url(op.api), recorder) as client:
        paginator = finapi.paginate(
            op.module, client=client, page_size=expected.page_size, **kwargs
        )
        pages = list(paginator.pages())
    items = [item for page in pages for item in page.items]
    assert to_json(items) == expected.items
    assert [page.number for page in pages] == list(range(1, len(expected.queries) + 1))
    check_requests(op, recorder, expected.queries)
    if len(expected.queries) > 1:  # the cursor walk ended on a repeated cursor, and said so
        assert any("twice" in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("op", PAGINATED, ids=str)
async def test_apaginate_walks_the_mock_and_stops(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    expected = expected_walk(op)
    kwargs = call_arguments(op)
    async with wrapper_client(op.api, mocks.url(op.api), recorder, asynchronous=True) as client:
        items = [
            item
            async for item in finapi.apaginate(
                op.module, client=client, page_size=expected.page_size, **kwargs
            )
        ]
    assert to_json(items) == expected.items
    check_requests(op, recorder, expected.queries)


@pytest.mark.parametrize("op", WITH_TOTAL, ids=str)
def test_paginate_stops_at_the_reported_total(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    """A full page is the last one when it reaches the total (no request for an empty page)."""
    config = _config(op)
    items = _page_items(op)
    total = _json_path(op.response().example, config["total"])
    size = config.get("limit_param") or config["page_size_param"]
    position = config.get("skip_param") or config["offset_param"]
    # Pages exactly as long as the mock's page: only the total can end the walk after page 1.
    with wrapper_client(op.api, mocks.url(op.api), recorder) as client:
        paginator = finapi.paginate(
            op.module, client=client, page_size=len(items), **call_arguments(op)
        )
        pages = list(paginator.pages())
    assert len(pages) == 1
    assert pages[0].total == total
    assert to_json(pages[0].items) == items
    check_requests(op, recorder, [{position: "0", size: str(len(items))}])


def test_some_operations_can_show_the_total_rule() -> None:
    assert WITH_TOTAL, "no paginated example page reaches its total; the rule goes untested"
