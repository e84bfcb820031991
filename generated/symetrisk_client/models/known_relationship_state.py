from enum import StrEnum


class KnownRelationshipState(StrEnum):
    ACCESS_APPROVED = "access_approved"
    ACCESS_REQUESTED = "access_requested"

    def __str__(self) -> str:
        return str(self.value)
