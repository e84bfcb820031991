from enum import StrEnum


class KnownConnectionStep(StrEnum):
    APPROVED = "approved"
    ARCHIVED = "archived"
    CANCELLED = "cancelled"
    NEEDS_RE_APPROVAL = "needs_re_approval"
    PENDING = "pending"
    READY_FOR_AUDIT = "ready_for_audit"
    SCHEDULED = "scheduled"
    WAITING_FOR_APPROVAL = "waiting_for_approval"

    def __str__(self) -> str:
        return str(self.value)
