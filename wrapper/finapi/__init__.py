"""finapi: the hand-written layer over the generated Symetrisk and Brevio clients.

It adds only cross-cutting concerns: OAuth2 client-credentials tokens, spec-driven pagination and
batching, retries, typed errors, configuration and pre-network validation. Endpoints are the
generated functions (`symetrisk_client.api...`, `brevio_client.api...`).
"""

from ._auth import OAuth2ClientCredentials
from ._batching import BatchReport, BatchResult, ItemResult, abatched, batched
from ._clients import async_brevio, async_symetrisk, brevio, symetrisk, with_options
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
from ._pagination import AsyncPaginator, Page, Paginator, apaginate, paginate
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BatchReport",
    "BatchResult",
    "ConfigurationError",
    "ConflictError",
    "FinapiError",
    "ItemResult",
    "NotFoundError",
    "OAuth2ClientCredentials",
    "Page",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ServerError",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "abatched",
    "apaginate",
    "async_brevio",
    "async_symetrisk",
    "batched",
    "brevio",
    "paginate",
    "symetrisk",
    "with_options",
]
