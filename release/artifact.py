"""Prove the built artifacts as a consumer gets them (the second half of `nox -s build`).

    python -m release.artifact DIST_DIR

`nox -s build` first runs `python -m build` (the sdist, then the wheel built from the unpacked
sdist, so a file missing from the sdist breaks the wheel) and `twine check --strict`. This then:
prints both artifacts' sizes; checks the wheel carries `py.typed` for every package (PEP 561:
without it mypy ignores the annotations a consumer relies on); installs the wheel into a fresh
venv in a temporary directory outside the checkout; starts the local mocks the way the README
does; and runs the README's quickstart (the first ```python block under "## Quickstart") with
that venv's interpreter from the temporary directory, in isolated mode, so nothing can come from
the source tree. When the quickstart is followed by a ```text block, the output must match it.
Every check runs; the exit status is 1 if any failed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from release.project import APIS, REPO

README = REPO / "README.md"
FENCE = re.compile(r"^```(?P<language>[\w-]*)[ \t]*\n(?P<body>.*?)^```[ \t]*$", re.M | re.S)
EXPORT = re.compile(r"^\s*export (?P<name>[A-Z][A-Z0-9_]*)=(?P<value>\S+)\s*$")
MOCK_READY_TIMEOUT = 180.0  # two Prism processes on a loaded 2-core machine
QUICKSTART_TIMEOUT = 120.0


class CheckFailed(Exception):
    pass


@dataclass(frozen=True)
class Quickstart:
    code: str
    expected_output: str | None


def quickstart(readme: str) -> Quickstart:
    """The first ```python block under the "## Quickstart..." heading, and the ```text block
    that follows it in the same section (its output), if there is one."""
    heading = re.search(r"^## Quickstart\b.*$", readme, re.MULTILINE)
    if heading is None:
        raise CheckFailed("README.md has no '## Quickstart' heading")
    section = readme[heading.end() :]
    following = re.search(r"^## ", section, re.MULTILINE)
    section = section[: following.start()] if following else section
    blocks = list(FENCE.finditer(section))
    index = next((i for i, b in enumerate(blocks) if b["language"] == "python"), None)
    if index is None:
        raise CheckFailed("README.md's Quickstart section has no ```python block")
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    expected = after["body"] if after is not None and after["language"] == "text" else None
    return Quickstart(blocks[index]["body"], expected)


def sizes(dist: Path) -> tuple[Path, Path]:
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise CheckFailed(f"{dist} must hold exactly one wheel and one sdist: {os.listdir(dist)}")
    for artifact in (wheels[0], sdists[0]):
        size = artifact.stat().st_size
        print(f"artifact: {artifact.name}: {size} bytes ({size / 1024:.0f} KiB)")
    return wheels[0], sdists[0]


def check_typed(wheel: Path) -> None:
    packages = ["finapi", *(api.package for api in APIS)]
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [package for package in packages if f"{package}/py.typed" not in names]
    if missing:
        raise CheckFailed(
            f"{wheel.name} has no py.typed for {', '.join(missing)}: type checkers will treat "
            "these packages as untyped (PEP 561). The generation step must write the marker."
        )
    print(f"artifact: py.typed present for {', '.join(packages)}")


def make_venv(directory: Path, wheel: Path) -> Path:
    """A fresh venv with the wheel (and its dependencies from the index) installed."""
    uv = shutil.which("uv")
    if uv:
        subprocess.run([uv, "venv", "--quiet", str(directory)], check=True)
        python = directory / "bin" / "python"
        install = [uv, "pip", "install", "--quiet", "--python", str(python), str(wheel)]
    else:
        subprocess.run([sys.executable, "-m", "venv", str(directory)], check=True)
        python = directory / "bin" / "python"
        install = [str(python), "-m", "pip", "install", "--quiet", str(wheel)]
    subprocess.run(install, check=True, timeout=600)
    return python


def check_imports_from(python: Path, venv: Path, workdir: Path) -> None:
    packages = ["finapi", *(api.package for api in APIS)]
    code = "import importlib\n" + "".join(
        f"print(importlib.import_module({package!r}).__file__)\n" for package in packages
    )
    result = subprocess.run(
        [str(python), "-I", "-c", code],
        cwd=workdir, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise CheckFailed(f"importing {packages} from the venv failed:\n{result.stderr}")
    outside = [line for line in result.stdout.split() if not Path(line).is_relative_to(venv)]
    if outside:
        raise CheckFailed(f"packages imported from outside the venv: {outside}")
    print(f"artifact: {', '.join(packages)} import from the fresh venv")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def running_mock(log_path: Path) -> Iterator[dict[str, str]]:
    """`nox -s mock`'s program on free ports; yields the settings it prints (`export` lines)."""
    ports = [f"--{api.name}-port={_free_port()}" for api in APIS]
    with log_path.open("w+", encoding="utf-8") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "mocks.serve", *ports],
            cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            yield _wait_for_settings(process, log_path)
        finally:
            _stop(process)


