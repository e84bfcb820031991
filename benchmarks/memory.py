"""5. Peak memory while iterating 10 000 items vs 1 000 (tracemalloc, a listing's Paginator).

Iterating must hold about one page at a time, not the listing, so the peak for 10x the items
should be the same. Pages are served in-process (`httpx.MockTransport`), encoded before tracing
starts, and every response gets a fresh copy of its body, as bytes read from a socket would be
(handing out the same pre-built object would hide whatever keeps old bodies alive). Items are
dropped as they come, as a streaming consumer would. Both listings are iterated once untraced
first, so one-time allocations (validator compilation, caches) land in neither figure.

Two context rows explain the target row:
- the same pages fetched by a plain httpx loop (`get` + `json.loads`), no SDK at all;
- `paginate` again, with the cyclic garbage collector run after every page, i.e. the memory the
  iteration can still reach. If this row is flat and the target row is not, the growth is
  garbage in reference cycles waiting for the collector, not data the iteration holds on to.
"""

from __future__ import annotations

import functools
import gc
import json
import tracemalloc
from collections.abc import Callable, Mapping

import finapi
import httpx

from ._fixtures import (
    CLIENT_ID,
    CLIENT_SECRET,
    MOCK_BASE_URL,
    PAGE_SIZE,
    TOKEN_PATH,
    json_response,
    page_skip,
    relationship_pages,
    token_body,
)
from ._mode import Mode
from ._report import Figure, Target
from ._timing import median

NAME = "memory"
TARGET = Target("<=", 1.2)


def _handler(pages: Mapping[int, bytes]) -> Callable[[httpx.Request], httpx.Response]:
    token = token_body()
    empty = relationship_pages(0)[0]

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return json_response(token)
        # A copy, like a body read from the network: `bytes(b)` would return `b` itself.
        return json_response(bytes(memoryview(pages.get(page_skip(request), empty))))

    return handle


def _paginate(client: finapi.Symetrisk) -> int:
    count = 0
    for _ in client.bank.list_relationships(page_size=PAGE_SIZE):
        count += 1
    return count


def _paginate_collecting(client: finapi.Symetrisk) -> int:
    count = 0
    for page in client.bank.list_relationships(page_size=PAGE_SIZE).pages():
        count += len(page.items)
        del page
        gc.collect()
    return count


def _raw_loop(client: httpx.Client) -> int:
    count = skip = 0
    while True:
        body = json.loads(
            client.get("/relationships", params={"limit": PAGE_SIZE, "skip": skip}).content
        )
        count += len(body["items"])
        skip += PAGE_SIZE
        if skip >= body["metadata"]["total_items"]:
            return count


def _traced_peak(iterate: Callable[[], int], expected: int) -> int:
    """Bytes allocated and alive at the worst moment of one full iteration."""
    gc.collect()
    tracemalloc.start()
    try:
        count = iterate()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    if count != expected:
        raise RuntimeError(f"the iteration yielded {count} items, expected {expected}")
    return peak


def _ratio_of_peaks(
    iterations: Mapping[int, Callable[[], int]], repeats: int
) -> tuple[float, dict[int, int], dict[str, list[int]]]:
    for iterate in iterations.values():
        iterate()  # untraced warm-up
    peaks: dict[int, list[int]] = {total: [] for total in iterations}
    for _ in range(repeats):
        for total, iterate in iterations.items():
            peaks[total].append(_traced_peak(iterate, total))
    medians = {total: round(median(values)) for total, values in peaks.items()}
    small, large = sorted(medians)
    return medians[large] / medians[small], medians, {str(k): v for k, v in peaks.items()}


def _mib(value: int) -> str:
    return f"{value / 2**20:.2f} MiB"


def run(mode: Mode) -> list[Figure]:
    small, large = mode.memory_items
    handlers = {total: _handler(relationship_pages(total)) for total in (small, large)}
    clients = {
        total: finapi.Symetrisk(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            environment=MOCK_BASE_URL,
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        )
        for total, handler in handlers.items()
    }
    raw_clients = {
        total: httpx.Client(base_url=MOCK_BASE_URL, transport=httpx.MockTransport(handler))
        for total, handler in handlers.items()
    }
    variants: list[tuple[str, Target | None, dict[int, Callable[[], int]]]] = [
        (
            f"peak iterating {large} / {small} items (paginate)",
            TARGET,
            {total: functools.partial(_paginate, client) for total, client in clients.items()},
        ),
        (
            "  same, raw httpx loop (get + json.loads)",
            None,
            {total: functools.partial(_raw_loop, raw) for total, raw in raw_clients.items()},
        ),
        (
            "  same, paginate, gc.collect() after each page",
            None,
            {
                total: functools.partial(_paginate_collecting, client)
                for total, client in clients.items()
            },
        ),
    ]
    figures = []
    try:
        for label, target, iterations in variants:
            ratio, medians, peaks = _ratio_of_peaks(iterations, mode.memory_repeats)
            figures.append(
                Figure(
                    NAME,
                    label,
                    ratio,
                    "x",
                    target,
                    f"tracemalloc peak {_mib(medians[large])} ({large} items) vs "
                    f"{_mib(medians[small])} ({small} items)",
                    {"peak_bytes": peaks},
                )
            )
    finally:
        for client in clients.values():
            client.close()
        for raw in raw_clients.values():
            raw.close()
    return figures
