"""1. Per-call overhead: an operation through the SDK's client vs raw httpx.

Both sides use the same in-process `httpx.MockTransport` answering with the documented payload,
so the network is out of the picture and what remains is the cost of our layers: argument
conversion and request validation, the request loop (token, attempts), error mapping and parsing
into the generated models. The SDK client gets its token during warm-up; the token lives an
hour, so no token request is timed.

The baseline is `httpx.Client.get` + `json.loads`: the least a user could write by hand. On the
large payload most of the difference is from_dict (see the parse benchmark), so its context row
"raw httpx + json.loads + from_dict" shows what the SDK's own layers add on top of the models.
Context rows split the small-payload overhead by layer.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator

import finapi
import httpx
from finapi._base_client import DEFAULT_MAX_RETRIES
from symetrisk_client.models import AccountingDataPage, PingResponse

from ._fixtures import (
    CLIENT_ID,
    CLIENT_SECRET,
    MOCK_BASE_URL,
    ORGANIZATION_NUMBER,
    PAGE_SIZE,
    TOKEN_PATH,
    accounting_data_page,
    documented_example,
    json_response,
    token_body,
)
from ._mode import Mode
from ._report import Figure, Target
from ._timing import Comparison, compare, duration

NAME = "overhead"
SMALL_TARGET = Target("<=", 1.3)
LARGE_TARGET = Target("<=", 2.0)
WRAPPER = "wrapper"


def _handler() -> Callable[[httpx.Request], httpx.Response]:
    ping = json.dumps(documented_example("get_ping")).encode()
    page = json.dumps(accounting_data_page(PAGE_SIZE)).encode()
    token = token_body()

    def handle(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == TOKEN_PATH:
            return json_response(token)
        if path.endswith("/ping"):
            return json_response(ping)
        if path.endswith(f"/accounting-data/{ORGANIZATION_NUMBER}"):
            return json_response(page)
        return json_response(b'{"detail": "Not found"}', 404)

    return handle


@contextlib.contextmanager
def _wrapper_client(
    handler: Callable[[httpx.Request], httpx.Response],
    *,
    validate_requests: bool = True,
    max_retries: int = DEFAULT_MAX_RETRIES,
) -> Iterator[finapi.Symetrisk]:
    client = finapi.Symetrisk(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        environment=MOCK_BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        validate_requests=validate_requests,
        max_retries=max_retries,
    )
    with client:
        # Warm-up: fetches the (one-hour) token, so the timed calls never do.
        if not isinstance(client.status.get_ping(), PingResponse):
            raise RuntimeError("the SDK client did not parse the documented ping response")
        yield client


def _detail(result: Comparison, target: str, baseline: str) -> str:
    return (
        f"{target} {duration(result.target_seconds)} vs {baseline} "
        f"{duration(result.baseline_seconds)} per call; {result.spread()}"
    )


def _data(result: Comparison) -> dict[str, float | int | list[float]]:
    return {
        "target_seconds_per_call": result.target_seconds,
        "baseline_seconds_per_call": result.baseline_seconds,
        "rounds": result.rounds,
        "calls_per_batch": result.calls_per_batch,
        "ratios": [round(r, 4) for r in result.ratios],
    }


def run(mode: Mode) -> list[Figure]:
    handler = _handler()
    with contextlib.ExitStack() as stack:
        raw = stack.enter_context(
            httpx.Client(base_url=MOCK_BASE_URL, transport=httpx.MockTransport(handler))
        )
        client = stack.enter_context(_wrapper_client(handler))
        # Context: the same call with one layer less each, to show where the overhead comes from.
        layers = {
            "SDK, validate_requests=False": _wrapper_client(handler, validate_requests=False),
            "SDK, max_retries=0": _wrapper_client(handler, max_retries=0),
        }
        variants = {label: stack.enter_context(layer) for label, layer in layers.items()}
        page_params = {"limit": PAGE_SIZE, "skip": 0}
        page_path = f"/accounting-data/{ORGANIZATION_NUMBER}"

        def raw_ping() -> object:
            return json.loads(raw.get("/ping").content)

        def raw_page() -> object:
            return json.loads(raw.get(page_path, params=page_params).content)

        def raw_page_models() -> object:
            return AccountingDataPage.from_dict(
                json.loads(raw.get(page_path, params=page_params).content)
            )

        def wrapper_page() -> object:
            # One request: the page holds all PAGE_SIZE items and says so in its total.
            return client.bank.get_accounting_data(
                ORGANIZATION_NUMBER, page_size=PAGE_SIZE
            ).to_list()

        parsed = wrapper_page()
        if not isinstance(parsed, list) or len(parsed) != PAGE_SIZE:
            raise RuntimeError("the SDK client did not parse the accounting-data page")

        # All ping variants in one interleaved comparison, so they share each round's baseline.
        pings = compare(
            {
                WRAPPER: client.status.get_ping,
                **{label: variant.status.get_ping for label, variant in variants.items()},
            },
            raw_ping,
            rounds=mode.rounds,
        )
        pages = compare(
            {WRAPPER: wrapper_page, "models": raw_page_models}, raw_page, rounds=mode.rounds
        )

    small = pings.pop(WRAPPER)
    large = pages[WRAPPER]
    models = pages["models"]
    figures = [
        Figure(
            NAME,
            "ping (small): SDK / raw httpx+json.loads",
            small.ratio,
            "x",
            SMALL_TARGET,
            _detail(small, "SDK", "raw"),
            _data(small),
        ),
        Figure(
            NAME,
            f"accounting page, {PAGE_SIZE} items (1.6 MB): SDK / raw",
            large.ratio,
            "x",
            LARGE_TARGET,
            _detail(large, "SDK", "raw") + "; includes from_dict, see parse",
            _data(large),
        ),
        Figure(
            NAME,
            "  same page, raw httpx+json.loads+from_dict / raw",
            models.ratio,
            "x",
            None,
            _detail(models, "models", "raw")
            + f"; the SDK's own layers: {duration(large.target_seconds - models.target_seconds)}",
            _data(models),
        ),
    ]
    figures += [
        Figure(
            NAME,
            f"  ping, {label} / raw",
            result.ratio,
            "x",
            None,
            _detail(result, "variant", "raw"),
            _data(result),
        )
        for label, result in pings.items()
    ]
    return figures
