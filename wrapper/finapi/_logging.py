"""The `finapi` logger, the FINAPI_LOG switch and the redaction filter.

Like openai-python's OPENAI_LOG: nothing is printed unless the user configures logging or sets
FINAPI_LOG=info|debug. Whatever is logged passes a filter that blanks credentials, as a second
line of defence behind the rule that our own code never formats a secret into a message.
"""

from __future__ import annotations

import logging
import os
import re

logger = logging.getLogger("finapi")
# A library stays silent unless the application configures logging (or FINAPI_LOG asks): without
# this, Python's last-resort handler would print our warnings to stderr.
logger.addHandler(logging.NullHandler())

_REDACTED = "[REDACTED]"

# Patterns for the places a credential could show up in a formatted log line: HTTP auth headers,
# OAuth2 token fields in JSON or form bodies, and client secrets in form bodies.
_PATTERNS = (
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?)(?:bearer|basic)?\s*[^'\",\s}]+"),
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(
        r"(?i)(['\"]?(?:access_token|refresh_token|id_token|client_secret|token)['\"]?\s*[:=]\s*['\"]?)"
        r"[^'\"&,\s}]+"
    ),
)


def redact(text: str) -> str:
    """Blank credentials in a log line or any other text meant for humans."""
    text = _PATTERNS[0].sub(lambda m: m.group(1) + _REDACTED, text)
    text = _PATTERNS[1].sub(lambda m: m.group(1) + " " + _REDACTED, text)
    return _PATTERNS[2].sub(lambda m: m.group(1) + _REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with credentials blanked (never drops records)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True


_FILTER = RedactingFilter()
logger.addFilter(_FILTER)

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env() -> None:
    """Honour FINAPI_LOG=debug|info by attaching one stderr handler (idempotent).

    At debug level httpx's own logger is switched on as well (as OPENAI_LOG does), behind the
    same redaction filter.
    """
    level = _LEVELS.get(os.environ.get("FINAPI_LOG", "").strip().lower())
    if level is None:
        return
    for name in ("finapi", "httpx"):
        target = logging.getLogger(name)
        if not any(getattr(h, "_finapi_handler", False) for h in target.handlers):
            handler = logging.StreamHandler()
            handler.setFormatter(
                logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s")
            )
            handler.addFilter(_FILTER)
            handler._finapi_handler = True  # type: ignore[attr-defined]
            target.addHandler(handler)
        target.setLevel(level if name == "finapi" or level == logging.DEBUG else logging.WARNING)
