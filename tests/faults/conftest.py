"""Backoff waits skipped (the attempts still happen, and the delays asked for are recorded)."""

from __future__ import annotations

import finapi._core
import pytest


@pytest.fixture(autouse=True)
def backoff(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    delays: list[float] = []

    def sleep(seconds: float) -> None:
        delays.append(seconds)

    async def async_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(finapi._core, "sleep", sleep)
    monkeypatch.setattr(finapi._core, "async_sleep", async_sleep)
    return delays
