"""Spec-driven pagination over the real generated operations, every style and edge case."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import finapi
import httpx
import pytest
from brevio_client.api.confirm import list_pending_audit_requests, list_pending_confirmations
from brevio_client.api.connect import list_account_transactions
from brevio_client.models import AuditRequest, Confirmation, Transaction
from finapi._operations import resolve, snake_case
from symetrisk_client.api.bank import list_relationships
from symetrisk_client.api.status import get_ping
from symetrisk_client.models import Relationship

from .fakes import FakeApi, relationship


class LimitSkipServer:
    """GET /relationships over a dataset whose size may change between calls."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.calls: list[tuple[int, int]] = []
        self.after_call: Callable[[int], None] | None = None
        self.total_override: int | None = None
        self.short_pages = False
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
            end = min(skip + limit, self.size)
            if self.short_pages:
                end = min(end, skip + limit - 1)
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
        return httpx.Response(200, json=body)

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
    items = list(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=3))
    assert all(isinstance(item, Relationship) for item in items)
    assert ids(items) == list(range(7))
    assert server.calls == [(0, 3), (3, 3), (6, 3)]


def test_stops_at_total_without_an_extra_request(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 6
    items = list(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=3))
    assert ids(items) == list(range(6))
    assert server.skips() == [0, 3]


def test_default_page_size(fake: FakeApi, server: LimitSkipServer) -> None:
    list(finapi.paginate(list_relationships, client=fake.symetrisk()))
    assert server.calls == [(0, 100)]


def test_function_instead_of_module(fake: FakeApi, server: LimitSkipServer) -> None:
    items = list(finapi.paginate(list_relationships.sync, client=fake.symetrisk(), page_size=5))
    assert len(items) == 7


def test_empty_listing(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 0
    assert list(finapi.paginate(list_relationships, client=fake.symetrisk())) == []
    assert server.skips() == [0]


def test_short_page_stops_even_if_total_says_more(
    fake: FakeApi, server: LimitSkipServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.size, server.total_override, server.short_pages = 100, 100, True
    items = list(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=5))
    assert ids(items) == [0, 1, 2, 3]
    assert server.skips() == [0]
    assert "cap the page size" in caplog.text  # said out loud, not silently truncated


def test_empty_page_with_stale_total_stops(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size, server.total_override = 3, 50
    items = list(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=3))
    assert ids(items) == [0, 1, 2]
    assert server.skips() == [0, 3]


def test_total_shrinking_mid_listing(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 9

    def shrink(calls: int) -> None:
        if calls == 1:
            server.size = 6  # reported from the second page on

    server.after_call = shrink
    items = list(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=3))
    assert ids(items) == list(range(6))
    assert server.skips() == [0, 3]  # never asks for skip=6, beyond the latest total


def test_total_growing_mid_listing(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 6

    def grow(calls: int) -> None:
        if calls == 1:
            server.size = 8

    server.after_call = grow
    items = list(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=3))
    assert ids(items) == list(range(8))
    assert server.skips() == [0, 3, 6]


def test_max_items_asks_only_for_what_is_needed(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 10
    items = list(
        finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=4, max_items=6)
    )
    assert ids(items) == list(range(6))
    assert server.calls == [(0, 4), (4, 2)]


def test_max_items_zero_makes_no_request(fake: FakeApi, server: LimitSkipServer) -> None:
    assert list(finapi.paginate(list_relationships, client=fake.symetrisk(), max_items=0)) == []
    assert server.calls == []


def test_start_offset_from_the_skip_parameter(fake: FakeApi, server: LimitSkipServer) -> None:
    items = list(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=2, skip=4))
    assert ids(items) == [4, 5, 6]


def test_pages_give_whole_pages(fake: FakeApi, server: LimitSkipServer) -> None:
    pages = list(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=3).pages())
    assert [page.number for page in pages] == [1, 2, 3]
    assert [page.offset for page in pages] == [0, 3, 6]
    assert [len(page.items) for page in pages] == [3, 3, 1]
    assert {page.total for page in pages} == {7}
    assert pages[0].response.status_code == 200
    assert pages[0].body["metadata"]["skip"] == 0
    assert pages[0].cursor is None


def test_pages_are_not_json_decoded_twice(fake: FakeApi, server: LimitSkipServer) -> None:
    """The total comes from the parsed model; the raw body is decoded only when asked for."""
    pages = list(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=3).pages())
    assert [page.total for page in pages] == [7, 7, 7]
    assert all("body" not in vars(page) for page in pages)


