"""The breaking-change gate: each spec against its released snapshot, versus the version bump.

    python -m release.gate                # nox -s gate
    python -m release.gate --root DIR     # a copy of the checkout (the tests use one)

A breaking change (oasdiff level ERR) since the released version passes only when
pyproject.toml's version is at least the next breaking version: while 0.x the next minor
(0.1.0 -> 0.2.0), from 1.0 the next major. Possibly breaking changes (WARN) are printed, and do
not fail. Exit status: 0 pass, 1 breaking changes without the bump, 2 the gate could not run.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from release import oasdiff
from release.project import APIS, ApiInfo, ReleaseError, Tree, breaking_bump, release_tuple


@dataclass(frozen=True)
class ApiReport:
    api: ApiInfo
    errors: list[oasdiff.Change]
    warnings: list[oasdiff.Change]


def check(tree: Tree) -> tuple[bool, list[str]]:
    """Whether the gate passes, and what it has to say (one line or block per entry)."""
    version, released = tree.version(), tree.released_version()
    lines = [f"gate: version {version} (pyproject.toml), last released {released}"]
    if release_tuple(version) < release_tuple(released):
        lines.append(
            f"gate: FAILED: pyproject.toml's version {version} is lower than the released "
            f"{released}"
        )
        return False, lines
    reports = [_compare(tree, api) for api in APIS]
    required = breaking_bump(released)
    bumped = release_tuple(version) >= release_tuple(required)
    for report in reports:
        lines.extend(_describe(tree, report, released))
    if not any(report.errors for report in reports):
        lines.append("gate: passed: no breaking API changes since the released version")
        return True, lines
    if bumped:
        lines.append(
            f"gate: passed: the breaking changes above are released as {version} "
            f"(>= {required}); say so in CHANGELOG.md"
        )
        return True, lines
    count = sum(len(report.errors) for report in reports)
    lines.append(
        f"gate: FAILED: {count} breaking API change(s) since {released} need version >= "
        f"{required} (pyproject.toml has {version}; semver, and while 0.x a break bumps the "
        "minor). Bump [project].version in pyproject.toml and add its section to CHANGELOG.md "
        "(`nox -s changelog` drafts the API part), or undo the break."
    )
    return False, lines


def _compare(tree: Tree, api: ApiInfo) -> ApiReport:
    base, revision = tree.released_spec(api), tree.spec(api)
    for path in (base, revision):
        if not path.is_file():
            raise ReleaseError(f"{path} is missing")
    changes = oasdiff.breaking(base, revision, cwd=tree.root)
    return ApiReport(
        api=api,
        errors=oasdiff.of_level(changes, oasdiff.Level.ERR),
        warnings=oasdiff.of_level(changes, oasdiff.Level.WARN),
    )


def _describe(tree: Tree, report: ApiReport, released: object) -> list[str]:
    name = report.api.title
    if not report.errors and not report.warnings:
        return [f"gate: {name}: no breaking changes since {released}"]
    lines = [
        f"gate: {name}: {len(report.errors)} breaking, {len(report.warnings)} possibly breaking "
        f"change(s) since {released} ({tree.released_spec(report.api).relative_to(tree.root)} -> "
        f"{tree.spec(report.api).relative_to(tree.root)}), as oasdiff describes them:"
    ]
    lines.extend(f"  {change.line()}" for change in [*report.errors, *report.warnings])
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m release.gate", description=__doc__)
    parser.add_argument("--root", type=Path, default=Tree().root, help="the checkout to check")
    args = parser.parse_args(argv)
    try:
        passed, lines = check(Tree(args.root))
    except ReleaseError as error:
        print(f"gate: cannot run: {error}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
