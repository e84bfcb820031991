"""Start the sandbox: the backend in a thread, and one validating Prism proxy per API in front.

    with running_sandbox({"symetrisk": free_port(), "brevio": free_port()}) as sandbox:
        sandbox.urls["symetrisk"]        # http://127.0.0.1:<port>, what the SDK talks to

The backend listens on a free loopback port of its own; only Prism talks to it.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import IO

import uvicorn

from mocks.prism import HOST, MockError, PrismMock, default_ports, running_mocks
from mocks.sandbox.app import Sandbox


@dataclass
class RunningSandbox:
    mocks: dict[str, PrismMock]  # the Prism proxies, by API name
    backend_url: str  # the backend itself (without Prism's validation): for diagnosis only
    state: Sandbox

    @property
    def urls(self) -> dict[str, str]:
        return {api: mock.base_url for api, mock in self.mocks.items()}


@contextlib.contextmanager
def running_backend(sandbox: Sandbox) -> Iterator[str]:
    """Serve the sandbox app with uvicorn in a daemon thread; yields its base URL."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, 0))  # a free port, bound before anyone is told about it
    port = listener.getsockname()[1]
    config = uvicorn.Config(
        sandbox.app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        loop="asyncio",
        http="h11",
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [listener]}, name="sandbox-backend", daemon=True
    )
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise MockError("The sandbox backend did not start; see the messages above.")
            thread.join(0.02)
        yield f"http://{HOST}:{port}"
    finally:
        server.should_exit = True
        thread.join(5)
        listener.close()


@contextlib.contextmanager
def running_sandbox(
    ports: Mapping[str, int] | None = None,
    *,
    seed: str = "finapi",
    log: IO[bytes] | int | None = None,
    timeout: float = 60.0,
) -> Iterator[RunningSandbox]:
    """The sandbox on these ports (default 4010/4011), stopped (all of it) on exit."""
    chosen = dict(ports or default_ports())
    state = Sandbox(seed)
    with running_backend(state) as backend:
        upstreams = {api: f"{backend}/{api}" for api in chosen}
        with running_mocks(chosen, log=log, timeout=timeout, upstreams=upstreams) as mocks:
            yield RunningSandbox(mocks=mocks, backend_url=backend, state=state)
