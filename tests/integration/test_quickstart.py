"""The README's "Quickstart (against the local mock)": its shell steps are the real ones.

Its Python code is run (and type-checked) from the installed wheel by tests/consumer, which also
checks that it prints what the README says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from finapi._apis import APIS

from mocks.prism import environment_for

pytestmark = pytest.mark.integration

README = Path(__file__).resolve().parents[2] / "README.md"
# "## Quickstart", "## Quickstart (against the local mock)"...: the section up to the next "## ".
SECTION = re.compile(r"^## Quickstart\b[^\n]*\n(.*?)(?=^## |\Z)", re.MULTILINE | re.DOTALL)
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Block:
    language: str
    text: str
    preceded_by: str  # the prose just before the block


def quickstart_blocks() -> list[Block]:
    readme = README.read_text(encoding="utf-8")
    sections = SECTION.findall(readme)
    assert len(sections) == 1, "README.md needs exactly one '## Quickstart...' section"
    section: str = sections[0]
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
