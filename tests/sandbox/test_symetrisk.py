"""Symetrisk's sandbox over HTTP through Prism: lifecycles, test helpers, documented errors."""

from __future__ import annotations

import httpx
import pytest
from stdnum.no import orgnr

from mocks.sandbox.symetrisk import (
    CREDITOR,
    DOCUMENTED_BORROWER,
    LAST_MONTH,
    PENDING_BORROWER,
    PENDING_DEBTOR,
)
from tests.sandbox.conftest import expect_violation, violations

pytestmark = pytest.mark.integration


def _unused_org_number(client: httpx.Client, start: int) -> str:
    number = start
    while True:
        candidate = str(number)
        if orgnr.is_valid(candidate) and client.get(f"/borrower/{candidate}").status_code == 404:
            return candidate
        number += 1


def test_token_and_self_report_the_calling_client(symetrisk: httpx.Client) -> None:
    body = symetrisk.get("/self").json()
    assert body["client"]["client_id"] == "sandbox-test"  # from the token request's Basic auth
    assert body["company"]["name"] == "Sparebanken Vest"
    assert symetrisk.get("/ping").json() == {"message": "pong"}


def test_borrower_lifecycle_request_accept_read_new_month(symetrisk: httpx.Client) -> None:
    org = _unused_org_number(symetrisk, 951_000_000)
    results = symetrisk.post("/request-access", json={"borrowers": [{"organization_number": org}]})
    (result,) = results.json()
    assert result["success"] is True
    assert (
        f"symetrisk-signup-id={result['signup_link'].split('=')[1].split('&')[0]}"
        in (result["signup_link"])
    )

    borrower = symetrisk.get(f"/borrower/{org}").json()
    assert borrower["relationship_state"] == "access_requested"
    assert borrower["consented_to_share_data"] is False
    assert borrower["connected_accounting_system"] is None
    assert borrower["signup_links"][0]["full_link"] == result["signup_link"]
    listed = symetrisk.get("/relationships", params={"limit": 1000}).json()["items"]
    assert [
        r["relationship_state"] for r in listed if r["borrower_organization_number"] == org
    ] == ["access_requested"]
    refused = symetrisk.get(f"/accounting-data/{org}")
    assert refused.status_code == 403
    assert "access_requested" in refused.json()["detail"]

    # Asking again does not create a second relationship.
    again = symetrisk.post("/request-access", json={"borrowers": [{"organization_number": org}]})
    assert again.json()[0]["success"] is False

    notifications_before = symetrisk.get("/notifications").json()["metadata"]["total_items"]
    accepted = symetrisk.post(f"/_sandbox/borrowers/{org}/accept").json()
    assert accepted["relationship_state"] == "access_approved"
    assert accepted["consented_to_share_data"] is True
    assert accepted["connected_accounting_system"] == "fiken"
    assert accepted["signup_links"][0]["signup_state"] == "post_confirmation_done"

    data = symetrisk.get(f"/accounting-data/{org}").json()
    assert data["metadata"]["total_items"] == 12
    dates = [item["snapshot_date"] for item in data["items"]]
    assert dates == sorted(dates, reverse=True)  # newest first, as documented

    delivered = symetrisk.post(f"/_sandbox/borrowers/{org}/accounting-months").json()
    newest = symetrisk.get(f"/accounting-data/{org}", params={"limit": 1}).json()
    assert newest["metadata"]["total_items"] == 13
    assert newest["items"][0]["id"] == delivered["id"]
    assert newest["items"][0]["snapshot_date"] > dates[0]
    notifications = symetrisk.get("/notifications", params={"limit": 1000}).json()
    assert notifications["metadata"]["total_items"] == notifications_before + 3
    assert notifications["items"][-1]["text"] == "Fetched data from Fiken"


def test_the_documented_borrower_and_snapshot(symetrisk: httpx.Client) -> None:
    borrower = symetrisk.get(f"/borrower/{DOCUMENTED_BORROWER}").json()
    assert (borrower["name"], borrower["relationship_state"]) == ("Borrower 1", "access_approved")
    page = symetrisk.get(f"/accounting-data/{DOCUMENTED_BORROWER}", params={"limit": 500}).json()
    assert page["metadata"]["limit"] == 100  # "Returns up to 100 instances"
    assert page["metadata"]["total_items"] >= 120
    documented = next(i for i in page["items"] if i["snapshot_date"] == LAST_MONTH.isoformat())
    revenues = documented["data"]["p_and_l_items"]["ledger_balances"]["revenues"]
    assert revenues["total"] == 3755054  # the docs' example month, unchanged


