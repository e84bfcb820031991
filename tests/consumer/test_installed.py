"""The README's examples and a user's script, type-checked and run from the installed wheel.

Issue 10's bar: the README's code blocks pass `mypy --strict` against the installed wheel, outside
the checkout (not the source tree), and run against the mock; so does a user-style script that
touches every resource of both APIs, sync and async. Neither may lean on `cast`, `# type: ignore`
or `assert isinstance` to get there.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import httpx
import pytest
from finapi._apis import APIS

from mocks.sandbox.run import RunningSandbox
from tests.consumer.installed import ROOT, Example, Installed, readme_examples
from tests.integration.mock_session import Mocks

USER_SCRIPT = Path(__file__).with_name("user_script.py")
CHEATS = re.compile(r"\bcast\(|type:\s*ignore|assert isinstance")


def _write_examples(installed: Installed) -> dict[Path, Example | None]:
    """Each README example and the user script as a file in the consumer's working directory."""
    paths: dict[Path, Example | None] = {}
    for number, example in enumerate(readme_examples(), start=1):
        path = installed.workdir / f"readme_example_{number:02d}.py"
        path.write_text(example.code, encoding="utf-8")
        paths[path] = example
    script = installed.workdir / "user_script.py"
    shutil.copy(USER_SCRIPT, script)
    paths[script] = None
    return paths


def test_the_wheel_is_what_runs(installed: Installed) -> None:
    result = installed.run(
        str(installed.python),
        "-c",
        "import finapi, symetrisk_client, brevio_client; "
        "print(finapi.__file__, symetrisk_client.__file__, brevio_client.__file__)",
    )
    assert result.returncode == 0, result.stderr
    for path in result.stdout.split():
        assert Path(path).is_relative_to(installed.python.parent.parent), path
        assert not Path(path).is_relative_to(ROOT), path
        assert (Path(path).parent / "py.typed").is_file(), f"no py.typed beside {path}"


def test_examples_use_no_type_escape_hatches() -> None:
    for source in [*(e.code for e in readme_examples()), USER_SCRIPT.read_text(encoding="utf-8")]:
        assert not CHEATS.search(source), CHEATS.search(source)


def test_readme_examples_and_user_script_pass_mypy_strict_against_the_wheel(
    installed: Installed,
) -> None:
    paths = _write_examples(installed)
    assert len(paths) > 2, "expected the README's Python examples and the user script"
    result = installed.run(
        str(installed.bin / "mypy"),
        "--strict",
        "--no-incremental",
        *(path.name for path in paths),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


@pytest.mark.integration
def test_readme_examples_and_user_script_run_against_the_mock(
    installed: Installed, mocks: Mocks, sandbox: RunningSandbox
) -> None:
    """Each example runs against what its section says: Prism's documented examples (the
    Quickstart's `--static`), or, in the sandbox's section, a freshly reset sandbox."""
    for path, example in _write_examples(installed).items():
        if example is not None and example.sandbox:
            for url in sandbox.urls.values():
                httpx.post(f"{url}/_sandbox/reset", timeout=30).raise_for_status()
            env = sandbox_environment(sandbox)
        else:
            env = mocks.environment()
        result = installed.run(str(installed.python), path.name, env=env)
        assert result.returncode == 0, f"{path.name} failed:\n{result.stdout}\n{result.stderr}"
        if example is not None and example.prints is not None:
            assert result.stdout == example.prints, f"{path.name} no longer prints what it says"


def sandbox_environment(sandbox: RunningSandbox) -> dict[str, str]:
    """What `nox -s mock` prints for the sandbox, pointing at this session's."""
    settings = {}
    for api in APIS:
        settings[api.environment_variable] = sandbox.urls[api.name]
        settings.update(dict.fromkeys(api.credential_variables, "readme-example"))
    return settings
