"""The built reference, served on loopback, and a real headless Chromium to look at it.

    FINAPI_DOCS_DIR   a reference `nox -s docs` already built (otherwise one is built here)
    FINAPI_CHROMIUM   the browser (default: `chromium` on PATH, Debian's package)

Chromium and ChromeDriver come from Debian (`apt-get install chromium chromium-driver`; `.ci/run`
installs them). The flags keep it from reaching for Google's services on a closed network.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from release import docs

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1400,1000",
)  # fmt: skip


@pytest.fixture(scope="session")
def docs_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("FINAPI_DOCS_DIR", "").strip()
    if given:
        path = Path(given)
        assert (path / "index.html").is_file(), f"FINAPI_DOCS_DIR={given} has no index.html"
        return path
    out = tmp_path_factory.mktemp("docs") / "reference"
    docs.build(out)
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        # Browsers ask every host for /favicon.ico; a static host without one is not a
        # rendering failure of the pages, so it gets "no content" instead of a logged 404.
        if self.path == "/favicon.ico":
            self.send_response(204)
            self.end_headers()
            return
        super().do_GET()


@pytest.fixture(scope="session")
def site(docs_dir: Path) -> Iterator[str]:
    """The reference served over HTTP on loopback, as a static host would serve it."""
    handler = functools.partial(_QuietHandler, directory=str(docs_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _required(name: str, variable: str | None = None) -> str:
    path = (os.environ.get(variable, "") if variable else "") or shutil.which(name)
    if not path:
        pytest.fail(
            f"`{name}` is not installed: the reference is checked in Debian's Chromium "
            "(`apt-get install -y chromium chromium-driver`; .ci/run does it)",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = _required("chromium", "FINAPI_CHROMIUM")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="finapi-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    # The console (errors, failed loads, uncaught exceptions) is read back by the tests.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(_required("chromedriver")))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
