from enum import StrEnum


class KnownSignupState(StrEnum):
    POST_CONFIRMATION_DONE = "post_confirmation_done"

    def __str__(self) -> str:
        return str(self.value)
