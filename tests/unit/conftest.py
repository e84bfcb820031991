"""Shared fixtures: no backoff waits (recorded instead), a clean environment, a fake API."""

from __future__ import annotations

import asyncio

import finapi._core
import pytest

from .fakes import FakeApi

_ENV_VARS = [
    f"{api}_{name}"
    for api in ("SYMETRISK", "BREVIO")
    for name in ("CLIENT_ID", "CLIENT_SECRET", "ENVIRONMENT", "MOCK_URL")
] + ["FINAPI_LOG"]


class Sleeps(list[float]):
    """The backoff delays the request loop asked for, in order, sync and async alike."""


@pytest.fixture(autouse=True)
def slept(monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    """Every test runs without waiting: the delays are still computed, and recorded here."""
    sleeps = Sleeps()

    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        await asyncio.sleep(0)  # still a suspension point, as a real sleep would be

    monkeypatch.setattr(finapi._core, "sleep", sleeps.append)
    monkeypatch.setattr(finapi._core, "async_sleep", async_sleep)
    return sleeps


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake() -> FakeApi:
    return FakeApi()
