"""`pip install "finapi[drift]"` gives a working `finapi-drift`, as an integrator installs it.

A fresh virtual environment outside the checkout, the project installed from its source as a
wheel (not editable), and then the console script run from a directory that is not the
checkout: `--help`, and a short run against a loopback server, which only works if schemathesis
finds the hooks and the specs inside the installed package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from finapi._apis import SYMETRISK
from finapi.drift.spec import Spec

from tests.drift import drifted_server as ds

ROOT = Path(__file__).resolve().parents[2]
OPTIONS = ("--api", "--base-url", "--allow-writes", "--max-examples", "--seed", "--rate-limit",
           "--report-dir", "--fail-on-warnings", "--verbose")  # fmt: skip
INSTALL_TIMEOUT = 600


def _clean_environment(**extra: str) -> dict[str, str]:
    """No PYTHONPATH, no SCHEMATHESIS_HOOKS, no credentials: only what the venv brings."""
    drop = ("PYTHONPATH", "SCHEMATHESIS_HOOKS", "VIRTUAL_ENV", "SYMETRISK_", "BREVIO_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv outside the checkout with `<checkout>[drift]` installed (uv when there is one)."""
    home = tmp_path_factory.mktemp("consumer")
    target = home / "venv"
    python = target / "bin" / "python"
    uv = shutil.which("uv")
    env = _clean_environment()
    if uv is not None:
        commands = [
            [uv, "venv", "--quiet", "--python", sys.executable, str(target)],
            [uv, "pip", "install", "--quiet", "--python", str(python), f"{ROOT}[drift]"],
        ]
    else:
        commands = [
            [sys.executable, "-m", "venv", str(target)],
            [str(python), "-m", "pip", "install", "--quiet", f"{ROOT}[drift]"],
        ]
    for command in commands:
        subprocess.run(command, cwd=home, env=env, check=True, timeout=INSTALL_TIMEOUT)
    return target


def test_the_installed_console_script_lists_its_options(venv: Path) -> None:
    result = subprocess.run(
        [str(venv / "bin" / "finapi-drift"), "--help"],
        cwd=venv.parent, env=_clean_environment(), capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for option in OPTIONS:
        assert option in result.stdout, option
    assert "6 the token endpoint answers but not as OAuth2" in result.stdout


def test_the_installed_package_is_not_the_checkout(venv: Path) -> None:
    script = (
        "import finapi, finapi.drift.runner as r, finapi._openapi as o; "
        "print(finapi.__file__); print(o.load_spec('symetrisk_client').path); "
        "print(r.DRIFT_CONFIG.read_text())"
    )
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-c", script],
        cwd=venv.parent, env=_clean_environment(), capture_output=True, text=True, check=True,
    )  # fmt: skip
    package, spec, config = result.stdout.split("\n", 2)
    assert Path(package).is_relative_to(venv), package
    assert Path(spec).is_relative_to(venv), "the specs ship in the wheel (finapi/_specs)"
    assert 'hooks = "finapi.drift.hooks"' in config


def test_the_installed_tool_runs_against_an_api(venv: Path, tmp_path: Path) -> None:
    """schemathesis finds the hooks in the installed package: the run authenticates."""
    spec = Spec.of(SYMETRISK)
    client_id, client_secret = SYMETRISK.credential_variables
    env = _clean_environment(**{client_id: "consumer", client_secret: "consumer-secret"})
    with ds.serving(spec, {}, client_id="consumer", client_secret="consumer-secret") as server:
        result = subprocess.run(
            [str(venv / "bin" / "finapi-drift"), "--api", "symetrisk", "--base-url",
             server.base_url, "--max-examples", "1", "--rate-limit", "1000/s"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        seen = list(server.seen)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Symetrisk: CLEAN" in result.stdout
    reports = list((tmp_path / "reports" / "drift").glob("symetrisk-*/symetrisk.drift.md"))
    assert len(reports) == 1, "the default report directory is under the current directory"
    token = [s for s in seen if s.path == server.token_path]
    assert len(token) == 2, "the CLI and the schemathesis process (its hooks) each got a token"
    assert all(s.status == 200 for s in token)


def test_importing_the_drift_package_without_the_extra_says_how_to_install_it() -> None:
    script = "import sys\nsys.modules['schemathesis'] = None\nimport finapi.drift"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "finapi.drift needs the drift extra (missing: schemathesis)" in result.stderr
    assert "pip install 'finapi[drift]'" in result.stderr
