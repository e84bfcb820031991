"""Where things live, the project's version and the released snapshot's version.

The released snapshot is `openapi/released/`: a copy of each spec as it was released, plus
`VERSION`, the version it was released as. A committed snapshot rather than a git tag because the
gate has to work where tags are not: a fresh or shallow clone in CI, a helper's branch merged
without its tags, an sdist. The snapshot is also reviewable: a release shows up as a diff.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from finapi._apis import APIS, ApiInfo
from packaging.version import InvalidVersion, Version

REPO = Path(__file__).resolve().parents[1]
RELEASED_DIR = Path("openapi") / "released"
VERSION_FILE = RELEASED_DIR / "VERSION"
CHANGELOG = Path("CHANGELOG.md")
PYPROJECT = Path("pyproject.toml")


class ReleaseError(Exception):
    """A release step cannot go on; the message says what to do."""


@dataclass(frozen=True)
class Tree:
    """A checkout (or a copy of its release-relevant files) rooted at `root`."""

    root: Path = REPO

    def spec(self, api: ApiInfo) -> Path:
        return self.root / "openapi" / api.spec_file

    def released_spec(self, api: ApiInfo) -> Path:
        return self.root / RELEASED_DIR / api.spec_file

    @property
    def changelog(self) -> Path:
        return self.root / CHANGELOG

    def version(self) -> Version:
        """`[project].version` of pyproject.toml: the version this tree will be released as."""
        path = self.root / PYPROJECT
        with path.open("rb") as handle:
            raw = tomllib.load(handle).get("project", {}).get("version")
        if not isinstance(raw, str):
            raise ReleaseError(f"{path}: [project].version is missing")
        return _parse(raw, str(path))

    def released_version(self) -> Version:
        path = self.root / VERSION_FILE
        if not path.is_file():
            raise ReleaseError(
                f"{path} is missing: no released snapshot to compare with "
                "(`nox -s snapshot` records one)"
            )
        return _parse(path.read_text(encoding="utf-8").strip(), str(path))


def _parse(raw: str, where: str) -> Version:
    try:
        return Version(raw)
    except InvalidVersion:
        raise ReleaseError(f"{where}: {raw!r} is not a version (PEP 440, e.g. 0.2.0)") from None


def breaking_bump(released: Version) -> Version:
    """The lowest version that may carry a breaking change after `released` (semver).

    While the major version is 0 a break bumps the minor (0.1.3 -> 0.2.0); from 1.0 on, the
    major (1.4.2 -> 2.0.0).
    """
    if released.major == 0:
        return Version(f"0.{released.minor + 1}.0")
    return Version(f"{released.major + 1}.0.0")


def release_tuple(version: Version) -> tuple[int, ...]:
    """Major, minor, patch padded to three: a pre-release of 0.2.0 counts as 0.2.0 here."""
    return (*version.release, 0, 0, 0)[:3]


__all__ = ["APIS", "ApiInfo", "ReleaseError", "Tree", "breaking_bump", "release_tuple"]
