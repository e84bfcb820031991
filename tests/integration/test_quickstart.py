"""The README's "Quickstart (against the local mock)" runs as written and prints what it says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from finapi._apis import APIS

from mocks.prism import environment_for
from tests.integration.mock_session import Mocks

pytestmark = pytest.mark.integration

README = Path(__file__).resolve().parents[2] / "README.md"
HEADING = "## Quickstart (against the local mock)"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Block:
    language: str
    text: str
    preceded_by: str  # the prose just before the block


def quickstart_blocks() -> list[Block]:
    readme = README.read_text(encoding="utf-8")
    assert readme.count(HEADING) == 1, f"README.md needs exactly one {HEADING!r} section"
    section = readme.split(HEADING, 1)[1]
    section = re.split(r"^## ", section, maxsplit=1, flags=re.MULTILINE)[0]
    blocks, position = [], 0
    for match in FENCE.finditer(section):
        prose = section[position : match.start()].strip().splitlines()
        blocks.append(Block(match.group(1), match.group(2), prose[-1] if prose else ""))
        position = match.end()
    return blocks


def _one(blocks: list[Block], description: str) -> Block:
    assert len(blocks) == 1, f"the Quickstart needs exactly one {description}"
    return blocks[0]


def test_quickstart_starts_the_mock_with_nox() -> None:
    shell = [block.text for block in quickstart_blocks() if block.language == "sh"]
    assert any("nox -s mock" in text for text in shell)


def test_quickstart_exports_what_the_mock_prints() -> None:
    """The `export` lines are the ones `nox -s mock` prints for its default ports."""
    exports = _one(
        [b for b in quickstart_blocks() if b.language == "sh" and "export " in b.text],
        "block of export lines",
    )
    default_urls = {api.name: api.default_mock_url for api in APIS}
    expected = [f"export {name}={value}" for name, value in environment_for(default_urls).items()]
    assert exports.text.strip().splitlines() == expected


def test_quickstart_code_runs_against_the_mocks_and_prints_what_the_readme_says(
    mocks: Mocks, tmp_path: Path
) -> None:
    blocks = quickstart_blocks()
    code = "\n".join(block.text for block in blocks if block.language == "python")
    assert code.strip(), "the Quickstart has no Python code"
    printed = _one(
        [b for b in blocks if b.language == "text" and "prints" in b.preceded_by.lower()],
        "```text block after 'It prints:'",
    )
    # A clean environment: only what the mock prints (pointing at this session's mocks).
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("SYMETRISK_", "BREVIO_", "FINAPI_"))
    }
    environment.update(mocks.environment())
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == printed.text
