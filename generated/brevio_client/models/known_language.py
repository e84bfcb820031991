from enum import StrEnum


class KnownLanguage(StrEnum):
    DA = "da"
    EN = "en"
    NB = "nb"
    SV = "sv"

    def __str__(self) -> str:
        return str(self.value)
