"""3. Pagination: all relationships from a loopback server with 20 ms latency per request.

The floor is what latency alone costs: pages x latency / concurrency. The ratio to it is what the
client adds (request building, validation, parsing into models, scheduling). Sequential and
`concurrency=4`, with the sync (`Paginator`, a thread pool) and async (`AsyncPaginator`, tasks)
paths. With concurrency the wrapper first fetches page 1 alone to learn the total, so its
best possible time is one latency above the floor (1.04x at 100 pages, 1.2x at 20).

Context rows: the same pages fetched by a hand-written raw httpx loop (`get` + `json.loads`, no
models, same concurrency), i.e. what this machine achieves at all with the server in-process;
the server shares the GIL with the client, and a loaded machine oversleeps the 20 ms.
Variants run round-robin, so a burst of load from other jobs spreads over all of them.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import finapi
import httpx

from ._fixtures import CLIENT_ID, CLIENT_SECRET, PAGE_SIZE, relationship_pages
from ._loopback import LoopbackApi
from ._mode import Mode
from ._report import Figure, Target
from ._timing import median

NAME = "pagination"
TARGET = Target("<=", 1.2)
LATENCY = 0.020
CONCURRENCY = 4

Runner = Callable[[LoopbackApi, int], tuple[int, float]]  # (api, concurrency) -> (items, wall)


def _wrapper_sync(api: LoopbackApi, concurrency: int) -> tuple[int, float]:
    # trust_env=False: a proxy configured in the environment must not carry loopback traffic.
    client = finapi.Symetrisk(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        environment=api.base_url,
        http_client=httpx.Client(trust_env=False),
    )
    with client:
        # Warm-up, untimed: the token, the validator for this operation, a pooled connection.
        client.bank.with_raw_response.list_relationships(page_size=1)
        start = time.perf_counter()
        listing = client.bank.list_relationships(page_size=PAGE_SIZE, concurrency=concurrency)
        count = sum(1 for _ in listing)
        return count, time.perf_counter() - start


async def _wrapper_async(api: LoopbackApi, concurrency: int) -> tuple[int, float]:
    client = finapi.AsyncSymetrisk(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        environment=api.base_url,
        http_client=httpx.AsyncClient(trust_env=False),
    )
    async with client:
        await client.bank.with_raw_response.list_relationships(page_size=1)
        start = time.perf_counter()
        count = 0
        async for _ in client.bank.list_relationships(page_size=PAGE_SIZE, concurrency=concurrency):
            count += 1
        return count, time.perf_counter() - start


def _raw_sync(api: LoopbackApi, concurrency: int) -> tuple[int, float]:
    with httpx.Client(base_url=api.base_url, trust_env=False) as client:

        def fetch(skip: int) -> Any:
            params = {"limit": PAGE_SIZE, "skip": skip}
            return json.loads(client.get("/relationships", params=params).content)

        client.get("/relationships", params={"limit": 1, "skip": 0})  # warm-up, as above
        start = time.perf_counter()
        first = fetch(0)
        count = len(first["items"])
        rest = range(PAGE_SIZE, first["metadata"]["total_items"], PAGE_SIZE)
        if concurrency == 1:
            count += sum(len(fetch(skip)["items"]) for skip in rest)
        else:
            with ThreadPoolExecutor(max_workers=concurrency) as pool:
                count += sum(len(body["items"]) for body in pool.map(fetch, rest))
        return count, time.perf_counter() - start


async def _raw_async(api: LoopbackApi, concurrency: int) -> tuple[int, float]:
    async with httpx.AsyncClient(base_url=api.base_url, trust_env=False) as client:
        slots = asyncio.Semaphore(concurrency)

        async def fetch(skip: int) -> Any:
            async with slots:
                params = {"limit": PAGE_SIZE, "skip": skip}
                return json.loads((await client.get("/relationships", params=params)).content)

        await client.get("/relationships", params={"limit": 1, "skip": 0})
        start = time.perf_counter()
        first = await fetch(0)
        count = len(first["items"])
        rest = range(PAGE_SIZE, first["metadata"]["total_items"], PAGE_SIZE)
        bodies = await asyncio.gather(*(fetch(skip) for skip in rest))
        count += sum(len(body["items"]) for body in bodies)
        return count, time.perf_counter() - start


def _in_new_loop(
    coroutine: Callable[[LoopbackApi, int], Any],
) -> Runner:
    def run(api: LoopbackApi, concurrency: int) -> tuple[int, float]:
        result: tuple[int, float] = asyncio.run(coroutine(api, concurrency))
        return result

    return run


VARIANTS: list[tuple[str, int, Runner, bool]] = [  # label, concurrency, runner, has a target
    ("sync", 1, _wrapper_sync, True),
    ("sync", CONCURRENCY, _wrapper_sync, True),
    ("async", 1, _in_new_loop(_wrapper_async), True),
    ("async", CONCURRENCY, _in_new_loop(_wrapper_async), True),
    ("  raw httpx, sync", 1, _raw_sync, False),
    ("  raw httpx, sync", CONCURRENCY, _raw_sync, False),
    ("  raw httpx, async", 1, _in_new_loop(_raw_async), False),
    ("  raw httpx, async", CONCURRENCY, _in_new_loop(_raw_async), False),
]


def run(mode: Mode) -> list[Figure]:
    total = mode.pagination_items
    page_count = math.ceil(total / PAGE_SIZE)
    walls: list[list[float]] = [[] for _ in VARIANTS]
    with LoopbackApi(
        relationship_pages(total), latency=LATENCY, empty_page=relationship_pages(0)[0]
    ) as api:
        for _ in range(mode.pagination_repeats):
            for index, (label, concurrency, runner, _) in enumerate(VARIANTS):
                before = api.requests("api")
                count, wall = runner(api, concurrency)
                requests = api.requests("api") - before - 1  # minus the warm-up request
                if count != total or requests != page_count:
                    raise RuntimeError(
                        f"{label.strip()}, concurrency={concurrency}: {count} items in "
                        f"{requests} requests, expected {total} in {page_count}"
                    )
                walls[index].append(wall)
        actual_latency = median(api.sleeps)
    figures = []
    for (label, concurrency, _, targeted), runs in zip(VARIANTS, walls, strict=True):
        floor = page_count * LATENCY / concurrency
        wall = median(runs)
        figures.append(
            Figure(
                NAME,
                f"{label}, concurrency={concurrency}: wall / floor",
                wall / floor,
                "x",
                TARGET if targeted else None,
                f"{total} items: {wall:.2f} s vs floor {floor:.2f} s "
                f"({page_count} pages x {LATENCY * 1e3:.0f} ms / {concurrency}; "
                f"server slept {actual_latency * 1e3:.1f} ms median)",
                {
                    "items": total,
                    "pages": page_count,
                    "latency_seconds": LATENCY,
                    "server_latency_median_seconds": actual_latency,
                    "concurrency": concurrency,
                    "floor_seconds": floor,
                    "wall_seconds": [round(w, 4) for w in runs],
                },
            )
        )
    return figures
