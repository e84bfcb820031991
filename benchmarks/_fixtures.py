"""Payloads built from the documented examples in openapi/symetrisk.yaml, and client settings.

The examples are the contract's own (the contract tests check that each round-trips exactly
through the generated models), so the benchmarks parse what the API documents, not invented
shapes. Larger payloads are copies of one documented item with different ids and dates.
"""

from __future__ import annotations

import copy
import datetime
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
from finapi import _openapi

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "symetrisk.yaml"

# An explicit loopback base URL: the wrapper accepts plain http there, derives the token URL from
# it (http://127.0.0.1[:port]/oauth2/token) and skips the mod-11 check of organization numbers.
MOCK_BASE_URL = "http://127.0.0.1/api/v1"
TOKEN_PATH = "/oauth2/token"  # noqa: S105 - a URL path, not a credential
ORGANIZATION_NUMBER = "123456789"  # the spec's example value
PAGE_SIZE = 100

# Any credentials work against the in-process and loopback fakes.
CLIENT_ID = "benchmark-client"
CLIENT_SECRET = "benchmark-not-a-secret"  # noqa: S105


def _spec() -> dict[str, Any]:
    return dict(_openapi.load_spec("symetrisk").document)


def documented_example(operation_id: str, status: str = "200") -> Any:
    """The first JSON example of an operation's response, with `$ref`s to examples resolved."""
    spec = _spec()
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or operation.get("operationId") != operation_id:
                continue
            media = operation["responses"][status]["content"]["application/json"]
            example = next(iter(media["examples"].values()))
            if "$ref" in example:
                example = spec["components"]["examples"][example["$ref"].rsplit("/", 1)[-1]]
            return copy.deepcopy(example["value"])
    raise LookupError(f"no operation {operation_id!r} in {SPEC.name}")


def _metadata(skip: int, returned: int, total: int) -> dict[str, int]:
    return {"limit": PAGE_SIZE, "skip": skip, "returned_items": returned, "total_items": total}


def _month_end(year: int, month: int) -> datetime.date:
    first_of_next = datetime.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - datetime.timedelta(days=1)


def accounting_data_page(items: int = PAGE_SIZE) -> dict[str, Any]:
    """A page of `items` monthly snapshots: the documented snapshot, newest first, one a month."""
    template = documented_example("get_accounting_data")["items"][0]
    newest = datetime.date.fromisoformat(template["snapshot_date"])
    snapshots = []
    for index in range(items):
        months_back = newest.year * 12 + newest.month - 1 - index
        snapshot_date = _month_end(months_back // 12, months_back % 12 + 1)
        item = copy.deepcopy(template)
        item["id"] = index + 1
        item["snapshot_date"] = snapshot_date.isoformat()
        fetched = datetime.datetime.combine(snapshot_date, datetime.time(10, 0))
        item["fetched_at"] = (fetched + datetime.timedelta(days=10)).isoformat()
        snapshots.append(item)
    return {"metadata": _metadata(0, items, items), "items": snapshots}


def relationship_pages(total: int) -> dict[int, bytes]:
    """Encoded pages of `total` relationships by `skip`, for `limit=PAGE_SIZE`.

    Built once, before anything is timed or traced, so that serving a page costs a dict lookup.
    """
    template = documented_example("list_relationships")["items"][0]
    created = datetime.datetime.fromisoformat(template["relationship_created_at"])
    pages: dict[int, bytes] = {}
    for skip in range(0, max(total, 1), PAGE_SIZE):
        items = []
        for index in range(skip, min(skip + PAGE_SIZE, total)):
            item = dict(template)
            item["relationship_id"] = str(uuid.UUID(int=index + 1))
            item["borrower_company_name"] = f"Borrower {index + 1}"
            item["contact_email"] = f"borrower{index + 1}@example.com"
            item["borrower_organization_number"] = f"{100_000_000 + index}"
            item["relationship_created_at"] = (
                created + datetime.timedelta(minutes=index)
            ).isoformat()
            items.append(item)
        pages[skip] = json.dumps(
            {"metadata": _metadata(skip, len(items), total), "items": items}
        ).encode()
    return pages


def token_body(expires_in: float = 3600) -> bytes:
    body = documented_example("create_access_token")
    body["expires_in"] = expires_in
    return json.dumps(body).encode()


def json_response(content: bytes, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})


def page_skip(request: httpx.Request) -> int:
    return int(request.url.params.get("skip", "0"))
