"""finapi: a contract-first Python SDK for the Symetrisk (credit data) and Brevio (audit) APIs.

    import finapi

    with finapi.Symetrisk() as symetrisk:          # credentials from SYMETRISK_* variables
        borrower = symetrisk.bank.get_borrower("123456789")
        for relationship in symetrisk.bank.list_relationships():
            print(relationship.borrower_company_name)

The clients (`Symetrisk`, `AsyncSymetrisk`, `Brevio`, `AsyncBrevio`) and their resources are
generated from the OpenAPI specs (`generated/<api>_client`); this package is the hand-written
layer every call goes through: tokens, retries, typed errors, validation, pagination, batching.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._batching import BatchReport, BatchResult, ItemResult, abatched, batched
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    FinapiError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    UnprocessableEntityError,
    ValidationError,
)
from ._pagination import AsyncPaginator, Page, Paginator
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from brevio_client._client import AsyncBrevio as AsyncBrevio
    from brevio_client._client import Brevio as Brevio
    from symetrisk_client._client import AsyncSymetrisk as AsyncSymetrisk
    from symetrisk_client._client import Symetrisk as Symetrisk

# The generated clients import this package (their base classes live here), so they are loaded on
# first use instead of at import time; that also keeps `import finapi` from loading an API's
# resources and models that the program never uses.
_CLIENTS = {
    "Symetrisk": "symetrisk_client._client",
    "AsyncSymetrisk": "symetrisk_client._client",
    "Brevio": "brevio_client._client",
    "AsyncBrevio": "brevio_client._client",
}


def __getattr__(name: str) -> Any:
    module = _CLIENTS.get(name)
    if module is None:
        raise AttributeError(f"module 'finapi' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncBrevio",
    "AsyncPaginator",
    "AsyncSymetrisk",
    "AuthenticationError",
    "BadRequestError",
    "BatchReport",
    "BatchResult",
    "Brevio",
    "ConfigurationError",
    "ConflictError",
    "FinapiError",
    "ItemResult",
    "NotFoundError",
    "NotGiven",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ServerError",
    "Symetrisk",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "abatched",
    "batched",
]
