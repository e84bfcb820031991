"""One wheel and one venv for every consumer test of the session.

`nox -s build` passes the wheel it built and checked (FINAPI_WHEEL); run by hand, the tests
build one from the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.consumer.installed import Installed, build_wheel, install


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    given = os.environ.get("FINAPI_WHEEL")
    wheel = Path(given) if given else build_wheel(tmp_path_factory.mktemp("wheel"))
    return install(wheel, tmp_path_factory.mktemp("consumer"))
