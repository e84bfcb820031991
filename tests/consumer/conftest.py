"""One wheel build and one venv for every consumer test of the session."""

from __future__ import annotations

import pytest

from tests.consumer.installed import Installed, build_wheel, install


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    wheel = build_wheel(tmp_path_factory.mktemp("wheel"))
    return install(wheel, tmp_path_factory.mktemp("consumer"))
