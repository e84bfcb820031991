"""4. Token single flight: 32 threads (or 32 asyncio tasks) x N calls on an expired token.

The fake token endpoint (in-process `httpx.MockTransport`) counts requests and takes 50 ms to
answer, which keeps the race window open: every worker that finds the token expired while the
refresh is in flight must wait for it rather than start its own. To start from an *expired*
token rather than from none, the warm-up token lives 0.2 s and the benchmark waits it out; the
refreshed token lives an hour. Target: exactly one token request per burst.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import finapi
import httpx
from symetrisk_client.models import PingResponse

from ._fixtures import (
    CLIENT_ID,
    CLIENT_SECRET,
    MOCK_BASE_URL,
    TOKEN_PATH,
    documented_example,
    json_response,
    token_body,
)
from ._mode import Mode
from ._report import Figure, Target

NAME = "tokens"
TARGET = Target("==", 1)
WORKERS = 32
TOKEN_LATENCY = 0.05
SHORT_LIFETIME = 0.2  # seconds; waiting it out (plus a margin) expires it whatever the leeway


class _TokenEndpoint:
    """Counts token requests; the first token is short-lived, later ones last an hour."""

    def __init__(self) -> None:
        self.requests = 0
        self._lock = threading.Lock()
        self._ping = json.dumps(documented_example("get_ping")).encode()

    def issue(self) -> bytes:
        with self._lock:
            self.requests += 1
            first = self.requests == 1
        return token_body(SHORT_LIFETIME if first else 3600)

    def sync_handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            time.sleep(TOKEN_LATENCY)
            return json_response(self.issue())
        return json_response(self._ping)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            await asyncio.sleep(TOKEN_LATENCY)
            return json_response(self.issue())
        return json_response(self._ping)


def _check(parsed: object) -> None:
    if not isinstance(parsed, PingResponse):
        raise RuntimeError(f"a call during the burst returned {parsed!r}")


def _threads(calls: int) -> tuple[int, float]:
    endpoint = _TokenEndpoint()
    client = finapi.Symetrisk(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        environment=MOCK_BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(endpoint.sync_handler)),
    )
    with client:
        _check(client.status.get_ping())  # gets the short-lived token
        time.sleep(SHORT_LIFETIME + 0.05)  # ...which has now expired
        before = endpoint.requests
        start_line = threading.Barrier(WORKERS)

        def worker() -> None:
            start_line.wait()  # all 32 find the expired token at about the same moment
            for _ in range(calls):
                _check(client.status.get_ping())

        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            for future in [pool.submit(worker) for _ in range(WORKERS)]:
                future.result()  # re-raises a worker's failure
        elapsed = time.perf_counter() - start
    return endpoint.requests - before, elapsed


async def _tasks(calls: int) -> tuple[int, float]:
    endpoint = _TokenEndpoint()
    client = finapi.AsyncSymetrisk(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        environment=MOCK_BASE_URL,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(endpoint.async_handler)),
    )
    async with client:
        _check(await client.status.get_ping())
        await asyncio.sleep(SHORT_LIFETIME + 0.05)
        before = endpoint.requests
        start_line = asyncio.Event()

        async def worker() -> None:
            await start_line.wait()
            for _ in range(calls):
                _check(await client.status.get_ping())

        tasks = [asyncio.create_task(worker()) for _ in range(WORKERS)]
        await asyncio.sleep(0)  # let every task reach the start line
        start = time.perf_counter()
        start_line.set()
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    return endpoint.requests - before, elapsed


def run(mode: Mode) -> list[Figure]:
    calls = mode.token_calls
    flavours: list[tuple[str, Callable[[int], tuple[int, float]]]] = [
        ("threads", _threads),
        ("asyncio tasks", lambda n: asyncio.run(_tasks(n))),
    ]
    figures = []
    for label, burst in flavours:
        counts, walls = [], []
        for _ in range(mode.token_repeats):
            count, wall = burst(calls)
            counts.append(count)
            walls.append(wall)
        worst = max(counts)  # one run with two token requests is a miss, whatever the median
        figures.append(
            Figure(
                NAME,
                f"{WORKERS} {label} x {calls} calls, expired token: token requests",
                worst,
                "requests",
                TARGET,
                f"token requests per run {counts}; {WORKERS * calls} calls in "
                + ", ".join(f"{w:.2f} s" for w in walls),
                {"token_requests": counts, "calls": WORKERS * calls, "wall_seconds": walls},
            )
        )
    return figures
