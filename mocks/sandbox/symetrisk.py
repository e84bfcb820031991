"""Symetrisk's sandbox: a bank's borrowers and a credit-scoring partner's debtors, with state.

Lifecycle (symetrisk-docs: request access, relationships, accounting data):
request_borrower_access creates a borrower with a relationship in `access_requested` and a signup
link; the borrower accepts (test helper) and the relationship becomes `access_approved`, an
accounting system is connected and months of data are fetched (each fetch is a notification);
only then can get_accounting_data read it. Debtors of a credit scorer follow the same path and
then appear in list_debtors and have a credit score.

Sandbox inventions, where the docs are silent: a declined request is shown as relationship state
`access_declined` (the state is an open enum); a fresh signup link is in state `created` until
the borrower completes onboarding (`post_confirmation_done`, the documented state); lists are in
creation order (oldest first), so that items created while paging land on the last page.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from mocks.sandbox import nordic
from mocks.sandbox.common import (
    JSON,
    ApiError,
    BadInput,
    add_months,
    endpoint,
    example,
    json_body,
    naive,
    page,
    query_int,
)

API = "symetrisk"
# Seeded data is dated as if today were this day, so that a seed gives the same data any day.
SEED_TODAY = dt.datetime(2025, 12, 10, 10, 0, tzinfo=dt.UTC)
LAST_MONTH = dt.date(2025, 11, 30)  # the documented snapshot's month
ACCOUNTING_PAGE_MAX = 100  # "Returns up to 100 instances of accounting data"
DEFAULT_LIMIT = 100
SIGNUP_LINK_DAYS = 7

# Well-known entities, the same for every seed (README, "The sandbox").
DOCUMENTED_BORROWER = "123456789"  # "Borrower 1", access approved, 120 months of data
PENDING_BORROWER = "910000004"  # access requested, not yet accepted
CREDITOR = "930000000"  # an initialized credit-scorer company with 120 debtors
PENDING_DEBTOR = "940000009"  # access to it requested by CREDITOR, not yet accepted
DOCUMENTED_DEBTOR = "123456789"  # "COMPANY AS", the documented credit score
# Valid organisation numbers no seed ever uses: free for new access requests in tests and demos.
FREE_ORG_NUMBERS = ("920000002", "950000007", "960000005")


def _error(detail: str) -> dict[str, JSON]:
    return {"detail": detail}


api_endpoint = endpoint(_error)


@dataclass
class Snapshot:
    id: int
    snapshot_date: dt.date
    fetched_at: dt.datetime
    accounting_system: str
    scale: float  # of the documented ledger: each month's figures differ


@dataclass
class Company:
    """A borrower of the bank or a debtor of a creditor, and that relationship."""

    id: str
    name: str
    organization_number: str
    contact_email: str
    created_at: dt.datetime
    relationship_id: str
    relationship_state: str
    relationship_created_at: dt.datetime
    accounting_system: str | None = None
    connection_expires: dt.date | None = None
    last_reconciliation: dt.date | None = None
    signup_links: list[dict[str, JSON]] = field(default_factory=list)
    months: list[Snapshot] = field(default_factory=list)  # oldest first

    @property
    def approved(self) -> bool:
        return self.relationship_state == "access_approved"


class Symetrisk:
    """The world one Symetrisk API client sees (the sandbox does not tell callers apart)."""

    def __init__(self, seed: str) -> None:
        self.seed = seed
        self.rng = random.Random(f"{seed}:{API}")
        self.borrowers: dict[str, Company] = {}
        self.creditors: dict[str, str] = {}  # organization number -> name
        self.debtors: dict[tuple[str, str], Company] = {}  # (creditor, debtor)
        self.notifications: list[dict[str, JSON]] = []
        self.next_snapshot_id = 1
        self.clients: dict[str, tuple[str, list[str], int]] = {}  # token -> id, scopes, issued
        self._seed()

    # ------------------------------------------------------------------ seeding

    def _uuid(self) -> str:
        return nordic.token_uuid(self.rng)

    def _new_company(
        self, org: str, name: str, state: str, created: dt.datetime, *, company_id: str = ""
    ) -> Company:
        contact = nordic.email_for(nordic.person_name(self.rng), name)
        return Company(
            id=company_id or self._uuid(),
            name=name,
            organization_number=org,
            contact_email=contact,
            created_at=created,
            relationship_id=self._uuid(),
            relationship_state=state,
            relationship_created_at=created,
        )

    def _approve(self, company: Company, at: dt.datetime, months: int, last: dt.date) -> None:
        company.relationship_state = "access_approved"
        company.accounting_system = company.accounting_system or "fiken"
        company.connection_expires = (at + dt.timedelta(days=730)).date()
        company.last_reconciliation = last
        for link in company.signup_links:
            link["signup_state"] = "post_confirmation_done"
        for index in range(months - 1, -1, -1):
            month = add_months(last, -index)
            # History is fetched some ten days after each month ends; a fresh connection at once.
            usual = dt.datetime.combine(month, dt.time(6), tzinfo=dt.UTC) + dt.timedelta(days=10)
            self._deliver(company, month, min(usual, at))

    def _deliver(self, company: Company, month: dt.date, fetched: dt.datetime) -> Snapshot:
        digest = hashlib.sha256(f"{company.organization_number}:{month}".encode()).digest()
        scale = 0.6 + digest[0] / 255 * 0.8  # 0.6-1.4 times the documented month
        if company.organization_number == DOCUMENTED_BORROWER and month == LAST_MONTH:
            scale = 1.0  # the documented snapshot itself
        system = company.accounting_system or "fiken"
        snapshot = Snapshot(self.next_snapshot_id, month, fetched, system, scale)
        self.next_snapshot_id += 1
        company.months.append(snapshot)
        company.months.sort(key=lambda s: s.snapshot_date)
        return snapshot

    def _notify(self, text: str, at: dt.datetime) -> None:
        self.notifications.append(
            {
                "id": len(self.notifications) + 1,
                "text": text,
                "type": "information",
                "created_at": naive(at),
            }
        )

    def _seed(self) -> None:
        rng = self.rng
        documented = example(API, "/borrower/{organization_number}", "get", "borrower")
        start = SEED_TODAY - dt.timedelta(days=3 * 365)
        total = 130
        for index in range(total):
            created = start + dt.timedelta(hours=index * 200 + rng.randint(0, 150))
            if index == 0:
                org, name = DOCUMENTED_BORROWER, documented["name"]
            elif index == 1:
                org, name = PENDING_BORROWER, "Ventefjord Bygg AS"
            else:
                org, name = nordic.org_number(rng), nordic.company_name(rng)
                taken = (DOCUMENTED_BORROWER, PENDING_BORROWER, *FREE_ORG_NUMBERS)
                if org in self.borrowers or org in taken:
                    continue
            borrower = self._new_company(
                org,
                name,
                "access_requested",
                created,
                company_id=documented["id"] if index == 0 else "",
            )
            if index == 0:
                borrower.contact_email = documented["contact_email"]
            borrower.signup_links.append(self._signup_link(borrower, created))
            self.borrowers[org] = borrower
            if index == 0:
                self._approve(borrower, SEED_TODAY, 120, LAST_MONTH)
                borrower.connection_expires = dt.date(2027, 1, 1)
                borrower.last_reconciliation = dt.date(2025, 1, 1)
            elif index != 1 and rng.random() < 0.75:
                months = rng.randint(6, 36)
                fetched = min(created + dt.timedelta(days=30), SEED_TODAY)
                self._approve(borrower, fetched, months, LAST_MONTH)
        for borrower in self.borrowers.values():
            for snapshot in borrower.months[-3:]:
                system = (borrower.accounting_system or "fiken").title()
                self._notify(f"Fetched data from {system}", snapshot.fetched_at)
        self.notifications.sort(key=lambda n: str(n["created_at"]))
        for number, notification in enumerate(self.notifications, start=1):
            notification["id"] = number
        self._seed_credit_scoring(start)

    def _seed_credit_scoring(self, start: dt.datetime) -> None:
        rng = self.rng
        self.creditors[CREDITOR] = "Nordlys Kreditt AS"
        documented = example(API, "/list-debtors/{creditor_organization_number}", "get", "debtors")
        first = documented["items"][0]
        for index in range(130):
            created = start + dt.timedelta(hours=index * 190 + rng.randint(0, 100))
            if index == 0:
                org, name = first["organization_number"], first["name"]
            elif index == 1:
                org, name = PENDING_DEBTOR, "Ventende Kunde AS"
            else:
                org, name = nordic.org_number(rng), nordic.company_name(rng)
            if (CREDITOR, org) in self.debtors or org in FREE_ORG_NUMBERS:
                continue
            debtor = self._new_company(
                org,
                name,
                "access_requested",
                created,
                company_id=first["id"] if index == 0 else "",
            )
            debtor.signup_links.append(self._signup_link(debtor, created))
            if index == 0 or (index > 1 and index % 13 != 0):
                self._approve(debtor, created + dt.timedelta(days=14), 12, LAST_MONTH)
            self.debtors[(CREDITOR, org)] = debtor

    def _signup_link(self, company: Company, at: dt.datetime) -> dict[str, JSON]:
        link_id = self._uuid()
        return {
            "id": link_id,
            "full_link": (
                f"https://www.systest.symetrisk.com/signup?symetrisk-signup-id={link_id}"
                "&country-code=NO"
            ),
            "sent_to_email": None,
            "signup_state": "created",
            "created_at": naive(at),
        }

    # ------------------------------------------------------------------ views

    def borrower_view(self, company: Company) -> dict[str, JSON]:
        return {
            "id": company.id,
            "name": company.name,
            "organization_number": company.organization_number,
            "contact_email": company.contact_email,
            "created_at": naive(company.created_at),
            "relationship_state": company.relationship_state,
            "consented_to_share_data": company.approved,
            "last_reconciliation_date": _iso(company.last_reconciliation),
            "connected_accounting_system": company.accounting_system,
            "accounting_system_connection_expires": _iso(company.connection_expires),
            "uploading_data_with_saft": False,
            "signup_links": [dict(link) for link in company.signup_links],
        }

    def relationship_view(self, company: Company) -> dict[str, JSON]:
        return {
            "relationship_id": company.relationship_id,
            "relationship_state": company.relationship_state,
            "borrower_company_name": company.name,
            "contact_email": company.contact_email,
            "borrower_organization_number": company.organization_number,
            "relationship_created_at": naive(company.relationship_created_at),
        }

    def snapshot_view(self, snapshot: Snapshot) -> dict[str, JSON]:
        template = example(API, "/accounting-data/{organization_number}", "get", "accounting_data")
        item: dict[str, Any] = template["items"][0]
        item["id"] = snapshot.id
        item["snapshot_date"] = snapshot.snapshot_date.isoformat()
        item["fetched_at"] = naive(snapshot.fetched_at)
        item["accounting_system"] = snapshot.accounting_system
        if snapshot.scale != 1.0:
            item["data"] = _scaled(item["data"], snapshot.scale)
        return item

    def credit_score(self, debtor: Company) -> dict[str, JSON]:
        documented: dict[str, Any] = example(
            API,
            "/get-credit-score/{creditor_organization_number}/{debtor_organization_number}",
            "get",
            "credit_score",
        )
        latest = debtor.months[-1].snapshot_date if debtor.months else LAST_MONTH
        if debtor.organization_number == DOCUMENTED_DEBTOR:
            return {**documented, "snapshot_date": latest.isoformat()}
        digest = hashlib.sha256(f"{debtor.organization_number}:{latest}".encode()).digest()
        liquidity = {"value": round(digest[0] / 40, 2), "contribution": round(digest[1] / 5.1, 2)}
        solidity = {"value": round(digest[2] / 4, 2), "contribution": round(digest[3] / 10.2, 2)}
        cashflow = {"value": round(digest[4] / 50, 2), "contribution": round(digest[5] / 25.5, 2)}
        total = liquidity["contribution"] + solidity["contribution"] + cashflow["contribution"]
        return {
            "snapshot_date": latest.isoformat(),
            "credit_score": round(total, 2),
            "liquidity_coverage": liquidity,
            "solidity": solidity,
            "cashflow": cashflow,
        }

    # ------------------------------------------------------------------ lookups

    def borrower(self, org: str) -> Company:
        company = self.borrowers.get(org)
        if company is None:
            raise ApiError(404, _error(f"No borrower with organization number {org}."))
        return company

    def creditor(self, org: str) -> str:
        name = self.creditors.get(org)
        if name is None:
            raise ApiError(404, _error(f"No credit-scorer company {org}: initialize it first."))
        return name

    def debtor(self, creditor: str, org: str) -> Company:
        self.creditor(creditor)
        company = self.debtors.get((creditor, org))
        if company is None:
            raise ApiError(404, _error(f"{org} is not a debtor of {creditor}."))
        return company

    def name_for(self, org: str) -> str:
        """A known company's name, else one made up from the number (the sandbox's registry)."""
        for company in [*self.borrowers.values(), *self.debtors.values()]:
            if company.organization_number == org:
                return company.name
        if org in self.creditors:
            return self.creditors[org]
        return nordic.company_name(random.Random(f"{self.seed}:{org}"))

    # ------------------------------------------------------------------ state changes

    def request_access(self, org: str, kind: str, create: Any) -> dict[str, JSON]:
        now = dt.datetime.now(dt.UTC)
        existing = create(None)
        if existing is not None:
            state = existing.relationship_state
            if state in ("access_requested", "access_approved"):
                link = existing.signup_links[-1]
                return {
                    "organization_number": org,
                    "success": False,
                    "message": f"Access to this {kind} is already {state.removeprefix('access_')}.",
                    "signup_link": link["full_link"],
                    "signup_link_expires_at": _epoch(now) + SIGNUP_LINK_DAYS * 86400,
                }
            existing.relationship_state = "access_requested"
            existing.signup_links.append(self._signup_link(existing, now))
            company = existing
        else:
            company = self._new_company(org, self.name_for(org), "access_requested", now)
            company.signup_links.append(self._signup_link(company, now))
            create(company)
        return {
            "organization_number": org,
            "success": True,
            "message": "",
            "signup_link": company.signup_links[-1]["full_link"],
            "signup_link_expires_at": _epoch(now) + SIGNUP_LINK_DAYS * 86400,
        }

    def accept(self, company: Company, *, notify: bool) -> None:
        """Access approved; `notify`: the bank's notifications say so (not a credit scorer's)."""
        if company.approved:
            raise ApiError(409, _error("Access is already approved."))
        now = dt.datetime.now(dt.UTC)
        last = add_months(now.date(), -1)
        self._approve(company, now, 12, last)
        if notify:
            system = (company.accounting_system or "fiken").title()
            self._notify(f"{company.name} accepted the access request", now)
            self._notify(f"Fetched data from {system}", now)

    def decline(self, company: Company, *, notify: bool) -> None:
        if company.relationship_state != "access_requested":
            raise ApiError(
                409,
                _error(
                    f"Only a requested access can be declined, not {company.relationship_state}."
                ),
            )
        company.relationship_state = "access_declined"
        if notify:
            self._notify(f"{company.name} declined the access request", dt.datetime.now(dt.UTC))

    def new_month(self, company: Company) -> Snapshot:
        if not company.approved:
            raise ApiError(409, _error("The borrower has not approved access: no data is fetched."))
        now = dt.datetime.now(dt.UTC)
        latest = company.months[-1].snapshot_date if company.months else add_months(now.date(), -2)
        snapshot = self._deliver(company, add_months(latest, 1), now)
        company.last_reconciliation = snapshot.snapshot_date
        system = (company.accounting_system or "fiken").title()
        self._notify(f"Fetched data from {system}", now)
        return snapshot

    # ------------------------------------------------------------------ routes

    def routes(self, reset: Any) -> list[BaseRoute]:
        return [
            Route("/oauth2/token", self.token, methods=["POST"]),
            Route("/ping", self.ping, methods=["GET"]),
            Route("/self", self.bank_self, methods=["GET"]),
            Route("/accounting-data/{org}", self.accounting_data, methods=["GET"]),
            Route("/borrower/{org}", self.get_borrower, methods=["GET"]),
            Route("/request-access", self.request_borrower_access, methods=["POST"]),
            Route("/relationships", self.relationships, methods=["GET"]),
            Route("/notifications", self.list_notifications, methods=["GET"]),
            Route("/credit-scoring/self", self.credit_scoring_self, methods=["GET"]),
            Route("/initialize-company", self.initialize_company, methods=["POST"]),
            Route("/request-access-debtors/{creditor}", self.request_debtors, methods=["POST"]),
            Route("/list-debtors/{creditor}", self.list_debtors, methods=["GET"]),
            Route("/get-credit-score/{creditor}/{debtor}", self.get_credit_score, methods=["GET"]),
            Route("/_sandbox/reset", reset, methods=["POST"]),
            Route("/_sandbox/borrowers/{org}/accept", self.helper_accept, methods=["POST"]),
            Route("/_sandbox/borrowers/{org}/decline", self.helper_decline, methods=["POST"]),
            Route(
                "/_sandbox/borrowers/{org}/accounting-months",
                self.helper_new_month,
                methods=["POST"],
            ),
            Route(
                "/_sandbox/creditors/{creditor}/debtors/{org}/accept",
                self.helper_accept_debtor,
                methods=["POST"],
            ),
            Route(
                "/_sandbox/creditors/{creditor}/debtors/{org}/decline",
                self.helper_decline_debtor,
                methods=["POST"],
            ),
        ]

    @api_endpoint
    async def token(self, request: Request) -> JSON:
        form = await request.form()
        scopes = str(form.get("scope") or "").split() or [
            "https://api.symetrisk.com/read",
            "https://api.symetrisk.com/write",
        ]
        await form.close()
        documented = example(API, "/oauth2/token", "post", "token")
        token = f"{documented['access_token']}.{nordic.token_hex(self.rng)[:16]}"
        client_id = _basic_user(request) or "mock-client-id"
        self.clients[token] = (client_id, scopes, _epoch(dt.datetime.now(dt.UTC)))
        return {**documented, "access_token": token}

    def _client(self, request: Request) -> dict[str, JSON]:
        documented: dict[str, Any] = example(API, "/self", "get", "bank_self")["client"]
        token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if token in self.clients:
            client_id, scopes, issued = self.clients[token]
            return {**documented, "client_id": client_id, "scopes": scopes, "auth_time": issued}
        return documented

    @api_endpoint
    async def ping(self, request: Request) -> JSON:
        return {"message": "pong"}

    @api_endpoint
    async def bank_self(self, request: Request) -> JSON:
        documented = example(API, "/self", "get", "bank_self")
        return {**documented, "client": self._client(request)}

    @api_endpoint
    async def credit_scoring_self(self, request: Request) -> JSON:
        documented = example(API, "/credit-scoring/self", "get", "credit_scoring_self")
        return {**documented, "client": self._client(request)}

    @api_endpoint
    async def get_borrower(self, request: Request) -> JSON:
        return self.borrower_view(self.borrower(request.path_params["org"]))

    @api_endpoint
    async def accounting_data(self, request: Request) -> JSON:
        company = self.borrower(request.path_params["org"])
        if not company.approved:
            raise ApiError(
                403,
                _error(
                    f"No access to {company.organization_number}: the relationship is "
                    f"{company.relationship_state}, accounting data needs access_approved."
                ),
            )
        newest_first = list(reversed(company.months))
        return _limit_skip(request, newest_first, self.snapshot_view, ACCOUNTING_PAGE_MAX)

    @api_endpoint
    async def relationships(self, request: Request) -> JSON:
        ordered = sorted(self.borrowers.values(), key=lambda b: b.relationship_created_at)
        return _limit_skip(request, ordered, self.relationship_view)

    @api_endpoint
    async def list_notifications(self, request: Request) -> JSON:
        return _limit_skip(request, self.notifications, dict)

    @api_endpoint
    async def request_borrower_access(self, request: Request) -> JSON:
        body = await json_body(request)
        results = []
        for org in _organization_numbers(body, "borrowers"):

            def create(company: Company | None, org: str = org) -> Company | None:
                if company is not None:
                    self.borrowers[org] = company
                return self.borrowers.get(org)

            results.append(self.request_access(org, "borrower", create))
        return results

    @api_endpoint
    async def initialize_company(self, request: Request) -> JSON:
        body = await json_body(request)
        created = []
        for org in _organization_numbers(body, "borrowers"):
            name = self.name_for(org)
            self.creditors[org] = name
            created.append({"name": name, "organization_number": org})
        return created

    @api_endpoint
    async def request_debtors(self, request: Request) -> JSON:
        creditor = request.path_params["creditor"]
        self.creditor(creditor)
        body = await json_body(request)
        results = []
        for org in _organization_numbers(body, "debtors"):

            def create(company: Company | None, org: str = org) -> Company | None:
                if company is not None:
                    self.debtors[(creditor, org)] = company
                return self.debtors.get((creditor, org))

            results.append(self.request_access(org, "debtor", create))
        return results

    @api_endpoint
    async def list_debtors(self, request: Request) -> JSON:
        creditor = request.path_params["creditor"]
        self.creditor(creditor)
        consented = sorted(
            (d for (c, _), d in self.debtors.items() if c == creditor and d.approved),
            key=lambda d: d.relationship_created_at,
        )
        return _limit_skip(
            request,
            consented,
            lambda d: {"id": d.id, "name": d.name, "organization_number": d.organization_number},
        )

    @api_endpoint
    async def get_credit_score(self, request: Request) -> JSON:
        creditor = request.path_params["creditor"]
        debtor = self.debtor(creditor, request.path_params["debtor"])
        if not debtor.approved:
            raise ApiError(
                403,
                _error(
                    f"{debtor.organization_number} has not shared data with {creditor} "
                    f"(relationship {debtor.relationship_state})."
                ),
            )
        return self.credit_score(debtor)

    @api_endpoint
    async def helper_accept(self, request: Request) -> JSON:
        company = self.borrower(request.path_params["org"])
        self.accept(company, notify=True)
        return self.borrower_view(company)

    @api_endpoint
    async def helper_decline(self, request: Request) -> JSON:
        company = self.borrower(request.path_params["org"])
        self.decline(company, notify=True)
        return self.borrower_view(company)

    @api_endpoint
    async def helper_new_month(self, request: Request) -> JSON:
        company = self.borrower(request.path_params["org"])
        return self.snapshot_view(self.new_month(company))

    @api_endpoint
    async def helper_accept_debtor(self, request: Request) -> JSON:
        company = self.debtor(request.path_params["creditor"], request.path_params["org"])
        self.accept(company, notify=False)
        return {
            "id": company.id,
            "name": company.name,
            "organization_number": company.organization_number,
        }

    @api_endpoint
    async def helper_decline_debtor(self, request: Request) -> JSON:
        company = self.debtor(request.path_params["creditor"], request.path_params["org"])
        self.decline(company, notify=False)
        return {
            "id": company.id,
            "name": company.name,
            "organization_number": company.organization_number,
        }


def _limit_skip(request: Request, items: list[Any], view: Any, maximum: int | None = None) -> JSON:
    limit = query_int(request, "limit", DEFAULT_LIMIT, minimum=1)
    if maximum is not None:
        limit = min(limit, maximum)
    skip = query_int(request, "skip", 0)
    chosen = page(items, skip, limit)
    return {
        "metadata": {
            "limit": limit,
            "skip": skip,
            "returned_items": len(chosen),
            "total_items": len(items),
        },
        "items": [view(item) for item in chosen],
    }


def _organization_numbers(body: dict[str, JSON], key: str) -> list[str]:
    entries = body.get(key)
    if not isinstance(entries, list):
        raise BadInput(f"`{key}` must be a list of {{organization_number}} objects.")
    numbers = []
    for entry in entries:
        number = entry.get("organization_number") if isinstance(entry, dict) else None
        if not isinstance(number, str):
            raise BadInput(f"Every entry of `{key}` needs an organization_number.")
        numbers.append(number)
    return numbers


def _basic_user(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:]).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return decoded.split(":", 1)[0] or None


def _scaled(node: Any, factor: float) -> Any:
    if isinstance(node, dict):
        return {key: _scaled(value, factor) for key, value in node.items()}
    if isinstance(node, bool) or not isinstance(node, int | float):
        return node
    return round(node * factor)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _epoch(moment: dt.datetime) -> int:
    return int(moment.timestamp())
