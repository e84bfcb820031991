"""Every task of the project. A plain `nox` runs what CI needs.

nox -s mock                  # the main job: the sandbox of both APIs (`-- --static`: examples)
nox                          # what CI runs: lint, typecheck, tests, contract, bench_quick,
                             #   gate, build, docs
nox -s generate [-- --check] # regenerate generated/ from openapi/ (or check it is in sync)
nox -s drift -- --api symetrisk|brevio [--base-url URL]   # finapi-drift, against staging
nox -s bench                 # full benchmarks
nox -s gate                  # breaking-change gate: specs vs openapi/released/, versus the version
nox -s build                 # wheel + sdist, checked, quickstart from a venv outside the checkout
nox -s docs                  # API reference (Redocly) + SDK reference (pdoc), browser-checked
nox -s changelog [-- --write]  # draft CHANGELOG.md's API part from oasdiff
nox -s snapshot              # record a release: the current specs become openapi/released/
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).parent
MOCKS = ROOT / "mocks"


def _apis() -> tuple[str, ...]:
    """The spec files, from the project's one list of APIs (wrapper/finapi/_apis.py: stdlib only,
    loaded by path because nox runs before the project is installed)."""
    spec = importlib.util.spec_from_file_location("_finapi_apis", ROOT / "wrapper/finapi/_apis.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return tuple(f"openapi/{api.spec_file}" for api in module.APIS)


SPECS = _apis()
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


def _install_project_once(session: nox.Session, extras: str) -> None:
    """Install the project unless this venv already has it for the current pyproject.toml.

    For the main job, whose start-up a person waits for: even a no-op `uv pip install -e`
    rebuilds the editable wheel. The code itself is editable, so only pyproject.toml matters.
    """
    key = hashlib.sha256(f"{extras}\n".encode() + (ROOT / "pyproject.toml").read_bytes())
    stamp = Path(session.virtualenv.location) / f".finapi-{extras}.installed"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == key.hexdigest():
        return
    _install_project(session, extras)
    stamp.write_text(key.hexdigest(), encoding="utf-8")


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
    session.install(*GENERATOR, "pyyaml>=6")
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
    """mypy --strict over everything hand-written (wrapper, generation step, tests, mocks...)."""
    _install_project(session, "dev")
    session.install(*GENERATOR, "nox")  # the generation step and this file import them
    session.run("mypy")


@nox.session
def tests(session: nox.Session) -> None:
    """pytest: unit, contract and integration tests (the last against real Prism processes)."""
    _install_project(session)
    session.install(*GENERATOR)  # the in-sync contract test regenerates into a temp dir
    _npm_ci(session)
    # tests/docs looks at the built reference in Chromium: `nox -s docs` builds and runs it;
    # tests/consumer installs the built wheel: `nox -s build` builds it and runs them.
    # Two workers (a file's tests stay together): much of the suite waits on Prism, the sandbox
    # and subprocesses, so two processes fill the 2 cores CI has (4 min -> under 3). `-- -n 0`
    # runs in one process.
    session.run(
        "pytest", "-n", "2", "--dist", "loadfile",
        "--ignore=tests/docs", "--ignore=tests/consumer", *session.posargs,
    )  # fmt: skip


@nox.session
def mock(session: nox.Session) -> None:
    """The main job: the sandbox of both APIs on loopback (Ctrl-C stops everything)."""
    _install_project_once(session, "mock")
    _npm_ci(session)
    # After Ctrl-C nox would SIGTERM and SIGKILL its child within half a second; give it time to
    # report that everything has stopped (it normally takes well under a second). The cleanup
    # itself does not depend on this: see mocks/serve.py.
    session.run("python", "-m", "mocks.serve", *session.posargs, interrupt_timeout=10.0)


@nox.session
def contract(session: nox.Session) -> None:
    """schemathesis over both specs against the Prism mock: seeded, bounded, 0 failures."""
    _install_project(session)  # the test extra pins schemathesis
    _npm_ci(session)
    session.run("python", "-m", "tests.drift.contract", *session.posargs)


@nox.session
def drift(session: nox.Session) -> None:
    """Contract drift against staging or any base URL (`finapi-drift`; credentials from env)."""
    _install_project(session, "drift")
    try:
        session.run("finapi-drift", *session.posargs)
    except nox.command.CommandFailed as failed:
        # finapi-drift's exit codes (README, "Contract drift") say what went wrong; a failed nox
        # session would turn every one of them into 1. SystemExit is not a session failure to
        # nox: it ends nox with that code.
        session.log(f"finapi-drift exited with code {failed.return_code}")
        raise SystemExit(failed.return_code) from None


# The cold-start benchmark's reference SDK (a Stainless one, on httpx like ours).
BENCH_REFERENCE = "openai>=2.50,<3"


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks: a table of ratios against same-process baselines, written to JSON."""
    _install_project(session)
    session.install(BENCH_REFERENCE)
    _npm_ci(session)
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(name="bench_quick")
def bench_quick(session: nox.Session) -> None:
    """The benchmarks in quick mode, so CI keeps them from rotting (figures are not asserted)."""
    _install_project(session)
    session.install(BENCH_REFERENCE)
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
    """Wheel and sdist, `twine check`, then the wheel installed in a fresh venv outside the
    checkout: every README example type-checked and run against the mock (tests/consumer)."""
    _install_project(session)  # the mock (mocks.serve) runs from the checkout
    session.install("build[uv]>=1.2", "twine>=6")
    _npm_ci(session)
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    # Without --sdist/--wheel, build makes the sdist and then the wheel from the unpacked sdist.
    session.run("python", "-m", "build", "--installer", "uv", "--outdir", str(dist))
    session.run("twine", "check", "--strict", *(str(path) for path in sorted(dist.iterdir())))
    session.run("python", "-m", "release.artifact", str(dist))
    # The wheel as a consumer gets it: tests/consumer installs it into a fresh venv outside the
    # checkout, type-checks every README example (mypy --strict) and runs them against the mock.
    (wheel,) = dist.glob("*.whl")
    session.run("pytest", "tests/consumer", *session.posargs, env={"FINAPI_WHEEL": str(wheel)})


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
