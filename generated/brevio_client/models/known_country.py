from enum import StrEnum


class KnownCountry(StrEnum):
    DK = "dk"
    FI = "fi"
    NO = "no"
    SE = "se"

    def __str__(self) -> str:
        return str(self.value)
