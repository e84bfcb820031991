"""Starting the Prism mocks for a test session, or using running ones given by URL.

FINAPI_TEST_SYMETRISK_URL / FINAPI_TEST_BREVIO_URL   use a running mock, start nothing for it
FINAPI_TEST_MOCK_TIMEOUT                             seconds to wait for readiness (default 90)
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from finapi._apis import APIS

from mocks.prism import MockError, PrismMock, running_mocks
from tests.integration import processes

URL_VARIABLE = "FINAPI_TEST_{api}_URL"
# Any credentials work against the mocks; these say where a request in a mock's log came from.
CLIENT_ID = "integration-client-id"
CLIENT_SECRET = "integration-client-secret"
# Two Prism processes start in ~10-25 s on a loaded machine (npx, then parsing the specs).
DEFAULT_READY_TIMEOUT = 90.0


class MocksDidNotStart(Exception):
    """The message says why, and includes Prism's log."""


@dataclass(frozen=True)
class Mocks:
    """Base URLs of the mocks the tests talk to, and what this session started itself."""

    urls: Mapping[str, str]
    started_groups: Mapping[str, int] = field(default_factory=dict)  # api -> process group
    log_path: Path | None = None

    def url(self, api: str) -> str:
        return self.urls[api]

    def environment(self) -> dict[str, str]:
        """Variables that point the SDK at these mocks (as `mocks.serve` prints them)."""
        settings: dict[str, str] = {}
        for api, url in self.urls.items():
            prefix = api.upper()
            settings[f"{prefix}_ENVIRONMENT"] = url
            settings[f"{prefix}_CLIENT_ID"] = CLIENT_ID
            settings[f"{prefix}_CLIENT_SECRET"] = CLIENT_SECRET
        return settings


def ready_timeout() -> float:
    return float(os.environ.get("FINAPI_TEST_MOCK_TIMEOUT", DEFAULT_READY_TIMEOUT))


def given_urls() -> dict[str, str]:
    """URLs of already running mocks from the environment ("" where none is given)."""
    return {
        api: os.environ.get(URL_VARIABLE.format(api=api.upper()), "").strip().rstrip("/")
        for api in (api.name for api in APIS)
    }


def wait_for_url(api: str, url: str, timeout: float) -> None:
    """A mock given by URL must answer HTTP (any status) before the tests use it."""
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0) as client:
        while True:
            try:
                client.get(f"{url}/__ready")
            except httpx.TransportError as error:
                if time.monotonic() >= deadline:
                    variable = URL_VARIABLE.format(api=api.upper())
                    raise MocksDidNotStart(f"{variable}={url} does not answer: {error}") from None
                time.sleep(0.1)
            else:
                return


def _log_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace").strip()
    return text or "(Prism wrote nothing)"


@contextlib.contextmanager
def start_mocks(
    ports: Mapping[str, int], log_path: Path, timeout: float
) -> Iterator[dict[str, PrismMock]]:
    """`running_mocks` logging to `log_path`; on exit, checks that all their processes are gone.

    Raises MocksDidNotStart, with the log, when a mock does not become ready.
    """
    groups: list[int] = []
    with log_path.open("w+b") as log, contextlib.ExitStack() as stack:
        try:
            started = stack.enter_context(running_mocks(ports, log=log, timeout=timeout))
        except MockError as error:
            raise MocksDidNotStart(
                f"The Prism mocks did not start: {error}\n"
                f"--- Prism log ({log_path}) ---\n{_log_text(log_path)}"
            ) from None
        for mock in started.values():
            assert mock.process is not None
            groups.append(mock.process.pid)  # start_new_session: the leader's pid is the group
        processes.STARTED_GROUPS.extend(groups)
        yield started
    # running_mocks has stopped them; nothing of theirs may be left behind.
    survivors = processes.wait_until_gone(groups)
    assert not survivors, f"Prism processes outlived their mocks: {survivors}"