def _wait_for_settings(process: subprocess.Popen[bytes], log_path: Path) -> dict[str, str]:
    wanted = len(APIS)
    deadline = time.monotonic() + MOCK_READY_TIMEOUT
    while time.monotonic() < deadline:
        text = log_path.read_text(encoding="utf-8", errors="replace")
        settings = dict(
            (match["name"], match["value"])
            for line in text.splitlines()
            if (match := EXPORT.match(line))
        )
        environments = [name for name in settings if name.endswith("_ENVIRONMENT")]
        if len(environments) >= wanted:
            return settings
        if process.poll() is not None:
            raise CheckFailed(f"the mock exited with {process.returncode}:\n{text}")
        time.sleep(0.5)
    raise CheckFailed(
        f"the mock printed no settings within {MOCK_READY_TIMEOUT:.0f} s:\n"
        + log_path.read_text(encoding="utf-8", errors="replace")
    )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ctrl-C for the mock's whole process group (Prism's node children included)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError):  # Prism's node processes, if any are left
        os.killpg(process.pid, signal.SIGKILL)


def run_quickstart(python: Path, workdir: Path, settings: dict[str, str]) -> None:
    start = quickstart(README.read_text(encoding="utf-8"))
    script = workdir / "quickstart.py"
    script.write_text(start.code, encoding="utf-8")
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("SYMETRISK_", "BREVIO_", "FINAPI_", "VIRTUAL_ENV", "PYTHON"))
    }
    environment.update(settings)
    # -I: no PYTHONPATH, no user site, not even the script's directory on sys.path.
    result = subprocess.run(
        [str(python), "-I", str(script)],
        cwd=workdir, env=environment, capture_output=True, text=True,
        timeout=QUICKSTART_TIMEOUT, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise CheckFailed(
            f"the README quickstart failed (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )
    if start.expected_output is not None and result.stdout != start.expected_output:
        raise CheckFailed(
            "the README quickstart printed something else than the README says:\n"
            f"--- README\n{start.expected_output}--- printed\n{result.stdout}"
        )
    print("artifact: the README quickstart ran from the installed wheel against the mock:")
    print("  " + result.stdout.rstrip("\n").replace("\n", "\n  "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m release.artifact", description=__doc__)
    parser.add_argument("dist", type=Path, help="the directory `python -m build` wrote to")
    args = parser.parse_args(argv)
    failures: list[str] = []
    try:
        wheel, _ = sizes(args.dist)
    except CheckFailed as error:
        print(f"artifact: FAILED: {error}", file=sys.stderr)
        return 1
    _step("py.typed", lambda: check_typed(wheel), failures)
    with tempfile.TemporaryDirectory(prefix="finapi-artifact-") as temporary:
        workdir = Path(temporary).resolve()
        if workdir.is_relative_to(REPO):
            print(f"artifact: FAILED: {workdir} is inside the checkout", file=sys.stderr)
            return 1
        venv = workdir / "venv"
        python = make_venv(venv, wheel)
        print(f"artifact: installed {wheel.name} into a fresh venv at {venv}")
        _step("imports", lambda: check_imports_from(python, venv, workdir), failures)
        _step("quickstart", lambda: _quickstart_against_mock(python, workdir), failures)
    if failures:
        print("artifact: FAILED:\n" + "\n".join(f"- {f}" for f in failures), file=sys.stderr)
        return 1
    print("artifact: passed")
    return 0


def _quickstart_against_mock(python: Path, workdir: Path) -> None:
    with running_mock(workdir / "mock.log") as settings:
        run_quickstart(python, workdir, settings)


def _step(name: str, step: Callable[[], None], failures: list[str]) -> None:
    """Run one check; a failure is reported and remembered, and the other checks still run."""
    try:
        step()
    except CheckFailed as error:
        print(f"artifact: {name}: FAILED: {error}", file=sys.stderr)
        failures.append(f"{name}: {error}")


if __name__ == "__main__":
    sys.exit(main())
