"""Types shared by the generated resource methods and the wrapper."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal, TypeAlias

import httpx

__all__ = [
    "NOT_GIVEN",
    "Body",
    "Headers",
    "NotGiven",
    "Query",
    "RequestOptions",
    "Timeout",
]


class NotGiven:
    """ "Not passed" for options where None has a meaning (e.g. `timeout=None`: no timeout).

    Like openai-python's `NOT_GIVEN`: `client.with_options(timeout=NOT_GIVEN)` keeps the client's
    timeout, `timeout=None` switches timeouts off.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers: TypeAlias = Mapping[str, str]
# Extra query parameters: a value, or a sequence of values for a repeated key.
Query: TypeAlias = Mapping[str, str | int | float | bool | Sequence[str | int | float | bool]]
# Extra JSON body properties (merged into the body the method builds), or form fields.
Body: TypeAlias = Mapping[str, Any]
Timeout: TypeAlias = float | httpx.Timeout | None


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call escape hatches for a contract that is partly guessed (see README "Escape hatches").

    extra_headers: added to (and overriding) the request's headers.
    extra_query: added to (and overriding) the query parameters.
    extra_body: merged into the JSON body (or added as form fields / multipart text parts).
    timeout: this call's timeout (per attempt); NOT_GIVEN keeps the client's.
    """

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN


NO_OPTIONS: Final = RequestOptions()
