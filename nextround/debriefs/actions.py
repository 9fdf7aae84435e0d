"""State changes for debriefs: save the reflection, run the notes analysis, review its flags."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from nextround.analysis.answers import is_negative_answer
from nextround.analysis.notes import analyze_notes
from nextround.applications.models import Interview
from nextround.core.scoping import get_owned_or_404
from nextround.debriefs.models import Debrief, DebriefQuestion, Flag, FlagReview, ReviewStatus

TEXT_FIELDS = ("misunderstood", "distractions", "doubts", "went_well", "notes")
# A guided question answered with something other than "no" suggests its flag.
QUESTION_FLAGS = {
    "misunderstood": Flag.MISUNDERSTOOD_QUESTION,
    "distractions": Flag.DISTRACTED,
    "doubts": Flag.CAST_DOUBT,
}
MAX_QUESTIONS = 50


@dataclass(frozen=True)
class Suggestion:
    """A flag the analysis suggests, with the sentence that shows it."""

    flag: str
    evidence: str
    confidence: float
    field: str

    @property
    def label(self) -> str:
        return Flag(self.flag).label


def suggest_flags(answers: dict, questions=()) -> dict[str, Suggestion]:
    """Flags suggested by the debrief's text answers and questions, best evidence per flag."""
    found: dict[str, Suggestion] = {}

    def offer(s: Suggestion) -> None:
        if s.flag not in found or s.confidence > found[s.flag].confidence:
            found[s.flag] = s

    for field in TEXT_FIELDS:
        text = answers.get(field) or ""
        for hit in analyze_notes(text):
            offer(Suggestion(hit.flag, hit.text, hit.confidence, field))
        if field in QUESTION_FLAGS and not is_negative_answer(text):
            offer(Suggestion(QUESTION_FLAGS[field], text.strip()[:300], 0.6, field))
    for text, misunderstood in questions:
        if misunderstood:
            offer(Suggestion(Flag.MISUNDERSTOOD_QUESTION, text, 0.9, "questions"))
    return found


def _clean_questions(questions) -> list[tuple[str, bool]]:
    cleaned = [((text or "").strip(), bool(flag)) for text, flag in questions]
    cleaned = [(text, flag) for text, flag in cleaned if text]
    if len(cleaned) > MAX_QUESTIONS:
        raise ValidationError({"questions": f"At most {MAX_QUESTIONS} questions per debrief."})
    if any(len(text) > 500 for text, _ in cleaned):
        raise ValidationError({"questions": "A question can be at most 500 characters."})
    return cleaned


@transaction.atomic
def save_debrief(
    owner,
    interview_id: int,
    *,
    answers: dict,
    questions=None,
    ticked: set[str] | None = None,
    seen: set[str] = frozenset(),
) -> Debrief:
    """Create or update an interview's debrief and record each flag's review.

    ticked=None (API, CLI) keeps earlier decisions and leaves new suggestions to review. With
    a set (the form), ticked flags are confirmed and suggestions the user saw but left unticked
    are dismissed; dismissals are kept as a correction signal.
    """
    interview = get_owned_or_404(Interview, owner, pk=interview_id)
    debrief = Debrief.objects.filter(interview=interview).first() or Debrief(
        owner=owner, interview=interview
    )
    for field in ("rating", *TEXT_FIELDS):
        if field in answers:
            setattr(debrief, field, answers[field] if field == "rating" else answers[field] or "")
    debrief.updated_at = timezone.now()
    debrief.full_clean(exclude=["owner", "interview"])
    debrief.save()
    if questions is not None:
        _replace_questions(owner, debrief, _clean_questions(questions))
    current = [(q.text, q.misunderstood) for q in debrief.questions.all()]
    suggestions = suggest_flags({f: getattr(debrief, f) for f in TEXT_FIELDS}, current)
    _record_reviews(owner, debrief, suggestions, ticked, set(seen))
    return debrief


def _replace_questions(owner, debrief, questions) -> None:
    debrief.questions.all().delete()
    DebriefQuestion.objects.bulk_create(
        DebriefQuestion(owner=owner, debrief=debrief, text=text, misunderstood=flag, position=i)
        for i, (text, flag) in enumerate(questions)
    )


def _record_reviews(owner, debrief, suggestions, ticked, seen) -> None:
    existing = {r.flag: r for r in debrief.flag_reviews.all()}
    unknown = (ticked or set()) - set(Flag.values)
    if unknown:
        raise ValidationError({"flags": f"Unknown flag(s): {', '.join(sorted(unknown))}."})
    for flag in Flag.values:
        review, suggestion = existing.get(flag), suggestions.get(flag)
        status = _decide(flag, review, suggestion, ticked, seen)
        if status is None:
            if review is not None:
                review.delete()
            continue
        review = review or FlagReview(owner=owner, debrief=debrief, flag=flag)
        review.status = status
        review.suggested = suggestion is not None
        review.evidence = suggestion.evidence if suggestion else review.evidence
        review.confidence = suggestion.confidence if suggestion else None
        review.reviewed_at = timezone.now()
        review.save()


def _decide(flag, review, suggestion, ticked, seen):
    previous = review.status if review else None
    if ticked is None:  # no decisions given: keep the user's, offer the rest
        if previous in (ReviewStatus.CONFIRMED, ReviewStatus.DISMISSED):
            return previous
        return ReviewStatus.SUGGESTED if suggestion else None
    if flag in ticked:
        return ReviewStatus.CONFIRMED
    if suggestion and (flag in seen or previous == ReviewStatus.CONFIRMED):
        return ReviewStatus.DISMISSED
    if suggestion:
        return (
            ReviewStatus.DISMISSED if previous == ReviewStatus.DISMISSED else ReviewStatus.SUGGESTED
        )
    return ReviewStatus.DISMISSED if previous == ReviewStatus.DISMISSED else None


def review_flag(owner, debrief_id: int, flag: str, *, confirm: bool) -> FlagReview:
    """Confirm or dismiss one flag of a debrief (it need not have been suggested)."""
    debrief = get_owned_or_404(Debrief, owner, pk=debrief_id)
    if flag not in Flag.values:
        raise ValidationError({"flag": f"Unknown flag '{flag}'."})
    review, _ = FlagReview.objects.get_or_create(
        debrief=debrief, flag=flag, defaults={"owner": owner, "status": ReviewStatus.SUGGESTED}
    )
    review.status = ReviewStatus.CONFIRMED if confirm else ReviewStatus.DISMISSED
    review.reviewed_at = timezone.now()
    review.save(update_fields=["status", "reviewed_at"])
    return review
