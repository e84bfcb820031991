"""Fixtures of the integration tests (the Prism mocks themselves come from tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.integration.wire import Recorder


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()
