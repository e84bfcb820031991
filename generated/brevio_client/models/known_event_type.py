from enum import StrEnum


class KnownEventType(StrEnum):
    APPROVED = "Approved"
    ARCHIVED = "Archived"
    AUDITORSENTNEWMAIL = "AuditorSentNewMail"
    CANCELLED = "Cancelled"
    CREATED = "Created"
    NEEDSREAPPROVAL = "NeedsReApproval"
    PERIODENDED = "PeriodEnded"
    READYFORAUDIT = "ReadyForAudit"
    RETENTIONPOLICYDELETION = "RetentionPolicyDeletion"
    SCHEDULEDCREATED = "ScheduledCreated"
    SCHEDULEDREACHED = "ScheduledReached"

    def __str__(self) -> str:
        return str(self.value)
