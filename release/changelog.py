"""CHANGELOG.md: one section per version, newest first; the API part is drafted from oasdiff.

    python -m release.changelog            # print the API part for the current version
    python -m release.changelog --write    # put it into the current version's section
                                           # (nox -s changelog -- --write)

A section is `## <version> (<date>|unreleased)` with `### API changes` (between the two
api-changes markers, rewritten by --write: oasdiff's changelog of each spec since the released
snapshot) and `### SDK` (the SDK's own changes, written by hand, never touched here).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from packaging.version import InvalidVersion, Version

from release import oasdiff
from release.project import APIS, ReleaseError, Tree

START = "<!-- api-changes:start (drafted by `nox -s changelog -- --write` from oasdiff) -->"
END = "<!-- api-changes:end -->"
HEADING = re.compile(r"^## (?P<version>\S+)(?: \((?P<when>[^)]*)\))?[ \t]*$", re.MULTILINE)
UNRELEASED = "unreleased"
GROUPS = (
    (oasdiff.Level.ERR, "Breaking"),
    (oasdiff.Level.WARN, "Possibly breaking"),
    (oasdiff.Level.INFO, "Other changes"),
)


@dataclass(frozen=True)
class Section:
    version: Version
    when: str  # a date, or "unreleased"
    start: int  # offset of the heading
    end: int  # offset of the next section's heading, or of the end of the file


def sections(text: str) -> list[Section]:
    matches = list(HEADING.finditer(text))
    found = []
    for index, match in enumerate(matches):
        try:
            version = Version(match["version"])
        except InvalidVersion:
            raise ReleaseError(f"CHANGELOG.md: {match[0]!r} does not name a version") from None
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        found.append(Section(version, match["when"] or "", match.start(), end))
    return found


def section_for(text: str, version: Version) -> Section | None:
    return next((section for section in sections(text) if section.version == version), None)


def draft(tree: Tree) -> str:
    """The API part: oasdiff's changelog of each spec since the released snapshot."""
    released = tree.released_version()
    parts = [f"Changes to the specs since {released}, as oasdiff describes them."]
    for api in APIS:
        changes = oasdiff.changelog(tree.released_spec(api), tree.spec(api), cwd=tree.root)
        parts.append(f"#### {api.title}")
        if not changes:
            parts.append("No changes.")
            continue
        for level, label in GROUPS:
            chosen = oasdiff.of_level(changes, level)
            if chosen:
                items = "\n".join(
                    f"- `{change.where}`: {change.text} (`{change.id}`)" for change in chosen
                )
                parts.append(f"{label}:\n\n{items}")
    return "\n\n".join(parts)


def write(tree: Tree) -> str:
    """Put the draft into the current version's section (created if missing); return a note."""
    version, released = tree.version(), tree.released_version()
    if version == released:
        raise ReleaseError(
            f"pyproject.toml still says {version}, the released version: changes since then go "
            "into the next version's section. Bump [project].version first (README: Versions "
            "and breaking changes)."
        )
    path = tree.changelog
    text = path.read_text(encoding="utf-8")
    block = f"{START}\n{draft(tree)}\n{END}"
    section = section_for(text, version)
    if section is None:
        new = f"## {version} ({UNRELEASED})\n\n### API changes\n\n{block}\n\n### SDK\n\n"
        first = sections(text)
        at = first[0].start if first else len(text)
        text = f"{text[:at]}{new}{text[at:]}"
        note = f"added section {version} to {path}; write its SDK part by hand"
    else:
        body = text[section.start : section.end]
        if START in body and END in body:
            before, rest = body.split(START, 1)
            body = f"{before}{block}{rest.split(END, 1)[1]}"
        else:
            heading_end = body.index("\n") + 1 if "\n" in body else len(body)
            body = f"{body[:heading_end]}\n### API changes\n\n{block}\n{body[heading_end:]}"
        text = f"{text[: section.start]}{body}{text[section.end :]}"
        note = f"updated the API part of section {version} in {path}"
    path.write_text(text, encoding="utf-8")
    return note


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m release.changelog", description=__doc__)
    parser.add_argument("--write", action="store_true", help="update CHANGELOG.md")
    parser.add_argument("--root", type=Path, default=Tree().root, help="the checkout")
    args = parser.parse_args(argv)
    tree = Tree(args.root)
    try:
        print(write(tree) if args.write else draft(tree))
    except ReleaseError as error:
        print(f"changelog: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
