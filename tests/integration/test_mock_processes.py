"""The session's mocks: their own process groups, a log file, and a clear failure with the log."""

from __future__ import annotations

import os
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from finapi._apis import APIS

from mocks.prism import free_port, port_is_free
from tests.integration import processes
from tests.integration.mock_session import (
    URL_VARIABLE,
    Mocks,
    MocksDidNotStart,
    given_urls,
    start_mocks,
)

pytestmark = pytest.mark.integration


def test_session_mocks_run_in_their_own_process_groups(mocks: Mocks) -> None:
    given = {api for api, url in given_urls().items() if url}
    assert set(mocks.started_groups) == {api.name for api in APIS} - given
    for api in given:  # running mocks named in the environment are used, not started
        assert mocks.url(api) == os.environ[URL_VARIABLE.format(api=api.upper())].rstrip("/")
    for api, group in mocks.started_groups.items():
        assert group in processes.STARTED_GROUPS  # checked again when the session ends
        assert group != os.getpgid(0)
        members = processes.live_in_groups([group])
        assert len(members) >= 1, members  # node serving (in one process: no worker fork)
        assert all("prism" in member.command for member in members)
        port = urlsplit(mocks.url(api)).port
        assert port is not None
        assert not port_is_free(port)


def test_session_mocks_log_to_a_temp_file(mocks: Mocks) -> None:
    if mocks.log_path is None:
        assert not mocks.started_groups, "started mocks always have a log"
        assert all(given_urls().values())
        return
    log = mocks.log_path.read_text(encoding="utf-8", errors="replace")
    for api in mocks.started_groups:
        assert f"Prism is listening on {mocks.url(api)}" in log


def test_a_mock_that_does_not_start_fails_with_its_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Node refuses to run at all with an unknown option: the mock dies before answering.
    monkeypatch.setenv("NODE_OPTIONS", "--no-such-node-option")
    port = free_port()
    log_path = tmp_path / "prism.log"
    with pytest.raises(MocksDidNotStart) as raised, start_mocks({"symetrisk": port}, log_path, 30):
        pass
    message = str(raised.value)
    assert "Prism for symetrisk exited with code" in message
    assert f"--- Prism log ({log_path}) ---" in message
    assert "--no-such-node-option is not allowed" in message  # node's own words, from the log
    deadline = time.monotonic() + 10
    while processes.prism_on_port(port) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert processes.prism_on_port(port) == []
