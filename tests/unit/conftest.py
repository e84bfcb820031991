"""Shared fixtures: a clean environment, a fake API (backoff waits: tests/conftest.py)."""

from __future__ import annotations

import pytest

from .fakes import FakeApi

_ENV_VARS = [
    f"{api}_{name}"
    for api in ("SYMETRISK", "BREVIO")
    for name in ("CLIENT_ID", "CLIENT_SECRET", "ENVIRONMENT", "MOCK_URL")
] + ["FINAPI_LOG"]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake() -> FakeApi:
    return FakeApi()
