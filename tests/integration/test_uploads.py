"""Multi-file multipart uploads against the mock, for every operation taking an array of files.

The true spec says `attachments: array of binary, maxItems 5`, sent as one part per file. The mock
serves a derived copy that also accepts repeated parts (mocks/prism.py, stoplightio/prism#2654),
so what is checked here is the wire format and the client's limits, not Prism's.
"""

from __future__ import annotations

from typing import Any

import finapi
import pytest
from brevio_client.types import File

from tests.integration.checks import check_body, check_value, token_path
from tests.integration.mock_session import Mocks
from tests.integration.spec_calls import (
    SpecOperation,
    all_operations,
    call_for,
    file_bytes,
    file_name,
    make_files,
)
from tests.integration.wire import Recorder, Sent, async_client, sync_client

pytestmark = pytest.mark.integration

UPLOADS = [op for op in all_operations() if any(many for many in op.file_fields().values())]
FIELD = "attachments"


def test_the_uploads_are_the_specs_attachment_arrays() -> None:
    assert UPLOADS
    for op in UPLOADS:
        arrays = [name for name, many in op.file_fields().items() if many]
        assert arrays == [FIELD], f"{op}: the tests assume one array of files, `{FIELD}`"
        assert op.file_limit(FIELD) == 5, f"{op}: the tests assume at most 5 `{FIELD}`"


def _upload_calls(op: SpecOperation, base_url: str, recorder: Recorder) -> list[Sent]:
    return recorder.not_to(token_path(op, base_url))


def check_parts(sent: Sent, first: int, count: int) -> None:
    """`count` parts named `attachments`, files doc-<first>.pdf ... in order, bytes intact."""
    parts = sent.parts()
    indexes = range(first, first + count)
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert [part.name for part in parts] == [FIELD] * count
    assert [part.filename for part in parts] == [file_name(index) for index in indexes]
    assert {part.content_type for part in parts} == {"application/pdf"}
    assert [part.data for part in parts] == [file_bytes(index) for index in indexes]


@pytest.mark.parametrize("count", [1, 2, 5])
@pytest.mark.parametrize("op", UPLOADS, ids=str)
def test_upload_sends_one_part_per_file(
    op: SpecOperation, count: int, mocks: Mocks, recorder: Recorder
) -> None:
    call = call_for(op, typed=True, files=count)
    base_url = mocks.url(op.api.name)
    with sync_client(op.api, base_url, recorder) as client:
        check_value(op, call.invoke(op.method(client)))
    (sent,) = _upload_calls(op, base_url, recorder)
    check_parts(sent, 0, count)
    check_body(op, call, sent)


@pytest.mark.parametrize("op", UPLOADS, ids=str)
async def test_upload_sends_one_part_per_file_async(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    call = call_for(op, typed=True, files=5)
    base_url = mocks.url(op.api.name)
    async with async_client(op.api, base_url, recorder) as client:
        check_value(op, await call.invoke(op.method(client)))
    (sent,) = _upload_calls(op, base_url, recorder)
    check_parts(sent, 0, 5)


@pytest.mark.parametrize("op", UPLOADS, ids=str)
def test_six_files_are_refused_before_the_network(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    call = call_for(op, typed=True, files=6)
    with (
        sync_client(op.api, mocks.url(op.api.name), recorder) as client,
        pytest.raises(finapi.RequestValidationError) as raised,
    ):
        call.invoke(op.method(client))
    assert raised.value.operation_id == op.operation_id
    assert raised.value.field == FIELD
    assert "6 files" in str(raised.value)
    assert "at most 5" in str(raised.value)
    assert recorder.sent == []


def _other_arguments(op: SpecOperation) -> dict[str, Any]:
    """Everything but the files, by Python name: batched() passes them to every call (path
    parameters too, e.g. `token=`)."""
    call = call_for(op, typed=True, files=0)
    path_names = [p.python_name for p in op.facts.parameters if p.location == "path"]
    given = {**call.kwargs, **dict(zip(path_names, call.args, strict=True))}
    files = op.facts.body_field(FIELD).python_name
    return {name: value for name, value in given.items() if name != files}


def check_report(op: SpecOperation, report: finapi.BatchReport[Any], files: list[File]) -> None:
    assert report.ok
    assert [len(batch.items) for batch in report.batches] == [5, 5, 2]
    assert all(batch.ok for batch in report.batches)
    for batch in report.batches:
        check_value(op, batch.result)
    # Reported per item: every file, in order, with the batch that carried it.
    assert [result.item for result in report.items] == files
    assert [result.batch for result in report.items] == [0] * 5 + [1] * 5 + [2] * 2
    assert all(result.ok and result.error is None for result in report.items)
    assert report.succeeded == files
    assert report.failed == []


def check_batches(op: SpecOperation, base_url: str, recorder: Recorder) -> None:
    calls = _upload_calls(op, base_url, recorder)
    assert len(calls) == 3
    for sent, (first, count) in zip(calls, [(0, 5), (5, 5), (10, 2)], strict=True):
        check_parts(sent, first, count)
    assert len(recorder.to(token_path(op, base_url))) == 1  # one token for all batches


@pytest.mark.parametrize("op", UPLOADS, ids=str)
def test_batched_upload_of_twelve_files(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    files = make_files(12)
    kwargs = _other_arguments(op)
    base_url = mocks.url(op.api.name)
    with sync_client(op.api, base_url, recorder) as client:
        report = finapi.batched(op.method(client), field=FIELD, values=files, **kwargs)
    check_report(op, report, files)
    check_batches(op, base_url, recorder)


@pytest.mark.parametrize("op", UPLOADS, ids=str)
async def test_abatched_upload_of_twelve_files(
    op: SpecOperation, mocks: Mocks, recorder: Recorder
) -> None:
    files = make_files(12)
    kwargs = _other_arguments(op)
    base_url = mocks.url(op.api.name)
    async with async_client(op.api, base_url, recorder) as client:
        report = await finapi.abatched(op.method(client), field=FIELD, values=files, **kwargs)
    check_report(op, report, files)
    check_batches(op, base_url, recorder)
