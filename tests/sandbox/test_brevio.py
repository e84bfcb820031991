"""Brevio's sandbox over HTTP through Prism: Confirm, Sign, Connect and Signature Right state."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.sandbox.conftest import client_for, expect_violation, violations

pytestmark = pytest.mark.integration

CLIENT = {"country": "no", "vatNo": "999999999"}
DNB = "042172ae-9e59-4b8e-910f-3f707a727659"
PARTIAL = "c342dbcd-6232-4f0f-8c70-c7fb7c8f78bd"  # the documented partial confirmation


def _files(count: int, field: str = "attachments") -> list[tuple[str, tuple[str, bytes, str]]]:
    return [
        (field, (f"bekreftelse-{n}.pdf", b"%PDF-1.4 sandbox", "application/pdf"))
        for n in range(count)
    ]


def _create(brevio: httpx.Client, **request: Any) -> str:
    body = {
        **CLIENT,
        "language": "nb",
        "user": "auditor@example.com",
        "signees": ["ceo@example.com"],
        "requests": [{"requestType": "bank", "bank": DNB, "cutOffDate": "2025-12-31", **request}],
    }
    created = brevio.post("/v1/confirm/audit-requests/", json=body).json()
    assert created["sent"] is True
    (token,) = created["tokens"]
    return str(token)


def _audit_request(brevio: httpx.Client, token: str, **filters: str) -> dict[str, Any]:
    params = {**CLIENT, **filters}
    offset = 0
    while True:
        page = brevio.get("/v1/confirm/audit-requests/", params={**params, "offset": offset}).json()
        for item in page:
            if item["token"] == token:
                return dict(item)
        if len(page) < 50:
            raise AssertionError(f"{token} is not listed")
        offset += 50


def _pending_tokens(brevio: httpx.Client, **filters: str) -> list[str]:
    tokens: list[str] = []
    offset = 0
    while True:
        params: dict[str, str | int] = {"offset": offset, **filters}
        page = brevio.get("/v1/confirm/audit-requests/third-party", params=params).json()
        tokens += [item["token"] for item in page]
        if len(page) < 50:
            return tokens
        offset += 50


def test_audit_request_from_creation_to_the_banks_confirmation(brevio: httpx.Client) -> None:
    token = _create(brevio, accountNumbers=[{"accountNumber": "12345678903"}])
    created = _audit_request(brevio, token)
    assert (created["step"], created["confirmation"]) == ("client-ready", None)
    assert created["bank"]["name"] == "DNB"
    assert created["company"] == {**CLIENT, "name": "Eksempel AS"}
    assert token not in _pending_tokens(brevio)  # not signed yet: the bank does not see it
    assert _audit_request(brevio, token, requestType="bank")["token"] == token
    with pytest.raises(AssertionError):
        _audit_request(brevio, token, requestType="supplier")

    signed = brevio.post(f"/_sandbox/audit-requests/{token}/sign").json()
    assert signed["step"] == "third-party"
    assert signed["signees"][0]["name"]  # verified during signing
    assert [a["fileName"] for a in signed["attachments"]] == ["Fullmakt-for-eksempel-as.pdf"]
    assert token in _pending_tokens(brevio)
    assert token in _pending_tokens(brevio, processing="false")
    assert token not in _pending_tokens(brevio, processing="true")

    marked = brevio.post("/v1/confirm/audit-requests/processing", json={"tokens": [token, "nope"]})
    assert marked.json() == {"successful": [token], "failed": ["nope"]}
    assert token in _pending_tokens(brevio, processing="true")

    uploaded = brevio.post(
        f"/v1/confirm/audit-requests/{token}/confirmations/attachments", files=_files(2)
    )
    assert uploaded.json() == {"message": "2 attachments uploaded"}
    sent = brevio.post(f"/v1/confirm/audit-requests/{token}/confirmation", files=_files(1))
    assert sent.json() == {"token": token, "step": "received"}

    # The audit company now sees the confirmation, with the bank's files.
    done = _audit_request(brevio, token)
    assert done["step"] == "received"
    assert done["confirmation"]["status"] == "completed"
    assert done["confirmation"]["completedAt"]
    assert len(done["attachments"]) == 4  # the signed power of attorney and three uploads
    assert token not in _pending_tokens(brevio)
    again = brevio.post(f"/v1/confirm/audit-requests/{token}/confirmation", files=_files(1))
    assert again.status_code == 422
    assert "already confirmed" in again.json()["message"]

    # Every attachment can be downloaded through a signed URL.
    for attachment in done["attachments"]:
        url = brevio.post(f"/v1/confirm/attachments/{attachment['token']}/signed-url").json()
        assert url["filename"] == attachment["fileName"]


def test_a_confirmation_needs_an_attachment_and_a_comment_completes_without(
    brevio: httpx.Client,
) -> None:
    first, second = _create(brevio), _create(brevio)
    for token in (first, second):
        brevio.post(f"/_sandbox/audit-requests/{token}/sign")
    refused = brevio.post(f"/v1/confirm/audit-requests/{first}/confirmation")
    assert refused.status_code == 422
    assert "at least one attachment" in refused.json()["errors"]["attachments"][0]

    answered = brevio.post(
        f"/v1/confirm/audit-requests/{first}/confirmations/comment",
        json={"comment": "The client (999999999) is not a customer of our bank"},
    )
    assert answered.json() == {
        "message": "Audit request completed and notification sent to auditor"
    }
    confirmation = _audit_request(brevio, first)["confirmation"]
    assert confirmation["status"] == "completed_with_comment"
    assert confirmation["comment"].startswith("The client (999999999)")

    too_long = brevio.post(
        f"/v1/confirm/audit-requests/{second}/confirmations/comment",
        json={"comment": "x" * 201},
        extensions=expect_violation(),
    )
    assert too_long.status_code == 422
    assert violations(too_long)[0]["location"] == ["body", "comment"]


def test_confirmations_api_complete_reject_and_keyset_listing(brevio: httpx.Client) -> None:
    token = _create(brevio)
    brevio.post(f"/_sandbox/audit-requests/{token}/sign")
    confirmation = _audit_request_confirmation_token(brevio, token)

    not_partial = brevio.post(
        f"/v1/confirm/confirmations/{confirmation}/reject", json={"comment": "Not ours"}
    )
    assert not_partial.status_code == 400  # documented: only partial confirmations
    assert not_partial.json() == {"message": "Only partial confirmations can be rejected."}

    empty = brevio.post(f"/v1/confirm/confirmations/{confirmation}/complete")
    assert empty.status_code == 422
    brevio.post(f"/v1/confirm/confirmations/{confirmation}/attachments", files=_files(1))
    completed = brevio.post(f"/v1/confirm/confirmations/{confirmation}/complete").json()
    assert (completed["status"], completed["partial"]) == ("completed", False)
    assert completed["completedAt"]
    assert _audit_request(brevio, token)["step"] == "received"

    rejected = brevio.post(
        f"/v1/confirm/confirmations/{PARTIAL}/reject",
        json={"comment": "No companies in the confirmation are customers of ours"},
    )
    assert (rejected.json()["status"], rejected.json()["partial"]) == ("rejected", True)
    again = brevio.post(f"/v1/confirm/confirmations/{PARTIAL}/reject", json={"comment": "Again"})
    assert again.status_code == 422
    assert again.json()["message"] == f"Confirmation {PARTIAL} is already rejected."


def _audit_request_confirmation_token(brevio: httpx.Client, token: str) -> str:
    """The pending confirmation that signing this audit request just created: the newest one
    (keyset order is sentToThirdPartyAt, and nothing else reached a bank since)."""
    assert _audit_request(brevio, token)["step"] == "third-party"
    cursor, newest = None, None
    while True:
        page = brevio.get(
            "/v1/confirm/confirmations", params={"cursor": cursor} if cursor else {}
        ).json()
        assert all(c["status"] == "started" for c in page["confirmations"])
        newest = page["confirmations"][-1] if page["confirmations"] else newest
        if page["next"] is None:
            break
        cursor = page["next"]
    assert newest is not None
    assert [c["vatNo"] for c in newest["companies"]] == [CLIENT["vatNo"]]
    return str(newest["token"])


def test_finalize_and_its_limit(brevio: httpx.Client) -> None:
    token = _create(brevio)
    result = brevio.post("/v1/confirm/audit-requests/finalize", json={"tokens": [token, "x"]})
    assert result.json() == {"successful": [token], "failed": ["x"]}
    assert _audit_request(brevio, token)["step"] == "received"
    twice = brevio.post("/v1/confirm/audit-requests/finalize", json={"tokens": [token]})
    assert twice.json() == {"successful": [], "failed": [token]}

    eleven = brevio.post(
        "/v1/confirm/audit-requests/finalize",
        json={"tokens": [token] * 11},
        extensions=expect_violation(),
    )
    assert eleven.status_code == 422
    assert violations(eleven)[0]["location"] == ["body", "tokens"]


def test_lpa_lifecycle_sends_waiting_requests_to_the_bank(brevio: httpx.Client) -> None:
    lpa = brevio.post(
        "/v1/confirm/lpas", json={**CLIENT, "signees": ["styreleder@example.com"]}
    ).json()
    assert (lpa["signed"], lpa["fromDate"], lpa["language"]) == (False, None, "en")
    assert lpa["token"] in {item["token"] for item in brevio.get("/v1/confirm/lpas").json()}

    token = _create(brevio, lpa=lpa["token"])
    assert _audit_request(brevio, token)["step"] == "client-ready"
    signed = brevio.post(f"/_sandbox/lpas/{lpa['token']}/sign").json()
    assert signed["signed"] is True
    assert signed["attachment"]
    assert _audit_request(brevio, token)["step"] == "third-party"
    assert token in _pending_tokens(brevio)

    # With a signed LPA a new request goes straight to the bank.
    direct = _create(brevio, lpa=lpa["token"])
    assert _audit_request(brevio, direct)["step"] == "third-party"


def test_bad_references_are_refused_with_reasons(brevio: httpx.Client) -> None:
    body = {**CLIENT, "language": "nb", "user": "auditor@example.com", "signees": ["a@example.com"]}
    no_bank = brevio.post(
        "/v1/confirm/audit-requests/",
        json={**body, "requests": [{"requestType": "bank", "cutOffDate": "2025-12-31"}]},
    )
    assert no_bank.status_code == 422
    assert "requests.0.bank" in no_bank.json()["errors"]
    unknown = brevio.post(
        "/v1/confirm/audit-requests/",
        json={
            **body,
            "vatNo": "123456780",
            "requests": [{"bank": DNB, "cutOffDate": "2025-12-31"}],
        },
    )
    assert unknown.status_code == 422
    assert "national registry" in unknown.json()["errors"]["vatNo"][0]
    unregistered = brevio.post(
        "/v1/confirm/audit-requests/",
        json={
            **body,
            "user": "new@example.com",
            "requests": [{"bank": DNB, "cutOffDate": "2025-12-31"}],
        },
    ).json()
    assert unregistered["sent"] is False
    assert _audit_request(brevio, unregistered["tokens"][0])["step"] == "started"


def test_manual_audit_request_lifecycle(brevio: httpx.Client) -> None:
    manual = brevio.post("/_sandbox/manual-audit-requests", json=CLIENT).json()
    token = manual["token"]
    assert manual["bankStartedProcessing"] is False
    marked = brevio.post("/v1/confirm/manual-audit-requests/processing", json={"tokens": [token]})
    assert marked.json()["successful"] == [token]
    one = brevio.post(
        f"/v1/confirm/manual-audit-requests/{token}/attachments", files=_files(1, "attachment")
    )
    assert one.json() == {"message": "1 attachment uploaded"}
    refused = brevio.post(f"/v1/confirm/manual-audit-requests/{token}/confirmation")
    assert refused.status_code == 422  # the power of attorney is not a confirmation file
    brevio.post(
        f"/v1/confirm/manual-audit-requests/{token}/confirmations/attachments", files=_files(3)
    )
    sent = brevio.post(f"/v1/confirm/manual-audit-requests/{token}/confirmation").json()
    assert sent == {"token": token, "step": "completed"}
    state = brevio.get(f"/_sandbox/manual-audit-requests/{token}").json()
    assert state["bankStartedProcessing"] is True
    assert state["completedAt"]
    assert len(state["attachments"]) == 4


def test_upload_limits_come_from_the_spec(brevio: httpx.Client) -> None:
    token = _create(brevio)
    brevio.post(f"/_sandbox/audit-requests/{token}/sign")
    six = brevio.post(
        f"/v1/confirm/audit-requests/{token}/confirmations/attachments",
        files=_files(6),
        extensions=expect_violation(),
    )
    assert six.status_code == 422
    five = brevio.post(
        f"/v1/confirm/audit-requests/{token}/confirmations/attachments", files=_files(5)
    )
    assert five.json() == {"message": "5 attachments uploaded"}


def test_sign_request_lifecycle(brevio: httpx.Client) -> None:
    uploaded = brevio.post("/v1/sign/attachments", files=_files(1, "attachment")).json()
    templates = brevio.get("/v1/sign/document-templates").json()
    template = templates[0]["token"]
    body = {
        "attachments": [
            {"token": uploaded["token"], "title": "Annual report", "templateToken": template}
        ],
        "vatNo": "999999998",
        "country": "no",
        "user": "auditor@example.com",
        "signees": [
            {"email": "first@example.com", "order": 1},
            {"email": "second@example.com", "order": 2},
        ],
        "dueDays": 7,
    }
    token = brevio.post("/v1/sign/sign-requests", json=body).json()["token"]
    listed = _sign_requests(
        brevio, {"vatNo": "999999998", "country": "no", "templateToken": template}
    )
    mine = listed[token]
    assert [s["signed"] for s in mine["signees"]] == [False, False]

    early = brevio.post(
        f"/_sandbox/sign-requests/{token}/sign", json={"email": "second@example.com"}
    )
    assert early.status_code == 409
    assert "after order 1" in early.json()["message"]
    brevio.post(f"/_sandbox/sign-requests/{token}/sign")
    done = brevio.post(f"/_sandbox/sign-requests/{token}/sign").json()
    assert [s["signed"] for s in done["signees"]] == [True, True]
    assert [a["title"] for a in done["attachments"]] == ["Annual report", "Annual report (signed)"]

    # Without the signee_pid scope the pids stay hidden; with it they are shown.
    hidden = _sign_requests(brevio, {"vatNo": "999999998", "country": "no"})[token]
    assert [s["pid"] for s in hidden["signees"]] == [None, None]
    with client_for(str(brevio.base_url), "brevio", scope="audit_company signee_pid") as pid_client:
        shown = _sign_requests(pid_client, {"vatNo": "999999998", "country": "no"})[token]
    assert all(len(s["pid"]) == 11 for s in shown["signees"])
    updated = _sign_requests(brevio, {"fromDate": done["lastUpdate"][:10]}, "/updated")
    assert token in updated
    signed_copy = done["attachments"][1]["token"]
    url = brevio.get(f"/v1/sign/attachments/{signed_copy}/signed-url").json()
    assert url["filename"] == "annual-report-(signed).pdf"

    unknown = brevio.post("/v1/sign/sign-requests", json={**body, "user": "someone@example.com"})
    assert unknown.status_code == 422


def _sign_requests(
    client: httpx.Client, params: dict[str, str], suffix: str = ""
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    offset = 0
    while True:
        page = client.get(
            f"/v1/sign/sign-requests{suffix}", params={**params, "offset": offset}
        ).json()
        found.update({item["token"]: item for item in page})
        if len(page) < 50:
            return found
        offset += 50


def test_connect_transactions_filters_and_unknown_tokens(brevio: httpx.Client) -> None:
    connection = brevio.get("/v1/connect/connections").json()[0]
    account = connection["accounts"][0]["token"]
    path = f"/v1/connect/connections/{connection['token']}/accounts/{account}/transactions"
    first = brevio.get(path).json()
    assert (first["total"], first["count"], first["next"], first["offset"]) == (366, 250, 250, 0)
    assert first["transactions"][0]["text"] == "Overførsel til Budget"  # the documented one
    december = brevio.get(path, params={"fromDate": "2023-12-01", "toDate": "2023-12-31"}).json()
    assert december["total"] == december["count"] > 0
    assert all("2023-12-01" <= t["bookedDate"] <= "2023-12-31" for t in december["transactions"])
    assert december["next"] is None
    assert (
        brevio.get(
            f"/v1/connect/connections/{connection['token']}/accounts/x/transactions"
        ).status_code
        == 404
    )
    half = brevio.get("/v1/connect/connections", params={"vatNo": "999999998"})
    assert half.status_code == 422
    assert (
        brevio.get("/v1/connect/providers", params={"country": "no"}).json()["providers"][0]["id"]
        == "NO_Dnb"
    )


def test_signature_right(brevio: httpx.Client) -> None:
    documented = brevio.get(
        "/v1/signature-right/signature-rights",
        params={"pid": "01017012345", "vatNo": "999999998", "country": "no"},
    ).json()
    assert documented["signatureRight"] == "individual"
    nobody = brevio.get(
        "/v1/signature-right/signature-rights",
        params={"pid": "01017012346", "vatNo": "999999998", "country": "no"},
    ).json()
    assert nobody["signatureRight"] == "none"
    short = brevio.get(
        "/v1/signature-right/signature-rights",
        params={"pid": "123", "vatNo": "999999998", "country": "no"},
    )
    assert short.status_code == 422


def test_reset_restores_the_seeded_data(sandbox: Any) -> None:
    with client_for(sandbox.urls["brevio"], "brevio") as brevio:
        token = _create(brevio)
        reset = brevio.post("/_sandbox/reset").json()
        assert reset["seed"] == "finapi"
        assert brevio.post(f"/_sandbox/audit-requests/{token}/sign").status_code == 404
        other = brevio.post("/_sandbox/reset", json={"seed": "another"}).json()
        assert other["seed"] == "another"
        brevio.post("/_sandbox/reset")
