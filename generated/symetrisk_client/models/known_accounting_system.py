from enum import StrEnum


class KnownAccountingSystem(StrEnum):
    FIKEN = "fiken"

    def __str__(self) -> str:
        return str(self.value)