def test_declined_access_and_helper_conflicts(symetrisk: httpx.Client) -> None:
    org = _unused_org_number(symetrisk, 961_000_000)
    symetrisk.post("/request-access", json={"borrowers": [{"organization_number": org}]})
    declined = symetrisk.post(f"/_sandbox/borrowers/{org}/decline").json()
    assert declined["relationship_state"] == "access_declined"
    assert symetrisk.get(f"/accounting-data/{org}").status_code == 403
    conflict = symetrisk.post(f"/_sandbox/borrowers/{org}/accounting-months")
    assert conflict.status_code == 409
    assert "not approved" in conflict.json()["detail"]
    # A new request after a decline starts over.
    again = symetrisk.post("/request-access", json={"borrowers": [{"organization_number": org}]})
    assert again.json()[0]["success"] is True
    assert symetrisk.get(f"/borrower/{org}").json()["relationship_state"] == "access_requested"


def test_pending_borrower_is_seeded(symetrisk: httpx.Client) -> None:
    borrower = symetrisk.get(f"/borrower/{PENDING_BORROWER}").json()
    assert borrower["relationship_state"] in ("access_requested", "access_approved")


def test_credit_scoring_lifecycle(symetrisk: httpx.Client) -> None:
    creditor = _unused_org_number(symetrisk, 970_000_000)
    unknown = symetrisk.get(f"/list-debtors/{creditor}")
    assert unknown.status_code == 404
    assert "initialize it first" in unknown.json()["detail"]
    created = symetrisk.post(
        "/initialize-company", json={"borrowers": [{"organization_number": creditor}]}
    ).json()
    assert created[0]["organization_number"] == creditor
    assert symetrisk.get(f"/list-debtors/{creditor}").json()["metadata"]["total_items"] == 0

    debtor = _unused_org_number(symetrisk, 980_000_000)
    requested = symetrisk.post(
        f"/request-access-debtors/{creditor}",
        json={"debtors": [{"organization_number": debtor}]},
    ).json()
    assert requested[0]["success"] is True
    assert symetrisk.get(f"/list-debtors/{creditor}").json()["items"] == []
    assert symetrisk.get(f"/get-credit-score/{creditor}/{debtor}").status_code == 403

    symetrisk.post(f"/_sandbox/creditors/{creditor}/debtors/{debtor}/accept")
    listed = symetrisk.get(f"/list-debtors/{creditor}").json()["items"]
    assert [d["organization_number"] for d in listed] == [debtor]
    score = symetrisk.get(f"/get-credit-score/{creditor}/{debtor}").json()
    contributions = sum(
        score[k]["contribution"] for k in ("liquidity_coverage", "solidity", "cashflow")
    )
    assert score["credit_score"] == pytest.approx(contributions, abs=0.01)


def test_seeded_creditor_and_its_pending_debtor(symetrisk: httpx.Client) -> None:
    debtors = symetrisk.get(f"/list-debtors/{CREDITOR}", params={"limit": 1000}).json()["items"]
    assert len(debtors) >= 100
    assert PENDING_DEBTOR not in {d["organization_number"] for d in debtors}
    documented = symetrisk.get(f"/get-credit-score/{CREDITOR}/123456789").json()
    assert documented["credit_score"] == 68.91


def test_errors_explain_themselves(symetrisk: httpx.Client) -> None:
    """A request Prism refuses is answered with Prism's violation, not a canned example."""
    refused = symetrisk.get("/borrower/12345", extensions=expect_violation())
    assert refused.status_code == 422
    (violation,) = violations(refused)
    assert violation["location"] == ["path", "organization_number"]
    assert "must match pattern" in str(violation["message"])
    refused = symetrisk.get("/relationships", params={"limit": 0}, extensions=expect_violation())
    assert refused.status_code == 422
    assert violations(refused)[0]["location"] == ["query", "limit"]

    missing = symetrisk.get("/borrower/999999999")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "No borrower with organization number 999999999."}

    anonymous = httpx.get(f"{symetrisk.base_url}/ping", timeout=30)  # no token
    assert anonymous.status_code == 401
