"""Regenerate generated/<api>_client from openapi/<api>.yaml, or check that they are in sync.

    python openapi/generator/generate.py            # regenerate both clients
    python openapi/generator/generate.py --check    # exit 1 and list the files that differ

Generation goes into a temporary directory first and then replaces the package wholesale, so
files that the spec no longer produces disappear and nothing but generator output is left behind
(openapi-python-client's own --overwrite keeps stray files). The same function backs the
in-sync contract test, so CI and developers compare exactly the same way.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATOR_DIR = ROOT / "openapi" / "generator"
APIS = ("symetrisk", "brevio")


def generate_into(api: str, destination: Path) -> None:
    """Run openapi-python-client for one API, writing the package to `destination`."""
    command = [
        "openapi-python-client",
        "generate",
        "--path",
        str(ROOT / "openapi" / f"{api}.yaml"),
        "--meta",
        "none",
        "--output-path",
        str(destination),
        "--overwrite",
        "--config",
        str(GENERATOR_DIR / f"{api}.yaml"),
        "--custom-template-path",
        str(GENERATOR_DIR / "templates"),
        "--fail-on-warning",
    ]
    # No bytecode or tool caches may end up in generated/: generation must be deterministic.
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "RUFF_NO_CACHE": "true"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0 or "Warning" in result.stdout:
        raise RuntimeError(
            f"openapi-python-client failed for {api} (exit {result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}"
        )


def _tree(directory: Path) -> set[str]:
    return {str(p.relative_to(directory)) for p in directory.rglob("*") if p.is_file()}


def differences(api: str) -> list[str]:
    """Files that differ between a fresh generation and generated/<api>_client."""
    committed = ROOT / "generated" / f"{api}_client"
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / f"{api}_client"
        generate_into(api, fresh)
        if not committed.is_dir():
            return [f"generated/{api}_client is missing"]
        fresh_files, committed_files = _tree(fresh), _tree(committed)
        problems = [
            f"only in a fresh generation: {f}" for f in sorted(fresh_files - committed_files)
        ]
        problems += [
            f"not produced by the generator: {f}" for f in sorted(committed_files - fresh_files)
        ]
        problems += [
            f"differs from a fresh generation: {f}"
            for f in sorted(fresh_files & committed_files)
            if not filecmp.cmp(fresh / f, committed / f, shallow=False)
        ]
        return [f"{api}: {p}" for p in problems]


def regenerate(api: str) -> None:
    committed = ROOT / "generated" / f"{api}_client"
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / f"{api}_client"
        generate_into(api, fresh)
        shutil.rmtree(committed, ignore_errors=True)
        shutil.copytree(fresh, committed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is out of date")
    parser.add_argument("apis", nargs="*", metavar="API", help=f"any of {', '.join(APIS)}")
    args = parser.parse_args(argv)
    apis = args.apis or list(APIS)
    unknown = sorted(set(apis) - set(APIS))
    if unknown:
        parser.error(f"unknown API(s) {', '.join(unknown)}; choose from {', '.join(APIS)}")
    if args.check:
        problems = [p for api in apis for p in differences(api)]
        for problem in problems:
            print(problem)
        if problems:
            print("generated/ is out of sync with openapi/: run `nox -s generate`.")
            return 1
        print(f"generated/ is in sync with openapi/ ({', '.join(apis)}).")
        return 0
    for api in apis:
        regenerate(api)
        print(f"regenerated generated/{api}_client from openapi/{api}.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
