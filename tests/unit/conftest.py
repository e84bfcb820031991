"""Shared fixtures: no retry sleeps, a clean environment, a fake API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import stamina

from .fakes import FakeApi

_ENV_VARS = [
    f"{api}_{name}"
    for api in ("SYMETRISK", "BREVIO")
    for name in ("CLIENT_ID", "CLIENT_SECRET", "ENVIRONMENT", "MOCK_URL")
] + ["FINAPI_LOG"]


@pytest.fixture(autouse=True)
def _no_retry_sleeps() -> Iterator[None]:
    # Testing mode: zero backoff; attempts capped at what the code asks for (so counts are real).
    with stamina.set_testing(True, attempts=1000, cap=True):
        yield


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake() -> FakeApi:
    return FakeApi()
