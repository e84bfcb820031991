from enum import StrEnum


class KnownTransactionState(StrEnum):
    BOOKED = "Booked"

    def __str__(self) -> str:
        return str(self.value)
