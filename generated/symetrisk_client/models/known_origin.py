from enum import StrEnum


class KnownOrigin(StrEnum):
    API = "api"

    def __str__(self) -> str:
        return str(self.value)
