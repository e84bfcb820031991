"""CHANGELOG.md keeps a section for the current version; the API part is drafted from oasdiff and
a release (`release.snapshot`) records the specs the gate compares with next."""

from __future__ import annotations

import datetime

import pytest

from release import changelog, gate, snapshot
from release.project import APIS, ReleaseError, Tree, breaking_bump
from tests.release.conftest import dump, load, set_version


def test_the_current_version_has_a_changelog_section() -> None:
    tree = Tree()
    text = tree.changelog.read_text(encoding="utf-8")
    version = tree.version()
    assert changelog.section_for(text, version) is not None, (
        f"CHANGELOG.md has no `## {version} (...)` section for pyproject.toml's version: "
        "`nox -s changelog -- --write` starts one (README: Releases)"
    )


def test_changelog_versions_are_unique_and_newest_first() -> None:
    versions = [s.version for s in changelog.sections(Tree().changelog.read_text("utf-8"))]
    assert versions == sorted(set(versions), reverse=True)


def test_the_released_version_has_a_dated_section() -> None:
    tree = Tree()
    section = changelog.section_for(
        tree.changelog.read_text(encoding="utf-8"), tree.released_version()
    )
    assert section is not None
    datetime.date.fromisoformat(section.when)


def break_and_bump(tree: Tree) -> str:
    """A breaking edit on the copy, and the version bump that covers it; the new version."""
    spec = load(tree.spec(APIS[0]))
    removed = str(next(iter(spec["paths"])))
    del spec["paths"][removed]
    dump(spec, tree.spec(APIS[0]))
    version = str(breaking_bump(tree.released_version()))
    set_version(tree, version)
    return removed


def test_draft_lists_oasdiffs_changes_per_api(tree: Tree) -> None:
    removed = break_and_bump(tree)
    text = changelog.draft(tree)
    first, second = (f"#### {api.title}" for api in APIS[:2])
    assert text.index(first) < text.index(second)
    part = text.split(first, 1)[1].split(second, 1)[0]
    assert "Breaking:" in part
    assert f"{removed}`: api path removed without deprecation" in part
    assert "No changes." in text.split(second, 1)[1]


def test_write_starts_the_new_versions_section_and_rewrites_only_its_api_part(
    tree: Tree,
) -> None:
    before = tree.changelog.read_text(encoding="utf-8").count(changelog.END)
    break_and_bump(tree)
    version = tree.version()
    changelog.write(tree)
    text = tree.changelog.read_text(encoding="utf-8")
    section = changelog.section_for(text, version)
    assert section is not None
    assert section.when == changelog.UNRELEASED
    assert changelog.sections(text)[0] == section  # newest first

    # Hand-written SDK notes survive a second draft; the API part is replaced, not appended.
    body = text[section.start : section.end].replace("### SDK\n", "### SDK\n\n- By hand.\n")
    tree.changelog.write_text(text[: section.start] + body + text[section.end :], "utf-8")
    changelog.write(tree)
    text = tree.changelog.read_text(encoding="utf-8")
    # One more section (this one) than the checkout's CHANGELOG.md had, each with one API part.
    assert text.count(changelog.START) == text.count(changelog.END) == before + 1
    assert "- By hand." in text


def test_write_refuses_while_the_version_is_the_released_one(tree: Tree) -> None:
    set_version(tree, str(tree.released_version()))
    with pytest.raises(ReleaseError, match="Bump"):
        changelog.write(tree)


def test_a_release_records_the_snapshot_and_the_gate_compares_with_it_next(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    break_and_bump(tree)
    version = tree.version()
    changelog.write(tree)

    assert snapshot.main(["--root", str(tree.root), "--date", "2030-01-02"]) == 0
    assert tree.released_version() == version
    for api in APIS:
        assert tree.released_spec(api).read_bytes() == tree.spec(api).read_bytes()
    text = tree.changelog.read_text(encoding="utf-8")
    assert f"## {version} (2030-01-02)\n" in text

    passed, lines = gate.check(tree)
    assert passed, lines
    assert "api-path-removed" not in "\n".join(lines)  # released now: nothing to report

    # Releasing the same version twice is refused.
    capsys.readouterr()
    assert snapshot.main(["--root", str(tree.root)]) == 2
    assert "already released" in capsys.readouterr().err


def test_the_sdk_reports_the_version_it_is_released_as() -> None:
    """`finapi.__version__` (the User-Agent's) and pyproject.toml's version move together."""
    import finapi
    from packaging.version import Version

    assert Version(finapi.__version__) == Tree().version()
