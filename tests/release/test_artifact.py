"""What `nox -s build` checks in the built wheel before tests/consumer installs and runs it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from release.artifact import CheckFailed, check_specs, check_typed, sizes
from release.project import APIS

PACKAGES = ["finapi", *(api.package for api in APIS)]


def _wheel(directory: Path, names: list[str]) -> Path:
    wheel = directory / "finapi-0.0.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name in names:
            archive.writestr(name, "")
    return wheel


def test_every_package_needs_its_py_typed(tmp_path: Path) -> None:
    complete = [f"{package}/py.typed" for package in PACKAGES]
    check_typed(_wheel(tmp_path, complete))
    with pytest.raises(CheckFailed, match=PACKAGES[-1]):
        check_typed(_wheel(tmp_path, complete[:-1]))


def test_the_wheel_carries_the_spec_documents(tmp_path: Path) -> None:
    specs = [f"finapi/_specs/{api.spec_file}" for api in APIS]
    check_specs(_wheel(tmp_path, specs))
    with pytest.raises(CheckFailed, match=APIS[0].spec_file):
        check_specs(_wheel(tmp_path, specs[1:]))


def test_exactly_one_wheel_and_one_sdist(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path, [])
    with pytest.raises(CheckFailed, match="exactly one wheel and one sdist"):
        sizes(tmp_path)
    (tmp_path / "finapi-0.0.0.tar.gz").write_bytes(b"sdist")
    assert sizes(tmp_path) == (wheel, tmp_path / "finapi-0.0.0.tar.gz")
