"""Every task of the project. A plain `nox` runs what CI needs.

nox -s mock                  # the main job: local Prism mocks of both APIs
nox                          # what CI runs: lint, typecheck, tests, contract, bench_quick,
                             #   gate, build, docs
nox -s generate [-- --check] # regenerate generated/ from openapi/ (or check it is in sync)
nox -s drift -- --api symetrisk|brevio [--base-url URL]   # contract drift against staging
nox -s bench                 # full benchmarks
nox -s gate                  # breaking-change gate: specs vs openapi/released/, versus the version
nox -s build                 # wheel + sdist, checked, quickstart from a venv outside the checkout
nox -s docs                  # API reference (Redocly) + SDK reference (pdoc), browser-checked
nox -s changelog [-- --write]  # draft CHANGELOG.md's API part from oasdiff
nox -s snapshot              # record a release: the current specs become openapi/released/
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).parent
MOCKS = ROOT / "mocks"
SPECS = ("openapi/symetrisk.yaml", "openapi/brevio.yaml")
# The generator and the ruff that formats its output are pinned together: a different ruff can
# format differently, and the in-sync check compares byte for byte.
GENERATOR = ("openapi-python-client==0.29.1", "ruff==0.17.6")
PY_SOURCES = (
    "wrapper", "tests", "mocks", "benchmarks", "release", "noxfile.py", "openapi/generator",
)  # fmt: skip

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.sessions = [
    "lint", "typecheck", "tests", "contract", "bench_quick", "gate", "build", "docs",
]  # fmt: skip
# uv bundles its own CA roots; use the system store like pip does (corporate or sandbox CAs).
os.environ.setdefault("UV_NATIVE_TLS", "1")


def _install_project(session: nox.Session, extras: str = "test") -> None:
    session.install("-e", f".[{extras}]")


def _npm_ci(session: nox.Session) -> None:
    """Install the pinned Node tooling (Prism, Spectral, oasdiff, Redocly) from the lockfile."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            session.error(
                f"`{tool}` is not on PATH: the tools in mocks/ need Node.js 20.19+ with npm."
            )
    lock = MOCKS / "package-lock.json"
    installed = MOCKS / "node_modules" / ".package-lock.json"
    if installed.exists() and installed.stat().st_mtime >= lock.stat().st_mtime:
        return
    session.run(
        "npm", "ci", "--prefix", str(MOCKS), "--no-audit", "--no-fund", "--ignore-scripts",
        external=True, env={"SCARF_ANALYTICS": "false"}, silent=True,
    )  # fmt: skip


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from openapi/ (`-- --check` only verifies it is in sync)."""
    session.install(*GENERATOR)
    session.run("python", "openapi/generator/generate.py", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff, Spectral (0 warnings) and openapi-spec-validator."""
    session.install("ruff==0.17.6", "openapi-spec-validator>=0.7")
    sources = [s for s in PY_SOURCES if (ROOT / s).exists()]
    session.run("ruff", "check", *sources)
    session.run("ruff", "format", "--check", *sources)
    for spec in SPECS:
        session.run("openapi-spec-validator", spec)
    _npm_ci(session)
    session.run(
        str(MOCKS / "node_modules" / ".bin" / "spectral"), "lint",
        "--ruleset", ".spectral.yaml", "--fail-severity", "warn", *SPECS,
        external=True,
    )  # fmt: skip


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over wrapper/ and tests/."""
    _install_project(session, "dev")
    session.run("mypy")


@nox.session
def tests(session: nox.Session) -> None:
    """pytest: unit, contract and integration tests (the last against real Prism processes)."""
    _install_project(session)
    session.install(*GENERATOR)  # the in-sync contract test regenerates into a temp dir
    _npm_ci(session)
    # tests/docs looks at the built reference in Chromium: `nox -s docs` builds and runs it.
    session.run("pytest", "--ignore=tests/docs", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """The main job: serve both APIs from Prism on loopback (Ctrl-C stops everything)."""
    _install_project(session)
    _npm_ci(session)
    session.run("python", "-m", "mocks.serve", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """schemathesis over both specs against the Prism mock: seeded, bounded, 0 failures."""
    _install_project(session)  # the test extra pins schemathesis
    _npm_ci(session)
    session.run("python", "-m", "tests.drift.contract", *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Contract drift against staging or any base URL (credentials from the environment)."""
    _install_project(session)
    session.run("python", "-m", "tests.drift.cli", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks: a table of ratios against same-process baselines, written to JSON."""
    _install_project(session)
    _npm_ci(session)
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(name="bench_quick")
def bench_quick(session: nox.Session) -> None:
    """The benchmarks in quick mode, so CI keeps them from rotting (figures are not asserted)."""
    _install_project(session)
    _npm_ci(session)
    session.run("python", "-m", "benchmarks", "--quick")


@nox.session
def gate(session: nox.Session) -> None:
    """Breaking-change gate: oasdiff of each spec against openapi/released/, versus the version."""
    session.install("-e", ".", "packaging>=24")
    _npm_ci(session)
    session.run("python", "-m", "release.gate")


@nox.session
def changelog(session: nox.Session) -> None:
    """Draft CHANGELOG.md's API part from oasdiff (`-- --write` puts it into the file)."""
    session.install("-e", ".", "packaging>=24")
    _npm_ci(session)
    session.run("python", "-m", "release.changelog", *session.posargs)


@nox.session
def snapshot(session: nox.Session) -> None:
    """Record a release: gate, date the CHANGELOG section, copy the specs to openapi/released/."""
    session.install("-e", ".", "packaging>=24")
    _npm_ci(session)
    session.run("python", "-m", "release.snapshot", *session.posargs)


@nox.session
def build(session: nox.Session) -> None:
    """Wheel and sdist, `twine check`, and the README quickstart run from the wheel installed
    in a fresh venv outside the checkout, against the mock."""
    _install_project(session)  # the mock (mocks.serve) runs from the checkout
    session.install("build[uv]>=1.2", "twine>=6")
    _npm_ci(session)
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    # Without --sdist/--wheel, build makes the sdist and then the wheel from the unpacked sdist.
    session.run("python", "-m", "build", "--installer", "uv", "--outdir", str(dist))
    session.run("twine", "check", "--strict", *(str(path) for path in sorted(dist.iterdir())))
    session.run("python", "-m", "release.artifact", str(dist))


@nox.session
def docs(session: nox.Session) -> None:
    """The reference in build/docs/ (both APIs with Redocly, the SDK with pdoc, an index),
    then checked in headless Chromium (tests/docs)."""
    session.install(".[docs,test]")
    # Not editable, and rebuilt every run: pdoc documents the packages as a consumer installs
    # them (a reused venv would otherwise keep an older build of the same version).
    session.install("--force-reinstall", "--no-deps", ".")
    _npm_ci(session)
    out = ROOT / "build" / "docs"
    session.run("python", "-m", "release.docs", str(out))
    session.run("pytest", "tests/docs", *session.posargs, env={"FINAPI_DOCS_DIR": str(out)})
