from enum import StrEnum


class KnownNotificationType(StrEnum):
    INFORMATION = "information"

    def __str__(self) -> str:
        return str(self.value)
