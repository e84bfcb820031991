"""The parts of a drift run that decide without a network: token answers, probe values, pacing."""

from __future__ import annotations

import json

import httpx
import pytest
from finapi._apis import BREVIO, SYMETRISK
from finapi.drift import probes, sdk, token_check
from finapi.drift.events import Interaction
from finapi.drift.spec import Spec


@pytest.mark.parametrize(
    ("status", "content_type", "body", "kind"),
    [
        (200, "application/json", {"access_token": "t", "expires_in": 3600}, token_check.OK),
        (404, "application/json", {"detail": "Not Found"}, token_check.NOT_FOUND),
        (405, "application/json", {"message": "Method Not Allowed"}, token_check.NOT_FOUND),
        (200, "text/html", "<html><body>Welcome</body></html>", token_check.NOT_FOUND),
        (200, "application/json", "", token_check.NOT_FOUND),
        (400, "application/json", {"error": "invalid_client"}, token_check.REFUSED),
        (401, "application/json", {"error": "invalid_client"}, token_check.REFUSED),
        (403, "application/json", {"error": "unauthorized_client"}, token_check.REFUSED),
        (200, "application/json", {"token": "t"}, token_check.NOT_OAUTH2),
        (200, "application/json", {"access_token": ""}, token_check.NOT_OAUTH2),
        (401, "application/json", {"detail": "Not authenticated"}, token_check.NOT_OAUTH2),
        (
            403,
            "application/json",
            {"message": "Missing Authentication Token"},
            token_check.NOT_OAUTH2,
        ),
        (503, "text/html", "<html>down</html>", token_check.UNAVAILABLE),
        (429, "application/json", {"error": "slow_down"}, token_check.UNAVAILABLE),
    ],
)
def test_token_answers_are_told_apart(
    status: int, content_type: str, body: object, kind: str
) -> None:
    raw = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    assert token_check.classify(status, content_type, raw) == kind


def test_probe_values_come_from_examples_then_from_responses() -> None:
    spec = Spec.of(SYMETRISK)
    operation = spec.by_id("get_credit_score")
    listing = spec.by_id("list_debtors")
    body = {"items": [{"organization_number": "910000001"}, {"organization_number": "910000002"}]}
    seen = probes.Observed(
        listing,
        Interaction(
            "c1",
            "GET",
            "http://h/list-debtors/1",
            200,
            "application/json",
            json.dumps(body).encode(),
            False,
        ),
        "schemathesis",
    )
    harvested = probes.harvest([seen])
    assert harvested["organizationnumber"] == ["910000001", "910000002"]
    sets = probes.parameter_sets(spec, operation, harvested)
    assert len(sets) == probes.MAX_PROBES
    first = sets[0]
    assert set(first) == {"creditor_organization_number", "debtor_organization_number"}
    assert all(where == "path" for where, _ in first.values())
    # After the documented examples: the numbers a listing returned, for either path parameter.
    later = [value for values in sets[1:] for _, value in values.values()]
    assert "910000001" in later


def test_required_query_parameters_are_probed_with_their_examples() -> None:
    spec = Spec.of(BREVIO)
    (values,) = probes.parameter_sets(spec, spec.by_id("list_audit_requests"), {})[:1]
    assert values == {"vatNo": ("query", "999999999"), "country": ("query", "no")}
    assert probes.parameter_sets(spec, spec.by_id("list_lpas"), {}) == [{}]


def test_values_that_worked_are_read_back_from_a_2xx_url() -> None:
    spec = Spec.of(SYMETRISK)
    operation = spec.by_id("get_borrower")
    seen = [
        probes.Observed(
            operation,
            Interaction("c", "GET", f"http://h/api/v1/borrower/{n}", status, None, b"{}", False),
            "probe",
        )
        for n, status in (("111111111", 404), ("222222222", 200))
    ]
    assert probes.values_that_worked(operation, seen, "/api/v1") == {
        "organization_number": ("path", "222222222")
    }


@pytest.mark.parametrize(
    ("rate", "interval"), [("2/s", 0.5), ("100/m", 0.6), ("1000/h", 3.6), ("4", 0.25)]
)
def test_rate_limits_read_like_schemathesis(rate: str, interval: float) -> None:
    assert sdk.parse_rate(rate) == pytest.approx(interval)


@pytest.mark.parametrize("rate", ["fast", "0/s", "2/d", ""])
def test_bad_rate_limits_are_refused(rate: str) -> None:
    with pytest.raises(ValueError, match="rate limit"):
        sdk.parse_rate(rate)


def test_own_requests_keep_to_the_rate_limit() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = sdk.RateLimit("2/s", clock=lambda: now[0], sleep=sleep)
    request = httpx.Request("GET", "http://h/")
    for _ in range(3):
        limiter(request)
    assert slept == [pytest.approx(0.5), pytest.approx(0.5)]
