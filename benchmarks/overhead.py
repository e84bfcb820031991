"""1. Per-call overhead: a generated operation through the wrapper's client vs raw httpx.

Both sides use the same in-process `httpx.MockTransport` answering with the documented payload,
so the network is out of the picture and what remains is the cost of our layers: the generated
function (kwargs, response parsing into models), the wrapper's auth flow, request validation,
retry transport and error mapping. The wrapper client gets its token during warm-up; the token
lives an hour, so no token request is timed.

The baseline is `httpx.Client.get` + `json.loads`: the least a user could write by hand. On the
large payload most of the difference is from_dict (see the parse benchmark), so only the small
one has a target. Context rows split the small-payload overhead by layer.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable, Iterator

import finapi
import httpx
from symetrisk_client import AuthenticatedClient
from symetrisk_client.api.bank import get_accounting_data
from symetrisk_client.api.status import get_ping
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
    max_retries: int | None = None,  # None: the factory's default
) -> Iterator[AuthenticatedClient]:
    factory = functools.partial(
        finapi.symetrisk,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        environment=MOCK_BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        validate_requests=validate_requests,
    )
    client = factory() if max_retries is None else factory(max_retries=max_retries)
    with client:
        # Warm-up: fetches the (one-hour) token, so the timed calls never do.
        if not isinstance(get_ping.sync(client=client), PingResponse):
            raise RuntimeError("the wrapper client did not parse the documented ping response")
        yield client


@contextlib.contextmanager
def _generated_only_client(
    handler: Callable[[httpx.Request], httpx.Response],
) -> Iterator[AuthenticatedClient]:
    """The generated client as openapi-python-client builds it: a static bearer header."""
    client = AuthenticatedClient(base_url=MOCK_BASE_URL, token="static-token")  # noqa: S106
    client.set_httpx_client(
        httpx.Client(
            base_url=MOCK_BASE_URL,
            headers={"Authorization": "Bearer static-token"},
            transport=httpx.MockTransport(handler),
        )
    )
    with client:
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
            "generated client only (no wrapper)": _generated_only_client(handler),
            "wrapper, validate_requests=False": _wrapper_client(handler, validate_requests=False),
            "wrapper, max_retries=0 (no stamina)": _wrapper_client(handler, max_retries=0),
        }
        variants = {label: stack.enter_context(layer) for label, layer in layers.items()}

        def raw_ping() -> object:
            return json.loads(raw.get("/ping").content)

        def raw_page() -> object:
            response = raw.get(
                f"/accounting-data/{ORGANIZATION_NUMBER}", params={"limit": PAGE_SIZE, "skip": 0}
            )
            return json.loads(response.content)

        def wrapper_page() -> object:
            return get_accounting_data.sync(
                ORGANIZATION_NUMBER, client=client, limit=PAGE_SIZE, skip=0
            )

        parsed = wrapper_page()
        if not isinstance(parsed, AccountingDataPage) or len(parsed.items) != PAGE_SIZE:
            raise RuntimeError("the wrapper client did not parse the accounting-data page")

        # All ping variants in one interleaved comparison, so they share each round's baseline.
        pings = compare(
            {
                WRAPPER: functools.partial(get_ping.sync, client=client),
                **{
                    label: functools.partial(get_ping.sync, client=variant)
                    for label, variant in variants.items()
                },
            },
            raw_ping,
            rounds=mode.rounds,
        )
        large = compare({WRAPPER: wrapper_page}, raw_page, rounds=mode.rounds)[WRAPPER]

    small = pings.pop(WRAPPER)
    figures = [
        Figure(
            NAME,
            "ping (small): wrapper / raw httpx+json.loads",
            small.ratio,
            "x",
            SMALL_TARGET,
            _detail(small, "wrapper", "raw"),
            _data(small),
        ),
        Figure(
            NAME,
            f"accounting page, {PAGE_SIZE} items (large): wrapper / raw",
            large.ratio,
            "x",
            None,
            _detail(large, "wrapper", "raw") + "; includes from_dict, see parse",
            _data(large),
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
