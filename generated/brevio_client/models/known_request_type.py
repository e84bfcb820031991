from enum import StrEnum


class KnownRequestType(StrEnum):
    BANK = "bank"
    CLIENT = "client"
    LAWYER = "lawyer"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
