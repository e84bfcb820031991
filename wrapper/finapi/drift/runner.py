"""Build and run one `schemathesis run` (the CLI, in a subprocess) and collect its reports.

Why the CLI and not the Python API: the CLI runs every phase (examples, coverage, fuzzing,
stateful) with the engine's own scheduling, rate limiting, deduplication and exit codes, and
honours the config file (`[phases.coverage] unexpected-methods`, `[generation] mode`) exactly as
documented. Its NDJSON report records every request, response and check result, which is all the
analysis needs; nothing has to be re-implemented around `case.call()`. A subprocess also keeps
schemathesis's hooks, which it registers process-wide, to one API per process, so two APIs can
run side by side (tests/drift/contract.py).

The hooks are named in the configuration file (`hooks = "finapi.drift.hooks"`) and imported by
schemathesis from the installed package; the process runs with this interpreter, so it sees the
same installation as the caller.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from finapi._apis import ApiInfo
from finapi._openapi import load_spec

DRIFT_CONFIG = Path(__file__).resolve().parent / "drift.toml"


@dataclass
class Invocation:
    api: ApiInfo
    base_url: str
    config_file: Path
    report_dir: Path
    auth: str  # "static" | "sdk" (see hooks.py)
    target: str  # "prism" | "live"
    seed: int
    max_examples: int
    workers: int = 1
    include_methods: Sequence[str] = ()
    exclude_checks: Sequence[str] = ()
    phases: Sequence[str] = ()
    rate_limit: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    max_failures: int | None = None
    environment: str | None = None  # for sdk auth: what the SDK is given (name or URL)
    request_retries: int = 0  # network-level retries only (e.g. a keep-alive race on the mock)
    # Passed on the command line as well as in the config file: the CLI's own `--mode` default
    # (`all`) wins over `[generation] mode` (observed with schemathesis 4.32).
    mode: str = "all"

    @property
    def ndjson_path(self) -> Path:
        return self.report_dir / f"{self.api.name}.schemathesis.ndjson"

    @property
    def junit_path(self) -> Path:
        return self.report_dir / f"{self.api.name}.schemathesis.junit.xml"

    @property
    def dropped_path(self) -> Path:
        return self.report_dir / f"{self.api.name}.dropped.jsonl"

    @property
    def log_path(self) -> Path:
        return self.report_dir / f"{self.api.name}.schemathesis.log"

    @property
    def spec_path(self) -> Path:
        path = load_spec(self.api.package).path
        assert path is not None, "finapi._openapi.load_spec always records the file"
        return path

    def command(self) -> list[str]:
        command = [
            sys.executable, "-m", "schemathesis.cli",
            "--config-file", str(self.config_file),
            "run", str(self.spec_path),
            "--url", self.base_url,
            "--seed", str(self.seed),
            "--max-examples", str(self.max_examples),
            "--mode", self.mode,
            "--generation-database", "none",
            "--workers", str(self.workers),
            "--report", "ndjson,junit",
            "--report-ndjson-path", str(self.ndjson_path),
            "--report-junit-path", str(self.junit_path),
            "--no-color",
        ]  # fmt: skip
        for method in self.include_methods:
            command += ["--include-method", method]
        if self.exclude_checks:
            command += ["--exclude-checks", ",".join(self.exclude_checks)]
        if self.phases:
            command += ["--phases", ",".join(self.phases)]
        if self.rate_limit:
            command += ["--rate-limit", self.rate_limit]
        if self.request_retries:
            command += ["--request-retries", str(self.request_retries)]
        if self.max_failures:
            command += ["--max-failures", str(self.max_failures)]
        for name, value in self.headers.items():
            command += ["--header", f"{name}: {value}"]
        return command

    def process_environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                "FINAPI_DRIFT_API": self.api.name,
                "FINAPI_DRIFT_AUTH": self.auth,
                "FINAPI_DRIFT_ENVIRONMENT": self.environment or self.base_url,
                "FINAPI_DRIFT_TARGET": self.target,
                "FINAPI_DRIFT_DROPPED": str(self.dropped_path),
            }
        )
        # The configuration file names the hooks; a SCHEMATHESIS_HOOKS left in the caller's
        # environment would load a second set on top of them.
        env.pop("SCHEMATHESIS_HOOKS", None)
        return env


@dataclass
class Outcome:
    invocation: Invocation
    exit_code: int
    seconds: float
    output: str


def run(invocation: Invocation, *, echo: bool = False) -> Outcome:
    """Run schemathesis; its terminal output goes to a log file (and to stdout with `echo`)."""
    invocation.report_dir.mkdir(parents=True, exist_ok=True)
    for stale in (invocation.ndjson_path, invocation.junit_path, invocation.dropped_path):
        stale.unlink(missing_ok=True)
    started = time.monotonic()
    # A scratch working directory: Hypothesis writes `.hypothesis/` caches and schemathesis its
    # `.schemathesis/` project cache into the current directory, and neither belongs in the tree.
    with (
        tempfile.TemporaryDirectory(prefix="drift-") as scratch,
        subprocess.Popen(
            invocation.command(),
            cwd=scratch,
            env=invocation.process_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        ) as process,
    ):
        assert process.stdout is not None
        lines: list[str] = []
        try:
            for line in process.stdout:
                lines.append(line)
                if echo:
                    sys.stdout.write(line)
                    sys.stdout.flush()
            exit_code = process.wait()
        except BaseException:
            # Interrupted (Ctrl-C, or SIGTERM turned into KeyboardInterrupt by the entry points):
            # never leave schemathesis running behind us.
            process.kill()
            process.wait()
            raise
    output = "".join(lines)
    invocation.log_path.write_text(output, encoding="utf-8")
    return Outcome(invocation, exit_code, time.monotonic() - started, output)
