from enum import StrEnum


class KnownAccountType(StrEnum):
    CARD = "Card"
    CONSUMPTION = "Consumption"
    LOAN = "Loan"
    LOCKEDSAVINGS = "LockedSavings"
    OPENSAVINGS = "OpenSavings"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
