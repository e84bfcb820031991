from enum import StrEnum


class KnownAuditRequestStep(StrEnum):
    ARCHIVED = "archived"
    CANCELLED = "cancelled"
    CLIENT_PENDING = "client-pending"
    CLIENT_READY = "client-ready"
    COMPLETED = "completed"
    NEEDS_VALIDATION = "needs-validation"
    POST = "post"
    RECEIVED = "received"
    STARTED = "started"
    THIRD_PARTY = "third-party"

    def __str__(self) -> str:
        return str(self.value)
