"""Fixtures shared by every test directory: the Prism mocks (static) and the sandbox (stateful,
behind validating Prism proxies), each started once per test session.

    FINAPI_TEST_SYMETRISK_URL / FINAPI_TEST_BREVIO_URL   use a running mock, start nothing for it
    FINAPI_TEST_MOCK_TIMEOUT                             seconds to wait for readiness (default 90)

Started mocks listen on free loopback ports and log to a temp file (shown if they do not become
ready). They are always stopped at the end of the session; the fixture then checks that every
process of their process groups is gone, and `pytest_sessionfinish` checks again after all
teardown (failing the run and killing the leftovers if anything survived).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import finapi._core
import pytest
from finapi._apis import APIS

from mocks.prism import MockError, free_port
from mocks.sandbox.run import RunningSandbox, running_sandbox
from tests.integration import processes
from tests.integration.mock_session import (
    Mocks,
    MocksDidNotStart,
    given_urls,
    ready_timeout,
    start_mocks,
    wait_for_url,
)


class Sleeps(list[float]):
    """The backoff delays the request loop asked for, in order, sync and async alike."""


@pytest.fixture(autouse=True)
def slept(monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    """No test waits out a backoff: the retries still happen, and the delays the SDK computed
    (its own or a server's Retry-After) are recorded here instead."""
    sleeps = Sleeps()

    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        await asyncio.sleep(0)  # still a suspension point, as a real sleep would be

    monkeypatch.setattr(finapi._core, "sleep", sleeps.append)
    monkeypatch.setattr(finapi._core, "async_sleep", async_sleep)
    return sleeps


@pytest.fixture(scope="session")
def mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mocks]:
    given = given_urls()
    timeout = ready_timeout()
    wanted = {api: free_port() for api, url in given.items() if not url}
    try:
        for api, url in given.items():
            if url:
                wait_for_url(api, url, timeout)
        if not wanted:
            yield Mocks(urls=given)
            return
        log_path = tmp_path_factory.mktemp("prism") / "prism.log"
        with start_mocks(wanted, log_path, timeout) as started:
            yield Mocks(
                urls={**given, **{api: mock.base_url for api, mock in started.items()}},
                started_groups={
                    api: mock.process.pid for api, mock in started.items() if mock.process
                },
                log_path=log_path,
            )
    except MocksDidNotStart as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    log_path = tmp_path_factory.mktemp("sandbox") / "prism.log"
    ports = {api.name: free_port() for api in APIS}
    with log_path.open("w+b") as log:
        try:
            with running_sandbox(ports, log=log, timeout=ready_timeout()) as started:
                groups = [m.process.pid for m in started.mocks.values() if m.process]
                processes.STARTED_GROUPS.extend(groups)
                yield started
        except MockError as error:
            text = log_path.read_text(encoding="utf-8", errors="replace")
            pytest.fail(f"The sandbox did not start: {error}\n{text}", pytrace=False)
    assert processes.wait_until_gone(groups) == []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Safety net after all teardown: no mock process started by this run may be alive."""
    groups = list(processes.STARTED_GROUPS)
    if not groups:
        return
    survivors = processes.wait_until_gone(groups, timeout=5.0)
    if survivors:
        processes.kill_groups(groups)
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                f"Prism processes of this test run were still alive (now killed): {survivors}",
                red=True,
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
