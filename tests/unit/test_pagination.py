"""Spec-driven pagination through the generated listing methods, every style and edge case."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any

import finapi
import httpx
import pytest
from brevio_client._contract import CONTRACT as BREVIO_CONTRACT
from brevio_client.models import AuditRequest, Confirmation, Transaction
from brevio_client.resources import confirm as confirm_module
from finapi._contract import ApiContract
from finapi._types import NO_OPTIONS
from symetrisk_client._contract import CONTRACT as SYMETRISK_CONTRACT
from symetrisk_client.models import Relationship, RelationshipPage

from .fakes import CLIENT_ID, SECRET, FakeApi, relationship


class LimitSkipServer:
    """GET /relationships over a dataset whose size may change between calls.

    `cap` is the most items the server returns per page, whatever `limit` asks for (the
    Symetrisk docs: accounting data "returns up to 100").
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.calls: list[tuple[int, int]] = []
        self.after_call: Callable[[int], None] | None = None
        self.total_override: int | None = None
        self.cap: int | None = None
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            return self.page(request)
        finally:
            with self._lock:
                self.active -= 1

    def page(self, request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params.get("skip", "0"))
        limit = int(request.url.params["limit"])
        with self._lock:
            self.calls.append((skip, limit))
            served = limit if self.cap is None else min(limit, self.cap)
            end = min(skip + served, self.size)
            items = [relationship(i) for i in range(skip, end)]
            total = self.size if self.total_override is None else self.total_override
            if self.after_call is not None:
                self.after_call(len(self.calls))
        body = {
            "metadata": {
                "limit": limit,
                "skip": skip,
                "returned_items": len(items),
                "total_items": total,
            },
            "items": items,
        }
        return httpx.Response(200, json=body, headers={"x-request-id": f"page-{skip}"})

    def skips(self) -> list[int]:
        return [skip for skip, _ in self.calls]


def ids(items: list[Relationship]) -> list[int]:
    return [int(str(item.relationship_id)[-12:]) for item in items]


@pytest.fixture
def server(fake: FakeApi) -> LimitSkipServer:
    server = LimitSkipServer(size=7)
    fake.route("GET", "/relationships", server)
    return server


# -- limit-skip (Symetrisk) ----------------------------------------------------------------------


def test_all_items_in_order_as_generated_models(fake: FakeApi, server: LimitSkipServer) -> None:
    paginator = fake.symetrisk().bank.list_relationships(page_size=3)
    assert isinstance(paginator, finapi.Paginator)
    items = list(paginator)
    assert all(isinstance(item, Relationship) for item in items)
    assert ids(items) == list(range(7))
    assert server.calls == [(0, 3), (3, 3), (6, 3)]


def test_nothing_is_sent_until_iterated(fake: FakeApi, server: LimitSkipServer) -> None:
    fake.symetrisk().bank.list_relationships(page_size=3)
    assert server.calls == []
    assert fake.token_requests == []


