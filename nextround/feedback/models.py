"""Feedback requests with their state history, received feedback, and the action plan."""

from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from nextround.applications.models import MAX_TEXT, Application, Contact, Owned
from nextround.feedback import crypto

MAX_COMMENTS = 5_000  # characters in the employer form's comments


class Security(models.TextChoices):
    STARTTLS = "starttls", "STARTTLS (usually port 587)"
    SSL = "ssl", "SSL/TLS (usually port 465)"
    PLAIN = "plain", "None (local relays only)"


class SmtpAccount(Owned):
    """The user's outgoing mail server; the password is stored encrypted."""

    host = models.CharField(max_length=255)
    port = models.PositiveIntegerField(default=587)
    security = models.CharField(max_length=10, choices=Security.choices, default=Security.STARTTLS)
    username = models.CharField(max_length=255, blank=True)
    password_encrypted = models.TextField(blank=True, editable=False)
    from_address = models.EmailField()
    from_name = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="one_smtp_account_per_owner")]

    def __str__(self):
        return f"{self.from_address} via {self.host}:{self.port}"

    def set_password(self, password: str) -> None:
        """Store password encrypted (an empty one clears it)."""
        self.password_encrypted = crypto.encrypt(password) if password else ""

    def get_password(self) -> str:
        """The decrypted password ('' when none is stored)."""
        return crypto.decrypt(self.password_encrypted) if self.password_encrypted else ""


class State(models.TextChoices):
    DRAFT = "draft", "Draft"
    SENT = "sent", "Sent"
    FOLLOW_UP_SENT = "follow_up_sent", "Followed up"
    REPLIED = "replied", "Replied"
    DECLINED = "declined", "Declined to give feedback"
    NO_REPLY_MOVED_ON = "no_reply_moved_on", "No reply — moved on"


TRANSITIONS = {
    State.DRAFT: {State.SENT},
    State.SENT: {State.FOLLOW_UP_SENT, State.REPLIED, State.DECLINED, State.NO_REPLY_MOVED_ON},
    State.FOLLOW_UP_SENT: {State.REPLIED, State.DECLINED, State.NO_REPLY_MOVED_ON},
}
ACTIVE_STATES = (State.DRAFT, State.SENT, State.FOLLOW_UP_SENT)
CLOSED_STATES = (State.REPLIED, State.DECLINED, State.NO_REPLY_MOVED_ON)


class FeedbackRequest(Owned):
    """One request for feedback after a rejection; at most one active per application."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="feedback_requests"
    )
    state = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT)
    contact = models.ForeignKey(
        Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    to_address = models.EmailField(blank=True)
    recipient_reason = models.CharField(max_length=300, blank=True)
    template = models.CharField(max_length=30, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    body = models.TextField(blank=True, validators=[MaxLengthValidator(MAX_TEXT)])
    follow_up_subject = models.CharField(max_length=300, blank=True)
    follow_up_body = models.TextField(blank=True, validators=[MaxLengthValidator(MAX_TEXT)])
    message_id = models.CharField(max_length=300, blank=True)
    follow_up_message_id = models.CharField(max_length=300, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    sent_via = models.CharField(max_length=10, blank=True)  # "smtp" or "manual"
    follow_up_sent_at = models.DateTimeField(null=True, blank=True)
    # What is waiting to go out over SMTP ("request" or "follow_up"), and how it went so far.
    pending_send = models.CharField(max_length=10, blank=True)
    send_attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    next_retry_at = models.DateTimeField(null=True, blank=True)
    # The employer form: a random nonce, signed into the link; single use.
    form_nonce = models.CharField(max_length=64, blank=True)
    form_created_at = models.DateTimeField(null=True, blank=True)
    form_used_at = models.DateTimeField(null=True, blank=True)
    closed_message = models.CharField(max_length=500, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application"],
                condition=Q(state__in=["draft", "sent", "follow_up_sent"]),
                name="one_active_feedback_request_per_application",
            )
        ]
        indexes = [
            models.Index(fields=["owner", "state"]),
            models.Index(fields=["message_id"]),
            models.Index(fields=["form_nonce"]),
        ]

    def __str__(self):
        return f"Feedback request for {self.application}"

    def get_absolute_url(self):
        return reverse("feedback_request", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES


class FeedbackEvent(Owned):
    """One state change of a request."""

    request = models.ForeignKey(FeedbackRequest, on_delete=models.CASCADE, related_name="events")
    from_state = models.CharField(max_length=20, choices=State.choices, blank=True)
    to_state = models.CharField(max_length=20, choices=State.choices)
    at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["at", "pk"]


class Source(models.TextChoices):
    EMAIL = "email", "Email reply"
    PASTED = "pasted", "Pasted notes"
    FORM = "form", "Employer form"


class Feedback(Owned):
    """Feedback received for an application, with its analysed themes and sentences."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="feedback")
    request = models.ForeignKey(
        FeedbackRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="feedback"
    )
    source = models.CharField(max_length=10, choices=Source.choices)
    text = models.TextField(blank=True, validators=[MaxLengthValidator(MAX_TEXT)])
    scores = models.JSONField(default=dict, blank=True)
    themes = models.JSONField(default=list, blank=True)
    points = models.JSONField(default=list, blank=True)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.get_source_display()} for {self.application}"


class ActionItem(Owned):
    """One theme to work on, merged across applications; stronger_candidate is not a task."""

    theme = models.CharField(max_length=30)
    next_step = models.TextField()
    is_task = models.BooleanField(default=True)
    due_on = models.DateField(null=True, blank=True)
    done = models.BooleanField(default=False)
    done_at = models.DateTimeField(null=True, blank=True)
    count = models.PositiveIntegerField(default=0)
    feedback = models.ManyToManyField(Feedback, related_name="action_items", blank=True)

    class Meta:
        ordering = ["done", "due_on", "-count", "theme"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "theme"], condition=Q(done=False), name="one_open_item_per_theme"
            )
        ]

    def __str__(self):
        return f"{self.theme} ({self.count})"
