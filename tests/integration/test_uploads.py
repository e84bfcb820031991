"""Multi-file multipart uploads against the mock, for every operation taking an array of files.

The true spec says `attachments: array of binary, maxItems 5`, sent as one part per file. The mock
serves a derived copy that also accepts repeated parts (mocks/prism.py, stoplightio/prism#2654),
so what is checked here is the wire format and the wrapper's limits, not Prism's.
"""

from __future__ import annotations

from typing import Any

import finapi
import pytest

from tests.contract.specs import load_spec, resolve
from tests.integration.checks import check_parsed
from tests.integration.mock_session import Mocks
from tests.integration.spec_calls import (
    SpecOperation,
    all_operations,
    call_arguments,
    file_bytes,
    file_name,
    make_file,
    token_operation,
)
from tests.integration.wire import Recorder, Sent, wrapper_client

pytestmark = pytest.mark.integration


def _file_arrays(op: SpecOperation) -> dict[str, int]:
    """Multipart array-of-binary properties of the operation -> their maxItems."""
    media = op.request_media()
    if media is None or media[0] != "multipart/form-data":
        return {}
    spec = load_spec(op.api)
    found = {}
    for name, prop in media[1].get("properties", {}).items():
        prop = resolve(spec, prop)
        items = resolve(spec, prop.get("items", {}))
        if prop.get("type") == "array" and items.get("format") == "binary":
            found[name] = int(prop["maxItems"])
    return found


UPLOADS = [op for op in all_operations() if _file_arrays(op)]
FIELD = "attachments"


def test_the_uploads_are_the_specs_attachment_arrays() -> None:
    assert UPLOADS
    for op in UPLOADS:
        assert _file_arrays(op) == {FIELD: 5}, f"{op}: the tests assume 5 `attachments`"


def _files(count: int, start: int = 0) -> list[Any]:
    return [make_file(index) for index in range(start, start + count)]


def _upload_calls(op: SpecOperation, recorder: Recorder) -> list[Sent]:
    return recorder.not_to(token_operation(op.api).path)


def check_parts(call: Sent, first: int, count: int) -> None:
    """`count` parts named `attachments`, files doc-<first>.pdf ... in order, bytes intact."""
    parts = call.parts()
    indexes = range(first, first + count)
    assert [part.name for part in parts] == [FIELD] * count
    assert [part.filename for part in parts] == [file_name(index) for index in indexes]
    assert {part.content_type for part in parts} == {"application/pdf"}
    assert [part.data for part in parts] == [file_bytes(index) for index in indexes]


@pytest.mark.parametrize("count", [1, 2, 5])
@pytest.mark.parametrize("op", UPLOADS, ids=str)
def test_upload_sends_one_part_per_file(
    op: SpecOperation, count: int, mocks: Mocks, recorder: Recorder
) -> None:
    kwargs = call_arguments(op, files=count)
    with wrapper_client(op.api, mocks.url(op.api), recorder) as client:
        response = op.module.sync_detailed(client=client, **kwargs)
    check_parsed(op, response)
    (call,) = _upload_calls(op, recorder)
    assert call.headers["content-type"].startswith("multipart/form-data; boundary=")
    check_parts(call, 0, count)


@pytest.mark.parametrize("op", UPLOADS, ids=str)
async def test_upload_sends_one_part_per_file_async(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    kwargs = call_arguments(op, files=5)
    async with wrapper_client(op.api, mocks.url(op.api), recorder, asynchronous=True) as client:
        response = await op.module.asyncio_detailed(client=client, **kwargs)
    check_parsed(op, response)
    (call,) = _upload_calls(op, recorder)
    check_parts(call, 0, 5)


@pytest.mark.parametrize("op", UPLOADS, ids=str)
def test_six_files_are_refused_before_the_network(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    kwargs = call_arguments(op, files=6)
    with (
        wrapper_client(op.api, mocks.url(op.api), recorder) as client,
        pytest.raises(finapi.RequestValidationError) as raised,
    ):
        op.module.sync_detailed(client=client, **kwargs)
    assert raised.value.operation_id == op.operation_id
    assert raised.value.field == FIELD
    assert "6 files" in str(raised.value)
    assert "at most 5" in str(raised.value)
    assert recorder.sent == []


def _path_kwargs(op: SpecOperation) -> dict[str, Any]:
    return {name: value for name, value in call_arguments(op).items() if name != "body"}


def check_report(report: finapi.BatchReport, files: list[Any]) -> None:
    assert report.ok
    assert [len(batch.items) for batch in report.batches] == [5, 5, 2]
    assert all(batch.ok for batch in report.batches)
    statuses = [getattr(batch.response, "status_code", None) for batch in report.batches]
    assert statuses == [200, 200, 200]
    # Reported per item: every file, in order, with the batch that carried it.
    assert [result.item for result in report.items] == files
    assert [result.batch for result in report.items] == [0] * 5 + [1] * 5 + [2] * 2
    assert all(result.ok and result.error is None for result in report.items)
    assert report.succeeded == files
    assert report.failed == []


@pytest.mark.parametrize("op", UPLOADS, ids=str)
def test_batched_upload_of_twelve_files(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    files = _files(12)
    with wrapper_client(op.api, mocks.url(op.api), recorder) as client:
        report = finapi.batched(
            op.module, client=client, field=FIELD, values=files, **_path_kwargs(op)
        )
    check_report(report, files)
    calls = _upload_calls(op, recorder)
    assert len(calls) == 3
    for call, (first, count) in zip(calls, [(0, 5), (5, 5), (10, 2)], strict=True):
        check_parts(call, first, count)
    assert len(recorder.to(token_operation(op.api).path)) == 1  # one token for all batches


@pytest.mark.parametrize("op", UPLOADS, ids=str)
async def test_abatched_upload_of_twelve_files(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    files = _files(12)
    async with wrapper_client(op.api, mocks.url(op.api), recorder, asynchronous=True) as client:
        report = await finapi.abatched(
            op.module, client=client, field=FIELD, values=files, **_path_kwargs(op)
        )
    check_report(report, files)
    assert [len(call.parts()) for call in _upload_calls(op, recorder)] == [5, 5, 2]
