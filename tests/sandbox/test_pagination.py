"""Every documented pagination style over several pages of the sandbox: nothing lost or repeated.

The styles are those of `x-pagination` in the specs: Symetrisk's limit-skip (metadata with
total_items), Brevio's offset pages of a fixed 50, the keyset cursor of pending confirmations, and
offset plus pageSize (with total and next) for transactions. Each listing here is walked page by
page as a client would, and compared with one page holding everything where the API has one.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from mocks.sandbox.symetrisk import CREDITOR, DOCUMENTED_BORROWER
from tests.contract.specs import load_spec

pytestmark = pytest.mark.integration


def _styles(api: str) -> dict[str, str]:
    document = load_spec(api)
    return {
        operation["operationId"]: operation["x-pagination"]["style"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-pagination" in operation
    }


def _limit_skip(client: httpx.Client, path: str, limit: int, key: str) -> tuple[list[Any], int]:
    seen: list[Any] = []
    pages, skip = 0, 0
    while True:
        body = client.get(path, params={"limit": limit, "skip": skip}).json()
        metadata = body["metadata"]
        assert (metadata["limit"], metadata["skip"]) == (limit, skip)
        assert metadata["returned_items"] == len(body["items"])
        seen += [item[key] for item in body["items"]]
        pages += 1
        skip += limit
        if skip >= metadata["total_items"]:
            assert len(seen) == metadata["total_items"]
            return seen, pages


def _offset(
    client: httpx.Client, path: str, params: dict[str, str], key: str
) -> tuple[list[Any], int]:
    seen: list[Any] = []
    pages, offset = 0, 0
    while True:
        page = client.get(path, params={**params, "offset": offset}).json()
        assert len(page) <= 50
        seen += [item[key] for item in page]
        pages += 1
        if len(page) < 50:
            return seen, pages
        offset += 50


def _check(seen: list[Any], pages: int) -> None:
    assert pages >= 3, f"only {pages} pages"
    assert len(seen) == len(set(seen)), "an item was listed twice"


SYMETRISK_LISTS: dict[str, tuple[str, str, int]] = {
    "list_relationships": ("/relationships", "relationship_id", 50),
    "list_notifications": ("/notifications", "id", 100),
    "list_debtors": (f"/list-debtors/{CREDITOR}", "id", 40),
    "get_accounting_data": (f"/accounting-data/{DOCUMENTED_BORROWER}", "id", 40),
}


@pytest.mark.parametrize("operation", sorted(SYMETRISK_LISTS))
def test_symetrisk_limit_skip(operation: str, symetrisk: httpx.Client) -> None:
    assert _styles("symetrisk")[operation] == "limit-skip"
    path, key, limit = SYMETRISK_LISTS[operation]
    seen, pages = _limit_skip(symetrisk, path, limit, key)
    _check(seen, pages)
    everything = symetrisk.get(path, params={"limit": 100_000}).json()["items"]
    if operation != "get_accounting_data":  # at most 100 snapshots per page, by the docs
        assert [item[key] for item in everything] == seen


BREVIO_OFFSET: dict[str, tuple[str, dict[str, str], str]] = {
    "list_audit_requests": (
        "/v1/confirm/audit-requests/",
        {"vatNo": "925178845", "country": "no"},
        "token",
    ),
    "list_pending_audit_requests": ("/v1/confirm/audit-requests/third-party", {}, "token"),
    "list_connections": ("/v1/connect/connections", {}, "token"),
    "list_sign_requests": (
        "/v1/sign/sign-requests",
        {"vatNo": "999999998", "country": "no"},
        "token",
    ),
    "list_updated_sign_requests": (
        "/v1/sign/sign-requests/updated",
        {"fromDate": "2024-01-01"},
        "token",
    ),
}


@pytest.mark.parametrize("operation", sorted(BREVIO_OFFSET))
def test_brevio_offset_pages_of_50(operation: str, brevio: httpx.Client) -> None:
    assert _styles("brevio")[operation] == "offset"
    path, params, key = BREVIO_OFFSET[operation]
    _check(*_offset(brevio, path, params, key))


def test_brevio_keyset_cursor(brevio: httpx.Client) -> None:
    assert _styles("brevio")["list_pending_confirmations"] == "cursor"
    seen: list[str] = []
    stamps: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        body = brevio.get(
            "/v1/confirm/confirmations", params={"cursor": cursor} if cursor else {}
        ).json()
        assert body["cursor"] == cursor
        seen += [c["token"] for c in body["confirmations"]]
        stamps += [c["sentToThirdPartyAt"] for c in body["confirmations"]]
        pages += 1
        if body["next"] is None:
            break
        assert body["next"] == body["confirmations"][-1]["sentToThirdPartyAt"]
        cursor = body["next"]
    _check(seen, pages)
    assert stamps == sorted(stamps)
    # "or use the highest sentToThirdPartyAt in the returned records": the same pages.
    middle = brevio.get("/v1/confirm/confirmations", params={"cursor": stamps[49]}).json()
    assert [c["token"] for c in middle["confirmations"]] == seen[50:100]
    # A cursor without a zone is read as UTC and echoed as the API writes datetimes.
    naive = brevio.get("/v1/confirm/confirmations", params={"cursor": stamps[49][:-1]}).json()
    assert naive["cursor"] == stamps[49]
    assert [c["token"] for c in naive["confirmations"]] == seen[50:100]


@pytest.mark.parametrize("page_size", [100, 250])
def test_brevio_offset_and_page_size(page_size: int, brevio: httpx.Client) -> None:
    assert _styles("brevio")["list_account_transactions"] == "offset-page-size"
    connection = brevio.get("/v1/connect/connections").json()[0]
    path = (
        f"/v1/connect/connections/{connection['token']}/accounts/"
        f"{connection['accounts'][0]['token']}/transactions"
    )
    seen: list[str] = []
    offset: int | None = 0
    pages = 0
    total = None
    while offset is not None:
        body = brevio.get(path, params={"offset": offset, "pageSize": page_size}).json()
        assert body["offset"] == offset
        assert body["count"] == len(body["transactions"]) <= page_size
        total = body["total"]
        seen += [t["token"] for t in body["transactions"]]
        pages += 1
        offset = body["next"]
    assert total == len(seen) == 366  # the documented example's total
    assert len(set(seen)) == len(seen)
    assert pages == -(-366 // page_size)


def test_every_paginated_operation_is_covered() -> None:
    covered: set[str] = set(SYMETRISK_LISTS) | set(BREVIO_OFFSET)
    covered |= {"list_pending_confirmations", "list_account_transactions"}
    assert set(_styles("symetrisk")) | set(_styles("brevio")) == covered
