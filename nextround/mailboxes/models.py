"""Mail accounts, per-folder sync state and the messages read from them."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from nextround.applications.stages import Stage
from nextround.core.scoping import OwnedQuerySet
from nextround.mailboxes import crypto


class Security(models.TextChoices):
    SSL = "ssl", "TLS (implicit, usually port 993)"
    STARTTLS = "starttls", "STARTTLS (usually port 143)"


class MailAccount(models.Model):
    """An IMAP mailbox of one user; the password is stored encrypted and never shown back."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    host = models.CharField(max_length=255)
    port = models.PositiveIntegerField(
        default=993, validators=[MinValueValidator(1), MaxValueValidator(65535)]
    )
    security = models.CharField(max_length=10, choices=Security.choices, default=Security.SSL)
    username = models.CharField(max_length=255)
    # Fernet token; editable=False keeps it out of model forms and the admin.
    password_encrypted = models.TextField(editable=False, default="")
    folders = models.JSONField(default=list, blank=True)  # empty means ["INBOX"]
    first_sync_days = models.PositiveIntegerField(
        default=180, validators=[MinValueValidator(1), MaxValueValidator(36500)]
    )
    last_error = models.TextField(blank=True)
    last_error_kind = models.CharField(max_length=20, blank=True)
    last_sync_at = models.DateTimeField(null=True, blank=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["host", "username", "pk"]

    def __str__(self):
        return f"{self.username} on {self.host}"

    def set_password(self, raw: str) -> None:
        """Encrypt and keep the password (saved with the next save())."""
        self.password_encrypted = crypto.encrypt(raw)

    def get_password(self) -> str:
        """The decrypted password, for the IMAP login only."""
        return crypto.decrypt(self.password_encrypted)

    @property
    def has_password(self) -> bool:
        return bool(self.password_encrypted)

    @property
    def watched_folders(self) -> list[str]:
        return [f for f in self.folders if isinstance(f, str) and f.strip()] or ["INBOX"]


class FolderState(models.Model):
    """How far one folder of one account has been read."""

    account = models.ForeignKey(MailAccount, on_delete=models.CASCADE, related_name="folder_states")
    folder = models.CharField(max_length=500)
    uidvalidity = models.BigIntegerField(null=True, blank=True)
    last_uid = models.BigIntegerField(default=0)
    # Set while the first pass (limited by the window) is still running; cleared when done.
    window_since = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "folder"], name="folderstate_unique_folder")
        ]

    def __str__(self):
        return f"{self.folder} (uidvalidity {self.uidvalidity}, last uid {self.last_uid})"


class MailSource(models.TextChoices):
    IMAP = "imap", "IMAP"
    IMPORT = "import", "Import"


