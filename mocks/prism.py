"""Run Prism (pinned in mocks/package-lock.json) as a local mock of each API.

One Prism process per spec (Prism serves one document per process), each in its own process
group so that stopping it also stops the node children that npx starts.

Prism 5.14 rejects a multipart array of files sent as repeated parts ("must be array",
stoplightio/prism#2654), which is how openapi-python-client and browsers send them. The spec stays
true to the API (an array of files); Prism is given a derived copy in which each multipart
array-of-binary property also accepts a single part. See `prism_document`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
import yaml

MOCKS_DIR = Path(__file__).resolve().parent
ROOT = MOCKS_DIR.parent
BUILD_DIR = MOCKS_DIR / "build"
APIS = ("symetrisk", "brevio")
DEFAULT_PORTS: Mapping[str, int] = {"symetrisk": 4010, "brevio": 4011}
HOST = "127.0.0.1"


class MockError(RuntimeError):
    """A mock could not be started; the message says what to do."""


def check_node() -> None:
    for tool in ("node", "npx"):
        if shutil.which(tool) is None:
            raise MockError(
                f"`{tool}` was not found on PATH. The mocks run Prism, which needs Node.js 18 or "
                "newer with npm (https://nodejs.org). Install it and try again."
            )
    if not (MOCKS_DIR / "node_modules" / ".bin" / "prism").exists():
        raise MockError(
            "Prism is not installed: run `npm ci` in mocks/ (`nox -s mock` does it for you)."
        )


def port_is_free(port: int, host: str = HOST) -> bool:
    """Whether a server could listen on the port now.

    SO_REUSEADDR as Node (Prism) itself uses it: connections of a stopped mock that linger in
    FIN_WAIT/TIME_WAIT (a client still holding a keep-alive connection) do not block a restart,
    only a live listener does. Windows' SO_REUSEADDR means "share a live port", so not there.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        if os.name != "nt":
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


def _accept_single_part(node: Any) -> None:
    """Let every array-of-binary property of a multipart schema accept one part as well."""
    if not isinstance(node, dict):
        return
    for name, prop in list((node.get("properties") or {}).items()):
        items = prop.get("items") if isinstance(prop, dict) else None
        is_array = isinstance(prop, dict) and prop.get("type") == "array"
        if is_array and isinstance(items, dict) and items.get("format") == "binary":
            node["properties"][name] = {"anyOf": [prop, items]}


def _resolve(spec: Any, node: Any) -> Any:
    """Follow local `$ref`s (`#/components/requestBodies/...`, `#/components/schemas/...`)."""
    while isinstance(node, dict) and "$ref" in node:
        target = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def prism_document(api: str) -> Path:
    """The spec as Prism should serve it: the multipart-array workaround, nothing else."""
    source = ROOT / "openapi" / f"{api}.yaml"
    target = BUILD_DIR / f"{api}.prism.yaml"
    # Rebuilt when the spec or this derivation changes.
    newest_input = max(source.stat().st_mtime, Path(__file__).stat().st_mtime)
    if target.exists() and target.stat().st_mtime >= newest_input:
        return target
    spec = yaml.safe_load(source.read_text(encoding="utf-8"))
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            # Request bodies are often shared components (`$ref: #/components/requestBodies/..`).
            content = _resolve(spec, operation.get("requestBody", {})).get("content", {})
            schema = content.get("multipart/form-data", {}).get("schema")
            if schema is None:
                continue
            _accept_single_part(_resolve(spec, schema))
    BUILD_DIR.mkdir(exist_ok=True)
    # Per-process name: two runs (nox -s mock and the tests) may rebuild at the same time.
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    temporary.replace(target)  # atomic: a concurrent reader never sees half a file
    return target


@dataclass
class PrismMock:
    """One running Prism process serving one API."""

    api: str
    port: int
    dynamic: bool = False
    log: IO[bytes] | int | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> None:
        if not port_is_free(self.port):
            raise MockError(
                f"port {self.port} on {HOST} is already in use (is a mock already running?). "
                f"Stop that process or choose another port with --{self.api}-port."
            )
        command = ["npx", "--no-install", "prism", "mock", str(prism_document(self.api)),
                   "--host", HOST, "--port", str(self.port), "--errors", "false"]  # fmt: skip
        if self.dynamic:
            command += ["--dynamic", "--seed", "finapi"]
        self.process = subprocess.Popen(
            command,
            cwd=MOCKS_DIR,
            stdout=self.log if self.log is not None else subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: stop() reaches npx's node child too
            env={**os.environ, "NODE_ENV": "production", "SCARF_ANALYTICS": "false"},
        )

    def wait_until_ready(self, timeout: float = 30.0) -> None:
        """Until Prism answers HTTP at all (any status: an unauthenticated call gets 401)."""
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=1.0) as client:
            while time.monotonic() < deadline:
                if self.process is not None and self.process.poll() is not None:
                    raise MockError(
                        f"Prism for {self.api} exited with code {self.process.returncode} "
                        "before it answered; see its log above."
                    )
                with contextlib.suppress(httpx.TransportError):
                    client.get(f"{self.base_url}/__ready")
                    return
                time.sleep(0.05)
        raise MockError(f"Prism for {self.api} did not answer on {self.base_url} in {timeout} s.")

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the whole process group: npx, and the Prism node process it started."""
        process, self.process = self.process, None
        if process is None:
            return
        group = process.pid  # start_new_session: the leader's pid is the group id
        _signal_group(group, signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            _signal_group(group, signal.SIGKILL)
            process.wait(timeout)
        # The leader is reaped; its node child may outlive it (it is not ours to wait for).
        deadline = time.monotonic() + timeout
        while _group_alive(group) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _group_alive(group):
            _signal_group(group, signal.SIGKILL)


def _signal_group(group: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signum)


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


@contextlib.contextmanager
def running_mocks(
    ports: Mapping[str, int] | None = None,
    *,
    dynamic: bool = False,
    log: IO[bytes] | int | None = None,
    timeout: float = 30.0,
) -> Iterator[dict[str, PrismMock]]:
    """Start a mock per API, wait until all answer, and always stop them all on exit."""
    check_node()
    chosen = dict(ports or DEFAULT_PORTS)
    mocks = {api: PrismMock(api, chosen[api], dynamic=dynamic, log=log) for api in chosen}
    try:
        for mock in mocks.values():
            mock.start()  # both start before either is awaited: their start-up overlaps
        for mock in mocks.values():
            mock.wait_until_ready(timeout)
        yield mocks
    finally:
        for mock in mocks.values():
            mock.stop()


def environment_for(mocks: Mapping[str, PrismMock]) -> dict[str, str]:
    """Environment variables that point the SDK at these mocks (any credentials work)."""
    settings: dict[str, str] = {}
    for api, mock in mocks.items():
        prefix = api.upper()
        settings[f"{prefix}_ENVIRONMENT"] = mock.base_url
        settings[f"{prefix}_CLIENT_ID"] = "mock-client-id"
        settings[f"{prefix}_CLIENT_SECRET"] = "mock-client-secret"
    return settings
