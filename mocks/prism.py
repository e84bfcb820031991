"""Run Prism (pinned in mocks/package-lock.json) for each API: as a mock, or as a validating proxy.

One Prism process per spec (Prism serves one document per process), each in its own process
group so that stopping it also stops the child that Prism forks (multiprocess mode), and so that
a Ctrl-C in the terminal reaches only the supervisor (mocks/serve.py), which stops everything in
order.

- **Mock** (`--static`): Prism answers with the spec's examples (`prism mock`).
- **Proxy** (the sandbox): Prism forwards every request to the stateful backend
  (mocks/sandbox/) and validates the request and the backend's response against the spec
  (`prism proxy --errors`): an invalid request is answered 422 (401 for missing credentials) with
  Prism's list of violations and never reaches the backend; a response off the spec becomes a
  500 naming each violation, so the sandbox cannot drift from the contract unnoticed.

Prism is given a derived copy of each spec (`mocks/build/`, see `prism_document`):
- Prism 5.14 rejects a multipart array of files sent as repeated parts ("must be array",
  stoplightio/prism#2654), which is how openapi-python-client and browsers send them. The spec
  stays true to the API (an array of files); in the copy each multipart array-of-binary property
  also accepts a single part.
- Sandbox only: the test helpers (`/_sandbox/...`, mocks/sandbox/<api>-helpers.yaml) are added as
  operations, so Prism forwards and validates them like the API's own.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
import yaml
from finapi._apis import APIS, api_named
from finapi._openapi import load_document

MOCKS_DIR = Path(__file__).resolve().parent
ROOT = MOCKS_DIR.parent
BUILD_DIR = MOCKS_DIR / "build"
SANDBOX_DIR = MOCKS_DIR / "sandbox"
HOST = "127.0.0.1"
# Prism's CLI run by node itself: `npx prism` would add npm's start-up and two more processes
# (npm exec, sh) to every mock.
PRISM_CLI = MOCKS_DIR / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"


def default_ports() -> dict[str, int]:
    return {api.name: api.mock_port for api in APIS}


class MockError(RuntimeError):
    """A mock could not be started; the message says what to do."""


def check_node() -> None:
    if shutil.which("node") is None:
        raise MockError(
            "`node` was not found on PATH. The mocks run Prism, which needs Node.js 18 or "
            "newer with npm (https://nodejs.org). Install it and try again."
        )
    if not PRISM_CLI.exists():
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


def check_ports(ports: Mapping[str, int]) -> None:
    """Refuse clashing or taken ports before anything starts (the message names the option)."""
    seen: dict[int, str] = {}
    for api, port in ports.items():
        if not 0 < port < 65536:
            raise MockError(f"--{api}-port {port} is not a TCP port (1-65535).")
        if port in seen:
            raise MockError(
                f"--{seen[port]}-port and --{api}-port are both {port}: each API needs its own "
                "port. Choose two different ports."
            )
        seen[port] = api
    for api, port in ports.items():
        if not port_is_free(port):
            raise MockError(
                f"port {port} on {HOST} is already in use (is a mock already running?). "
                f"Stop that process or choose another port with --{api}-port."
            )


# ------------------------------------------------------------------ the documents Prism serves


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


def _multipart_arrays_accept_one_part(spec: dict[str, Any]) -> None:
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            # Request bodies are often shared components (`$ref: #/components/requestBodies/..`).
            content = _resolve(spec, operation.get("requestBody", {})).get("content", {})
            schema = content.get("multipart/form-data", {}).get("schema")
            if schema is not None:
                _accept_single_part(_resolve(spec, schema))


def _add_helpers(spec: dict[str, Any], api: str) -> None:
    helpers = load_document(SANDBOX_DIR / f"{api}-helpers.yaml")
    clashes = set(helpers["paths"]) & set(spec["paths"])
    assert not clashes, f"sandbox helpers reuse API paths: {clashes}"
    spec["paths"].update(helpers["paths"])
    for section, entries in helpers.get("components", {}).items():
        spec.setdefault("components", {}).setdefault(section, {}).update(entries)
    spec.setdefault("tags", []).extend(helpers.get("tags", []))


def prism_document(api: str, *, sandbox: bool = False) -> Path:
    """The spec as Prism should serve it (see the module docstring for the differences)."""
    source = ROOT / "openapi" / api_named(api).spec_file
    target = BUILD_DIR / f"{api}.{'sandbox' if sandbox else 'prism'}.yaml"
    inputs = [source, Path(__file__)]
    if sandbox:
        inputs.append(SANDBOX_DIR / f"{api}-helpers.yaml")
    # Rebuilt when the spec, the helpers or this derivation changes.
    newest_input = max(path.stat().st_mtime for path in inputs)
    if target.exists() and target.stat().st_mtime >= newest_input:
        return target
    spec = load_document(source)
    _multipart_arrays_accept_one_part(spec)
    if sandbox:
        _add_helpers(spec, api)
    BUILD_DIR.mkdir(exist_ok=True)
    # Per-process name: two runs (nox -s mock and the tests) may rebuild at the same time.
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    temporary.replace(target)  # atomic: a concurrent reader never sees half a file
    return target


# ------------------------------------------------------------------ Prism processes


def prism_command(
    document: Path, port: int, *, upstream: str | None = None, dynamic: bool = False
) -> list[str]:
    # One process: Prism's multiprocess mode (its default under NODE_ENV=production) forks a
    # worker that loads every module and parses the spec again; on 2 busy cores the single
    # process answered in ~19 s where the pair took 33-43 s (brevio.yaml, load average 8-10).
    common = ["--host", HOST, "--port", str(port), "--multiprocess", "false"]
    if upstream is not None:
        # --errors: refuse invalid requests (with the violations) and turn off-spec responses
        # into 500s instead of only reporting them in the `sl-violations` header.
        return ["node", str(PRISM_CLI), "proxy", str(document), upstream, *common,
                "--errors", "true"]  # fmt: skip
    command = ["node", str(PRISM_CLI), "mock", str(document), *common, "--errors", "false"]
    if dynamic:
        command += ["--dynamic", "--seed", "finapi"]
    return command


def prism_environment() -> dict[str, str]:
    return {**os.environ, "NODE_ENV": "production", "SCARF_ANALYTICS": "false"}


@dataclass
class PrismMock:
    """One running Prism process serving one API (a mock, or a proxy in front of `upstream`)."""

    api: str
    port: int
    dynamic: bool = False
    log: IO[bytes] | int | None = None
    upstream: str | None = None
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
        document = prism_document(self.api, sandbox=self.upstream is not None)
        self.process = subprocess.Popen(
            prism_command(document, self.port, upstream=self.upstream, dynamic=self.dynamic),
            cwd=MOCKS_DIR,
            stdout=self.log if self.log is not None else subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: see the module docstring
            env=prism_environment(),
        )

    def wait_until_ready(self, timeout: float = 30.0) -> None:
        """Until Prism answers HTTP at all (any status: an unknown path gets 404)."""
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=1.0, trust_env=False) as client:
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
        stop_all([self], timeout)


def stop_all(mocks: Iterable[PrismMock], timeout: float = 5.0) -> None:
    """Stop every mock's whole process group, all at once.

    All groups get SIGTERM before any is waited for, and share one deadline: stopping takes as
    long as the slowest mock, not the sum (a caller may itself be given little time, as nox gives
    its child after Ctrl-C). Survivors get SIGKILL.
    """
    groups: list[tuple[subprocess.Popen[bytes], int]] = []
    for mock in mocks:
        process, mock.process = mock.process, None
        if process is not None:
            groups.append((process, process.pid))  # start_new_session: leader pid = group id
    for _, group in groups:
        _signal_group(group, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process, _ in groups:
            process.poll()  # reap the leader, or it stays a zombie member of its group
        if not any(_group_alive(group) for _, group in groups):
            break
        time.sleep(0.02)
    for process, group in groups:
        if _group_alive(group):
            _signal_group(group, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout)


def _signal_group(group: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, signum)


def _group_alive(group: int) -> bool:
    """Whether any process of the group is alive (zombies waiting to be reaped do not count)."""
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    proc = Path("/proc")
    if not proc.is_dir():
        return True
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == group and fields[0] not in ("Z", "X"):
                return True
    return False


@contextlib.contextmanager
def running_mocks(
    ports: Mapping[str, int] | None = None,
    *,
    dynamic: bool = False,
    log: IO[bytes] | int | None = None,
    timeout: float = 30.0,
    upstreams: Mapping[str, str] | None = None,
) -> Iterator[dict[str, PrismMock]]:
    """Start a Prism per API, wait until all answer, and always stop them all on exit.

    With `upstreams` ({api: backend URL}) each Prism is a validating proxy in front of it.
    """
    check_node()
    chosen = dict(ports or default_ports())
    mocks = {
        api: PrismMock(
            api, chosen[api], dynamic=dynamic, log=log, upstream=(upstreams or {}).get(api)
        )
        for api in chosen
    }
    try:
        for mock in mocks.values():
            mock.start()  # all start before any is awaited: their start-up overlaps
        for mock in mocks.values():
            mock.wait_until_ready(timeout)
        yield mocks
    finally:
        stop_all(mocks.values())


def environment_for(urls: Mapping[str, str]) -> dict[str, str]:
    """Environment variables that point the SDK at these mocks (any credentials work)."""
    settings: dict[str, str] = {}
    for name, url in urls.items():
        api = api_named(name)
        client_id, client_secret = api.credential_variables
        settings[api.environment_variable] = url
        settings[client_id] = "mock-client-id"
        settings[client_secret] = "mock-client-secret"
    return settings
