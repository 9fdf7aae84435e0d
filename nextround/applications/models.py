"""Companies, contacts, applications with their stage history, interviews and notes."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from nextround.applications.stages import CLOSED_STAGES, Stage
from nextround.core.scoping import OwnedQuerySet

MAX_TEXT = 100_000  # characters in a job description or note; more is refused, never cut


class Owned(models.Model):
    """Every row belongs to exactly one user."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True


class Company(Owned):
    name = models.CharField(max_length=200)
    website = models.URLField(blank=True)
    careers_url = models.URLField(blank=True)
    notes = models.TextField(blank=True, validators=[MaxLengthValidator(MAX_TEXT)])

    class Meta:
        verbose_name_plural = "companies"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="company_unique_name_per_owner")
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("company_detail", args=[self.pk])


class ContactRole(models.TextChoices):
    RECRUITER = "recruiter", "Recruiter / HR"
    INTERVIEWER = "interviewer", "Interviewer"
    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    OTHER = "other", "Other"


class Contact(Owned):
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    linkedin_url = models.URLField(blank=True)
    role = models.CharField(max_length=20, choices=ContactRole.choices, default=ContactRole.OTHER)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["owner", "email"])]

    def __str__(self):
        return self.name


class Remote(models.TextChoices):
    ONSITE = "onsite", "On site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"
    UNKNOWN = "", "Not stated"


class Application(Owned):
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="applications")
    role_title = models.CharField(max_length=200)
    location = models.CharField(max_length=200, blank=True)
    remote = models.CharField(max_length=10, choices=Remote.choices, blank=True, default="")
    source = models.CharField(max_length=100, blank=True)
    job_url = models.URLField(max_length=1000, blank=True)
    job_description = models.TextField(blank=True, validators=[MaxLengthValidator(MAX_TEXT)])
    salary_text = models.CharField(max_length=200, blank=True)
    applied_on = models.DateField(null=True, blank=True)
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.SAVED)
    # The stage the application had reached when it was rejected.
    rejected_at_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now)
    # Set by the daily task when the application looks abandoned; the user decides.
    no_response_offered_at = models.DateTimeField(null=True, blank=True)
    no_response_dismissed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-last_activity_at", "-pk"]
        indexes = [
            models.Index(fields=["owner", "stage", "-last_activity_at"]),
            models.Index(fields=["owner", "-last_activity_at"]),
            models.Index(fields=["owner", "-applied_on"]),
        ]

    def __str__(self):
        return f"{self.role_title} at {self.company.name}"

    def get_absolute_url(self):
        return reverse("application_detail", args=[self.pk])

    @property
    def is_closed(self) -> bool:
        return self.stage in CLOSED_STAGES


class EventSource(models.TextChoices):
    USER = "user", "You"
    MAIL = "mail", "Mail"
    IMPORT = "import", "Import"


class StageEvent(Owned):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="stage_events"
    )
    from_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True, validators=[MaxLengthValidator(MAX_TEXT)])
    source = models.CharField(max_length=10, choices=EventSource.choices, default=EventSource.USER)
    message = models.ForeignKey(
        "mailboxes.MailMessage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["application", "at"])]

    def __str__(self):
        return f"{self.from_stage or '∅'} → {self.to_stage}"


class InterviewFormat(models.TextChoices):
    PHONE = "phone", "Phone"
    VIDEO = "video", "Video"
    ONSITE = "onsite", "On site"
    ASSESSMENT = "assessment", "Assessment"
    PANEL = "panel", "Panel"


class InterviewOutcome(models.TextChoices):
    PENDING = "pending", "Pending"
    PASSED = "passed", "Passed"
    REJECTED = "rejected", "Rejected"
    CANCELLED = "cancelled", "Cancelled"


class Interview(Owned):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviews"
    )
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveIntegerField(default=60)
    format = models.CharField(
        max_length=20, choices=InterviewFormat.choices, default=InterviewFormat.VIDEO
    )
    interviewers = models.ManyToManyField(Contact, blank=True, related_name="interviews")
    location = models.CharField(max_length=500, blank=True, help_text="Address or meeting link")
    outcome = models.CharField(
        max_length=20, choices=InterviewOutcome.choices, default=InterviewOutcome.PENDING
    )

    class Meta:
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["owner", "starts_at"])]

    def __str__(self):
        return f"{self.get_format_display()} interview, {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def is_past(self) -> bool:
        return self.starts_at < timezone.now()


class Note(Owned):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="notes")
    body = models.TextField(validators=[MaxLengthValidator(MAX_TEXT)])

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.body[:60]