class MailMessage(models.Model):
    """One message read from a mailbox or imported from a file, parsed and classified."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    account = models.ForeignKey(
        MailAccount, null=True, blank=True, on_delete=models.CASCADE, related_name="messages"
    )
    source = models.CharField(max_length=10, choices=MailSource.choices, default=MailSource.IMAP)
    folder = models.CharField(max_length=500, blank=True)
    uid = models.BigIntegerField(null=True, blank=True)
    uidvalidity = models.BigIntegerField(null=True, blank=True)
    size = models.PositiveIntegerField(default=0)
    # Message-ID, or a hash of the raw bytes when there is none: one row per mail per owner.
    dedup_key = models.CharField(max_length=300)
    message_id = models.CharField(max_length=300, blank=True)
    in_reply_to = models.CharField(max_length=300, blank=True)
    references = models.JSONField(default=list, blank=True)
    subject = models.CharField(max_length=500, blank=True)
    from_name = models.CharField(max_length=300, blank=True)
    from_addr = models.CharField(max_length=300, blank=True)
    to_addrs = models.JSONField(default=list, blank=True)
    date = models.DateTimeField(null=True, blank=True)
    text = models.TextField(blank=True)
    html = models.TextField(blank=True)  # raw; sanitise before display
    attachments = models.JSONField(default=list, blank=True)  # [{"name": ..., "size": ...}]
    defects = models.JSONField(default=list, blank=True)
    truncated = models.BooleanField(default=False)
    parse_error = models.TextField(blank=True)
    kind = models.CharField(max_length=30, blank=True)
    has_specific_feedback = models.BooleanField(default=False)
    talent_pool = models.BooleanField(default=False)
    company = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True)
    feedback_sentences = models.JSONField(default=list, blank=True)
    confidence = models.FloatField(default=0.0)
    interview_at = models.DateTimeField(null=True, blank=True)
    meeting_link = models.CharField(max_length=1000, blank=True)
    bulk = models.BooleanField(default=False)  # list/bulk headers: mass mail
    # False while a sync has stored the message but the classifier has not read it yet.
    classified = models.BooleanField(default=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "folder", "uidvalidity", "uid"], name="mailmessage_unique_uid"
            ),
            models.UniqueConstraint(fields=["owner", "dedup_key"], name="mailmessage_unique_key"),
        ]
        indexes = [
            models.Index(fields=["owner", "-date"]),
            models.Index(fields=["owner", "kind"]),
            models.Index(fields=["owner", "classified"]),
        ]

    def __str__(self):
        return self.subject or self.message_id or f"message {self.pk}"


KIND_LABELS = {
    "acknowledgement": "Acknowledgement",
    "interview_invitation": "Interview invitation",
    "rejection": "Rejection",
    "offer": "Offer",
    "feedback_reply": "Feedback reply",
}


class ProposalAction(models.TextChoices):
    MOVE = "move", "Move to a stage"
    INTERVIEW = "interview", "Schedule an interview"
    CONTACT = "contact", "Add a contact"
    CREATE = "create", "Create an application"
    FEEDBACK = "feedback", "Attach a feedback reply"


class ProposalStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"
    UNDONE = "undone", "Undone"


class Proposal(models.Model):
    """The change one employer mail suggests; the user accepts, edits or dismisses it."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    message = models.OneToOneField(MailMessage, on_delete=models.CASCADE, related_name="proposal")
    application = models.ForeignKey(
        "applications.Application",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mail_proposals",
    )
    action = models.CharField(max_length=20, choices=ProposalAction.choices)
    to_stage = models.CharField(max_length=20, blank=True)
    interview_at = models.DateTimeField(null=True, blank=True)
    meeting_link = models.CharField(max_length=1000, blank=True)
    company_name = models.CharField(max_length=200, blank=True)
    role_title = models.CharField(max_length=200, blank=True)
    contact_name = models.CharField(max_length=200, blank=True)
    contact_email = models.CharField(max_length=300, blank=True)  # unknown sender, offered
    confidence = models.FloatField(default=0.0)
    reasons = models.JSONField(default=list, blank=True)  # why it matched, for the page
    status = models.CharField(
        max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.PENDING
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    auto_applied = models.BooleanField(default=False)
    event = models.ForeignKey(
        "applications.StageEvent",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # What accepting created or changed, so that undo can put it back.
    undo = models.JSONField(default=dict, blank=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["owner", "status", "-created_at"])]

    def __str__(self):
        return f"{self.get_action_display()} from message {self.message_id}"

    def sentence(self) -> str:
        """'Rejection from Acme for Data Analyst — mark rejected at stage interviewing?'"""
        msg, app = self.message, self.application
        company = app.company.name if app else (self.company_name or msg.from_addr)
        role = app.role_title if app else self.role_title
        what = KIND_LABELS.get(msg.kind, "Mail")
        head = f"{what} from {company}" + (f" for {role}" if role else "")
        return f"{head} — {self._question()}"

    def _question(self) -> str:
        stage = Stage(self.to_stage).label if self.to_stage in Stage.values else self.to_stage
        app = self.application
        if self.action == ProposalAction.CREATE:
            return f"not tracked yet: create the application at {stage}?"
        if self.action == ProposalAction.FEEDBACK:
            return "attach it to your feedback request?"
        if self.action == ProposalAction.CONTACT:
            return f"add {self.contact_name} <{self.contact_email}> as a contact?"
        parts = []
        if self.to_stage == "rejected" and app:
            parts.append(f"mark rejected at stage {app.get_stage_display().lower()}")
        elif self.to_stage:
            parts.append(f"move to {stage}")
        if self.interview_at:
            when = timezone.localtime(self.interview_at)
            parts.append(f"schedule the interview on {when:%-d %b %Y, %H:%M}")
        return " and ".join(parts) + "?"


class MailPreferences(models.Model):
    """Per-user mail settings: auto-apply proposals above a confidence (off by default)."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mail_preferences"
    )
    auto_apply = models.BooleanField(default=False)
    threshold = models.FloatField(
        default=0.9, validators=[MinValueValidator(0.5), MaxValueValidator(1.0)]
    )

    def __str__(self):
        return f"auto-apply {'on' if self.auto_apply else 'off'} above {self.threshold:.2f}"


class ImportStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


# Statuses of an import that has not finished yet.
ACTIVE_IMPORT = (ImportStatus.QUEUED, ImportStatus.RUNNING)


class MailImport(models.Model):
    """One upload of .eml/.mbox files, imported by a background task, and how that went."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=ImportStatus.choices, default=ImportStatus.QUEUED
    )
    # Where the upload waits under the data dir: a random folder name, never a user's path.
    folder = models.CharField(max_length=64, editable=False)
    files = models.JSONField(default=list, blank=True)  # [{"name", "stored", "size"}]
    read = models.PositiveIntegerField(default=0)
    new = models.PositiveIntegerField(default=0)
    errors = models.PositiveIntegerField(default=0)  # messages kept with a parse error
    proposals = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self):
        return f"import of {self.file_names or 'mail files'} ({self.status})"

    @property
    def file_names(self) -> str:
        """The uploaded names, as the user chose them (for display only, never as paths)."""
        return ", ".join(f.get("name", "") for f in self.files)

    @property
    def active(self) -> bool:
        """True until the import has finished, one way or the other."""
        return self.status in ACTIVE_IMPORT