def test_items_stream_lazily_page_by_page(fake: FakeApi, server: LimitSkipServer) -> None:
    iterator = iter(finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=2))
    next(iterator)
    next(iterator)
    assert len(server.calls) == 1
    next(iterator)
    assert len(server.calls) == 2


def test_size_parameter_must_be_page_size(fake: FakeApi) -> None:
    with pytest.raises(TypeError, match="pass page_size= instead of limit="):
        finapi.paginate(list_relationships, client=fake.symetrisk(), limit=5)


def test_operation_without_x_pagination(fake: FakeApi) -> None:
    with pytest.raises(TypeError, match=r"get_ping is not paginated .*no x-pagination"):
        finapi.paginate(get_ping, client=fake.symetrisk())


def test_non_generated_callable_is_rejected() -> None:
    with pytest.raises(TypeError, match="not a generated operation module"):
        finapi.paginate(print, client=None)


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
    items = list(
        finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=4, concurrency=4)
    )
    assert ids(items) == list(range(40))
    assert server.max_active <= 4
    assert sorted(server.skips()) == list(range(0, 40, 4))


def test_concurrency_respects_a_shrinking_total(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 20

    def shrink(calls: int) -> None:
        if calls == 1:
            server.size = 7

    server.after_call = shrink
    items = list(
        finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=2, concurrency=3)
    )
    assert ids(items) == list(range(7))
    assert max(server.skips()) < 8


def test_concurrency_follows_a_growing_total(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 6

    def grow(calls: int) -> None:
        if calls == 1:
            server.size = 11

    server.after_call = grow
    items = list(
        finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=2, concurrency=2)
    )
    assert ids(items) == list(range(11))


