"""The browsable reference (`nox -s docs`): both APIs with Redocly, the SDK with pdoc, an index.

    python -m release.docs OUT_DIR

    OUT_DIR/index.html              links everything, and says what "Inferred" means
    OUT_DIR/api/<api>.html          Redocly `build-docs` of a derived copy of each spec
    OUT_DIR/sdk/<module>.html       pdoc of the installed finapi and generated packages

Redoc renders no `x-inferred`, so Redocly gets a derived copy of each spec (the spec itself is
not changed): an inferred operation carries an "Inferred" badge (`x-badges`, which Redoc shows
beside the operation's title and in the sidebar) and starts its description with the reason;
every other inferred object (a field, a parameter, a response, a request body) starts its
description with it; an inferred extension object (`x-pagination`) adds its reason to the
description of the operation it belongs to.
"""

from __future__ import annotations

import argparse
import copy
import html
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

import yaml
from finapi._openapi import load_spec

from release.project import APIS, REPO, ApiInfo, ReleaseError

REDOCLY = REPO / "mocks" / "node_modules" / ".bin" / "redocly"
BADGE = {"name": "Inferred", "color": "orange", "position": "after"}
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
LEGEND = (
    "Operations and fields marked **Inferred** are not stated in the provider's documentation: "
    "they were reconstructed from other evidence, which the reason names. A contract-drift run "
    "against the real API confirms or refutes them."
)


def note(reason: object, what: str = "Inferred") -> str:
    text = " ".join(str(reason).split())
    return f"> **{what}:** {text}"


def mark_inferred(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the spec in which every `x-inferred` shows up in Redoc (module docstring)."""
    marked: dict[str, Any] = copy.deepcopy(dict(document))
    info = marked.setdefault("info", {})
    info["description"] = _prepend(LEGEND, info.get("description"))
    for path_item in marked.get("paths", {}).values():
        for key, value in path_item.items():
            if key in HTTP_METHODS and isinstance(value, MutableMapping):
                _mark_operation(value)
            elif not key.startswith("x-"):
                _mark_objects(value)  # path-level parameters
    for key, node in marked.items():
        if key != "paths":
            _mark_objects(node)
    return marked


def _mark_operation(operation: MutableMapping[str, Any]) -> None:
    if "x-inferred" in operation:
        operation["x-badges"] = [*operation.get("x-badges", []), dict(BADGE)]
        operation["description"] = _prepend(
            note(operation["x-inferred"]), operation.get("description")
        )
    for key, node in operation.items():
        if key.startswith("x-") and isinstance(node, Mapping) and "x-inferred" in node:
            # An extension object (x-pagination) has no description Redoc would show.
            label = key.removeprefix("x-").replace("-", " ")
            operation["description"] = _append(
                operation.get("description"), note(node["x-inferred"], f"Inferred {label}")
            )
        elif not key.startswith("x-"):
            _mark_objects(node)


def _mark_objects(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _mark_objects(item)
        return
    if not isinstance(node, MutableMapping):
        return
    if "x-inferred" in node:
        node["description"] = _prepend(note(node["x-inferred"]), node.get("description"))
    for key, child in node.items():
        if key in {"example", "examples", "default", "enum", "const"}:
            continue  # data, not OpenAPI objects
        if key.startswith("x-"):
            continue
        _mark_objects(child)


def _prepend(first: str, description: object) -> str:
    return first if not description else f"{first}\n\n{description}"


def _append(description: object, last: str) -> str:
    return last if not description else f"{description}\n\n{last}"


def build_api_reference(api: ApiInfo, out: Path, work: Path) -> Path:
    if not REDOCLY.exists():
        raise ReleaseError(f"Redocly is not installed ({REDOCLY}): run `npm ci` in mocks/")
    document = load_spec(api.package).document
    derived = work / api.spec_file
    derived.write_text(
        yaml.safe_dump(mark_inferred(document), sort_keys=False, allow_unicode=True), "utf-8"
    )
    target = out / "api" / f"{api.name}.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    # --inlineBundle: the page carries Redoc's script instead of loading it from Redocly's CDN,
    # so it renders offline and from any static host.
    command = [
        str(REDOCLY), "build-docs", str(derived), "--output", str(target), "--inlineBundle",
        "--title", f"{api.title} API reference", "--lint-config", "off",
    ]  # fmt: skip
    environment = {**os.environ, "REDOCLY_TELEMETRY": "off"}
    result = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=300, check=False
    )
    if result.returncode != 0 or not target.is_file():
        raise ReleaseError(
            f"redocly build-docs failed for {api.name} (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )
    return target


def build_sdk_reference(out: Path) -> list[str]:
    """pdoc of the installed packages (imported, as a consumer has them); the modules' names."""
    modules = ["finapi", *(api.package for api in APIS)]
    target = out / "sdk"
    # Private modules (`_client`, `_contract`, ...) are left out: what they define that is public
    # is documented where the package exports it. Without "View Source" the pages of the
    # generated models shrink from ~10 MB to a fraction; the source is in the installed package.
    command = [
        sys.executable, "-m", "pdoc", "--docformat", "google", "--no-show-source",
        "--output-directory", str(target), *modules, r"!.*\._",
    ]  # fmt: skip
    # Run from the output directory, so nothing is imported from the checkout by path.
    result = subprocess.run(
        command, cwd=out, capture_output=True, text=True, timeout=600, check=False
    )
    if result.returncode != 0:
        raise ReleaseError(f"pdoc failed (exit {result.returncode}):\n{result.stderr}")
    return modules


def write_index(out: Path, modules: list[str]) -> Path:
    rows = []
    for api in APIS:
        document = load_spec(api.package).document
        operations = [
            operation
            for item in document.get("paths", {}).values()
            for method, operation in item.items()
            if method in HTTP_METHODS
        ]
        inferred = sum("x-inferred" in operation for operation in operations)
        rows.append(
            f'<li><a href="api/{api.name}.html">{html.escape(api.title)} API</a>: '
            f"{len(operations)} operations, {inferred} of them inferred</li>"
        )
    sdk = "".join(
        f'<li><a href="sdk/{module}.html"><code>{module}</code></a></li>' for module in modules
    )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>finapi reference</title>
<link rel="icon" href="data:,">
<style>body{{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;
line-height:1.5}} .badge{{background:orange;border-radius:4px;padding:0 .4em}}</style>
</head><body>
<h1>finapi reference</h1>
<h2>The APIs</h2>
<ul>{"".join(rows)}</ul>
<p><span class="badge">Inferred</span> {html.escape(LEGEND.replace("**", ""))}</p>
<h2>The SDK</h2>
<p>The Python packages as installed (<code>pip install finapi</code>): the clients and
their resources, errors, pagination.</p>
<ul>{sdk}</ul>
</body></html>
"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def build(out: Path) -> Path:
    if out.exists():
        shutil.rmtree(out)
    work = out / ".derived-specs"
    work.mkdir(parents=True)
    for api in APIS:
        print(f"docs: {build_api_reference(api, out, work).relative_to(out)}")
    modules = build_sdk_reference(out)
    print(f"docs: sdk/ ({', '.join(modules)})")
    shutil.rmtree(work)
    return write_index(out, modules)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m release.docs", description=__doc__)
    parser.add_argument("out", type=Path, help="where to write the reference (replaced)")
    args = parser.parse_args(argv)
    try:
        index = build(args.out.resolve())
    except ReleaseError as error:
        print(f"docs: {error}", file=sys.stderr)
        return 2
    print(f"docs: open {index}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
