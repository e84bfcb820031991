"""Record a release: the current specs become the released snapshot the gate compares with.

    python -m release.snapshot [--date YYYY-MM-DD]     # nox -s snapshot

Run it on the commit that is released as pyproject.toml's version. It refuses a version that is
not above the last released one, runs the gate, rewrites the API part of the version's
CHANGELOG.md section from oasdiff and dates its heading, then copies openapi/<api>.yaml to
openapi/released/ and writes openapi/released/VERSION. Commit the result (and tag it
v<version> if you like: nothing reads tags).
"""

from __future__ import annotations

import argparse
import datetime
import shutil
import sys
from pathlib import Path

from release import changelog, gate
from release.project import APIS, VERSION_FILE, ReleaseError, Tree, release_tuple


def record(tree: Tree, date: datetime.date) -> list[str]:
    version = tree.version()
    notes = []
    if (tree.root / VERSION_FILE).is_file():
        released = tree.released_version()
        if release_tuple(version) <= release_tuple(released):
            raise ReleaseError(
                f"{released} is already released and pyproject.toml says {version}: bump "
                "[project].version first (README: Versions and breaking changes)"
            )
        passed, lines = gate.check(tree)
        if not passed:
            raise ReleaseError("the gate fails:\n" + "\n".join(lines))
        notes.append(changelog.write(tree))
    _date_section(tree, version_text=str(version), date=date)
    for api in APIS:
        tree.released_spec(api).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tree.spec(api), tree.released_spec(api))
    (tree.root / VERSION_FILE).write_text(f"{version}\n", encoding="utf-8")
    notes.append(
        f"recorded {version} as released: openapi/released/ and CHANGELOG.md changed; commit them"
    )
    return notes


def _date_section(tree: Tree, version_text: str, date: datetime.date) -> None:
    text = tree.changelog.read_text(encoding="utf-8")
    section = changelog.section_for(text, tree.version())
    if section is None:
        raise ReleaseError(
            f"CHANGELOG.md has no section for {version_text}: `nox -s changelog -- --write` "
            "starts one"
        )
    heading_end = text.index("\n", section.start) if "\n" in text[section.start :] else len(text)
    heading = f"## {version_text} ({date.isoformat()})"
    tree.changelog.write_text(text[: section.start] + heading + text[heading_end:], "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m release.snapshot", description=__doc__)
    parser.add_argument("--root", type=Path, default=Tree().root, help="the checkout")
    parser.add_argument(
        "--date", type=datetime.date.fromisoformat, default=datetime.date.today(),
        help="the release date for CHANGELOG.md (default today)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    try:
        for note in record(Tree(args.root), args.date):
            print(f"snapshot: {note}")
    except ReleaseError as error:
        print(f"snapshot: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
