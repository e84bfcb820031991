"""The SDK as a consumer gets it: the built wheel, installed in a venv outside the checkout.

The source tree hides packaging bugs (a missing `py.typed`, spec data or template that only the
checkout has), so these tests build the wheel, install it with its dependencies and mypy into a
fresh venv in a temporary directory, and type-check and run user code from there, with nothing
of the checkout on the path.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
MYPY = "mypy>=1.13"


@dataclass(frozen=True)
class Installed:
    """A venv with the wheel installed, and a working directory outside the checkout."""

    python: Path
    workdir: Path

    @property
    def bin(self) -> Path:
        return self.python.parent

    def environment(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """The caller's environment minus anything that would point back into the checkout."""
        env = {
            name: value
            for name, value in os.environ.items()
            if name not in ("PYTHONPATH", "MYPYPATH", "VIRTUAL_ENV", "PYTHONHOME")
            and not name.startswith(("SYMETRISK_", "BREVIO_", "FINAPI_"))
        }
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        return {**env, **(extra or {})}

    def run(
        self, *arguments: str, env: dict[str, str] | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(arguments),
            cwd=self.workdir,
            env=self.environment(env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def build_wheel(destination: Path) -> Path:
    """The wheel of this checkout, as `pip wheel` (hatchling, already installed) builds it."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(destination), str(ROOT)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    (wheel,) = destination.glob("finapi-*.whl")
    return wheel


def install(wheel: Path, directory: Path) -> Installed:
    """A fresh venv in `directory` with the wheel (and its dependencies) and mypy."""
    venv = directory / "venv"
    workdir = directory / "work"
    workdir.mkdir(parents=True)
    uv = shutil.which("uv")
    if uv is not None:  # seconds instead of a minute; the same packages either way
        subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
        python = venv / "bin" / "python"
        command = [uv, "pip", "install", "--quiet", "--python", str(python), str(wheel), MYPY]
    else:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = venv / "bin" / "python"
        command = [str(python), "-m", "pip", "install", "--quiet", str(wheel), MYPY]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"installing the wheel failed:\n{result.stdout}\n{result.stderr}")
    return Installed(python=python, workdir=workdir)


SANDBOX_SECTION = "## The main job: the sandbox"


@dataclass(frozen=True)
class Example:
    """A ```python block of the README: its code, where it runs, what it says it prints."""

    code: str
    sandbox: bool  # in the sandbox's section: it needs the stateful sandbox, not Prism's examples
    prints: str | None  # the ```text block after "It prints", if one follows


def readme_examples() -> list[Example]:
    """Every ```python block of the README, in order (```py blocks are repository-internal)."""
    text = README.read_text(encoding="utf-8")
    sections = re.split(r"^(?=## )", text, flags=re.MULTILINE)
    examples = []
    for section in sections:
        blocks = list(FENCE.finditer(section))
        for index, match in enumerate(blocks):
            if match.group(1) != "python":
                continue
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            prose = section[match.end() : following.start()] if following else ""
            prints = (
                following.group(2)
                if following and following.group(1) == "text" and "prints" in prose.lower()
                else None
            )
            examples.append(Example(match.group(2), section.startswith(SANDBOX_SECTION), prints))
    return examples
