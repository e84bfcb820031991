"""Fixtures: clients of the sandbox (started once per session by tests/conftest.py).

Every response the tests get passes through `checked`: a response Prism flagged (an
`sl-violations` header, or its 500 for an off-spec response) fails the test, whatever the test
itself asserts. So the sandbox cannot drift from the specs without the suite noticing.

    FINAPI_TEST_MOCK_TIMEOUT   seconds to wait for readiness (default 90)
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from mocks.sandbox.run import RunningSandbox

TOKEN_PATHS = {"symetrisk": "/oauth2/token", "brevio": "/v1/auth/token"}


class OffSpec(AssertionError):
    """Prism found the exchange off the spec."""


def check_exchange(response: httpx.Response) -> None:
    """Fail on anything Prism flagged: request violations are expected only where a test says."""
    if response.request.extensions.get("expect_violation"):
        return
    response.read()
    violations = response.headers.get("sl-violations")
    problem = response.headers.get("content-type", "").startswith("application/problem+json")
    if violations or (response.status_code == 500 and problem):
        raise OffSpec(
            f"{response.request.method} {response.request.url} -> {response.status_code}: "
            f"{violations or response.text}"
        )


def client_for(url: str, api: str, scope: str | None = None) -> httpx.Client:
    """An httpx client with a token from the sandbox's token endpoint, every exchange checked."""
    with httpx.Client(base_url=url, timeout=30.0, trust_env=False) as anonymous:
        form = {"grant_type": "client_credentials", **({"scope": scope} if scope else {})}
        issued = anonymous.post(TOKEN_PATHS[api], auth=("sandbox-test", "secret"), data=form)
        check_exchange(issued)
        issued.raise_for_status()
    return httpx.Client(
        base_url=url,
        timeout=30.0,
        trust_env=False,
        headers={"Authorization": f"Bearer {issued.json()['access_token']}"},
        event_hooks={"response": [check_exchange]},
    )


def expect_violation() -> dict[str, object]:
    """Request extensions for a call Prism is meant to refuse (the check is skipped)."""
    return {"expect_violation": True}


@pytest.fixture
def symetrisk(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with client_for(sandbox.urls["symetrisk"], "symetrisk") as client:
        yield client


@pytest.fixture
def brevio(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with client_for(sandbox.urls["brevio"], "brevio") as client:
        yield client


def violations(response: httpx.Response) -> list[dict[str, object]]:
    """The violations Prism lists in its 422 problem body."""
    assert response.headers["content-type"].startswith("application/problem+json"), response.text
    listed: list[dict[str, object]] = json.loads(response.text)["validation"]
    return listed
