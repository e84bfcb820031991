from enum import StrEnum


class KnownSignatureRightType(StrEnum):
    INDIVIDUAL = "individual"
    JOINT = "joint"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
