"""Fixtures of the integration tests (the Prism mocks themselves come from tests/conftest.py)."""

from __future__ import annotations

import finapi._core
import pytest

from tests.integration.wire import Recorder


@pytest.fixture(autouse=True)
def backoff(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The wrapper's retries still happen (same attempts, same computed delays), without the
    waiting; the delays it asked for are recorded."""
    delays: list[float] = []

    def sleep(seconds: float) -> None:
        delays.append(seconds)

    async def async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(finapi._core, "sleep", sleep)
    monkeypatch.setattr(finapi._core, "async_sleep", async_sleep)
    return delays


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()
