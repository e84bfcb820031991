"""Split a long list into calls of the size the spec allows, and report per item.

    report = finapi.batched(brevio.confirm.finalize_audit_requests, field="tokens", values=tokens)

The chunk size is the array's `maxItems` in the spec (5 attachments per upload, 10 tokens per
finalize call...), read from the operation's compiled facts for the named field, be it a query
parameter or a request-body property. Batches run one after another: the limits exist to spare
the server, so we do not parallelise.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ._contract import ApiContract, Operation
from ._exceptions import FinapiError

R = TypeVar("R")


@dataclass(frozen=True)
class ItemResult:
    """Outcome for one input value.

    `error` is the exception of the failed call (the whole batch failed), or None when the server
    reported this item in a `failed` list (then `detail` says so) or it succeeded.
    """

    item: Any
    ok: bool
    batch: int
    error: Exception | None = None
    detail: str | None = None


@dataclass(frozen=True)
class BatchResult(Generic[R]):
    index: int
    items: list[Any]
    result: R | None = field(default=None, repr=False)  # what the call returned
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BatchReport(Generic[R]):
    batches: list[BatchResult[R]] = field(default_factory=list)
    items: list[ItemResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(result.ok for result in self.items)

    @property
    def succeeded(self) -> list[Any]:
        return [result.item for result in self.items if result.ok]

    @property
    def failed(self) -> list[ItemResult]:
        return [result for result in self.items if not result.ok]


@dataclass(frozen=True)
class _Plan:
    operation: Operation
    keyword: str
    chunk_size: int

    def chunks(self, values: Sequence[Any]) -> list[list[Any]]:
        size = self.chunk_size
        return [list(values[i : i + size]) for i in range(0, len(values), size)]


def _operation_of(method: Callable[..., Any]) -> tuple[ApiContract, Operation]:
    """The operation behind a generated resource method (`client.<tag>.<operation_id>`)."""
    resource = getattr(method, "__self__", None)
    client = getattr(resource, "_client", None)
    contract = getattr(client, "contract", None)
    name = getattr(method, "__name__", "")
    if contract is None or name not in contract.operations:
        raise TypeError(
            f"{method!r} is not a method of a finapi resource (e.g. "
            "brevio.confirm.finalize_audit_requests)"
        )
    operation: Operation = contract.operations[name]
    return contract, operation


def _plan(method: Callable[..., Any], field_name: str, batch_size: int | None) -> _Plan:
    contract, operation = _operation_of(method)
    limit = _max_items(contract, operation, field_name)
    keyword = _keyword(operation, field_name)
    name = operation.operation_id
    if batch_size is not None and batch_size < 1:
        raise ValueError(f"{name}: batch_size must be at least 1, not {batch_size}")
    if batch_size is not None and limit is not None and batch_size > limit:
        raise ValueError(
            f"{name}: batch_size {batch_size} exceeds the documented maximum of "
            f"{limit} {field_name} per request"
        )
    size = batch_size or limit
    if size is None:
        raise TypeError(f"{name}: {field_name} has no maxItems in the spec; pass batch_size=")
    return _Plan(operation, keyword, size)


def _keyword(operation: Operation, field_name: str) -> str:
    for parameter in operation.parameters:
        if parameter.name == field_name and parameter.location == "query":
            return parameter.python_name
    try:
        return operation.body_field(field_name).python_name
    except LookupError:
        raise TypeError(
            f"{operation.operation_id} has no array query parameter or request-body property "
            f"{field_name!r}"
        ) from None


def _max_items(contract: ApiContract, operation: Operation, field_name: str) -> int | None:
    schemas: list[Mapping[str, Any]] = []
    if operation.parameters_schema is not None:
        schemas.append(operation.parameters_schema)
    if operation.body is not None:
        schemas.append(operation.body.schema)
    for schema in schemas:
        prop = contract.resolve(schema).get("properties", {}).get(field_name)
        if isinstance(prop, Mapping) and "maxItems" in contract.resolve(prop):
            return int(contract.resolve(prop)["maxItems"])
    return None


def _mentions(entry: Any, item: Any) -> bool:
    if entry == item:
        return True
    data = entry.to_dict() if hasattr(entry, "to_dict") else entry
    return isinstance(data, dict) and item in data.values()


def _record(
    report: BatchReport[R], operation: Operation, index: int, chunk: list[Any], result: R
) -> None:
    report.batches.append(BatchResult(index, chunk, result=result))
    names = operation.batch_result
    successful = getattr(result, names[0], None) if names else None
    failed = getattr(result, names[1], None) if names else None
    if not isinstance(successful, list) or not isinstance(failed, list):
        report.items += [ItemResult(item, True, index) for item in chunk]
        return
    # `{successful: [...], failed: [...]}` responses: the server decides per item.
    for item in chunk:
        if any(_mentions(entry, item) for entry in failed):
            report.items.append(ItemResult(item, False, index, detail="reported as failed"))
        elif any(_mentions(entry, item) for entry in successful):
            report.items.append(ItemResult(item, True, index))
        else:
            report.items.append(
                ItemResult(item, False, index, detail="not reported as successful or failed")
            )


def _record_error(report: BatchReport[R], index: int, chunk: list[Any], error: Exception) -> None:
    report.batches.append(BatchResult(index, chunk, error=error))
    report.items += [ItemResult(item, False, index, error=error) for item in chunk]


def batched(
    method: Callable[..., R],
    *,
    field: str,
    values: Sequence[Any],
    batch_size: int | None = None,
    **kwargs: Any,
) -> BatchReport[R]:
    """Call a resource method once per spec-sized chunk of `values` and report per item.

        report = finapi.batched(brevio.confirm.upload_confirmation_attachments,
                                field="attachments", values=files, token="token-1")

    `field` is the wire name of an array query parameter or body property (as the spec spells
    it); the other keyword arguments go to every call. A failed batch (any `finapi.FinapiError`,
    including a response that breaks the spec) is recorded and the next batch still runs.
    """
    plan = _plan(method, field, batch_size)
    report: BatchReport[R] = BatchReport()
    for index, chunk in enumerate(plan.chunks(values)):
        try:
            result = method(**{**kwargs, plan.keyword: chunk})
        except FinapiError as error:
            _record_error(report, index, chunk, error)
            continue
        _record(report, plan.operation, index, chunk, result)
    return report


async def abatched(
    method: Callable[..., Awaitable[R]],
    *,
    field: str,
    values: Sequence[Any],
    batch_size: int | None = None,
    **kwargs: Any,
) -> BatchReport[R]:
    """Async twin of `batched` (batches still run one after another)."""
    plan = _plan(method, field, batch_size)
    report: BatchReport[R] = BatchReport()
    for index, chunk in enumerate(plan.chunks(values)):
        try:
            result = await method(**{**kwargs, plan.keyword: chunk})
        except FinapiError as error:
            _record_error(report, index, chunk, error)
            continue
        _record(report, plan.operation, index, chunk, result)
    return report
