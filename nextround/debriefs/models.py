"""A debrief per interview: the guided reflection, the questions asked and the reviewed flags."""

from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from nextround.applications.models import MAX_TEXT, Interview, Owned


class Flag(models.TextChoices):
    LATE_ARRIVAL = "late_arrival", "Arrived late"
    CRITICISED_EMPLOYER = "criticised_employer", "Criticised a past or current employer"
    ARGUMENTATIVE = "argumentative", "Was argumentative"
    BENEFITS_FOCUS = "benefits_focus", "Dwelt on sick-leave or holiday policies"
    PHONE_INTERRUPTION = "phone_interruption", "Phone not off"
    NO_RESEARCH = "no_research", "Had not researched the company"
    MISUNDERSTOOD_QUESTION = "misunderstood_question", "Misunderstood a question"
    DISTRACTED = "distracted", "Was distracted"
    CAST_DOUBT = "cast_doubt", "Said something that cast doubt"


# The classic mistakes checklist; the other three flags come from the interviewer's-side questions.
CHECKLIST = (
    Flag.LATE_ARRIVAL,
    Flag.CRITICISED_EMPLOYER,
    Flag.ARGUMENTATIVE,
    Flag.BENEFITS_FOCUS,
    Flag.PHONE_INTERRUPTION,
    Flag.NO_RESEARCH,
)
INTERVIEWER_SIDE = (Flag.MISUNDERSTOOD_QUESTION, Flag.DISTRACTED, Flag.CAST_DOUBT)


def _text():
    return models.TextField(blank=True, validators=[MaxLengthValidator(MAX_TEXT)])


class Debrief(Owned):
    interview = models.OneToOneField(Interview, on_delete=models.CASCADE, related_name="debrief")
    rating = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="How it went, from 1 (badly) to 5 (very well)",
    )
    misunderstood = _text()
    distractions = _text()
    doubts = _text()
    went_well = _text()
    notes = _text()
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-interview__starts_at", "-pk"]

    def __str__(self):
        return f"Debrief of {self.interview}"

    def get_absolute_url(self):
        return reverse("debrief_edit", args=[self.interview_id])


class DebriefQuestion(Owned):
    debrief = models.ForeignKey(Debrief, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(max_length=500)
    misunderstood = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.text


class ReviewStatus(models.TextChoices):
    SUGGESTED = "suggested", "Suggested"
    CONFIRMED = "confirmed", "Confirmed"
    DISMISSED = "dismissed", "Dismissed"


class FlagReview(Owned):
    """One flag on one debrief: suggested by the analysis or ticked by the user, then reviewed."""

    debrief = models.ForeignKey(Debrief, on_delete=models.CASCADE, related_name="flag_reviews")
    flag = models.CharField(max_length=30, choices=Flag.choices)
    status = models.CharField(max_length=10, choices=ReviewStatus.choices)
    suggested = models.BooleanField(default=False, help_text="Raised by the notes analysis")
    evidence = models.TextField(blank=True)
    confidence = models.FloatField(null=True, blank=True)
    reviewed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["flag"]
        constraints = [
            models.UniqueConstraint(fields=["debrief", "flag"], name="one_review_per_flag")
        ]

    def __str__(self):
        return f"{self.flag}: {self.status}"
