"""Stages of an application and the rules for moving between them."""

from django.db import models


class Stage(models.TextChoices):
    SAVED = "saved", "Saved"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEWING = "interviewing", "Interviewing"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    NO_RESPONSE = "no_response", "No response"


OPEN_STAGES = (
    Stage.SAVED,
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.OFFER,
)
CLOSED_STAGES = (Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN, Stage.NO_RESPONSE)
BOARD_STAGES = tuple(Stage)  # the board shows every stage as a column, in this order


class StageError(ValueError):
    """A stage move that is not allowed; the message is shown to the user."""


def check_move(current: str, target: str, *, reopen: bool = False) -> None:
    """Raise StageError unless an application may move from current to target."""
    if target not in Stage.values:
        raise StageError(f"Unknown stage '{target}'. Choose one of: {', '.join(Stage.values)}.")
    if target == current:
        raise StageError(f"The application is already at '{Stage(current).label}'.")
    if current in CLOSED_STAGES and not reopen:
        raise StageError(
            f"The application is closed ({Stage(current).label}); reopen it before moving it."
        )