def test_stops_at_total_without_an_extra_request(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 6
    items = list(fake.symetrisk().bank.list_relationships(page_size=3))
    assert ids(items) == list(range(6))
    assert server.skips() == [0, 3]


def test_default_page_size(fake: FakeApi, server: LimitSkipServer) -> None:
    list(fake.symetrisk().bank.list_relationships())
    assert server.calls == [(0, 100)]


def test_each_iteration_lists_again_and_to_list(fake: FakeApi, server: LimitSkipServer) -> None:
    paginator = fake.symetrisk().bank.list_relationships(page_size=5)
    assert len(list(paginator)) == 7
    assert ids(paginator.to_list()) == list(range(7))
    assert server.skips() == [0, 5, 0, 5]


def test_empty_listing(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 0
    assert list(fake.symetrisk().bank.list_relationships()) == []
    assert server.skips() == [0]


def test_a_short_page_goes_on_while_the_total_says_more_remain(
    fake: FakeApi, server: LimitSkipServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 10: a server capping the page size must not cut the listing short."""
    server.size, server.cap = 12, 4
    items = list(fake.symetrisk().bank.list_relationships(page_size=5))
    assert ids(items) == list(range(12))
    assert server.skips() == [0, 4, 8]
    assert "WARNING" not in caplog.text


def test_empty_page_with_stale_total_stops(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size, server.total_override = 3, 50
    items = list(fake.symetrisk().bank.list_relationships(page_size=3))
    assert ids(items) == [0, 1, 2]
    assert server.skips() == [0, 3]


def test_total_shrinking_mid_listing(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 9

    def shrink(calls: int) -> None:
        if calls == 1:
            server.size = 6  # reported from the second page on

    server.after_call = shrink
    items = list(fake.symetrisk().bank.list_relationships(page_size=3))
    assert ids(items) == list(range(6))
    assert server.skips() == [0, 3]  # never asks for skip=6, beyond the latest total


def test_total_growing_mid_listing(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 6

    def grow(calls: int) -> None:
        if calls == 1:
            server.size = 8

    server.after_call = grow
    items = list(fake.symetrisk().bank.list_relationships(page_size=3))
    assert ids(items) == list(range(8))
    assert server.skips() == [0, 3, 6]


def test_max_items_asks_only_for_what_is_needed(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 10
    items = list(fake.symetrisk().bank.list_relationships(page_size=4, max_items=6))
    assert ids(items) == list(range(6))
    assert server.calls == [(0, 4), (4, 2)]


def test_max_items_zero_makes_no_request(fake: FakeApi, server: LimitSkipServer) -> None:
    assert list(fake.symetrisk().bank.list_relationships(max_items=0)) == []
    assert server.calls == []
    assert fake.token_requests == []


def test_start_offset_from_the_skip_parameter(fake: FakeApi, server: LimitSkipServer) -> None:
    items = list(fake.symetrisk().bank.list_relationships(page_size=2, skip=4))
    assert ids(items) == [4, 5, 6]


def test_pages_give_whole_pages(fake: FakeApi, server: LimitSkipServer) -> None:
    pages = list(fake.symetrisk().bank.list_relationships(page_size=3).pages())
    assert [page.number for page in pages] == [1, 2, 3]
    assert [page.offset for page in pages] == [0, 3, 6]
    assert [len(page.items) for page in pages] == [3, 3, 1]
    assert {page.total for page in pages} == {7}
    assert pages[0].status_code == 200
    assert pages[0].response.status_code == 200
    assert pages[0].value("metadata.skip") == 0
    assert pages[0].value("metadata.nope") is None
    assert pages[0].cursor is None
    assert isinstance(pages[0].parsed, RelationshipPage)
    assert pages[0].parsed.metadata.total_items == 7


def test_pages_carry_the_request_id(fake: FakeApi, server: LimitSkipServer) -> None:
    pages = list(fake.symetrisk().bank.list_relationships(page_size=3).pages())
    assert [page.request_id for page in pages] == ["page-0", "page-3", "page-6"]
    assert pages[1].headers["x-request-id"] == "page-3"


def test_pages_are_json_decoded_once(
    fake: FakeApi, server: LimitSkipServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Items and the total come from one decode of each page's body, which is then let go of
    (the models hold it); `value()` decodes again when asked."""
    decoded: list[int] = []
    real_loads = json.loads

    def counting_loads(text: str | bytes, **kwargs: Any) -> Any:
        decoded.append(len(text))
        return real_loads(text, **kwargs)

    monkeypatch.setattr(json, "loads", counting_loads)
    pages = list(fake.symetrisk().bank.list_relationships(page_size=3).pages())
    token_decodes = 1
    assert len(decoded) == len(pages) + token_decodes
    assert [page.total for page in pages] == [7, 7, 7]
    assert [page.value("metadata.total_items") for page in pages] == [7, 7, 7]
    assert len(decoded) == 2 * len(pages) + token_decodes


def test_items_stream_lazily_page_by_page(fake: FakeApi, server: LimitSkipServer) -> None:
    iterator = iter(fake.symetrisk().bank.list_relationships(page_size=2))
    next(iterator)
    next(iterator)
    assert len(server.calls) == 1
    next(iterator)
    assert len(server.calls) == 2


def test_the_page_size_keyword_is_sent_as_the_spec_s_size_parameter(
    fake: FakeApi, server: LimitSkipServer
) -> None:
    method = fake.symetrisk().bank.list_relationships
    parameters = inspect.signature(method).parameters
    assert "page_size" in parameters
    assert "limit" not in parameters  # one spelling for every style: page_size=
    list(method(page_size=5))
    assert fake.requests[-1].url.params["limit"] == "5"


def never_fetched(arguments: Mapping[str, object]) -> finapi.APIResponse[Any]:
    raise AssertionError("the paginator must refuse before fetching")


def no_items(page: Any) -> list[Any]:
    raise AssertionError("the paginator must refuse before fetching")


def test_an_operation_without_x_pagination_cannot_be_listed(fake: FakeApi) -> None:
    with pytest.raises(TypeError, match="get_ping is not paginated"):
        finapi.Paginator(
            SYMETRISK_CONTRACT.operations["get_ping"], never_fetched, no_items, start={}
        )


def _dummy_arguments(contract: ApiContract, operation_id: str) -> dict[str, object]:
    operation = contract.operations[operation_id]
    return {
        parameter.python_name: "no" if parameter.name == "country" else "999999998"
        for parameter in operation.parameters
        if parameter.required
    }


@pytest.mark.parametrize(
    ("contract", "client"),
    [(SYMETRISK_CONTRACT, "symetrisk"), (BREVIO_CONTRACT, "brevio")],
)
def test_every_listing_and_only_listings_return_a_paginator(
    fake: FakeApi, contract: ApiContract, client: str
) -> None:
    """Generated methods are what lists now (finapi.paginate took any callable): each operation
    with x-pagination returns a lazy Paginator, sync and async, and sends nothing."""
    sync_client = getattr(fake, client)()
    async_client = getattr(fake, f"async_{client}")()
    listings = 0
    for operation in contract.operations.values():
        if operation.pagination is None:
            continue
        listings += 1
        arguments = _dummy_arguments(contract, operation.operation_id)
        sync_method = getattr(getattr(sync_client, operation.tag), operation.operation_id)
        async_method = getattr(getattr(async_client, operation.tag), operation.operation_id)
        assert isinstance(sync_method(**arguments), finapi.Paginator), operation.operation_id
        assert isinstance(async_method(**arguments), finapi.AsyncPaginator)
    assert listings >= 4
    assert fake.requests == []
    assert fake.token_requests == []


# -- bad listing arguments: RequestValidationError, never a bare ValueError ------------------------


@pytest.mark.parametrize(
    ("arguments", "field", "text"),
    [
        ({"page_size": 0}, "page_size", "page_size must be >= 1 (got 0)"),
        ({"page_size": -5}, "page_size", "page_size must be >= 1 (got -5)"),
        ({"max_items": -1}, "max_items", "max_items must be >= 0 (got -1)"),
        ({"concurrency": 0}, "concurrency", "concurrency must be >= 1 (got 0)"),
    ],
)
def test_bad_listing_arguments(
    fake: FakeApi, arguments: dict[str, Any], field: str, text: str
) -> None:
    client = fake.symetrisk()
    with pytest.raises(finapi.RequestValidationError) as caught:
        client.bank.list_relationships(**arguments)
    assert type(caught.value) is finapi.RequestValidationError
    assert caught.value.operation_id == "list_relationships"
    assert caught.value.field == field
    assert text in str(caught.value)
    assert fake.requests == []
    assert fake.token_requests == []


def test_page_size_above_the_spec_maximum(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError) as caught:
        fake.brevio().connect.list_account_transactions("c", "a", page_size=251)
    assert type(caught.value) is finapi.RequestValidationError
    assert caught.value.field == "page_size"
    assert "page_size must be <= 250 (got 251)" in str(caught.value)


async def test_async_bad_listing_arguments(fake: FakeApi) -> None:
    with pytest.raises(finapi.RequestValidationError, match="concurrency"):
        fake.async_symetrisk().bank.list_relationships(concurrency=0)


def test_the_fixed_page_size_of_an_offset_listing_cannot_be_changed(fake: FakeApi) -> None:
    method = fake.brevio().confirm.list_pending_audit_requests
    assert "page_size" not in inspect.signature(method).parameters
    with pytest.raises(finapi.RequestValidationError, match="fixed at 50 by the API"):
        finapi.Paginator(
            BREVIO_CONTRACT.operations["list_pending_audit_requests"],
            never_fetched,
            no_items,
            start={},
            page_size=10,
        )


# -- bounded concurrency ---------------------------------------------------------------------


def test_concurrent_pages_keep_order_and_bound(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 40
    first_round = threading.Barrier(4, timeout=5)
    released = threading.Event()
    original = server.page

    def slow_start(request: httpx.Request) -> httpx.Response:
        skip = int(request.url.params["skip"])
        if skip and not released.is_set():
            first_round.wait()  # proves 4 requests really are in flight together
            released.set()
        if skip == 4:
            released.wait(timeout=5)
        return original(request)

    server.page = slow_start  # type: ignore[method-assign]
    items = list(fake.symetrisk().bank.list_relationships(page_size=4, concurrency=4))
    assert ids(items) == list(range(40))
    assert server.max_active <= 4
    assert sorted(server.skips()) == list(range(0, 40, 4))


def test_concurrency_respects_a_shrinking_total(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 20

    def shrink(calls: int) -> None:
        if calls == 1:
            server.size = 7

    server.after_call = shrink
    items = list(fake.symetrisk().bank.list_relationships(page_size=2, concurrency=3))
    assert ids(items) == list(range(7))
    assert max(server.skips()) < 8


def test_concurrency_follows_a_growing_total(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 6

    def grow(calls: int) -> None:
        if calls == 1:
            server.size = 11

    server.after_call = grow
    items = list(fake.symetrisk().bank.list_relationships(page_size=2, concurrency=2))
    assert ids(items) == list(range(11))


def test_concurrency_with_max_items(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 100
    items = list(fake.symetrisk().bank.list_relationships(page_size=5, concurrency=3, max_items=12))
    assert ids(items) == list(range(12))
    assert max(server.skips()) < 12


def test_breaking_out_early_stops_fetching(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 1000
    paginator = fake.symetrisk().bank.list_relationships(page_size=10, concurrency=3)
    for index, _ in enumerate(paginator):
        if index == 15:
            break
    assert len(server.calls) <= 1 + 3 + 1  # first page, one window, one refill


def async_client_routing(fake: FakeApi, path: str, handler: Any) -> finapi.AsyncSymetrisk:
    """An async client whose `path` is answered by an async handler (the rest by the fake)."""

    async def dispatch(request: httpx.Request) -> httpx.Response:
        if request.url.path == path:
            fake.requests.append(request)
            response: httpx.Response = await handler(request)
            return response
        return await fake.handle_async(request)

    return finapi.AsyncSymetrisk(
        environment="mock",
        client_id=CLIENT_ID,
        client_secret=SECRET,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(dispatch)),
    )


async def test_async_concurrent_pages_keep_order_and_bound(
    fake: FakeApi, server: LimitSkipServer
) -> None:
    server.size = 30
    active = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        skip = int(request.url.params["skip"])
        for _ in range(30 - skip):  # earlier pages finish later
            await asyncio.sleep(0)
        active -= 1
        return server.page(request)

    client = async_client_routing(fake, "/relationships", handler)
    items = [item async for item in client.bank.list_relationships(page_size=3, concurrency=4)]
    assert ids(items) == list(range(30))
    assert 1 < peak <= 4


async def test_async_limit_skip_pages_and_max_items(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 10
    paginator = fake.async_symetrisk().bank.list_relationships(page_size=4, max_items=9)
    assert isinstance(paginator, finapi.AsyncPaginator)
    pages = [page async for page in paginator.pages()]
    assert [len(page.items) for page in pages] == [4, 4, 1]
    assert server.calls == [(0, 4), (4, 4), (8, 1)]
    assert [page.request_id for page in pages] == ["page-0", "page-4", "page-8"]


async def test_async_shrinking_total(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 9

    def shrink(calls: int) -> None:
        if calls == 1:
            server.size = 6

    server.after_call = shrink
    items = await fake.async_symetrisk().bank.list_relationships(page_size=3).to_list()
    assert ids(items) == list(range(6))
    assert server.skips() == [0, 3]


# -- no item lost: a server capping the page size (issue 10) ---------------------------------------


def capped_server(fake: FakeApi) -> LimitSkipServer:
    server = LimitSkipServer(size=250)
    server.cap = 100
    fake.route("GET", "/relationships", server)
    return server


def assert_all_250(items: list[Relationship], server: LimitSkipServer) -> None:
    assert ids(items) == list(range(250))  # all, in order, none repeated
    assert server.calls[0] == (0, 200)


@pytest.mark.parametrize("concurrency", [1, 3])
def test_no_item_lost_when_the_server_caps_pages(fake: FakeApi, concurrency: int) -> None:
    server = capped_server(fake)
    items = list(fake.symetrisk().bank.list_relationships(page_size=200, concurrency=concurrency))
    assert_all_250(items, server)
    assert sorted(server.skips()) == [0, 100, 200]


@pytest.mark.parametrize("concurrency", [1, 3])
async def test_async_no_item_lost_when_the_server_caps_pages(
    fake: FakeApi, concurrency: int
) -> None:
    server = capped_server(fake)
    paginator = fake.async_symetrisk().bank.list_relationships(
        page_size=200, concurrency=concurrency
    )
    items = [item async for item in paginator]
    assert_all_250(items, server)
    assert sorted(server.skips()) == [0, 100, 200]


def test_no_item_lost_without_concurrency_asks_from_where_each_page_ended(fake: FakeApi) -> None:
    server = capped_server(fake)
    list(fake.symetrisk().bank.list_relationships(page_size=200))
    assert server.calls == [(0, 200), (100, 200), (200, 200)]


def test_no_item_lost_with_max_items(fake: FakeApi) -> None:
    server = capped_server(fake)
    items = list(fake.symetrisk().bank.list_relationships(page_size=200, max_items=180))
    assert ids(items) == list(range(180))
    assert server.calls == [(0, 180), (100, 80)]


# -- offset, fixed page of 50 (Brevio) -----------------------------------------------------------

PENDING_PATH = "/v1/confirm/audit-requests/third-party"


def audit_requests_server(fake: FakeApi, size: int, *, serve: int = 50) -> list[int]:
    offsets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        offsets.append(offset)
        return httpx.Response(
            200, json=[{"token": f"ar-{i}"} for i in range(offset, min(offset + serve, size))]
        )

    fake.route("GET", PENDING_PATH, handler)
    return offsets


def test_offset_style_fixed_page(fake: FakeApi) -> None:
    offsets = audit_requests_server(fake, 120)
    items = list(fake.brevio().confirm.list_pending_audit_requests())
    assert all(isinstance(item, AuditRequest) for item in items)
    assert [item.token for item in items] == [f"ar-{i}" for i in range(120)]
    assert offsets == [0, 50, 100]


def test_offset_style_exact_multiple_needs_one_empty_page(fake: FakeApi) -> None:
    offsets = audit_requests_server(fake, 100)
    assert len(list(fake.brevio().confirm.list_pending_audit_requests())) == 100
    assert offsets == [0, 50, 100]


def test_a_short_page_without_total_or_next_ends_the_listing(fake: FakeApi) -> None:
    """Nothing says more remain: a page of 30 where 50 were due is the last one."""
    offsets = audit_requests_server(fake, 1000, serve=30)
    items = list(fake.brevio().confirm.list_pending_audit_requests())
    assert len(items) == 30
    assert offsets == [0]


def offset_ignoring_server(fake: FakeApi) -> list[int]:
    offsets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offsets.append(int(request.url.params.get("offset", "0")))
        return httpx.Response(200, json=[{"token": f"ar-{i}"} for i in range(50)])

    fake.route("GET", PENDING_PATH, handler)
    return offsets


def test_a_server_ignoring_the_offset_is_not_listed_forever(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    offsets = offset_ignoring_server(fake)
    items = list(fake.brevio().confirm.list_pending_audit_requests())
    assert [item.token for item in items] == [f"ar-{i}" for i in range(50)]
    assert offsets == [0, 50]
    assert "identical to page 1" in caplog.text


async def test_async_server_ignoring_the_offset_is_not_listed_forever(fake: FakeApi) -> None:
    offsets = offset_ignoring_server(fake)
    paginator = fake.async_brevio().confirm.list_pending_audit_requests()
    assert len([item async for item in paginator]) == 50
    assert offsets == [0, 50]


def test_a_page_off_the_spec_raises_a_typed_error(fake: FakeApi) -> None:
    fake.json_route("GET", "/relationships", {"items": [{"unexpected": True}]})
    with pytest.raises(finapi.APIResponseValidationError, match="list_relationships") as caught:
        list(fake.symetrisk().bank.list_relationships())
    assert caught.value.pointer == "/metadata"


async def test_async_page_off_the_spec_raises_a_typed_error(fake: FakeApi) -> None:
    fake.json_route("GET", "/relationships", {"items": [{"unexpected": True}]})
    with pytest.raises(finapi.APIResponseValidationError):
        [item async for item in fake.async_symetrisk().bank.list_relationships()]


def test_a_counter_that_is_not_a_number_is_a_typed_error(fake: FakeApi) -> None:
    body = {
        "metadata": {"limit": 1, "skip": 0, "returned_items": 1, "total_items": "many"},
        "items": [relationship(0)],
    }
    fake.json_route("GET", "/relationships", body)
    with pytest.raises(finapi.APIResponseValidationError) as caught:
        list(fake.symetrisk().bank.list_relationships())
    assert caught.value.pointer == "/metadata/total_items"


def test_offset_style_without_total_ignores_concurrency(fake: FakeApi) -> None:
    """Without a total there is nothing to schedule ahead: pages are fetched one by one. (The
    generated offset listings do not take `concurrency=`; the wrapper copes if asked anyway.)"""
    offsets = audit_requests_server(fake, 75)
    method = fake.brevio().confirm.list_pending_audit_requests
    assert "concurrency" not in inspect.signature(method).parameters
    resource = fake.brevio().confirm
    paginator = resource._list(
        BREVIO_CONTRACT.operations["list_pending_audit_requests"],
        {},
        NO_OPTIONS,
        confirm_module._parse_list_pending_audit_requests,
        confirm_module._items_list_pending_audit_requests,
        concurrency=4,
    )
    assert len(list(paginator)) == 75
    assert offsets == [0, 50]


def test_filters_are_passed_through(fake: FakeApi) -> None:
    audit_requests_server(fake, 3)
    list(fake.brevio().confirm.list_pending_audit_requests(processing=True))
    assert fake.requests[-1].url.params["processing"] == "true"


def test_start_offset_and_max_items_on_offset_style(fake: FakeApi) -> None:
    offsets = audit_requests_server(fake, 300)
    items = list(fake.brevio().confirm.list_pending_audit_requests(offset=100, max_items=60))
    assert [item.token for item in items] == [f"ar-{i}" for i in range(100, 160)]
    assert offsets == [100, 150]


# -- cursor (Brevio) -----------------------------------------------------------------------------

C1, C2 = "2025-01-01T00:00:01Z", "2025-01-01T00:00:02Z"
CONFIRMATIONS_PATH = "/v1/confirm/confirmations"


def cursor_server(
    fake: FakeApi, pages: dict[str | None, tuple[list[str], str | None]]
) -> list[str | None]:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        seen.append(cursor)
        tokens, following = pages[cursor]
        body = {
            "cursor": cursor,
            "confirmations": [{"token": t} for t in tokens],
            "next": following,
        }
        return httpx.Response(200, json=body)

    fake.route("GET", CONFIRMATIONS_PATH, handler)
    return seen


def test_cursor_style_follows_next_until_null(fake: FakeApi) -> None:
    seen = cursor_server(fake, {None: (["a", "b"], C1), C1: (["c", "d"], C2), C2: (["e"], None)})
    items = list(fake.brevio().confirm.list_pending_confirmations())
    assert all(isinstance(item, Confirmation) for item in items)
    assert [item.token for item in items] == ["a", "b", "c", "d", "e"]
    assert seen == [None, C1, C2]


def test_cursor_style_pages_and_max_items(fake: FakeApi) -> None:
    cursor_server(fake, {None: (["a", "b"], C1), C1: (["c", "d"], C2), C2: (["e"], None)})
    pages = list(fake.brevio().confirm.list_pending_confirmations(max_items=3).pages())
    assert [page.cursor for page in pages] == [None, C1]
    assert [[item.token for item in page.items] for page in pages] == [["a", "b"], ["c"]]
    assert [page.offset for page in pages] == [None, None]


def test_cursor_style_starts_at_the_given_cursor(fake: FakeApi) -> None:
    seen = cursor_server(fake, {C1: (["c"], None)})
    items = list(fake.brevio().confirm.list_pending_confirmations(cursor=C1))
    assert [item.token for item in items] == ["c"]
    assert seen == [C1]


def test_cursor_style_stops_on_empty_page(fake: FakeApi) -> None:
    seen = cursor_server(fake, {None: (["a"], C1), C1: ([], C2), C2: (["never"], None)})
    items = list(fake.brevio().confirm.list_pending_confirmations())
    assert [item.token for item in items] == ["a"]
    assert seen == [None, C1]


def test_cursor_style_never_loops_on_a_repeated_cursor(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    seen = cursor_server(fake, {None: (["a"], C1), C1: (["b"], C1)})
    with caplog.at_level(logging.WARNING, logger="finapi"):
        items = list(fake.brevio().confirm.list_pending_confirmations())
    assert [item.token for item in items] == ["a", "b"]
    assert seen == [None, C1]
    assert f"returned cursor {C1!r} twice" in caplog.text


async def test_async_cursor_style(fake: FakeApi) -> None:
    cursor_server(fake, {None: (["a", "b"], C1), C1: (["c"], None)})
    items = [item async for item in fake.async_brevio().confirm.list_pending_confirmations()]
    assert [item.token for item in items] == ["a", "b", "c"]


# -- offset-page-size (Brevio transactions) --------------------------------------------------------

CONNECTION, ACCOUNT = "conn-1", "acc-1"
TRANSACTIONS_PATH = f"/v1/connect/connections/{CONNECTION}/accounts/{ACCOUNT}/transactions"


def transactions_server(
    fake: FakeApi,
    size: int,
    *,
    send_next: bool = True,
    send_total: bool = True,
    cap: int | None = None,
) -> list[tuple[int, int]]:
    calls: list[tuple[int, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        page_size = int(request.url.params.get("pageSize", "250"))
        calls.append((offset, page_size))
        served = page_size if cap is None else min(page_size, cap)
        end = min(offset + served, size)
        body: dict[str, Any] = {
            "count": max(0, end - offset),
            "offset": offset,
            "transactions": [{"token": f"t-{i}"} for i in range(offset, end)],
        }
        if send_total:
            body["total"] = size
        if send_next:
            body["next"] = end if end < size else None
        return httpx.Response(200, json=body)

    fake.route("GET", TRANSACTIONS_PATH, handler)
    return calls


def test_offset_page_size_style(fake: FakeApi) -> None:
    calls = transactions_server(fake, 366)
    items = list(fake.brevio().connect.list_account_transactions(CONNECTION, ACCOUNT))
    assert all(isinstance(item, Transaction) for item in items)
    assert len(items) == 366
    assert calls == [(0, 250), (250, 250)]


def test_offset_page_size_with_chosen_size_and_concurrency(fake: FakeApi) -> None:
    calls = transactions_server(fake, 366)
    paginator = fake.brevio().connect.list_account_transactions(
        CONNECTION, ACCOUNT, page_size=100, concurrency=2
    )
    assert [item.token for item in paginator] == [f"t-{i}" for i in range(366)]
    assert sorted(calls) == [(0, 100), (100, 100), (200, 100), (300, 100)]


def test_offset_page_size_stops_on_null_next(fake: FakeApi) -> None:
    calls: list[tuple[int, int]] = []

    def null_next(request: httpx.Request) -> httpx.Response:
        body = {
            "total": 500,
            "count": 250,
            "offset": 0,
            "next": None,
            "transactions": [{"token": f"t-{i}"} for i in range(250)],
        }
        calls.append((0, 250))
        return httpx.Response(200, json=body)

    fake.route("GET", TRANSACTIONS_PATH, null_next)
    items = list(fake.brevio().connect.list_account_transactions(CONNECTION, ACCOUNT))
    assert len(items) == 250
    assert calls == [(0, 250)]


def test_offset_page_size_follows_a_next_link_past_a_short_page(fake: FakeApi) -> None:
    """No total, but the next link says more remain: a capped page does not end the listing."""
    calls = transactions_server(fake, 250, send_total=False, cap=100)
    items = list(
        fake.brevio().connect.list_account_transactions(CONNECTION, ACCOUNT, page_size=200)
    )
    assert [item.token for item in items] == [f"t-{i}" for i in range(250)]
    assert calls == [(0, 200), (100, 200), (200, 200)]


def test_offset_page_size_short_page_without_total_or_next_ends(fake: FakeApi) -> None:
    calls = transactions_server(fake, 1000, send_total=False, send_next=False, cap=100)
    items = list(
        fake.brevio().connect.list_account_transactions(CONNECTION, ACCOUNT, page_size=200)
    )
    assert len(items) == 100
    assert calls == [(0, 200)]


@pytest.mark.parametrize("concurrency", [1, 4])
async def test_async_offset_page_size_capped_server(fake: FakeApi, concurrency: int) -> None:
    transactions_server(fake, 250, cap=100)
    paginator = fake.async_brevio().connect.list_account_transactions(
        CONNECTION, ACCOUNT, page_size=200, concurrency=concurrency
    )
    items = await paginator.to_list()
    assert [item.token for item in items] == [f"t-{i}" for i in range(250)]


# -- raw responses of a listing --------------------------------------------------------------------


def test_raw_listing_is_the_first_page_not_fetched_twice(
    fake: FakeApi, server: LimitSkipServer
) -> None:
    raw = fake.symetrisk().bank.with_raw_response.list_relationships(page_size=3)
    assert server.calls == [(0, 3)]
    assert raw.status_code == 200
    assert raw.request_id == "page-0"
    assert raw.json()["metadata"]["total_items"] == 7
    paginator = raw.parse()
    assert isinstance(paginator, finapi.Paginator)
    assert ids(list(paginator)) == list(range(7))
    assert server.calls == [(0, 3), (3, 3), (6, 3)]  # the first page came from the raw call


async def test_async_raw_listing_is_the_first_page_not_fetched_twice(
    fake: FakeApi, server: LimitSkipServer
) -> None:
    raw = await fake.async_symetrisk().bank.with_raw_response.list_relationships(page_size=4)
    assert raw.request_id == "page-0"
    paginator = raw.parse()
    assert isinstance(paginator, finapi.AsyncPaginator)
    assert ids(await paginator.to_list()) == list(range(7))
    assert server.calls == [(0, 4), (4, 4)]


def test_raw_listing_with_a_start_position(fake: FakeApi) -> None:
    offsets = audit_requests_server(fake, 120)
    raw = fake.brevio().confirm.with_raw_response.list_pending_audit_requests(offset=50)
    tokens = [item.token for item in raw.parse()]
    assert tokens == [f"ar-{i}" for i in range(50, 120)]
    assert offsets == [50, 100]


# -- names recorded at generate time ----------------------------------------------------------


def _all_parameters() -> list[Any]:
    return [
        pytest.param(contract, operation, parameter, id=f"{operation}-{parameter.name}")
        for contract in (SYMETRISK_CONTRACT, BREVIO_CONTRACT)
        for operation in contract.operations
        for parameter in contract.operations[operation].parameters
    ]


@pytest.mark.parametrize(("contract", "operation_id", "parameter"), _all_parameters())
def test_every_recorded_python_name_is_a_keyword_of_the_method(
    fake: FakeApi, contract: ApiContract, operation_id: str, parameter: Any
) -> None:
    """The wrapper trusts the compiled names (it no longer re-derives the generator's snake_case):
    each one must be what the generated method takes, unless pagination renames it."""
    client = fake.symetrisk() if contract is SYMETRISK_CONTRACT else fake.brevio()
    operation = contract.operations[operation_id]
    method = getattr(getattr(client, operation.tag), operation_id)
    keywords = inspect.signature(method).parameters
    pagination = operation.pagination
    if pagination is not None and pagination.size is not None and parameter == pagination.size:
        assert "page_size" in keywords  # the size parameter is always page_size=
    else:
        assert parameter.python_name in keywords


@pytest.mark.parametrize(
    ("operation_id", "wire", "python"),
    [
        ("list_account_transactions", "pageSize", "page_size"),
        ("list_audit_requests", "vatNo", "vat_no"),
        ("list_account_transactions", "fromDate", "from_date"),
        ("list_audit_requests", "requestType", "request_type"),
        ("list_account_transactions", "offset", "offset"),
    ],
)
def test_wire_names_map_to_python_names(operation_id: str, wire: str, python: str) -> None:
    assert BREVIO_CONTRACT.operations[operation_id].parameter(wire).python_name == python


def test_an_unknown_wire_name_is_a_lookup_error() -> None:
    with pytest.raises(LookupError, match="no parameter 'nope'"):
        BREVIO_CONTRACT.operations["list_account_transactions"].parameter("nope")
