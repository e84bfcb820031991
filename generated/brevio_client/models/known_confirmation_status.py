from enum import StrEnum


class KnownConfirmationStatus(StrEnum):
    COMPLETED = "completed"
    COMPLETED_WITH_COMMENT = "completed_with_comment"
    REJECTED = "rejected"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)
