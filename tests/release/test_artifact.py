"""How `nox -s build` finds the README quickstart it runs from the installed wheel (the run
itself is `nox -s build`: it needs the built artifacts and the mock)."""

from __future__ import annotations

import pytest

from release.artifact import EXPORT, CheckFailed, quickstart
from release.project import REPO

README = """# x

## Quickstart (against the local mock)

```sh
nox -s mock
```

```python
print("first")
```

It prints:

```text
first
```

```python
print("second block is not the quickstart")
```

## Next

```python
print("another section")
```
"""


def test_the_first_python_block_of_the_section_and_the_text_block_after_it() -> None:
    found = quickstart(README)
    assert found.code == 'print("first")\n'
    assert found.expected_output == "first\n"


def test_without_a_text_block_right_after_it_there_is_no_expected_output() -> None:
    found = quickstart(README.replace("```text\nfirst\n```\n", ""))
    assert found.code == 'print("first")\n'
    assert found.expected_output is None


def test_a_quickstart_without_python_code_is_an_error() -> None:
    with pytest.raises(CheckFailed, match="no ```python block"):
        quickstart(README.split("```python", 1)[0] + "## Next\n")
    with pytest.raises(CheckFailed, match="no '## Quickstart' heading"):
        quickstart("# x\n")


def test_the_readme_has_a_quickstart() -> None:
    assert quickstart((REPO / "README.md").read_text(encoding="utf-8")).code.strip()


def test_the_mocks_export_lines_are_read_as_settings() -> None:
    line = "  export SYMETRISK_ENVIRONMENT=http://127.0.0.1:4010"
    match = EXPORT.match(line)
    assert match is not None
    assert (match["name"], match["value"]) == ("SYMETRISK_ENVIRONMENT", "http://127.0.0.1:4010")
