"""Mail accounts, per-folder sync state and the messages read from them."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

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
        ]

    def __str__(self):
        return self.subject or self.message_id or f"message {self.pk}"
