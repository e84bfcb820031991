"""Fixtures of the integration tests (the Prism mocks themselves come from tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.integration.wire import Recorder


@pytest.fixture(autouse=True)
def _no_retry_sleeps(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK's retries still happen (same attempt counts), without backoff sleeps."""

    async def no_async_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr("finapi._core.sleep", lambda seconds: None)
    monkeypatch.setattr("finapi._core.async_sleep", no_async_sleep)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()
