"""The drift command catches drift: run it against a loopback server with deliberate drift.

The server (drifted_server.py) answers every Symetrisk operation with the spec's own example,
serves the token endpoint (HTTP Basic client credentials, as Cognito) and rejects requests without
a token it issued, so the run authenticates through finapi's token handling. One run against a
server with six kinds of drift on six operations, one run against the same server without drift.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeAlias

import pytest

from tests.drift import drifted_server as ds
from tests.drift.apis import APIS, ROOT
from tests.drift.spec import Spec

API = APIS["symetrisk"]
CLIENT_ID = "drift-test-client"
CLIENT_SECRET = "drift-test-secret"
TIMEOUT = 120

# operationId -> (drift, what the report must say: [(kind, severity, JSON pointer)])
DRIFTS: dict[str, tuple[ds.Drift, list[tuple[str, str, str | None]]]] = {
    # A renamed field: `partner.id` became `partner.identifier`.
    "get_credit_scoring_self": (
        ds.rename(["partner", "id"], "identifier"),
        [("renamed-field", "error", "/partner/id")],
    ),
    # A removed required field.
    "list_debtors": (
        ds.remove(["items", 0, "id"]),
        [("missing-required-field", "error", "/items/0/id")],
    ),
    # A changed type (on a field whose nullability the spec marks x-inferred).
    "get_borrower": (
        ds.replace(["last_reconciliation_date"], 20250101),
        [("wrong-type", "error", "/last_reconciliation_date")],
    ),
    # An undocumented value of an open enum: valid JSON Schema, so only a warning.
    "list_relationships": (
        ds.replace(["items", 0, "relationship_state"], "access_revoked"),
        [("undocumented-enum-value", "warning", "/items/0/relationship_state")],
    ),
    # An undocumented status code.
    "get_bank_self": (
        ds.status(410, {"detail": "Gone"}),
        [("undocumented-status-code", "error", None)],
    ),
    # camelCase pagination metadata, as the oldest Symetrisk docs had it.
    "list_notifications": (
        ds.chain(
            ds.rename(["metadata", "returned_items"], "returnedItems"),
            ds.rename(["metadata", "total_items"], "totalItems"),
        ),
        [
            ("renamed-field", "error", "/metadata/returned_items"),
            ("renamed-field", "error", "/metadata/total_items"),
        ],
    ),
}
UNTOUCHED = ("get_ping", "get_accounting_data", "get_credit_score")
DriftedRun: TypeAlias = tuple[subprocess.CompletedProcess[str], Path, ds.DriftedServer]


@pytest.fixture(scope="module")
def spec() -> Spec:
    return Spec.load(API.spec_path, naive_timestamps=API.naive_timestamps)


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run in a new process group, and kill the whole group (schemathesis too) on a timeout."""
    with subprocess.Popen(
        command, cwd=ROOT, env=env, text=True, start_new_session=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as process:  # fmt: skip
        try:
            stdout, stderr = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SYMETRISK_", "BREVIO_"))}
    env.update(extra)
    return env


def _run_drift(base_url: str, report_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return _run(
        [sys.executable, "-m", "tests.drift.cli", "--api", API.name, "--base-url", base_url,
         "--report-dir", str(report_dir), "--max-examples", "3", "--rate-limit", "1000/s", *extra],
        _environment(SYMETRISK_CLIENT_ID=CLIENT_ID, SYMETRISK_CLIENT_SECRET=CLIENT_SECRET),
    )  # fmt: skip


def _findings(report_dir: Path) -> list[dict[str, Any]]:
    data = json.loads((report_dir / f"{API.name}.drift.json").read_text(encoding="utf-8"))
    findings: list[dict[str, Any]] = data["findings"]
    return findings


@pytest.fixture(scope="module")
def drifted_run(spec: Spec, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DriftedRun]:
    report_dir = tmp_path_factory.mktemp("drifted")
    drifts = {operation_id: drift for operation_id, (drift, _) in DRIFTS.items()}
    with ds.serving(spec, drifts, client_id=CLIENT_ID, client_secret=CLIENT_SECRET) as server:
        result = _run_drift(server.base_url, report_dir)
        yield result, report_dir, server


def test_drift_run_fails_with_the_drift_exit_code(
    drifted_run: DriftedRun,
) -> None:
    result, _, _ = drifted_run
    assert result.returncode == 1, result.stdout + result.stderr
    assert "DRIFT" in result.stdout


@pytest.mark.parametrize("operation_id", sorted(DRIFTS))
def test_each_drift_is_reported_on_its_operation_with_its_kind(
    drifted_run: DriftedRun,
    spec: Spec,
    operation_id: str,
) -> None:
    _, report_dir, _ = drifted_run
    label = spec.by_id(operation_id).label
    found = {
        (f["kind"], f["severity"], f["pointer"])
        for f in _findings(report_dir)
        if f["operation"] == label
    }
    for expected in DRIFTS[operation_id][1]:
        assert expected in found, f"{label}: {expected} not in {sorted(found, key=str)}"


def test_renames_are_not_also_reported_as_unknown_fields(
    drifted_run: DriftedRun,
) -> None:
    _, report_dir, _ = drifted_run
    kinds = [(f["operation"], f["kind"], f["pointer"]) for f in _findings(report_dir)]
    assert [k for k in kinds if k[1] in ("undocumented-field", "missing-required-field")] == [
        (
            "GET /list-debtors/{creditor_organization_number}",
            "missing-required-field",
            "/items/0/id",
        )
    ]


def test_untouched_operations_have_no_findings(drifted_run: DriftedRun, spec: Spec) -> None:
    _, report_dir, _ = drifted_run
    labels = {spec.by_id(operation_id).label for operation_id in UNTOUCHED}
    stray = [f for f in _findings(report_dir) if f["operation"] in labels]
    assert stray == []


def test_report_names_what_is_inferred(
    drifted_run: DriftedRun,
) -> None:
    _, report_dir, _ = drifted_run
    by_pointer = {f["pointer"]: f for f in _findings(report_dir) if f["pointer"]}
    changed = by_pointer["/last_reconciliation_date"]
    assert changed["operation_inferred"], "get_borrower is x-inferred in the spec"
    assert any(
        item["pointer"] == "/last_reconciliation_date" and "Nullable is inferred" in item["reason"]
        for item in changed["inferred"]
    ), changed["inferred"]
    assert changed["expected"] == "type string or null"
    assert changed["received"] == "integer 20250101"
    camel = by_pointer["/metadata/returned_items"]
    assert "camelCase" in camel["received"]
    markdown = (report_dir / f"{API.name}.drift.md").read_text(encoding="utf-8")
    assert "`/metadata/total_items`" in markdown
    assert "undocumented-enum-value" in markdown
    assert "access_revoked" in markdown


def test_junit_report_fails_the_drifted_operations(drifted_run: DriftedRun, spec: Spec) -> None:
    _, report_dir, _ = drifted_run
    xml = (report_dir / f"{API.name}.drift.junit.xml").read_text(encoding="utf-8")
    for operation_id, (_, expected) in DRIFTS.items():
        if any(severity == "error" for _, severity, _ in expected):
            assert f'name="{spec.by_id(operation_id).label} ({operation_id})"' in xml
    assert xml.count("<failure ") == sum(
        1 for _, expected in DRIFTS.values() if any(s == "error" for _, s, _ in expected)
    )


def test_run_was_read_only_and_used_the_sdk_tokens(
    drifted_run: DriftedRun,
) -> None:
    _, _, server = drifted_run
    methods = {(seen.method, seen.path == server.token_path) for seen in server.seen}
    assert methods <= {("GET", False), ("POST", True)}, methods
    token_requests = [s for s in server.seen if s.path == server.token_path]
    # finapi caches the token: the hooks process and the CLI's up-front check fetch one each.
    assert 1 <= len(token_requests) <= 2, token_requests
    assert all(s.status == 200 for s in token_requests)
    api_requests = [s for s in server.seen if s.path != server.token_path]
    authorised = [
        s
        for s in api_requests
        if s.authorization and s.authorization.startswith("Bearer drift-token-")
    ]
    assert len(authorised) > len(api_requests) / 2  # the rest: ignored_auth's deliberate probes


def test_matching_server_gives_a_clean_report(spec: Spec, tmp_path: Path) -> None:
    with ds.serving(spec, {}, client_id=CLIENT_ID, client_secret=CLIENT_SECRET) as server:
        result = _run_drift(server.base_url, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _findings(tmp_path) == []
    assert "Symetrisk: CLEAN:" in result.stdout


def test_missing_credentials_exit_3_and_name_the_variables(tmp_path: Path) -> None:
    result = _run(
        [sys.executable, "-m", "tests.drift.cli", "--api", "brevio", "--report-dir", str(tmp_path)],
        _environment(BREVIO_CLIENT_ID="only-the-id"),
    )
    assert result.returncode == 3
    assert "BREVIO_CLIENT_SECRET" in result.stderr
    assert "BREVIO_CLIENT_ID" not in result.stderr.split("set ", 1)[1].split("(")[0]


def test_allow_writes_warns_and_sends_writes(spec: Spec, tmp_path: Path) -> None:
    with ds.serving(spec, {}, client_id=CLIENT_ID, client_secret=CLIENT_SECRET) as server:
        result = _run_drift(server.base_url, tmp_path, "--allow-writes", "--max-examples", "1")
        writes = {s.path for s in server.seen if s.method == "POST" and s.path != server.token_path}
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert "real e-mails and signup links" in result.stderr
    assert spec.by_id("request_borrower_access").path in writes


def test_allow_writes_is_refused_against_production(tmp_path: Path) -> None:
    result = _run_drift("production", tmp_path, "--allow-writes")
    assert result.returncode == 2
    assert "refused against production" in result.stderr


def test_tokens_come_from_the_sdk_and_are_refreshed_after_a_401(
    spec: Spec, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.drift.tokens import WrapperTokens

    monkeypatch.setenv("SYMETRISK_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("SYMETRISK_CLIENT_SECRET", CLIENT_SECRET)
    with ds.serving(spec, {}, client_id=CLIENT_ID, client_secret=CLIENT_SECRET) as server:
        tokens = WrapperTokens(API, server.base_url)
        first = tokens.authorization()
        assert first == tokens.authorization() == "Bearer drift-token-1"  # cached by finapi
        tokens.rejected("Bearer some-other-token")  # not ours: no refresh
        assert tokens.authorization() == first
        tokens.rejected(first)
        assert tokens.authorization() == "Bearer drift-token-2"
        token_calls = [s for s in server.seen if s.path == server.token_path]
    assert [s.authorization for s in token_calls] == [server.basic, server.basic]
