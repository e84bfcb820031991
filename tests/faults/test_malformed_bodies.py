"""Every operation of both specs answers its success status with malformed bodies (tests/faults/
malformed.py builds them from the compiled response schemas and the specs' examples).

The call must raise `finapi.APIResponseValidationError` carrying the status, the raw body and
the JSON pointer of the failing field; nothing else may escape (no KeyError, ValueError,
TypeError or AttributeError from generated code). Prism cannot serve such bodies, so an
`httpx.MockTransport` does, through the client's whole call path (token, retries, parsing).

Both modes are run, and in both every case must be refused: the generated models check the JSON
type of every field (a number where a string is documented is refused by default too), and
`strict_response_validation=True` checks the whole schema first.
"""

from __future__ import annotations

from typing import Any

import finapi
import httpx
import pytest

from tests.faults.malformed import Malformed, malformed_bodies
from tests.integration.mock_session import CLIENT_ID, CLIENT_SECRET
from tests.integration.spec_calls import SpecOperation, all_operations, call_for, contract
from tests.integration.wire import client_class

BASE_URL = "https://api.example.test"
REQUEST_ID = "req-malformed-1"
TOKEN = "malformed-test-access-token"

OPERATIONS = all_operations()
CASES = [(op, case) for op in OPERATIONS for case in malformed_bodies(op)]
# strict_response_validation: off (the default) and on.
MODES = [pytest.param(False, id="default"), pytest.param(True, id="strict")]


def test_every_operation_of_both_specs_gets_every_kind_of_malformed_body() -> None:
    operations = all_operations()
    assert {str(op) for op, _ in CASES} == {str(op) for op in operations}
    for op in operations:
        names = [case.name for case in malformed_bodies(op)]
        assert names[:3] == ["not-json", "empty", "null"], op
        assert any(name.endswith("-for-array") or name.endswith("-for-object") for name in names)
        assert any("-as-" in name for name in names), f"{op}: no field of the wrong type"
        if op.facts.pagination is not None:
            assert any(name.startswith("item-3-") for name in names), f"{op}: no deep item"
    assert any("without-" in case.name for _, case in CASES)
    assert any(case.name == "total-not-a-number" for _, case in CASES)


class Server:
    """What the mock transport answers: a valid token, and the case under test for the call."""

    def __init__(self, op: SpecOperation) -> None:
        self.op = op
        self.case: Malformed | None = None
        self._token_path = contract(op.api).token_path

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == self._token_path and not self.op.is_token_endpoint:
            return httpx.Response(200, json={"access_token": TOKEN, "token_type": "Bearer"})
        assert self.case is not None
        return httpx.Response(
            min(self.op.facts.success_statuses),
            content=self.case.content,
            headers={"Content-Type": "application/json", "X-Request-Id": REQUEST_ID},
        )


def _settings(http: httpx.Client | httpx.AsyncClient, strict: bool) -> dict[str, Any]:
    return {
        "environment": BASE_URL,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "http_client": http,
        "strict_response_validation": strict,
        "max_retries": 0,
        "verify_checksums": False,  # the examples use test numbers
    }


def check_outcome(
    op: SpecOperation, case: Malformed, strict: bool, outcome: BaseException | None
) -> None:
    if outcome is None:
        mode = "strict" if strict else "default"
        raise AssertionError(f"{case} was parsed into a model ({mode} validation)")
    if not isinstance(outcome, finapi.APIResponseValidationError):
        raise AssertionError(f"{type(outcome).__name__} escaped: {outcome!r}") from outcome
    error = outcome
    assert isinstance(error, finapi.APIError)
    assert error.operation_id == op.operation_id
    assert error.status_code == min(op.facts.success_statuses)
    assert error.body == case.body
    assert error.pointer == case.pointer, error.problem
    assert error.request_id == REQUEST_ID
    assert error.response.content == case.content
    assert error.problem
    assert op.operation_id in str(error)
    assert error.request is not None
    assert error.request.headers.get("authorization") in (None, "[REDACTED]")


def _failures(op: SpecOperation, strict: bool, outcomes: dict[str, Any]) -> list[str]:
    failures = []
    for case in malformed_bodies(op):
        try:
            check_outcome(op, case, strict, outcomes[case.name])
        except AssertionError as failure:
            failures.append(f"{op}, {case}: {failure}")
    return failures


# One test per operation, mode and driver, each case served in turn to one client (validators
# are compiled per client and operation: one client per case would triple the run time).


@pytest.mark.parametrize("strict", MODES)
@pytest.mark.parametrize("op", OPERATIONS, ids=str)
def test_malformed_bodies_sync(op: SpecOperation, strict: bool) -> None:
    server = Server(op)
    outcomes: dict[str, BaseException | None] = {}
    with (
        httpx.Client(transport=httpx.MockTransport(server)) as http,
        client_class(op.api)(**_settings(http, strict)) as client,
    ):
        for case in malformed_bodies(op):
            server.case = case
            outcomes[case.name] = None
            try:
                # A fresh call each time: a sent file's stream is read to its end.
                result = call_for(op, typed=False, files=1).invoke(op.method(client))
                if isinstance(result, finapi.Paginator):
                    list(result)
            except Exception as error:
                outcomes[case.name] = error
    failures = _failures(op, strict, outcomes)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("strict", MODES)
@pytest.mark.parametrize("op", OPERATIONS, ids=str)
async def test_malformed_bodies_async(op: SpecOperation, strict: bool) -> None:
    server = Server(op)
    outcomes: dict[str, BaseException | None] = {}
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(server)) as http,
        client_class(op.api, asynchronous=True)(**_settings(http, strict)) as client,
    ):
        for case in malformed_bodies(op):
            server.case = case
            outcomes[case.name] = None
            try:
                # A fresh call each time: a sent file's stream is read to its end.
                result = call_for(op, typed=False, files=1).invoke(op.method(client))
                if isinstance(result, finapi.AsyncPaginator):
                    [item async for item in result]
                else:
                    await result
            except Exception as error:
                outcomes[case.name] = error
    failures = _failures(op, strict, outcomes)
    assert not failures, "\n".join(failures)
