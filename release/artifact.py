"""Check the built artifacts (the middle of `nox -s build`).

    python -m release.artifact DIST_DIR

`nox -s build` first runs `python -m build` (the sdist, then the wheel built from the unpacked
sdist, so a file missing from the sdist breaks the wheel) and `twine check --strict`. This then
prints both artifacts' sizes and checks what the wheel carries: `py.typed` for every package
(PEP 561: without it mypy ignores the annotations a consumer relies on) and the spec documents
the drift tool reads. Last, `nox -s build` runs tests/consumer against this wheel: installed in
a fresh venv outside the checkout, every README example is type-checked (`mypy --strict`) and
run against the mock and the sandbox, the Quickstart's output compared with the README's.
Every check here runs; the exit status is 1 if any failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from release.project import APIS


class CheckFailed(Exception):
    pass


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


def check_specs(wheel: Path) -> None:
    """The drift tool reads the spec documents at run time (`finapi[drift]`)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [api.spec_file for api in APIS if f"finapi/_specs/{api.spec_file}" not in names]
    if missing:
        raise CheckFailed(f"{wheel.name} lacks the spec documents {', '.join(missing)}")
    print(f"artifact: spec documents present for {', '.join(api.name for api in APIS)}")


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
    _step("specs", lambda: check_specs(wheel), failures)
    if failures:
        print("artifact: FAILED:\n" + "\n".join(f"- {f}" for f in failures), file=sys.stderr)
        return 1
    print("artifact: passed")
    return 0


def _step(name: str, step: Callable[[], None], failures: list[str]) -> None:
    """Run one check; a failure is reported and remembered, and the other checks still run."""
    try:
        step()
    except CheckFailed as error:
        print(f"artifact: {name}: FAILED: {error}", file=sys.stderr)
        failures.append(f"{name}: {error}")


if __name__ == "__main__":
    sys.exit(main())
