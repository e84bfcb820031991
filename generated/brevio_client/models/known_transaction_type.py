from enum import StrEnum


class KnownTransactionType(StrEnum):
    BANKTRANSFER = "BankTransfer"

    def __str__(self) -> str:
        return str(self.value)