def test_concurrency_with_max_items(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 100
    items = list(
        finapi.paginate(
            list_relationships, client=fake.symetrisk(), page_size=5, concurrency=3, max_items=12
        )
    )
    assert ids(items) == list(range(12))
    assert max(server.skips()) < 12


def test_breaking_out_early_stops_fetching(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 1000
    for index, _ in enumerate(
        finapi.paginate(list_relationships, client=fake.symetrisk(), page_size=10, concurrency=3)
    ):
        if index == 15:
            break
    assert len(server.calls) <= 1 + 3 + 1  # first page, one window, one refill


def test_concurrency_must_be_positive(fake: FakeApi) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        finapi.paginate(list_relationships, client=fake.symetrisk(), concurrency=0)


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

    fake.route("GET", "/relationships", lambda request: httpx.Response(500))
    client = fake.async_symetrisk()
    # route the async client to the async handler for this path
    original = fake.handle_async

    async def dispatch(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/relationships":
            fake.requests.append(request)
            return await handler(request)
        return await original(request)

    client.get_async_httpx_client()._transport._inner = httpx.MockTransport(dispatch)
    items = [
        item
        async for item in finapi.apaginate(
            list_relationships, client=client, page_size=3, concurrency=4
        )
    ]
    assert ids(items) == list(range(30))
    assert 1 < peak <= 4


async def test_async_limit_skip_pages_and_max_items(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 10
    paginator = finapi.apaginate(
        list_relationships, client=fake.async_symetrisk(), page_size=4, max_items=9
    )
    pages = [page async for page in paginator.pages()]
    assert [len(page.items) for page in pages] == [4, 4, 1]
    assert server.calls == [(0, 4), (4, 4), (8, 1)]


async def test_async_shrinking_total(fake: FakeApi, server: LimitSkipServer) -> None:
    server.size = 9

    def shrink(calls: int) -> None:
        if calls == 1:
            server.size = 6

    server.after_call = shrink
    items = [
        item
        async for item in finapi.apaginate(
            list_relationships, client=fake.async_symetrisk(), page_size=3
        )
    ]
    assert ids(items) == list(range(6))
    assert server.skips() == [0, 3]


# -- offset, fixed page of 50 (Brevio) -----------------------------------------------------------


def audit_requests_server(fake: FakeApi, size: int) -> list[int]:
    offsets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        offsets.append(offset)
        return httpx.Response(
            200, json=[{"token": f"ar-{i}"} for i in range(offset, min(offset + 50, size))]
        )

    fake.route("GET", "/v1/confirm/audit-requests/third-party", handler)
    return offsets


def test_offset_style_fixed_page(fake: FakeApi) -> None:
    offsets = audit_requests_server(fake, 120)
    items = list(finapi.paginate(list_pending_audit_requests, client=fake.brevio()))
    assert all(isinstance(item, AuditRequest) for item in items)
    assert [item.token for item in items] == [f"ar-{i}" for i in range(120)]
    assert offsets == [0, 50, 100]


def test_offset_style_exact_multiple_needs_one_empty_page(fake: FakeApi) -> None:
    offsets = audit_requests_server(fake, 100)
    assert len(list(finapi.paginate(list_pending_audit_requests, client=fake.brevio()))) == 100
    assert offsets == [0, 50, 100]


def offset_ignoring_server(fake: FakeApi) -> list[int]:
    offsets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offsets.append(int(request.url.params.get("offset", "0")))
        return httpx.Response(200, json=[{"token": f"ar-{i}"} for i in range(50)])

    fake.route("GET", "/v1/confirm/audit-requests/third-party", handler)
    return offsets


def test_a_server_ignoring_the_offset_is_not_listed_forever(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    offsets = offset_ignoring_server(fake)
    items = list(finapi.paginate(list_pending_audit_requests, client=fake.brevio()))
    assert [item.token for item in items] == [f"ar-{i}" for i in range(50)]
    assert offsets == [0, 50]
    assert "identical to page 1" in caplog.text


async def test_async_server_ignoring_the_offset_is_not_listed_forever(fake: FakeApi) -> None:
    offsets = offset_ignoring_server(fake)
    paginator = finapi.apaginate(list_pending_audit_requests, client=fake.async_brevio())
    assert len([item async for item in paginator]) == 50
    assert offsets == [0, 50]


def test_a_page_off_the_spec_raises_a_typed_error(fake: FakeApi) -> None:
    fake.json_route("GET", "/relationships", {"items": [{"unexpected": True}]})
    with pytest.raises(finapi.APIResponseValidationError, match="list_relationships"):
        list(finapi.paginate(list_relationships, client=fake.symetrisk()))


async def test_async_page_off_the_spec_raises_a_typed_error(fake: FakeApi) -> None:
    fake.json_route("GET", "/relationships", {"items": [{"unexpected": True}]})
    with pytest.raises(finapi.APIResponseValidationError):
        [item async for item in finapi.apaginate(list_relationships, client=fake.async_symetrisk())]


def test_offset_style_rejects_another_page_size(fake: FakeApi) -> None:
    with pytest.raises(TypeError, match="fixed page size of 50"):
        finapi.paginate(list_pending_audit_requests, client=fake.brevio(), page_size=10)


def test_offset_style_ignores_concurrency_without_total(fake: FakeApi) -> None:
    offsets = audit_requests_server(fake, 75)
    items = list(finapi.paginate(list_pending_audit_requests, client=fake.brevio(), concurrency=4))
    assert len(items) == 75
    assert offsets == [0, 50]


def test_extra_params_are_passed_through(fake: FakeApi) -> None:
    audit_requests_server(fake, 3)
    list(finapi.paginate(list_pending_audit_requests, client=fake.brevio(), processing=True))
    assert fake.requests[-1].url.params["processing"] == "true"


# -- cursor (Brevio) -----------------------------------------------------------------------------


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

    fake.route("GET", "/v1/confirm/confirmations", handler)
    return seen


def test_cursor_style_follows_next_until_null(fake: FakeApi) -> None:
    seen = cursor_server(
        fake, {None: (["a", "b"], "c1"), "c1": (["c", "d"], "c2"), "c2": (["e"], None)}
    )
    paginator = finapi.paginate(list_pending_confirmations, client=fake.brevio())
    items = list(paginator)
    assert all(isinstance(item, Confirmation) for item in items)
    assert [item.token for item in items] == ["a", "b", "c", "d", "e"]
    assert seen == [None, "c1", "c2"]


def test_cursor_style_pages_and_max_items(fake: FakeApi) -> None:
    cursor_server(fake, {None: (["a", "b"], "c1"), "c1": (["c", "d"], "c2"), "c2": (["e"], None)})
    pages = list(
        finapi.paginate(list_pending_confirmations, client=fake.brevio(), max_items=3).pages()
    )
    assert [page.cursor for page in pages] == [None, "c1"]
    assert [[item.token for item in page.items] for page in pages] == [["a", "b"], ["c"]]


def test_cursor_style_stops_on_empty_page(fake: FakeApi) -> None:
    seen = cursor_server(fake, {None: (["a"], "c1"), "c1": ([], "c2"), "c2": (["never"], None)})
    assert [i.token for i in finapi.paginate(list_pending_confirmations, client=fake.brevio())] == [
        "a"
    ]
    assert seen == [None, "c1"]


def test_cursor_style_never_loops_on_a_repeated_cursor(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    seen = cursor_server(fake, {None: (["a"], "c1"), "c1": (["b"], "c1")})
    with caplog.at_level(logging.WARNING, logger="finapi"):
        items = list(finapi.paginate(list_pending_confirmations, client=fake.brevio()))
    assert [item.token for item in items] == ["a", "b"]
    assert seen == [None, "c1"]
    assert "returned cursor 'c1' twice" in caplog.text


async def test_async_cursor_style(fake: FakeApi) -> None:
    cursor_server(fake, {None: (["a", "b"], "c1"), "c1": (["c"], None)})
    items = [
        item
        async for item in finapi.apaginate(list_pending_confirmations, client=fake.async_brevio())
    ]
    assert [item.token for item in items] == ["a", "b", "c"]


# -- offset-page-size (Brevio transactions) --------------------------------------------------------

CONNECTION, ACCOUNT = "conn-1", "acc-1"
TRANSACTIONS_PATH = f"/v1/connect/connections/{CONNECTION}/accounts/{ACCOUNT}/transactions"


def transactions_server(
    fake: FakeApi, size: int, *, send_next: bool = True
) -> list[tuple[int, int]]:
    calls: list[tuple[int, int]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        page_size = int(request.url.params.get("pageSize", "250"))
        calls.append((offset, page_size))
        end = min(offset + page_size, size)
        body: dict[str, Any] = {
            "total": size,
            "count": max(0, end - offset),
            "offset": offset,
            "transactions": [{"token": f"t-{i}"} for i in range(offset, end)],
        }
        if send_next:
            body["next"] = end if end < size else None
        return httpx.Response(200, json=body)

    fake.route("GET", TRANSACTIONS_PATH, handler)
    return calls


def test_offset_page_size_style(fake: FakeApi) -> None:
    calls = transactions_server(fake, 366)
    items = list(
        finapi.paginate(
            list_account_transactions,
            client=fake.brevio(),
            connection_token=CONNECTION,
            account_token=ACCOUNT,
        )
    )
    assert all(isinstance(item, Transaction) for item in items)
    assert len(items) == 366
    assert calls == [(0, 250), (250, 250)]


def test_offset_page_size_with_chosen_size_and_concurrency(fake: FakeApi) -> None:
    calls = transactions_server(fake, 366)
    items = list(
        finapi.paginate(
            list_account_transactions,
            client=fake.brevio(),
            page_size=100,
            concurrency=2,
            connection_token=CONNECTION,
            account_token=ACCOUNT,
        )
    )
    assert [item.token for item in items] == [f"t-{i}" for i in range(366)]
    assert sorted(calls) == [(0, 100), (100, 100), (200, 100), (300, 100)]


def test_offset_page_size_stops_on_null_next(fake: FakeApi) -> None:
    calls = transactions_server(fake, 500)

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
    items = list(
        finapi.paginate(
            list_account_transactions,
            client=fake.brevio(),
            connection_token=CONNECTION,
            account_token=ACCOUNT,
        )
    )
    assert len(items) == 250
    assert calls == [(0, 250)]


def test_offset_page_size_limit(fake: FakeApi) -> None:
    with pytest.raises(ValueError, match="page_size is at most 250"):
        finapi.paginate(list_account_transactions, client=fake.brevio(), page_size=251)


# -- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("pageSize", "page_size"),
        ("vatNo", "vat_no"),
        ("limit", "limit"),
        ("fromDate", "from_date"),
        ("requestType", "request_type"),
        ("HTTPStatus", "http_status"),
        ("from", "from_"),
    ],
)
def test_snake_case_matches_the_generator(wire: str, python: str) -> None:
    assert snake_case(wire) == python


def test_wire_names_are_verified_against_the_signature() -> None:
    operation = resolve(list_account_transactions)
    assert operation.kwarg_for("pageSize") == "page_size"
    assert operation.kwarg_for("offset") == "offset"
    with pytest.raises(TypeError, match="no keyword for parameter 'nope'"):
        operation.kwarg_for("nope")
