"""The breaking-change gate, on copies of the specs: a break fails with oasdiff's description of
it until the version is bumped as the README's rule says."""

from __future__ import annotations

import pytest
from packaging.version import Version

from release import gate
from release.project import APIS, Tree, breaking_bump
from tests.release.conftest import dump, load, set_version


def run_gate(tree: Tree, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = gate.main(["--root", str(tree.root)])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def remove_first_operation(tree: Tree) -> tuple[str, str]:
    """Delete the first path of the first API's spec copy; return (METHOD, path) removed."""
    spec = load(tree.spec(APIS[0]))
    path, item = next(iter(spec["paths"].items()))
    method = next(key for key in item if key in {"get", "post", "put", "patch", "delete"})
    del spec["paths"][path]
    dump(spec, tree.spec(APIS[0]))
    return method.upper(), path


def test_the_checkout_copy_passes_unchanged(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    status, output = run_gate(tree, capsys)
    assert status == 0, output
    assert "gate: passed" in output


def test_a_breaking_edit_fails_with_oasdiffs_description_until_the_version_is_bumped(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    released = tree.released_version()
    set_version(tree, str(released))
    method, path = remove_first_operation(tree)

    status, output = run_gate(tree, capsys)
    assert status == 1, output
    # oasdiff's own id and text for the break, on the operation that was removed.
    assert (
        f"error [api-path-removed-without-deprecation] {method} {path}: "
        "api path removed without deprecation" in output
    )
    required = breaking_bump(released)
    assert f"need version >= {required}" in output

    set_version(tree, str(required))
    status, output = run_gate(tree, capsys)
    assert status == 0, output
    assert "api-path-removed-without-deprecation" in output  # still reported, now released


def test_a_patch_bump_does_not_cover_a_break(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    released = tree.released_version()
    set_version(tree, f"{released.major}.{released.minor}.{released.micro + 1}")
    remove_first_operation(tree)
    status, output = run_gate(tree, capsys)
    assert status == 1, output


def test_an_added_operation_passes_without_a_bump(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    set_version(tree, str(tree.released_version()))
    spec = load(tree.spec(APIS[-1]))
    first = next(iter(spec["paths"].values()))
    spec["paths"]["/release-gate-test-added"] = first
    dump(spec, tree.spec(APIS[-1]))

    status, output = run_gate(tree, capsys)
    assert status == 0, output
    assert "no breaking changes" in output


def test_a_version_below_the_released_one_fails(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    set_version(tree, "0.0.1")
    status, output = run_gate(tree, capsys)
    assert status == 1, output
    assert "lower than the released" in output


def test_a_missing_snapshot_is_an_error_not_a_pass(
    tree: Tree, capsys: pytest.CaptureFixture[str]
) -> None:
    tree.released_spec(APIS[0]).unlink()
    status, output = run_gate(tree, capsys)
    assert status == 2
    assert str(tree.released_spec(APIS[0])) in output


@pytest.mark.parametrize(
    ("released", "required"),
    [("0.1.0", "0.2.0"), ("0.1.7", "0.2.0"), ("0.9.2", "0.10.0"), ("1.0.0", "2.0.0"),
     ("1.4.2", "2.0.0")],
)  # fmt: skip
def test_semver_rule(released: str, required: str) -> None:
    assert breaking_bump(Version(released)) == Version(required)
