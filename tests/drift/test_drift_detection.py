"""The drift command catches drift: `finapi-drift` against loopback servers with deliberate drift.

The server (drifted_server.py) answers every operation with the spec's own example, pages its
listings as x-pagination says, serves the token endpoint (HTTP Basic client credentials, as
Cognito) and rejects requests without a token it issued, so the run authenticates through the
SDK's token handling. Runs here: Symetrisk with eight kinds of drift (one an inferred route that
answers 404 to everything), Symetrisk without drift, Brevio with a renamed cursor field, and one
short run per kind of token endpoint failure.
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
from finapi._apis import BREVIO, SYMETRISK, ApiInfo
from finapi.drift.spec import Spec, label

from tests.drift import drifted_server as ds

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "drift-test-client"
CLIENT_SECRET = "drift-test-secret"
TIMEOUT = 180

# operationId -> (drift, what the report must say: [(kind, severity, JSON pointer)])
DRIFTS: dict[str, tuple[ds.Drift, list[tuple[str, str, str | None]]]] = {
    # A renamed field: `partner.id` became `partner.identifier`.
    "get_credit_scoring_self": (
        ds.rename(["partner", "id"], "identifier"),
        [("renamed-field", "error", "/partner/id")],
    ),
    # A removed required field (in the first item of every page).
    "list_debtors": (
        ds.remove(["items", 0, "id"]),
        [("missing-required-field", "error", "/items/*/id")],
    ),
    # A changed type (on a field whose nullability the spec marks x-inferred).
    "get_borrower": (
        ds.replace(["last_reconciliation_date"], 20250101),
        [("wrong-type", "error", "/last_reconciliation_date")],
    ),
    # An undocumented value of an open enum: valid JSON Schema, so only a warning.
    "list_relationships": (
        ds.replace(["items", 0, "relationship_state"], "access_revoked"),
        [("undocumented-enum-value", "warning", "/items/*/relationship_state")],
    ),
    # An undocumented status code (and so a route that never answers 2xx).
    "get_bank_self": (
        ds.status(410, {"detail": "Gone"}),
        [("undocumented-status-code", "error", None), ("operation-unreachable", "error", None)],
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
    # An inferred route that does not exist: 404 (a documented status) to every request.
    "get_accounting_data": (
        ds.status(404, {"detail": "Not Found"}),
        [("operation-unreachable", "error", None)],
    ),
}
UNTOUCHED = ("get_ping", "get_credit_score")
DriftedRun: TypeAlias = tuple[subprocess.CompletedProcess[str], Path, ds.DriftedServer]


@pytest.fixture(scope="module")
def spec() -> Spec:
    return Spec.of(SYMETRISK)


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


def _credentials(api: ApiInfo) -> dict[str, str]:
    client_id, client_secret = api.credential_variables
    return {client_id: CLIENT_ID, client_secret: CLIENT_SECRET}


def _run_drift(base_url: str, report_dir: Path, *extra: str, api: ApiInfo = SYMETRISK
               ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """`python -m finapi.drift`, the same entry point as the `finapi-drift` console script."""
    return _run(
        [sys.executable, "-m", "finapi.drift", "--api", api.name, "--base-url", base_url,
         "--report-dir", str(report_dir), "--max-examples", "3", "--rate-limit", "1000/s", *extra],
        _environment(**_credentials(api)),
    )  # fmt: skip


def _report(report_dir: Path, api: ApiInfo = SYMETRISK) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (report_dir / f"{api.name}.drift.json").read_text(encoding="utf-8")
    )
    return data


def _findings(report_dir: Path, api: ApiInfo = SYMETRISK) -> list[dict[str, Any]]:
    findings: list[dict[str, Any]] = _report(report_dir, api)["findings"]
    return findings


def _serving(spec: Spec, drifts: dict[str, ds.Drift] | None = None,
             token_answer: ds.TokenAnswer | None = None) -> Any:  # fmt: skip
    return ds.serving(spec, drifts or {}, client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                      token_answer=token_answer)  # fmt: skip


@pytest.fixture(scope="module")
def drifted_run(spec: Spec, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DriftedRun]:
    report_dir = tmp_path_factory.mktemp("drifted")
    drifts = {operation_id: drift for operation_id, (drift, _) in DRIFTS.items()}
    with _serving(spec, drifts) as server:
        result = _run_drift(server.base_url, report_dir)
        yield result, report_dir, server


def test_drift_run_fails_with_the_drift_exit_code(drifted_run: DriftedRun) -> None:
    result, _, _ = drifted_run
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Symetrisk: DRIFT:" in result.stdout


@pytest.mark.parametrize("operation_id", sorted(DRIFTS))
def test_each_drift_is_reported_on_its_operation_with_its_kind(
    drifted_run: DriftedRun, spec: Spec, operation_id: str
) -> None:
    _, report_dir, _ = drifted_run
    name = label(spec.by_id(operation_id))
    found = {
        (f["kind"], f["severity"], f["pointer"])
        for f in _findings(report_dir)
        if f["operation"] == name
    }
    for expected in DRIFTS[operation_id][1]:
        assert expected in found, f"{name}: {expected} not in {sorted(found, key=str)}"


def test_an_inferred_route_that_answers_404_is_unreachable(drifted_run: DriftedRun) -> None:
    result, report_dir, _ = drifted_run
    (finding,) = [f for f in _findings(report_dir) if f["kind"] == "operation-unreachable"
                  and f["operation_id"] == "get_accounting_data"]  # fmt: skip
    assert finding["severity"] == "error"
    assert finding["received"].startswith("404 x")
    assert finding["operation_inferred"], "the route is x-inferred in the spec"
    assert "probes tried organization_number=" in finding["message"]
    assert finding["fix"].startswith(
        "GET /accounting-data/{organization_number} unreachable (404 x"
    )
    assert "inferred path, confirm the route" in finding["fix"]
    assert "openapi/symetrisk.yaml:" in finding["fix"]
    operations = {op["operation_id"]: op for op in _report(report_dir)["operations"]}
    assert operations["get_accounting_data"]["reached"] is False
    assert operations["get_ping"]["reached"] is True
    assert "get_accounting_data" in result.stdout or "/accounting-data/" in result.stdout


def test_report_opens_with_reachability(drifted_run: DriftedRun) -> None:
    result, report_dir, _ = drifted_run
    summary = "7 of 9 operations reached, 7 of 9 inferred routes confirmed"
    assert summary in result.stdout
    markdown = (report_dir / "symetrisk.drift.md").read_text(encoding="utf-8")
    head, _, findings = markdown.partition("## Findings")
    assert f"- Reachability: {summary}" in head
    assert (
        "| get_accounting_data | `GET /accounting-data/{organization_number}` | inferred | **no** "
        "| 404 x" in head
    )
    assert "## Pagination: the SDK's paginator over each listing" in head
    assert "| list_relationships | limit-skip | 2 page(s), 3 item(s), listing complete |" in head
    assert findings.count("**What to change:**") == len(_findings(report_dir))


def test_findings_are_grouped_per_field(drifted_run: DriftedRun) -> None:
    _, report_dir, _ = drifted_run
    (missing,) = [f for f in _findings(report_dir) if f["kind"] == "missing-required-field"]
    assert missing["field_name"] == "Debtor.id"
    assert missing["occurrences"] > 1  # every page of every request, one finding
    assert missing["where"] == ["GET /list-debtors/{creditor_organization_number} /items/*/id"]


def test_renames_are_not_also_reported_as_unknown_fields(drifted_run: DriftedRun) -> None:
    _, report_dir, _ = drifted_run
    kinds = [(f["operation"], f["kind"], f["pointer"]) for f in _findings(report_dir)]
    assert [k for k in kinds if k[1] in ("undocumented-field", "missing-required-field")] == [
        (
            "GET /list-debtors/{creditor_organization_number}",
            "missing-required-field",
            "/items/*/id",
        )
    ]


def test_untouched_operations_have_no_findings(drifted_run: DriftedRun, spec: Spec) -> None:
    _, report_dir, _ = drifted_run
    names = {label(spec.by_id(operation_id)) for operation_id in UNTOUCHED}
    assert [f for f in _findings(report_dir) if f["operation"] in names] == []


def test_report_names_what_is_inferred_and_what_to_change(drifted_run: DriftedRun) -> None:
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
    renamed = by_pointer["/partner/id"]
    assert renamed["fix"].startswith(
        "field identifier instead of id at /partner: rename in openapi/symetrisk.yaml:"
    )
    camel = by_pointer["/metadata/total_items"]
    assert "camelCase" in camel["received"]
    assert "x-pagination relies on it" in camel["expected"]
    markdown = (report_dir / "symetrisk.drift.md").read_text(encoding="utf-8")
    assert "`GET /notifications /metadata/total_items`" in markdown
    assert "add 'access_revoked' to KnownRelationshipState in openapi/symetrisk.yaml:" in markdown


def test_console_shows_a_summary_and_every_file_written(drifted_run: DriftedRun) -> None:
    result, report_dir, _ = drifted_run
    lines = result.stdout.splitlines()
    files = lines[lines.index("Files written:") + 1 :]
    names = {Path(line.strip()).name for line in files}
    assert names >= {"symetrisk.drift.md", "symetrisk.drift.junit.xml", "symetrisk.drift.json",
                     "symetrisk.schemathesis.ndjson", "symetrisk.schemathesis.log"}  # fmt: skip
    assert all(Path(line.strip()).parent == report_dir for line in files)
    assert len(lines) < 30, result.stdout  # a summary, not one line per array index


def test_junit_report_fails_the_drifted_operations(drifted_run: DriftedRun, spec: Spec) -> None:
    _, report_dir, _ = drifted_run
    xml = (report_dir / "symetrisk.drift.junit.xml").read_text(encoding="utf-8")
    failing = {
        op for op, (_, expected) in DRIFTS.items() if any(s == "error" for _, s, _ in expected)
    }
    for operation_id in failing:
        assert f'name="{label(spec.by_id(operation_id))} ({operation_id})"' in xml
    assert xml.count("<failure ") == len(failing)


def test_run_was_read_only_and_used_the_sdk_tokens(drifted_run: DriftedRun) -> None:
    _, _, server = drifted_run
    methods = {(seen.method, seen.path == server.token_path) for seen in server.seen}
    assert methods <= {("GET", False), ("POST", True)}, methods
    token_requests = [s for s in server.seen if s.path == server.token_path]
    # The SDK caches the token: the hooks process and the CLI (token check, walk, probes) fetch
    # one each.
    assert 1 <= len(token_requests) <= 2, token_requests
    assert all(s.status == 200 for s in token_requests)
    api_requests = [s for s in server.seen if s.path != server.token_path]
    authorised = [
        s
        for s in api_requests
        if s.authorization and s.authorization.startswith("Bearer drift-token-")
    ]
    assert len(authorised) > len(api_requests) / 2  # the rest: ignored_auth's deliberate probes


def test_the_page_walk_uses_small_pages_through_the_sdk(drifted_run: DriftedRun) -> None:
    _, _, server = drifted_run
    walked = [s for s in server.seen if s.path == "/relationships" and s.query == "limit=2&skip=2"]
    assert walked, "the SDK's paginator asked for the second page of 2"


def test_matching_server_gives_a_clean_report(spec: Spec, tmp_path: Path) -> None:
    with _serving(spec) as server:
        result = _run_drift(server.base_url, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _findings(tmp_path) == []
    assert "Symetrisk: CLEAN: 0 error(s), 0 warning(s); 9 of 9 operations reached" in result.stdout
    walks = _report(tmp_path)["walks"]
    assert {w["operation_id"] for w in walks} == {
        "get_accounting_data", "list_relationships", "list_notifications", "list_debtors"
    }  # fmt: skip
    assert all(w["pages"] == [2, 1] and w["error"] is None for w in walks), walks


def test_a_renamed_cursor_field_is_an_error_and_stops_the_sdk_after_one_page(
    tmp_path: Path,
) -> None:
    spec = Spec.of(BREVIO)
    drifts = {"list_pending_confirmations": ds.rename(["next"], "nextCursor")}
    with _serving(spec, drifts) as server:
        result = _run_drift(server.base_url, tmp_path, "--max-examples", "1", api=BREVIO)
    assert result.returncode == 1, result.stdout + result.stderr
    findings = [f for f in _findings(tmp_path, BREVIO) if f["severity"] == "error"]
    by_kind = {f["kind"]: f for f in findings}
    assert set(by_kind) == {"renamed-field", "listing-stops-short"}, findings
    renamed = by_kind["renamed-field"]
    assert (renamed["pointer"], renamed["field_name"]) == ("/next", "ConfirmationPage.next")
    assert "x-pagination relies on it" in renamed["expected"]
    assert renamed["fix"].startswith("field nextCursor instead of next at /: rename in ")
    stopped = by_kind["listing-stops-short"]
    assert stopped["operation_id"] == "list_pending_confirmations"
    assert "stopped after page 1" in stopped["message"]


@pytest.mark.parametrize(
    ("answer", "code", "words"),
    [
        (ds.token_json(404, {"detail": "Not Found"}), 5, "there is no token endpoint"),
        (ds.token_json(405, {"detail": "Method Not Allowed"}), 5, "there is no token endpoint"),
        (ds.token_html(200), 5, "there is no token endpoint"),
        (ds.token_json(400, {"error": "invalid_client"}), 4, "refused the credentials"),
        (ds.token_json(401, {"error": "invalid_client"}), 4, "refused the credentials"),
        (ds.token_json(200, {"token": "x", "expires": 3600}), 6, "not as an OAuth2 token endpoint"),
    ],
    ids=["404", "405", "html", "400-oauth-error", "401-oauth-error", "no-access-token"],
)
def test_the_token_endpoint_is_checked_first(
    spec: Spec, tmp_path: Path, answer: ds.TokenAnswer, code: int, words: str
) -> None:
    with _serving(spec, token_answer=answer) as server:
        result = _run_drift(server.base_url, tmp_path)
        seen = list(server.seen)
    assert result.returncode == code, result.stdout + result.stderr
    assert words in result.stderr
    assert [s.path for s in seen] == [server.token_path], "nothing else is sent"
    if code == 4:
        assert "SYMETRISK_CLIENT_ID and SYMETRISK_CLIENT_SECRET" in result.stderr
    else:  # the spec lines to fix
        assert "tokenUrl at openapi/symetrisk.yaml:" in result.stderr
        assert "create_access_token (POST /oauth2/token) at openapi/symetrisk.yaml:" in (
            result.stderr
        )


def test_missing_credentials_exit_3_and_name_the_variables(tmp_path: Path) -> None:
    result = _run(
        [sys.executable, "-m", "finapi.drift", "--api", "brevio", "--report-dir", str(tmp_path)],
        _environment(BREVIO_CLIENT_ID="only-the-id"),
    )
    assert result.returncode == 3
    assert "BREVIO_CLIENT_SECRET" in result.stderr
    assert "BREVIO_CLIENT_ID" not in result.stderr.split("set ", 1)[1].split("(")[0]


def test_a_missing_base_url_names_the_cli_option(tmp_path: Path) -> None:
    """Symetrisk has no staging server in its spec, and staging is the default target."""
    result = _run(
        [sys.executable, "-m", "finapi.drift", "--api", "symetrisk", "--report-dir", str(tmp_path)],
        _environment(**_credentials(SYMETRISK)),
    )
    assert result.returncode == 2
    assert "Symetrisk has no staging server in openapi/symetrisk.yaml" in result.stderr
    assert "--base-url URL (or set SYMETRISK_ENVIRONMENT)" in result.stderr


def test_allow_writes_warns_and_sends_writes(spec: Spec, tmp_path: Path) -> None:
    with _serving(spec) as server:
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
    from finapi.drift import sdk

    monkeypatch.setenv("SYMETRISK_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("SYMETRISK_CLIENT_SECRET", CLIENT_SECRET)
    with _serving(spec) as server:
        connection = sdk.connect(SYMETRISK, server.base_url)
        tokens = sdk.Tokens(connection)
        first = tokens.authorization()
        assert first == tokens.authorization() == "Bearer drift-token-1"  # cached by the SDK
        tokens.rejected("Bearer some-other-token")  # not ours: no refresh
        assert tokens.authorization() == first
        tokens.rejected(first)
        assert tokens.authorization() == "Bearer drift-token-2"
        token_calls = [s for s in server.seen if s.path == server.token_path]
        connection.close()
    assert [s.authorization for s in token_calls] == [server.basic, server.basic]
