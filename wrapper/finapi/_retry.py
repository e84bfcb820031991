"""When and how long to wait before retrying a request.

Backoff follows the Stainless SDKs: 0.5 s doubling up to 8 s, each delay shortened by a random
jitter of up to a quarter, so clients that failed together do not retry together; a server's
`Retry-After`/`retry-after-ms` is honoured up to 60 s.

Why not stamina (used until the request loop became one no-I/O core, `_core.py`): stamina owns the
waiting (`time.sleep` or `asyncio.sleep` inside its own loop), so the sync and async paths could
not share one retry loop; and it reports each scheduled retry through its own logger at WARNING,
which Python's last-resort handler printed to stderr in applications that configure no logging.
The arithmetic it would save is the few lines of `backoff` below; the rules it stands for
(always back off, always jitter, always a limit) are kept.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

# Methods that may be repeated without changing the outcome (RFC 9110 §9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# httpx request extension marking a non-idempotent method as safe to repeat.
SAFE_TO_RETRY = "finapi.safe_to_retry"

RETRYABLE_STATUSES = frozenset({408, 429})

# These errors happen before a single byte of the request reached the server, so even a POST
# that creates something or sends e-mails is safe to repeat.
NEVER_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


@dataclass(frozen=True)
class RetryPolicy:
    """Retry settings for one client.

    Attributes:
        max_retries: retries after the first attempt; 0 turns retrying off.
        initial_delay / max_delay: exponential backoff (seconds).
        jitter: the largest share of a backoff delay that is randomly cut off.
        max_retry_after: the longest server-requested wait we honour; a longer Retry-After
            means "not soon", so we give up and surface the 429/503 instead of hanging.

    A POST/PATCH is retried only when it certainly never reached the server, unless the request
    carries the `SAFE_TO_RETRY` extension (set by requests that create nothing, such as the OAuth2
    token request).
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")

    @property
    def attempts(self) -> int:
        return self.max_retries + 1

    def repeatable(self, request: httpx.Request) -> bool:
        if request.extensions.get(SAFE_TO_RETRY):
            return True
        return request.method.upper() in IDEMPOTENT_METHODS

    def retryable_status(self, request: httpx.Request, status_code: int) -> bool:
        if not (status_code in RETRYABLE_STATUSES or status_code >= 500):
            return False
        return self.repeatable(request)

    def retryable_error(self, request: httpx.Request, error: httpx.TransportError) -> bool:
        if isinstance(error, NEVER_SENT_ERRORS):
            return True
        # A read timeout or a dropped connection may come after the server acted on the request.
        return self.repeatable(request)

    def backoff(self, retry: int, rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number `retry` (1 for the first retry)."""
        delay = min(self.initial_delay * 2.0 ** (retry - 1), self.max_delay)
        return delay * (1.0 - self.jitter * rand())

    def delay_for(self, response: httpx.Response, retry: int) -> float | None:
        """Seconds to wait before retrying after a retryable response, or None to give up now
        (the server asked for a longer wait than we accept)."""
        requested = retry_after_seconds(response.headers)
        if requested is None:
            return self.backoff(retry)
        if requested > self.max_retry_after:
            return None
        return max(requested, 0.0)


def retry_after_seconds(
    headers: httpx.Headers, now: Callable[[], float] = time.time
) -> float | None:
    """Server-requested delay from `retry-after-ms`, or `Retry-After` (seconds or HTTP date)."""
    millis = _number(headers.get("retry-after-ms"))
    if millis is not None and math.isfinite(millis):
        return millis / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is not None:
        # "nan" and "inf" parse as numbers, but are no delay anyone can wait for.
        return seconds if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.timestamp() - now()


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        return None
