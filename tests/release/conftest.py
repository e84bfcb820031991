"""A copy of the checkout's release-relevant files, for tests that edit specs or versions.

The copy starts as if its current specs had just been released as its current version, so each
test's edits are the only changes the gate sees (the real checkout's changes since its last
release are `nox -s gate`'s business). The real specs, pyproject.toml and CHANGELOG.md are never
edited by a test.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from finapi._openapi import load_document

from release.project import APIS, CHANGELOG, PYPROJECT, RELEASED_DIR, REPO, VERSION_FILE, Tree


@pytest.fixture
def tree(tmp_path: Path) -> Tree:
    copy = Tree(tmp_path / "checkout")
    for relative in (PYPROJECT, CHANGELOG):
        (copy.root / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / relative, copy.root / relative)
    (copy.root / RELEASED_DIR).mkdir(parents=True)
    for api in APIS:
        shutil.copy2(Tree().spec(api), copy.spec(api))
        shutil.copy2(Tree().spec(api), copy.released_spec(api))
    (copy.root / VERSION_FILE).write_text(f"{copy.version()}\n", encoding="utf-8")
    return copy


def load(path: Path) -> dict[str, Any]:
    return load_document(path)


def dump(document: dict[str, Any], path: Path) -> None:
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")


def set_version(tree: Tree, version: str) -> None:
    path = tree.root / PYPROJECT
    text, count = re.subn(
        r'^version = "[^"]*"$', f'version = "{version}"', path.read_text("utf-8"), count=1,
        flags=re.MULTILINE,
    )  # fmt: skip
    assert count == 1, 'pyproject.toml has no `version = "..."` line'
    path.write_text(text, "utf-8")
