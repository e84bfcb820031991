"""Brevio's sandbox: Confirm, Connect, Sign and Signature Right for one audit company, with state.

The sandbox plays every party: the audit company (whose API client creates audit requests, LPAs
and sign requests), every bank (a `bank` API client sees the audit requests and confirmations of
all banks), and, through the test helpers, the audit client who signs, the bank's own staff, and
the signees.

Lifecycle of an audit request (brevio-docs: Confirm): created and sent to the client's signees
(step `client-ready`; `started` and unsent when the audit-company user is not registered) -> the
signees sign (helper) -> step `third-party`; a bank request now has a pending confirmation
(status `started`, listed for the bank) -> the bank marks it processing, uploads attachments and
sends the confirmation (or completes it with a comment) -> step `received`, and the audit request
shows its confirmation. A request using a signed LPA goes straight to the bank; one using an
unsigned LPA waits until the LPA is signed (helper). Partial confirmations (delegated to another
bank) are confirmations of their own and the only ones that can be rejected (400 otherwise).

Sandbox choices where the docs are silent: acting on something already finished is answered 422
with a message (the only documented error statuses are 400 for reject and the generic ones);
lists are in creation order, so that what is created while paging lands on the last page; the
pending-confirmations page holds 50; `sentToThirdPartyAt` values are unique, as keyset pagination
needs.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import random
import uuid
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route

from mocks.sandbox import nordic
from mocks.sandbox.common import (
    JSON,
    ApiError,
    BadInput,
    endpoint,
    example,
    json_body,
    optional_json_body,
    page,
    query_bool,
    query_date,
    query_int,
    uploaded_files,
    utc_now,
    zulu,
)

API = "brevio"
PAGE = 50  # "The response contains at most 50 ..."
CONFIRMATIONS_PAGE = 50  # not documented for the keyset list; the offset lists' size
TRANSACTIONS_PAGE_MAX = 250
MAX_FILES = 5
SEED_TODAY = dt.datetime(2025, 1, 6, 9, 30, tzinfo=dt.UTC)
STABLE = uuid.UUID("6f1c1f0e-5d38-4d8a-9a43-1f1b7f0b5a11")  # names -> tokens, the same every seed

AUDIT_COMPANY = {"token": "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "name": "Revisjon AS"}
# Audit-company users registered in Brevio (others get `sent: false`).
USERS = {"auditor@example.com": "Ola Revisor", "revisor@revisjon.example.no": "Kari Revisor"}
# Companies the sandbox's national registry knows besides numbers with valid check digits: the
# documented examples (some of which, like 999999998, are test numbers without one).
DOCUMENTED_COMPANIES = {
    ("no", "999999999"): "Eksempel AS",
    ("no", "999999998"): "Test company",
    ("no", "999999996"): "test company 1",
    ("no", "925178845"): "BRE Boligutleie AS",
    ("no", "951291579"): "Hurtigruten Svalbard AS",
    ("no", "997415949"): "Green Dog Svalbard AS",
    ("no", "927146878"): "Brev Invest AS",
}
EXTRA_BANKS = (
    ("Nordea", "no"),
    ("SpareBank 1 SR-Bank", "no"),
    ("Handelsbanken", "se"),
    ("Danske Bank", "dk"),
    ("OP Pohjola", "fi"),
)
PROVIDERS = {
    "dk": [
        ("DK_DanskeBank", "Danske Bank"),
        ("DK_Nordea", "Nordea Danmark"),
        ("DK_JyskeBank", "Jyske Bank"),
    ],
    "fi": [("FI_OP", "OP Financial Group"), ("FI_Nordea", "Nordea Finland"), ("FI_Aktia", "Aktia")],
    "se": [("SE_Handelsbanken", "Handelsbanken"), ("SE_SEB", "SEB"), ("SE_Swedbank", "Swedbank")],
}
PID_LENGTHS = {"no": (11,), "se": (10, 12), "dk": (10,)}


def _error(message: str, errors: dict[str, list[str]] | None = None) -> dict[str, JSON]:
    return {"message": message, **({"errors": errors} if errors else {})}


def _invalid(field_name: str, problem: str) -> ApiError:
    return ApiError(422, _error("The given data was invalid.", {field_name: [problem]}))


api_endpoint = endpoint(_error)


@dataclass
class Confirmation:
    token: str
    bank: dict[str, JSON]
    companies: list[dict[str, JSON]]
    cut_off: str
    language: str
    sent_to_third_party_at: dt.datetime
    signees: list[dict[str, JSON]]
    account_numbers: list[dict[str, JSON]]
    partial: bool = False
    status: str = "started"
    comment: str | None = None
    completed_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    started_processing: bool = False
    attachments: list[dict[str, JSON]] = field(default_factory=list)  # the confirmation's own
    inherited: list[dict[str, JSON]] = field(default_factory=list)  # the audit request's
    partials: list[Confirmation] = field(default_factory=list)
    audit_request: str | None = None


@dataclass
class AuditRequest:
    token: str
    request_type: str
    company: dict[str, JSON]
    bank: dict[str, JSON] | None
    cut_off: str
    language: str
    user: dict[str, JSON]
    signees: list[dict[str, JSON]]
    created: dt.datetime
    step: str
    sent_to_client_at: dt.datetime | None
    last_update: dt.datetime
    invoice_reference: str | None = None
    lpa: str | None = None
    attachments: list[dict[str, JSON]] = field(default_factory=list)
    account_numbers: list[dict[str, JSON]] = field(default_factory=list)
    confirmation: Confirmation | None = None


@dataclass
class Lpa:
    token: str
    company: dict[str, JSON]
    subsidiaries: list[dict[str, JSON]]
    signees: list[dict[str, JSON]]
    language: str
    bank: dict[str, JSON] | None = None
    signed: bool = False
    from_date: dt.date | None = None
    end_date: dt.date | None = None
    attachment: str | None = None


@dataclass
class ManualAuditRequest:
    token: str
    company: dict[str, JSON]
    auditor: dict[str, JSON]
    cut_off: str
    language: str
    sent_to_third_party_at: dt.datetime
    account_numbers: list[dict[str, JSON]]
    attachments: list[str] = field(default_factory=list)
    confirmation_files: list[str] = field(default_factory=list)
    started_processing: bool = False
    completed_at: dt.datetime | None = None


@dataclass
class SignRequest:
    token: str
    company: dict[str, JSON]
    attachments: list[dict[str, JSON]]
    signees: list[dict[str, JSON]]  # with the sandbox-only key "order"
    language: str
    due_date: dt.date
    sent_at: dt.datetime | None
    last_update: dt.datetime
    created: dt.datetime


class Brevio:
    """The world every Brevio API client sees (the sandbox does not tell callers apart)."""

    def __init__(self, seed: str) -> None:
        self.seed = seed
        self.rng = random.Random(f"{seed}:{API}")
        self.registry: dict[tuple[str, str], str] = dict(DOCUMENTED_COMPANIES)
        self.banks: dict[str, dict[str, JSON]] = {}
        self.audit_requests: dict[str, AuditRequest] = {}
        self.confirmations: dict[str, Confirmation] = {}
        self.lpas: dict[str, Lpa] = {}
        self.manual: dict[str, ManualAuditRequest] = {}
        self.attachments: dict[str, str] = {}  # Confirm attachment token -> file name
        self.documents: dict[str, str] = {}  # uploaded sign documents and sign attachments
        self.templates: list[dict[str, JSON]] = []
        self.sign_requests: dict[str, SignRequest] = {}
        self.connections: list[dict[str, JSON]] = []
        self.transactions: dict[tuple[str, str], list[dict[str, JSON]]] = {}
        self.rights: dict[tuple[str, str, str], str] = {}  # (country, vatNo, pid) -> right
        self.scopes: dict[str, list[str]] = {}  # access token -> scopes
        self.last_sent_to_bank = SEED_TODAY - dt.timedelta(days=120)
        self._seed()

    # ------------------------------------------------------------------ helpers

    def _uuid(self) -> str:
        return nordic.token_uuid(self.rng)

    def _stable(self, name: str) -> str:
        return str(uuid.uuid5(STABLE, name))

    def company(self, vat_no: str, country: str, where: str = "vatNo") -> dict[str, JSON]:
        """The company as the national registry knows it; 422 for a number it does not know."""
        name = self.registry.get((country, vat_no))
        if name is None:
            if not nordic.is_valid_vat_number(vat_no, country):
                raise _invalid(
                    where, f"{vat_no} was not found in the national registry ({country})."
                )
            name = nordic.company_name(random.Random(f"{self.seed}:{country}:{vat_no}"), country)
            self.registry[(country, vat_no)] = name
        return {"name": name, "vatNo": vat_no, "country": country}

    def _new_company(self, country: str = "no") -> dict[str, JSON]:
        while True:
            vat_no = nordic.vat_number(self.rng, country)
            if (country, vat_no) not in self.registry:
                self.registry[(country, vat_no)] = nordic.company_name(self.rng, country)
                return self.company(vat_no, country)

    def _attachment(
        self, file_name: str, at: dt.datetime, token: str | None = None
    ) -> dict[str, JSON]:
        token = token or self._uuid()
        self.attachments[token] = file_name
        return {"token": token, "fileName": file_name, "createdAt": zulu(at)}

    def _to_bank_at(self, at: dt.datetime) -> dt.datetime:
        """A unique sentToThirdPartyAt, never earlier than the last (keyset pagination)."""
        moment = max(at.replace(microsecond=0), self.last_sent_to_bank + dt.timedelta(seconds=1))
        self.last_sent_to_bank = moment
        return moment

    def _token_scopes(self, request: Request) -> list[str]:
        token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        return self.scopes.get(token, [])

    # ------------------------------------------------------------------ seeding

    def _seed(self) -> None:
        for bank in example(API, "/v1/confirm/banks/", "get", "banks"):
            self.banks[bank["token"]] = bank
        rejected = example(API, "/v1/confirm/confirmations/{token}/reject", "post", "rejected")
        self.banks[rejected["bank"]["token"]] = rejected["bank"]
        for name, country in EXTRA_BANKS:
            slug = name.lower().replace(" ", "")
            self.banks[self._stable(name)] = {
                "token": self._stable(name),
                "name": name,
                "country": country,
                "email": f"confirmations@{slug}.example.com",
                "hasLPA": country == "no",
            }
        self._seed_lpas()
        self._seed_audit_requests()
        self._seed_manual()
        self._seed_sign()
        self._seed_connect()
        self._seed_rights()

    def _seed_lpas(self) -> None:
        for documented in (
            example(API, "/v1/confirm/lpas", "get", "current")[0],
            example(API, "/v1/confirm/lpas", "post", "created_2023_02_14"),
        ):
            self.lpas[documented["token"]] = Lpa(
                token=documented["token"],
                company=documented["company"],
                subsidiaries=documented["subsidiaries"],
                signees=documented["signees"],
                language=documented.get("language", "en"),
                bank=documented["bank"],
            )
        for _ in range(8):
            company = self._new_company()
            signee = nordic.email_for(nordic.person_name(self.rng), str(company["name"]))
            lpa = Lpa(
                self._uuid(), company, [], [{"email": signee, "name": None, "signed": False}], "nb"
            )
            if self.rng.random() < 0.6:
                self._sign_lpa(lpa, SEED_TODAY - dt.timedelta(days=self.rng.randint(30, 400)))
            self.lpas[lpa.token] = lpa

    def _seed_audit_requests(self) -> None:
        rng = self.rng
        documented = example(API, "/v1/confirm/audit-requests/", "get", "one_bank_request")[0]
        pending = example(API, "/v1/confirm/audit-requests/third-party", "get", "one_pending")[0]
        confirmation = example(API, "/v1/confirm/confirmations", "get", "first_page")
        partial = example(API, "/v1/confirm/confirmations/{token}/reject", "post", "rejected")
        start = SEED_TODAY - dt.timedelta(days=110)
        bre = documented["company"]
        user = {"email": "auditor@example.com", "name": USERS["auditor@example.com"]}
        # BRE Boligutleie AS: six seasons of audit requests (several pages of list_audit_requests).
        for index in range(120):
            created = start + dt.timedelta(minutes=index * 37)
            year = 2019 + index * 6 // 120
            kind = (
                "bank" if index % 10 < 6 else ("supplier", "client", "lawyer", "client")[index % 4]
            )
            bank = rng.choice(list(self.banks.values())) if kind == "bank" else None
            token = documented["token"] if index == 0 else nordic.token_hex(rng)
            request = self._audit_request(
                token,
                kind,
                bre,
                bank,
                f"{year}-12-31",
                user,
                created,
                step="client-ready" if year == 2024 else "received",
            )
            self.audit_requests[token] = request
            if index == 0:
                request.bank = documented["bank"]
                request.invoice_reference = documented["invoiceReference"]
                request.signees = documented["signees"]
            elif year == 2024 and rng.random() < 0.5:
                self._client_signed(request, created + dt.timedelta(days=2))
            elif year < 2024:
                request.sent_to_client_at = created
                if kind == "bank":
                    self._client_signed(request, created + dt.timedelta(days=2))
                    self._complete(request.confirmation, created + dt.timedelta(days=9), [])
                request.step = "received"
        # The documented pending request, its confirmation and the partial delegated from it.
        signed_at = dt.datetime(2025, 1, 5, 13, 52, 25, tzinfo=dt.UTC)
        pending_request = self._audit_request(
            pending["token"],
            "bank",
            pending["company"],
            pending["bank"],
            pending["cutOffDate"],
            user,
            dt.datetime(2025, 1, 3, 9, 0, tzinfo=dt.UTC),
            step="client-ready",
        )
        pending_request.sent_to_client_at = dt.datetime(2025, 1, 3, 9, 0, tzinfo=dt.UTC)
        self.audit_requests[pending["token"]] = pending_request
        # Other audit clients, each with bank requests awaiting their banks (several pages of
        # pending audit requests and pending confirmations).
        for _ in range(30):
            client = self._new_company()
            for number in range(4):
                created = start + dt.timedelta(days=rng.randint(0, 90), minutes=number)
                bank = rng.choice(list(self.banks.values()))
                request = self._audit_request(
                    nordic.token_hex(rng),
                    "bank",
                    client,
                    bank,
                    "2024-12-31",
                    user,
                    created,
                    step="client-ready",
                )
                request.account_numbers = [
                    {"accountNumber": nordic.account_number(rng), "company": client}
                ]
                self.audit_requests[request.token] = request
        for request in sorted(
            (r for r in self.audit_requests.values() if r.token != pending["token"]),
            key=lambda r: r.created,
        ):
            if request.step == "client-ready" and request.company is not bre:
                self._client_signed(request, request.created + dt.timedelta(days=3))
        self.last_sent_to_bank = signed_at - dt.timedelta(seconds=1)
        self._client_signed(pending_request, signed_at, attachment=pending["attachments"][0])
        main = pending_request.confirmation
        assert main is not None
        documented_confirmation = confirmation["confirmations"][0]
        self.confirmations.pop(main.token)
        main.token = documented_confirmation["token"]
        main.companies = documented_confirmation["companies"] + partial["companies"]
        self.confirmations[main.token] = main
        delegated = Confirmation(
            token=partial["token"],
            bank=partial["bank"],
            companies=partial["companies"],
            cut_off=partial["cutOffDate"],
            language="nb",
            sent_to_third_party_at=self._to_bank_at(signed_at),
            signees=main.signees,
            account_numbers=[],
            partial=True,
            updated_at=signed_at,
            inherited=main.inherited,
        )
        main.partials.append(delegated)
        self.confirmations[delegated.token] = delegated
        self.last_sent_to_bank = max(self.last_sent_to_bank, SEED_TODAY)

    def _audit_request(
        self,
        token: str,
        kind: str,
        company: dict[str, JSON],
        bank: dict[str, JSON] | None,
        cut_off: str,
        user: dict[str, JSON],
        created: dt.datetime,
        *,
        step: str,
    ) -> AuditRequest:
        signee = nordic.email_for(nordic.person_name(self.rng), str(company["name"]))
        return AuditRequest(
            token=token,
            request_type=kind,
            company=company,
            bank=bank,
            cut_off=cut_off,
            language="nb",
            user=user,
            signees=[{"email": signee, "name": None, "pid": None}],
            created=created,
            step=step,
            sent_to_client_at=created if step != "started" else None,
            last_update=created,
            invoice_reference=f"{created.year}-{self.rng.randint(1, 999):03d}",
        )

    def _client_signed(
        self, request: AuditRequest, at: dt.datetime, attachment: dict[str, JSON] | None = None
    ) -> None:
        """The audit client's signees have signed: the request goes to the third party."""
        for signee in request.signees:
            signee["name"] = signee.get("name") or nordic.person_name(self.rng)
        if request.lpa is None:
            file_name = f"Fullmakt-for-{str(request.company['name']).lower().replace(' ', '-')}.pdf"
            if attachment is not None:
                self.attachments[str(attachment["token"])] = str(attachment["fileName"])
                request.attachments.append(attachment)
            else:
                request.attachments.append(self._attachment(file_name, at))
        self._to_third_party(request, at)

    def _to_third_party(self, request: AuditRequest, at: dt.datetime) -> None:
        request.step = "third-party"
        request.last_update = at
        if request.request_type != "bank" or request.bank is None:
            return
        confirmation = Confirmation(
            token=self._uuid(),
            bank=request.bank,
            companies=[request.company],
            cut_off=request.cut_off,
            language=request.language,
            sent_to_third_party_at=self._to_bank_at(at),
            signees=request.signees,
            account_numbers=request.account_numbers,
            updated_at=at,
            inherited=request.attachments,
            audit_request=request.token,
        )
        request.confirmation = confirmation
        self.confirmations[confirmation.token] = confirmation

    def _complete(
        self,
        confirmation: Confirmation | None,
        at: dt.datetime,
        files: list[tuple[str, int]],
        *,
        comment: str | None = None,
    ) -> None:
        if confirmation is None:
            return
        for name, _ in files:
            confirmation.attachments.append(self._attachment(name, at))
        if comment is None and not confirmation.attachments:
            confirmation.attachments.append(self._attachment("Bekreftelse.pdf", at))
        confirmation.status = "completed" if comment is None else "completed_with_comment"
        confirmation.comment = comment
        confirmation.completed_at = at
        confirmation.updated_at = at
        if confirmation.audit_request is not None:
            request = self.audit_requests[confirmation.audit_request]
            request.step = "received"
            request.last_update = at

    def _sign_lpa(self, lpa: Lpa, at: dt.datetime) -> None:
        lpa.signed = True
        lpa.from_date = at.date()
        company = str(lpa.company["name"]).lower().replace(" ", "-")
        lpa.attachment = str(self._attachment(f"Fullmakt-{company}.pdf", at)["token"])
        for signee in lpa.signees:
            signee["signed"] = True
            signee["name"] = signee.get("name") or nordic.person_name(self.rng)

    def _seed_manual(self) -> None:
        tokens = [
            example(
                API, "/v1/confirm/manual-audit-requests/{token}/confirmation", "post", "completed"
            )["token"],
            str(self.spec_parameter_example("ManualAuditRequestToken")),
        ]
        for index in range(6):
            company = self._new_company()
            auditor = nordic.person_name(self.rng)
            self.manual_create(
                tokens[index] if index < len(tokens) else self._uuid(),
                company,
                {
                    "name": auditor,
                    "email": nordic.email_for(auditor, "Ekstern Revisjon AS"),
                    "phone": f"+47 {self.rng.randint(40, 99)}{self.rng.randint(0, 999999):06d}",
                },
                SEED_TODAY - dt.timedelta(days=index + 1),
            )

    @staticmethod
    def spec_parameter_example(name: str) -> JSON:
        from mocks.sandbox.common import spec

        return spec(API)["components"]["parameters"][name]["example"]

    def manual_create(
        self, token: str, company: dict[str, JSON], auditor: dict[str, JSON], at: dt.datetime
    ) -> ManualAuditRequest:
        manual = ManualAuditRequest(
            token=token,
            company=company,
            auditor=auditor,
            cut_off=f"{at.year - 1}-12-31",
            language="nb",
            sent_to_third_party_at=at,
            account_numbers=[
                {"accountNumber": nordic.account_number(self.rng), "company": company}
            ],
        )
        self.manual[token] = manual
        return manual

    def _seed_sign(self) -> None:
        rng = self.rng
        for template in example(API, "/v1/sign/document-templates", "get", "templates"):
            self.templates.append(template)
        for nb, en in (
            ("Revisjonsberetning", "Auditor's report"),
            ("Fullmakt", "Power of attorney"),
            ("Representasjonsbrev", "Management representation letter"),
        ):
            self.templates.append(
                {
                    "token": self._stable(en),
                    "i18ns": [{"language": "nb", "title": nb}, {"language": "en", "title": en}],
                }
            )
        filter_example = self.spec_query_example("/v1/sign/sign-requests", "templateToken")
        self.templates.append(
            {
                "token": filter_example,
                "i18ns": [
                    {"language": "nb", "title": "Styreprotokoll"},
                    {"language": "en", "title": "Board minutes"},
                ],
            }
        )
        documented = example(API, "/v1/sign/sign-requests", "get", "one_sign_request")[0]
        body = self.spec_request_example("/v1/sign/sign-requests", "two_signees_in_order")
        for attachment in body["attachments"]:
            self.documents[attachment["token"]] = f"{attachment['title']}.pdf"
        test_company = documented["company"]
        start = SEED_TODAY - dt.timedelta(days=200)
        for index in range(120):
            created = start + dt.timedelta(hours=index * 36 + rng.randint(0, 20))
            token = documented["token"] if index == 0 else self._uuid()
            template = rng.choice(self.templates)
            attachments = [self._sign_document("Annual report", str(template["token"]), created)]
            signees = [
                {
                    "email": f"signee{n}@example.com",
                    "name": None,
                    "pid": None,
                    "signed": False,
                    "signedAt": None,
                    "order": n,
                }
                for n in (1, 2)
            ]
            request = SignRequest(
                token,
                test_company if index % 10 else self._new_company(),
                attachments,
                signees,
                "nb",
                (created + dt.timedelta(days=14)).date(),
                created,
                created,
                created,
            )
            if index == 0:
                request.company = test_company
                request.attachments = [dict(a) for a in documented["attachments"]]
                for attachment in request.attachments:
                    self.documents[str(attachment["token"])] = f"{attachment['title']}.pdf"
                request.due_date = dt.date.fromisoformat(documented["dueDate"])
                request.sent_at = dt.datetime(2025, 1, 5, 13, 52, 25, tzinfo=dt.UTC)
                self._sign(
                    request, request.signees[0], dt.datetime(2025, 1, 6, 9, 30, tzinfo=dt.UTC)
                )
                request.signees[0]["name"] = "Kari Nordmann"
            elif rng.random() < 0.6:
                for signee in request.signees:
                    self._sign(request, signee, created + dt.timedelta(days=rng.randint(1, 5)))
            self.sign_requests[token] = request

    def _sign_document(self, title: str, template: str | None, at: dt.datetime) -> dict[str, JSON]:
        token = self._uuid()
        file_name = f"{title.lower().replace(' ', '-')}.pdf"
        self.documents[token] = file_name
        return {
            "token": token,
            "title": title,
            "templateToken": template,
            "fileName": file_name,
            "createdAt": zulu(at),
        }

    def _sign(self, request: SignRequest, signee: dict[str, JSON], at: dt.datetime) -> None:
        signee["signed"] = True
        signee["signedAt"] = zulu(at)
        signee["name"] = nordic.person_name(self.rng)
        signee["pid"] = nordic.personal_number(self.rng)
        request.last_update = at
        if all(s["signed"] for s in request.signees):
            for original in [
                a for a in request.attachments if not str(a["title"]).endswith("(signed)")
            ]:
                signed = self._sign_document(f"{original['title']} (signed)", None, at)
                signed["templateToken"] = original.get("templateToken")
                request.attachments.append(signed)

    def spec_query_example(self, path: str, name: str) -> str:
        from mocks.sandbox.common import spec

        for parameter in spec(API)["paths"][path]["get"]["parameters"]:
            if parameter.get("name") == name:
                return str(parameter["example"])
        raise KeyError(name)

    def spec_request_example(self, path: str, name: str) -> dict[str, Any]:
        from mocks.sandbox.common import spec

        content = spec(API)["paths"][path]["post"]["requestBody"]["content"]["application/json"]
        value: dict[str, Any] = content["examples"][name]["value"]
        return value

    def _seed_connect(self) -> None:
        rng = self.rng
        documented = example(API, "/v1/connect/connections", "get", "one_connection")[0]
        self.connections.append(documented)
        account = documented["accounts"][0]
        first = example(
            API,
            "/v1/connect/connections/{connection_token}/accounts/{account_token}/transactions",
            "get",
            "first_page",
        )["transactions"][0]
        self.transactions[(documented["token"], account["token"])] = self._transactions(
            first, 366, dt.date(2023, 12, 31)
        )
        providers = [
            {"id": pid, "name": name, "country": "no"}
            for pid, name in (
                ("NO_Dnb", "DNB"),
                ("NO_Nordea", "Nordea"),
                ("NO_SpareBank1", "SpareBank 1"),
            )
        ]
        steps = (
            "ready_for_audit",
            "approved",
            "waiting_for_approval",
            "needs_re_approval",
            "archived",
            "scheduled",
            "pending",
            "cancelled",
        )
        for index in range(119):
            company = self._new_company()
            created = SEED_TODAY - dt.timedelta(days=200 - index)
            step = steps[index % len(steps)]
            accounts = []
            for number in range(1 + index % 2):
                provider = rng.choice(providers)
                bban = nordic.account_number(rng)
                balance = f"{rng.randint(-50000, 900000)}.{rng.randint(0, 99):02d}"
                accounts.append(
                    {
                        "token": self._uuid(),
                        "name": ("Driftskonto", "Skattetrekkskonto")[number],
                        "account_type": "Consumption",
                        "provider": provider,
                        "owner": company["name"],
                        "last_transaction_sync_at": zulu(created),
                        "inactive": False,
                        "waiting_for_initial_sync": step != "ready_for_audit",
                        "number": {"bban": bban},
                        "booked_balance": {"value": balance, "currency": "NOK"},
                        "available_balance": {"value": balance, "currency": "NOK"},
                    }
                )
            client_email = nordic.email_for(nordic.person_name(rng), str(company["name"]))
            self.connections.append(
                {
                    "token": self._uuid(),
                    "company": company,
                    "scheduledAt": zulu(created + dt.timedelta(days=3))
                    if step == "scheduled"
                    else None,
                    "lastSyncAt": zulu(created) if step == "ready_for_audit" else None,
                    "lastSentToClientAt": zulu(created),
                    "step": step,
                    "bankDataDeletedAt": None,
                    "accounts": accounts,
                    "events": [
                        {
                            "date": zulu(created),
                            "instigator": "auditor@example.com",
                            "target": client_email,
                            "eventType": "Created",
                        }
                    ],
                }
            )

    def _transactions(
        self, first: dict[str, JSON], count: int, newest: dt.date
    ) -> list[dict[str, JSON]]:
        """`count` booked transactions, newest first; the first is the documented one."""
        rng = random.Random(f"{self.seed}:{first['token']}:{count}")
        texts = (
            "Overførsel til Budget",
            "Varekjøp",
            "Husleie",
            "Lønn",
            "Kundeinnbetaling",
            "Skattetrekk",
            "Strøm",
            "Forsikring",
        )
        result = [first]
        balance = float(str(dict(first["balance"] or {})["value"]))
        day = newest
        for _ in range(count - 1):
            day -= dt.timedelta(days=rng.choice((0, 1, 1, 2)))
            amount = round(rng.uniform(-25000, 40000), 2)
            balance = round(balance - amount, 2)
            text = rng.choice(texts)
            result.append(
                {
                    "token": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "bookedDate": day.isoformat(),
                    "text": text,
                    "originalText": text.upper(),
                    "transactionType": "BankTransfer",
                    "state": "Booked",
                    "amount": {"value": f"{amount:.2f}", "currency": "NOK"},
                    "balance": {"value": f"{balance:.2f}", "currency": "NOK"},
                }
            )
        return result

    def _seed_rights(self) -> None:
        documented = example(API, "/v1/signature-right/signature-rights", "get", "individual")
        company = documented["company"]
        self.rights[(company["country"], company["vatNo"], documented["pid"])] = "individual"
        for (country, vat_no), _ in list(self.registry.items())[:60]:
            self.rights[(country, vat_no, nordic.personal_number(self.rng))] = "individual"
            for _ in range(2):
                self.rights[(country, vat_no, nordic.personal_number(self.rng))] = "joint"

    # ------------------------------------------------------------------ views

    def audit_request_view(self, request: AuditRequest) -> dict[str, JSON]:
        lpa = self.lpas.get(request.lpa) if request.lpa else None
        confirmation = request.confirmation
        answered = confirmation is not None and confirmation.status != "started"
        return {
            "token": request.token,
            "acccountNumbers": request.account_numbers,
            "attachments": request.attachments
            + (confirmation.attachments if confirmation is not None else []),
            "auditCompany": AUDIT_COMPANY,
            "bank": request.bank,
            "company": request.company,
            "confirmation": self.confirmation_view(confirmation)
            if answered and confirmation
            else None,
            "cutOffDate": request.cut_off,
            "invoiceReference": request.invoice_reference,
            "language": request.language,
            "lastUpdate": zulu(request.last_update),
            "lastingPowerOfAttorney": self.lpa_view(lpa) if lpa else None,
            "requestType": request.request_type,
            "sentToClientAt": zulu(request.sent_to_client_at),
            "user": request.user,
            "signees": request.signees,
            "step": request.step,
        }

    def confirmation_view(self, confirmation: Confirmation) -> dict[str, JSON]:
        return {
            "token": confirmation.token,
            "comment": confirmation.comment,
            "completedAt": zulu(confirmation.completed_at),
            "partial": confirmation.partial,
            "status": confirmation.status,
            "cutOffDate": confirmation.cut_off,
            "language": confirmation.language,
            "updatedAt": zulu(confirmation.updated_at or confirmation.sent_to_third_party_at),
            "sentAt": zulu(confirmation.completed_at),
            "sentToThirdPartyAt": zulu(confirmation.sent_to_third_party_at),
            "manualReview": False,
            "startedProcessing": confirmation.started_processing,
            "acccountNumbers": confirmation.account_numbers,
            "attachments": confirmation.inherited + confirmation.attachments,
            "auditCompany": AUDIT_COMPANY,
            "bank": confirmation.bank,
            "bankBranch": None,
            "companies": confirmation.companies,
            "partialConfirmations": [self.confirmation_view(p) for p in confirmation.partials],
            "signatureReviews": [],
            "signees": confirmation.signees,
        }

    def lpa_view(self, lpa: Lpa) -> dict[str, JSON]:
        return {
            "token": lpa.token,
            "attachment": lpa.attachment,
            "bank": lpa.bank,
            "company": lpa.company,
            "fromDate": lpa.from_date.isoformat() if lpa.from_date else None,
            "endDate": lpa.end_date.isoformat() if lpa.end_date else None,
            "language": lpa.language,
            "signed": lpa.signed,
            "signees": lpa.signees,
            "subsidiaries": lpa.subsidiaries,
        }

    def manual_view(self, manual: ManualAuditRequest) -> dict[str, JSON]:
        return {
            "token": manual.token,
            "acccountNumbers": manual.account_numbers,
            "attachments": manual.attachments + manual.confirmation_files,
            "audtor": manual.auditor,
            "bankStartedProcessing": manual.started_processing,
            "company": manual.company,
            "completedAt": zulu(manual.completed_at),
            "cutOffDate": manual.cut_off,
            "language": manual.language,
            "sentToPaymentAt": None,
            "sentToThirdPartyAt": zulu(manual.sent_to_third_party_at),
        }

    def sign_request_view(self, request: SignRequest, show_pid: bool) -> dict[str, JSON]:
        return {
            "token": request.token,
            "attachments": request.attachments,
            "company": request.company,
            "dueDate": request.due_date.isoformat(),
            "language": request.language,
            "lastUpdate": zulu(request.last_update),
            "sentAt": zulu(request.sent_at),
            "signees": [
                {
                    "email": s["email"],
                    "name": s["name"],
                    "pid": s["pid"] if show_pid else None,
                    "signed": s["signed"],
                    "signedAt": s["signedAt"],
                }
                for s in request.signees
            ],
        }

    # ------------------------------------------------------------------ lookups

    def audit_request(self, token: str) -> AuditRequest:
        found = self.audit_requests.get(token)
        if found is None:
            raise ApiError(404, _error(f"No audit request with token {token}."))
        return found

    def pending_at_bank(self, token: str) -> Confirmation:
        request = self.audit_request(token)
        confirmation = request.confirmation
        if request.request_type != "bank" or confirmation is None:
            raise ApiError(
                422, _error(f"Audit request {token} is not awaiting a bank (step {request.step}).")
            )
        if confirmation.status != "started":
            raise ApiError(
                422, _error(f"Audit request {token} is already confirmed ({confirmation.status}).")
            )
        return confirmation

    def confirmation(self, token: str) -> Confirmation:
        found = self.confirmations.get(token)
        if found is None:
            raise ApiError(404, _error(f"No confirmation with token {token}."))
        return found

    def pending_confirmation(self, token: str) -> Confirmation:
        confirmation = self.confirmation(token)
        if confirmation.status != "started":
            raise ApiError(422, _error(f"Confirmation {token} is already {confirmation.status}."))
        return confirmation

    def manual_request(self, token: str) -> ManualAuditRequest:
        found = self.manual.get(token)
        if found is None:
            raise ApiError(404, _error(f"No manual audit request with token {token}."))
        return found

    def sign_request(self, token: str) -> SignRequest:
        found = self.sign_requests.get(token)
        if found is None:
            raise ApiError(404, _error(f"No sign request with token {token}."))
        return found

    # ------------------------------------------------------------------ routes

    def routes(self, reset: Any) -> list[BaseRoute]:
        confirm = "/v1/confirm"
        table: list[tuple[str, str, Any]] = [
            ("POST", "/v1/auth/token", self.token),
            ("POST", f"{confirm}/audit-requests/", self.create_audit_requests),
            ("GET", f"{confirm}/audit-requests/", self.list_audit_requests),
            ("POST", f"{confirm}/audit-requests/finalize", self.finalize),
            ("POST", f"{confirm}/lpas", self.create_lpa),
            ("GET", f"{confirm}/lpas", self.list_lpas),
            ("POST", f"{confirm}/attachments/{{token}}/signed-url", self.confirm_signed_url),
            ("GET", f"{confirm}/banks/", self.list_banks),
            ("GET", f"{confirm}/audit-requests/third-party", self.list_pending_audit_requests),
            ("POST", f"{confirm}/audit-requests/processing", self.mark_processing),
            (
                "POST",
                f"{confirm}/audit-requests/{{token}}/confirmations/attachments",
                self.upload_request_files,
            ),
            (
                "POST",
                f"{confirm}/audit-requests/{{token}}/confirmations/comment",
                self.request_with_comment,
            ),
            (
                "POST",
                f"{confirm}/audit-requests/{{token}}/confirmation",
                self.send_request_confirmation,
            ),
            ("GET", f"{confirm}/confirmations", self.list_pending_confirmations),
            (
                "POST",
                f"{confirm}/confirmations/{{token}}/attachments",
                self.upload_confirmation_files,
            ),
            ("POST", f"{confirm}/confirmations/{{token}}/complete", self.complete_confirmation),
            (
                "POST",
                f"{confirm}/confirmations/{{token}}/complete-with-comment",
                self.complete_with_comment,
            ),
            ("POST", f"{confirm}/confirmations/{{token}}/reject", self.reject),
            ("POST", f"{confirm}/manual-audit-requests/processing", self.mark_manual_processing),
            (
                "POST",
                f"{confirm}/manual-audit-requests/{{token}}/attachments",
                self.upload_manual_file,
            ),
            (
                "POST",
                f"{confirm}/manual-audit-requests/{{token}}/confirmations/attachments",
                self.upload_manual_files,
            ),
            (
                "POST",
                f"{confirm}/manual-audit-requests/{{token}}/confirmation",
                self.send_manual_confirmation,
            ),
            ("GET", "/v1/connect/connections", self.list_connections),
            (
                "GET",
                "/v1/connect/connections/{connection}/accounts/{account}/transactions",
                self.list_transactions,
            ),
            ("GET", "/v1/connect/providers", self.list_providers),
            ("POST", "/v1/sign/sign-requests", self.create_sign_request),
            ("GET", "/v1/sign/sign-requests", self.list_sign_requests),
            ("GET", "/v1/sign/sign-requests/updated", self.list_updated_sign_requests),
            ("GET", "/v1/sign/attachments/{token}/signed-url", self.sign_signed_url),
            ("POST", "/v1/sign/attachments", self.upload_sign_document),
            ("GET", "/v1/sign/document-templates", self.list_templates),
            ("GET", "/v1/signature-right/signature-rights", self.signature_right),
            ("POST", "/_sandbox/reset", reset),
            ("POST", "/_sandbox/audit-requests/{token}/sign", self.helper_client_signs),
            ("POST", "/_sandbox/audit-requests/{token}/confirm", self.helper_bank_confirms),
            ("POST", "/_sandbox/audit-requests/{token}/reject", self.helper_bank_rejects),
            ("POST", "/_sandbox/lpas/{token}/sign", self.helper_lpa_signed),
            ("POST", "/_sandbox/sign-requests/{token}/sign", self.helper_signee_signs),
            ("POST", "/_sandbox/manual-audit-requests", self.helper_create_manual),
            ("GET", "/_sandbox/manual-audit-requests/{token}", self.helper_get_manual),
        ]
        return [Route(path, handler, methods=[method]) for method, path, handler in table]

    # ------------------------------------------------------------------ auth

    @api_endpoint
    async def token(self, request: Request) -> JSON:
        form = await request.form()
        requested = str(form.get("scope") or "").split()
        await form.close()
        documented = example(API, "/v1/auth/token", "post", "token")
        token = f"{documented['access_token']}.{nordic.token_hex(self.rng)[:16]}"
        self.scopes[token] = requested or ["audit_company", "bank"]
        client = _basic_user(request)
        if client is None:  # Prism lets any Basic header through; Brevio wants a real one
            raise ApiError(
                401,
                {"error": "invalid_client", "error_description": "Client authentication failed."},
            )
        return {**documented, "access_token": token, "scope": " ".join(self.scopes[token])}

    # ------------------------------------------------------------------ confirm: audit company

    @api_endpoint
    async def create_audit_requests(self, request: Request) -> JSON:
        body = await json_body(request)
        company = self.company(str(body["vatNo"]), str(body["country"]))
        signees = [{"email": e, "name": None, "pid": None} for e in body.get("signees") or []]
        user_email = str(body["user"])
        sent = user_email in USERS
        user: dict[str, JSON] = {"email": user_email}
        if sent:
            user["name"] = USERS[user_email]
        now = utc_now()
        created: list[AuditRequest] = []
        for index, item in enumerate(body["requests"]):
            kind = item.get("requestType", "bank")
            bank = None
            if kind == "bank":
                if "bank" not in item:
                    raise _invalid(
                        f"requests.{index}.bank", "A bank request needs `bank` (see list_banks)."
                    )
                bank = self.banks.get(item["bank"])
                if bank is None:
                    raise _invalid(f"requests.{index}.bank", f"No bank with token {item['bank']}.")
            lpa = item.get("lpa")
            if lpa is not None and lpa not in self.lpas:
                raise _invalid(
                    f"requests.{index}.lpa", f"No lasting power of attorney with token {lpa}."
                )
            if lpa is None and not signees:
                raise _invalid(
                    "signees", "Signees are required unless every audit request uses an LPA."
                )
            audit = AuditRequest(
                token=nordic.token_hex(self.rng),
                request_type=kind,
                company=company,
                bank=bank,
                cut_off=str(item["cutOffDate"]),
                user=user,
                language=item.get("language", body.get("language", "nb")),
                signees=[dict(s) for s in signees],
                created=now,
                step="client-ready" if sent else "started",
                sent_to_client_at=now if sent else None,
                last_update=now,
                lpa=lpa,
                account_numbers=[
                    {
                        "accountNumber": a["accountNumber"],
                        "company": self.company(
                            a["company"]["vatNo"],
                            a["company"]["country"],
                            f"requests.{index}.accountNumbers",
                        )
                        if "company" in a
                        else company,
                    }
                    for a in item.get("accountNumbers", [])
                ],
            )
            created.append(audit)
        for audit in created:
            self.audit_requests[audit.token] = audit
            lpa_object = self.lpas.get(audit.lpa) if audit.lpa else None
            if sent and lpa_object is not None and lpa_object.signed:
                audit.sent_to_client_at = None
                self._to_third_party(audit, now)  # a signed LPA: straight to the bank
        return {"tokens": [a.token for a in created], "sent": sent}

    @api_endpoint
    async def list_audit_requests(self, request: Request) -> JSON:
        vat_no, country = request.query_params.get("vatNo"), request.query_params.get("country")
        kind = request.query_params.get("requestType")
        chosen = [
            r
            for r in sorted(self.audit_requests.values(), key=lambda r: r.created)
            if r.company["vatNo"] == vat_no
            and r.company["country"] == country
            and (kind is None or r.request_type == kind)
        ]
        offset = query_int(request, "offset", 0)
        return [self.audit_request_view(r) for r in page(chosen, offset, PAGE)]

    @api_endpoint
    async def finalize(self, request: Request) -> JSON:
        body = await json_body(request)
        successful, failed = [], []
        now = utc_now()
        for token in body["tokens"]:
            audit = self.audit_requests.get(token)
            if audit is None or audit.step in ("received", "completed", "cancelled", "archived"):
                failed.append(token)
                continue
            audit.step = "received"
            audit.last_update = now
            successful.append(token)
        return {"successful": successful, "failed": failed}

    @api_endpoint
    async def create_lpa(self, request: Request) -> JSON:
        body = await json_body(request)
        company = self.company(str(body["vatNo"]), str(body["country"]))
        subsidiaries = [
            self.company(s["vatNo"], s["country"], f"subsidiaries.{i}")
            for i, s in enumerate(body.get("subsidiaries", []))
        ]
        lpa = Lpa(
            token=self._uuid(),
            company=company,
            subsidiaries=subsidiaries,
            signees=[{"email": e, "name": None, "signed": False} for e in body["signees"]],
            language=body.get("language", "en"),
        )
        self.lpas[lpa.token] = lpa
        return self.lpa_view(lpa)

    @api_endpoint
    async def list_lpas(self, request: Request) -> JSON:
        return [self.lpa_view(lpa) for lpa in self.lpas.values()]

    @api_endpoint
    async def confirm_signed_url(self, request: Request) -> JSON:
        token = request.path_params["token"]
        name = self.attachments.get(token)
        if name is None:
            raise ApiError(404, _error(f"No attachment with token {token}."))
        return {"filename": name, "url": _signed_url("confirm", token)}

    @api_endpoint
    async def list_banks(self, request: Request) -> JSON:
        return list(self.banks.values())

    # ------------------------------------------------------------------ confirm: banks

    @api_endpoint
    async def list_pending_audit_requests(self, request: Request) -> JSON:
        processing = query_bool(request, "processing")
        reviewed = query_bool(request, "reviewedSignatures")
        chosen = [
            r
            for r in sorted(self.audit_requests.values(), key=lambda r: r.created)
            if r.confirmation is not None
            and r.confirmation.status == "started"
            and (processing is None or r.confirmation.started_processing == processing)
            and not reviewed  # the sandbox's banks have no signature review
        ]
        offset = query_int(request, "offset", 0)
        return [self.audit_request_view(r) for r in page(chosen, offset, PAGE)]

    @api_endpoint
    async def mark_processing(self, request: Request) -> JSON:
        body = await json_body(request)
        successful, failed = [], []
        for token in body["tokens"]:
            audit = self.audit_requests.get(token)
            confirmation = audit.confirmation if audit else None
            if confirmation is None or confirmation.status != "started":
                failed.append(token)
                continue
            confirmation.started_processing = True
            confirmation.updated_at = utc_now()
            successful.append(token)
        return {"successful": successful, "failed": failed}

    @api_endpoint
    async def upload_request_files(self, request: Request) -> JSON:
        confirmation = self.pending_at_bank(request.path_params["token"])
        return self._add_files(confirmation, await _files(request, required=True))

    @api_endpoint
    async def request_with_comment(self, request: Request) -> JSON:
        confirmation = self.pending_at_bank(request.path_params["token"])
        body = await json_body(request)
        self._complete(confirmation, utc_now(), [], comment=str(body["comment"]))
        return {"message": "Audit request completed and notification sent to auditor"}

    @api_endpoint
    async def send_request_confirmation(self, request: Request) -> JSON:
        token = request.path_params["token"]
        confirmation = self.pending_at_bank(token)
        files = await _files(request, required=False)
        _need_an_attachment(confirmation.attachments, files)
        self._complete(confirmation, utc_now(), files)
        return {"token": token, "step": self.audit_requests[token].step}

    @api_endpoint
    async def list_pending_confirmations(self, request: Request) -> JSON:
        raw_cursor = request.query_params.get("cursor")
        cursor = _parse_cursor(raw_cursor)
        processing = query_bool(request, "processing")
        reviews = query_bool(request, "signatureReviews")
        pending = sorted(
            (
                c
                for c in self.confirmations.values()
                if c.status == "started"
                and (processing is None or c.started_processing == processing)
                and not reviews
                and (cursor is None or c.sent_to_third_party_at > cursor)
            ),
            key=lambda c: c.sent_to_third_party_at,
        )
        chosen = pending[:CONFIRMATIONS_PAGE]
        more = len(pending) > len(chosen)
        return {
            "cursor": zulu(cursor),  # as the API writes datetimes, whatever was sent
            "confirmations": [self.confirmation_view(c) for c in chosen],
            "next": zulu(chosen[-1].sent_to_third_party_at) if more else None,
        }

    @api_endpoint
    async def upload_confirmation_files(self, request: Request) -> JSON:
        confirmation = self.pending_confirmation(request.path_params["token"])
        return self._add_files(confirmation, await _files(request, required=True))

    @api_endpoint
    async def complete_confirmation(self, request: Request) -> JSON:
        confirmation = self.pending_confirmation(request.path_params["token"])
        files = await _files(request, required=False)
        _need_an_attachment(confirmation.attachments, files)
        self._complete(confirmation, utc_now(), files)
        return self.confirmation_view(confirmation)

    @api_endpoint
    async def complete_with_comment(self, request: Request) -> JSON:
        confirmation = self.pending_confirmation(request.path_params["token"])
        body = await json_body(request)
        self._complete(confirmation, utc_now(), [], comment=str(body["comment"]))
        return self.confirmation_view(confirmation)

    @api_endpoint
    async def reject(self, request: Request) -> JSON:
        confirmation = self.confirmation(request.path_params["token"])
        if not confirmation.partial:
            raise ApiError(400, _error("Only partial confirmations can be rejected."))
        if confirmation.status != "started":
            raise ApiError(
                422, _error(f"Confirmation {confirmation.token} is already {confirmation.status}.")
            )
        body = await json_body(request)
        confirmation.status = "rejected"
        confirmation.comment = str(body["comment"])
        confirmation.updated_at = utc_now()
        return self.confirmation_view(confirmation)

    def _add_files(self, confirmation: Confirmation, files: list[tuple[str, int]]) -> JSON:
        now = utc_now()
        for name, _ in files:
            confirmation.attachments.append(self._attachment(name, now))
        confirmation.updated_at = now
        return {"message": f"{len(files)} attachment{'s' if len(files) != 1 else ''} uploaded"}

    # ------------------------------------------------------------------ confirm: manual

    @api_endpoint
    async def mark_manual_processing(self, request: Request) -> JSON:
        body = await json_body(request)
        successful, failed = [], []
        for token in body["tokens"]:
            manual = self.manual.get(token)
            if manual is None or manual.completed_at is not None:
                failed.append(token)
                continue
            manual.started_processing = True
            successful.append(token)
        return {"successful": successful, "failed": failed}

    def _open_manual(self, token: str) -> ManualAuditRequest:
        manual = self.manual_request(token)
        if manual.completed_at is not None:
            raise ApiError(422, _error(f"Manual audit request {token} is already completed."))
        return manual

    @api_endpoint
    async def upload_manual_file(self, request: Request) -> JSON:
        manual = self._open_manual(request.path_params["token"])
        files = await uploaded_files(request, "attachment")
        if len(files) != 1:
            raise _invalid("attachment", "Exactly one file is expected.")
        manual.attachments.append(str(self._attachment(files[0][0], utc_now())["token"]))
        return {"message": "1 attachment uploaded"}

    @api_endpoint
    async def upload_manual_files(self, request: Request) -> JSON:
        manual = self._open_manual(request.path_params["token"])
        files = await _files(request, required=True)
        for name, _ in files:
            manual.confirmation_files.append(str(self._attachment(name, utc_now())["token"]))
        return {"message": f"{len(files)} attachment{'s' if len(files) != 1 else ''} uploaded"}

    @api_endpoint
    async def send_manual_confirmation(self, request: Request) -> JSON:
        manual = self._open_manual(request.path_params["token"])
        files = await _files(request, required=False)
        _need_an_attachment(manual.confirmation_files, files)
        now = utc_now()
        for name, _ in files:
            manual.confirmation_files.append(str(self._attachment(name, now)["token"]))
        manual.completed_at = now
        return {"token": manual.token, "step": "completed"}

    # ------------------------------------------------------------------ connect

    @api_endpoint
    async def list_connections(self, request: Request) -> JSON:
        vat_no, country = request.query_params.get("vatNo"), request.query_params.get("country")
        if (vat_no is None) != (country is None):
            raise _invalid(
                "vatNo" if vat_no is None else "country", "vatNo and country go together."
            )
        chosen = [
            c
            for c in self.connections
            if vat_no is None
            or (c["company"]["vatNo"] == vat_no and c["company"]["country"] == country)
        ]
        return page(chosen, query_int(request, "offset", 0), PAGE)

    @api_endpoint
    async def list_transactions(self, request: Request) -> JSON:
        connection_token = request.path_params["connection"]
        account_token = request.path_params["account"]
        connection = next((c for c in self.connections if c["token"] == connection_token), None)
        if connection is None:
            raise ApiError(404, _error(f"No connection with token {connection_token}."))
        account = next((a for a in connection["accounts"] if a["token"] == account_token), None)
        if account is None:
            raise ApiError(
                404, _error(f"No account {account_token} in connection {connection_token}.")
            )
        key = (connection_token, account_token)
        if key not in self.transactions:
            count = 20 + int(hashlib.sha256(account_token.encode()).hexdigest(), 16) % 280
            seed = {"token": account_token, "balance": account["booked_balance"]}
            self.transactions[key] = self._transactions(seed, count + 1, SEED_TODAY.date())[1:]
        since, until = query_date(request, "fromDate"), query_date(request, "toDate")
        chosen = [
            t
            for t in self.transactions[key]
            if (since is None or str(t["bookedDate"]) >= since.isoformat())
            and (until is None or str(t["bookedDate"]) <= until.isoformat())
        ]
        offset = query_int(request, "offset", 0)
        size = min(
            query_int(request, "pageSize", TRANSACTIONS_PAGE_MAX, minimum=1), TRANSACTIONS_PAGE_MAX
        )
        transactions = page(chosen, offset, size)
        following = offset + len(transactions)
        return {
            "total": len(chosen),
            "count": len(transactions),
            "next": following if following < len(chosen) else None,
            "offset": offset,
            "transactions": transactions,
        }

    @api_endpoint
    async def list_providers(self, request: Request) -> JSON:
        country = request.query_params.get("country", "no")
        if country == "no":
            return example(API, "/v1/connect/providers", "get", "norway")
        return {
            "providers": [
                {"id": i, "name": n, "country": country} for i, n in PROVIDERS.get(country, [])
            ]
        }

    # ------------------------------------------------------------------ sign

    @api_endpoint
    async def upload_sign_document(self, request: Request) -> JSON:
        files = await uploaded_files(request, "attachment")
        if len(files) != 1:
            raise _invalid("attachment", "Exactly one PDF file is expected.")
        token = self._uuid()
        self.documents[token] = files[0][0]
        return {"token": token}

    @api_endpoint
    async def create_sign_request(self, request: Request) -> JSON:
        body = await json_body(request)
        company = self.company(str(body["vatNo"]), str(body["country"]))
        if body["user"] not in USERS:
            raise _invalid("user", f"{body['user']} is not a user of {AUDIT_COMPANY['name']}.")
        templates = {str(t["token"]) for t in self.templates}
        now = utc_now()
        attachments = []
        for index, item in enumerate(body["attachments"]):
            if item["token"] not in self.documents:
                raise _invalid(
                    f"attachments.{index}.token", f"No uploaded document {item['token']}."
                )
            template = item.get("templateToken")
            if template is not None and template not in templates:
                raise _invalid(
                    f"attachments.{index}.templateToken", f"No document template {template}."
                )
            attachments.append(
                {
                    "token": item["token"],
                    "title": item.get("title", self.documents[item["token"]]),
                    "templateToken": template,
                    "fileName": self.documents[item["token"]],
                    "createdAt": zulu(now),
                }
            )
        signees = [
            {
                "email": s["email"],
                "name": None,
                "pid": None,
                "signed": False,
                "signedAt": None,
                "order": s.get("order", 1),
            }
            for s in body["signees"]
        ]
        due = (now + dt.timedelta(days=int(body.get("dueDays", 30)))).date()
        sign_request = SignRequest(
            self._uuid(),
            company,
            attachments,
            signees,
            body.get("language", "nb"),
            due,
            now,
            now,
            now,
        )
        self.sign_requests[sign_request.token] = sign_request
        return {"token": sign_request.token}

    @api_endpoint
    async def list_sign_requests(self, request: Request) -> JSON:
        vat_no, country = request.query_params.get("vatNo"), request.query_params.get("country")
        template = request.query_params.get("templateToken")
        chosen = [
            s
            for s in sorted(self.sign_requests.values(), key=lambda s: s.created)
            if s.company["vatNo"] == vat_no
            and s.company["country"] == country
            and (template is None or any(a.get("templateToken") == template for a in s.attachments))
        ]
        show_pid = "signee_pid" in self._token_scopes(request)
        return [
            self.sign_request_view(s, show_pid)
            for s in page(chosen, query_int(request, "offset", 0), PAGE)
        ]

    @api_endpoint
    async def list_updated_sign_requests(self, request: Request) -> JSON:
        since = query_date(request, "fromDate") or dt.date.min
        start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
        chosen = [
            s
            for s in sorted(self.sign_requests.values(), key=lambda s: s.created)
            if s.last_update >= start
        ]
        show_pid = "signee_pid" in self._token_scopes(request)
        return [
            self.sign_request_view(s, show_pid)
            for s in page(chosen, query_int(request, "offset", 0), PAGE)
        ]

    @api_endpoint
    async def sign_signed_url(self, request: Request) -> JSON:
        token = request.path_params["token"]
        name = self.documents.get(token)
        if name is None:
            raise ApiError(404, _error(f"No Sign attachment with token {token}."))
        return {"filename": name, "url": _signed_url("sign", token)}

    @api_endpoint
    async def list_templates(self, request: Request) -> JSON:
        return self.templates

    # ------------------------------------------------------------------ signature right

    @api_endpoint
    async def signature_right(self, request: Request) -> JSON:
        pid = request.query_params.get("pid", "")
        vat_no, country = (
            request.query_params.get("vatNo", ""),
            request.query_params.get("country", ""),
        )
        company = self.company(vat_no, country)
        lengths = PID_LENGTHS.get(country)
        if lengths is not None and not (pid.isdigit() and len(pid) in lengths):
            raise _invalid(
                "pid", f"A national ID in {country} has {' or '.join(map(str, lengths))} digits."
            )
        right = self.rights.get((country, vat_no, pid), "none")
        return {"pid": pid, "company": company, "signatureRight": right}

    # ------------------------------------------------------------------ test helpers

    @api_endpoint
    async def helper_client_signs(self, request: Request) -> JSON:
        audit = self.audit_request(request.path_params["token"])
        if audit.step not in ("client-ready", "client-pending"):
            raise ApiError(
                409,
                _error(
                    f"Audit request {audit.token} is not waiting for signatures "
                    f"(step {audit.step})."
                ),
            )
        lpa = self.lpas.get(audit.lpa) if audit.lpa else None
        if lpa is not None and not lpa.signed:
            self._sign_lpa(lpa, utc_now())
        self._client_signed(audit, utc_now())
        return self.audit_request_view(audit)

    @api_endpoint
    async def helper_bank_confirms(self, request: Request) -> JSON:
        audit = self.audit_request(request.path_params["token"])
        if audit.step != "third-party":
            raise ApiError(
                409,
                _error(
                    f"Audit request {audit.token} is not with its third party (step {audit.step})."
                ),
            )
        if audit.confirmation is None:
            audit.step = "received"  # a lawyer, supplier or client answered
            audit.last_update = utc_now()
        else:
            if audit.confirmation.status != "started":
                raise ApiError(409, _error(f"Audit request {audit.token} is already confirmed."))
            self._complete(audit.confirmation, utc_now(), [])
        return self.audit_request_view(audit)

    @api_endpoint
    async def helper_bank_rejects(self, request: Request) -> JSON:
        audit = self.audit_request(request.path_params["token"])
        confirmation = audit.confirmation
        if audit.step != "third-party" or confirmation is None or confirmation.status != "started":
            raise ApiError(
                409,
                _error(f"Audit request {audit.token} is not awaiting a bank (step {audit.step})."),
            )
        body = await optional_json_body(request)
        comment = str(
            body.get("comment") or f"{audit.company['name']} is not a customer of the bank."
        )
        self._complete(confirmation, utc_now(), [], comment=comment)
        return self.audit_request_view(audit)

    @api_endpoint
    async def helper_lpa_signed(self, request: Request) -> JSON:
        token = request.path_params["token"]
        lpa = self.lpas.get(token)
        if lpa is None:
            raise ApiError(404, _error(f"No lasting power of attorney with token {token}."))
        if lpa.signed:
            raise ApiError(409, _error(f"LPA {token} is already signed."))
        now = utc_now()
        self._sign_lpa(lpa, now)
        for audit in self.audit_requests.values():  # requests waiting for it go to their banks
            if audit.lpa == token and audit.step in ("client-ready", "client-pending"):
                self._to_third_party(audit, now)
        return self.lpa_view(lpa)

    @api_endpoint
    async def helper_signee_signs(self, request: Request) -> JSON:
        sign_request = self.sign_request(request.path_params["token"])
        body = await optional_json_body(request)
        unsigned = [s for s in sign_request.signees if not s["signed"]]
        if not unsigned:
            raise ApiError(409, _error("Every signee has signed already."))
        if sign_request.due_date < utc_now().date():
            raise ApiError(409, _error(f"The sign request expired on {sign_request.due_date}."))
        turn = min(int(s["order"]) for s in unsigned)
        email = body.get("email")
        if email is None:
            signee = next(s for s in unsigned if s["order"] == turn)
        else:
            matches = [s for s in sign_request.signees if s["email"] == email]
            if not matches:
                raise ApiError(404, _error(f"{email} is not a signee of this sign request."))
            signee = matches[0]
            if signee["signed"]:
                raise ApiError(409, _error(f"{email} has signed already."))
            if signee["order"] != turn:
                raise ApiError(
                    409, _error(f"{email} receives the request only after order {turn} has signed.")
                )
        self._sign(sign_request, signee, utc_now())
        return self.sign_request_view(sign_request, show_pid=True)

    @api_endpoint
    async def helper_create_manual(self, request: Request) -> JSON:
        body = await optional_json_body(request)
        company = (
            self.company(str(body["vatNo"]), str(body.get("country", "no")))
            if "vatNo" in body
            else self._new_company()
        )
        name = nordic.person_name(self.rng)
        auditor = {
            "name": name,
            "email": nordic.email_for(name, "Ekstern Revisjon AS"),
            "phone": f"+47 {self.rng.randint(40, 99)}{self.rng.randint(0, 999999):06d}",
        }
        return self.manual_view(self.manual_create(self._uuid(), company, auditor, utc_now()))

    @api_endpoint
    async def helper_get_manual(self, request: Request) -> JSON:
        return self.manual_view(self.manual_request(request.path_params["token"]))


async def _files(request: Request, *, required: bool) -> list[tuple[str, int]]:
    files = await uploaded_files(request, "attachments")
    if required and not files:
        raise _invalid("attachments", "At least one file is required.")
    if len(files) > MAX_FILES:
        raise _invalid("attachments", f"At most {MAX_FILES} files per request.")
    return files


def _need_an_attachment(existing: list[Any], files: list[tuple[str, int]]) -> None:
    if not existing and not files:
        raise _invalid(
            "attachments",
            "A confirmation needs at least one attachment: upload one first or attach up to "
            f"{MAX_FILES} here.",
        )


def _parse_cursor(raw: str | None) -> dt.datetime | None:
    if raw is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise BadInput(f"cursor {raw!r} is not an ISO 8601 datetime.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _signed_url(kind: str, token: str) -> str:
    signature = hashlib.sha256(f"{kind}:{token}".encode()).hexdigest()[:32]
    return f"https://storage.sandbox.brevio.example.com/{kind}/{token}?signature={signature}"


def _basic_user(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(header[6:]).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return decoded.split(":", 1)[0] or None
