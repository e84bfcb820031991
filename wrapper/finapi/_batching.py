"""Split a long list into calls of the size the spec allows, and report per item.

The chunk size is the array's `maxItems` in the spec (5 attachments per upload, 10 tokens per
finalize call...), read for the named field, be it a query parameter or a request-body property.
Batches run one after another: the limits exist to spare the server, so we do not parallelise.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import attrs

from ._exceptions import RESPONSE_PARSE_ERRORS, FinapiError, response_mismatch
from ._operations import GeneratedOperation, OperationLike, resolve, snake_case


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
class BatchResult:
    index: int
    items: list[Any]
    response: Any | None = field(default=None, repr=False)  # generated Response
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BatchReport:
    batches: list[BatchResult] = field(default_factory=list)
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
    operation: GeneratedOperation
    chunk_size: int
    build_kwargs: Callable[[list[Any]], dict[str, Any]]

    def chunks(self, values: Sequence[Any]) -> list[list[Any]]:
        return [
            list(values[i : i + self.chunk_size]) for i in range(0, len(values), self.chunk_size)
        ]


def _max_items(operation: GeneratedOperation, field_name: str) -> tuple[str, int | None]:
    """Where the field lives ("query"/"body") and its maxItems."""
    spec = operation.spec
    for param in operation.operation.parameters:
        if param["name"] == field_name and param["in"] == "query":
            schema = spec.resolve(param.get("schema", {}))
            return "query", schema.get("maxItems")
    for _, schema in operation.operation.request_body_media().values():
        prop = schema.get("properties", {}).get(field_name)
        if prop is not None:
            return "body", spec.resolve(prop).get("maxItems")
    raise TypeError(
        f"{operation.name} has no array query parameter or request-body property {field_name!r}"
    )


def _body_class(operation: GeneratedOperation) -> type:
    hints = typing.get_type_hints(operation.module.sync_detailed)
    annotation = hints.get("body")
    candidates = (
        typing.get_args(annotation)
        if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union
        else (annotation,)
    )
    for candidate in candidates:
        if isinstance(candidate, type) and attrs.has(candidate):
            return candidate
    raise TypeError(f"{operation.name}: cannot find the generated body model")


def _plan(
    operation_like: OperationLike, field_name: str, batch_size: int | None, kwargs: dict[str, Any]
) -> _Plan:
    operation = resolve(operation_like)
    location, limit = _max_items(operation, field_name)
    if batch_size is not None and batch_size < 1:
        raise ValueError(f"{operation.name}: batch_size must be at least 1, not {batch_size}")
    if batch_size is not None and limit is not None and batch_size > int(limit):
        raise ValueError(
            f"{operation.name}: batch_size {batch_size} exceeds the documented maximum of "
            f"{limit} {field_name} per request"
        )
    if batch_size is None and limit is None:
        raise TypeError(
            f"{operation.name}: {field_name} has no maxItems in the spec; pass batch_size="
        )
    size = int(batch_size or limit or 0)
    if size < 1:
        raise ValueError("batch_size must be at least 1")

    if location == "query":
        keyword = operation.kwarg_for(field_name)
        return _Plan(operation, size, lambda chunk: {**kwargs, keyword: chunk})

    body_cls = _body_class(operation)
    attribute = snake_case(field_name)
    if attribute not in attrs.fields_dict(body_cls):
        raise TypeError(f"{body_cls.__name__} has no attribute {attribute!r} for {field_name!r}")
    function_params = operation.parameters()
    call_kwargs = {k: v for k, v in kwargs.items() if k in function_params and k != "body"}
    body_kwargs = {k: v for k, v in kwargs.items() if k not in function_params}
    template = kwargs.get("body")

    def build(chunk: list[Any]) -> dict[str, Any]:
        if template is not None:
            body = attrs.evolve(template, **{attribute: chunk})
        else:
            body = body_cls(**{**body_kwargs, attribute: chunk})
        return {**call_kwargs, "body": body}

    return _Plan(operation, size, build)


def _mentions(entry: Any, item: Any) -> bool:
    if entry == item:
        return True
    data = entry.to_dict() if hasattr(entry, "to_dict") else entry
    return isinstance(data, dict) and item in data.values()


def _record(report: BatchReport, index: int, chunk: list[Any], response: Any) -> None:
    report.batches.append(BatchResult(index, chunk, response=response))
    parsed = getattr(response, "parsed", None)
    successful = getattr(parsed, "successful", None)
    failed = getattr(parsed, "failed", None)
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


def _record_error(report: BatchReport, index: int, chunk: list[Any], error: Exception) -> None:
    report.batches.append(BatchResult(index, chunk, error=error))
    report.items += [ItemResult(item, False, index, error=error) for item in chunk]


def batched(
    operation: OperationLike,
    *,
    client: Any,
    field: str,
    values: Sequence[Any],
    batch_size: int | None = None,
    **kwargs: Any,
) -> BatchReport:
    """Call `operation` once per spec-sized chunk of `values` and report per item.

        report = finapi.batched(upload_confirmation_attachments, client=client,
                                field="attachments", values=files, token=confirmation_token)

    `field` is the wire name of an array query parameter or body property. Other `kwargs` go to
    the generated function (path/query parameters, or `body=` as a template whose `field` is
    replaced per chunk) or, if the function has no such parameter, to the body model.
    A failed batch (any `finapi.FinapiError`) is recorded and the next batch still runs.
    """
    plan = _plan(operation, field, batch_size, kwargs)
    function = plan.operation.sync_detailed()
    report = BatchReport()
    for index, chunk in enumerate(plan.chunks(values)):
        try:
            response = function(client=client, **plan.build_kwargs(chunk))
        except FinapiError as error:
            _record_error(report, index, chunk, error)
            continue
        except RESPONSE_PARSE_ERRORS as error:
            # The server answered (the batch may well have been applied) but not as the spec
            # says; record it rather than lose the report of the batches already sent.
            _record_error(report, index, chunk, response_mismatch(plan.operation.name, error))
            continue
        _record(report, index, chunk, response)
    return report


async def abatched(
    operation: OperationLike,
    *,
    client: Any,
    field: str,
    values: Sequence[Any],
    batch_size: int | None = None,
    **kwargs: Any,
) -> BatchReport:
    """Async twin of `batched` (batches still run one after another)."""
    plan = _plan(operation, field, batch_size, kwargs)
    function: Callable[..., Awaitable[Any]] = plan.operation.asyncio_detailed()
    report = BatchReport()
    for index, chunk in enumerate(plan.chunks(values)):
        try:
            response = await function(client=client, **plan.build_kwargs(chunk))
        except FinapiError as error:
            _record_error(report, index, chunk, error)
            continue
        except RESPONSE_PARSE_ERRORS as error:
            # The server answered (the batch may well have been applied) but not as the spec
            # says; record it rather than lose the report of the batches already sent.
            _record_error(report, index, chunk, response_mismatch(plan.operation.name, error))
            continue
        _record(report, index, chunk, response)
    return report
