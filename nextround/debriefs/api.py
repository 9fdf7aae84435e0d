"""Debriefs in the JSON API, and analysing a text for debrief flags."""

from datetime import datetime

from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema

from nextround.analysis.notes import analyze_notes
from nextround.applications.models import MAX_TEXT, Interview
from nextround.core.scoping import get_owned_or_404
from nextround.debriefs import actions, queries
from nextround.debriefs.models import Debrief, Flag

router = Router(tags=["debriefs"])


class QuestionIO(Schema):
    """A question the interviewer asked."""

    text: str = Field(..., min_length=1, max_length=500)
    misunderstood: bool = False


class FlagOut(Schema):
    """One flag on a debrief and where the user stands on it."""

    flag: str
    status: str
    suggested: bool
    evidence: str


class DebriefIn(Schema):
    """The guided reflection; `confirmed_flags`, when given, is the user's reviewed checklist."""

    rating: int | None = Field(None, ge=1, le=5)
    misunderstood: str = Field("", max_length=MAX_TEXT)
    distractions: str = Field("", max_length=MAX_TEXT)
    doubts: str = Field("", max_length=MAX_TEXT)
    went_well: str = Field("", max_length=MAX_TEXT)
    notes: str = Field("", max_length=MAX_TEXT)
    questions: list[QuestionIO] = Field(default_factory=list, max_length=actions.MAX_QUESTIONS)
    confirmed_flags: list[Flag] | None = None


class DebriefOut(Schema):
    """A debrief with its questions and flags."""

    id: int
    interview_id: int
    rating: int | None
    misunderstood: str
    distractions: str
    doubts: str
    went_well: str
    notes: str
    updated_at: datetime
    questions: list[QuestionIO]
    flags: list[FlagOut]

    @staticmethod
    def resolve_questions(obj):
        return list(obj.questions.all())

    @staticmethod
    def resolve_flags(obj):
        return list(obj.flag_reviews.all())


class ReviewIn(Schema):
    """Confirm (true) or dismiss (false) a flag."""

    confirm: bool


class TextIn(Schema):
    """A text to analyse."""

    text: str = Field(..., max_length=MAX_TEXT)


class EvidenceOut(Schema):
    """A flag and the sentence that shows it."""

    flag: str
    text: str
    start: int
    end: int
    confidence: float


class AnalysisOut(Schema):
    """Flags found in a text."""

    flags: list[str]
    evidence: list[EvidenceOut]


class PatternOut(Schema):
    """A recurring (or no longer recurring) confirmed flag."""

    flag: str
    sentence: str
    count: int
    window: int
    stopped: bool
    interview_ids: list[int]


def _load(user, pk):
    qs = Debrief.objects.prefetch_related("questions", "flag_reviews")
    return get_owned_or_404(qs, user, pk=pk)


@router.get("/debriefs", response=list[DebriefOut], operation_id="list_debriefs")
def list_debriefs(request):
    """The user's debriefs, newest interview first."""
    return list(
        Debrief.objects.owned_by(request.auth).prefetch_related("questions", "flag_reviews")
    )


@router.get("/interviews/{interview_id}/debrief", response=DebriefOut, operation_id="get_debrief")
def get_debrief(request, interview_id: int):
    """An interview's debrief."""
    interview = get_owned_or_404(Interview, request.auth, pk=interview_id)
    debrief = get_object_or_404(Debrief, interview=interview)
    return _load(request.auth, debrief.pk)


@router.put("/interviews/{interview_id}/debrief", response=DebriefOut, operation_id="save_debrief")
def save_debrief(request, interview_id: int, payload: DebriefIn):
    """Create or replace an interview's debrief; the notes are analysed on save."""
    data = payload.dict()
    confirmed = data.pop("confirmed_flags")
    questions = [(q["text"], q["misunderstood"]) for q in data.pop("questions")]
    ticked = None if confirmed is None else {str(f) for f in confirmed}
    debrief = actions.save_debrief(
        request.auth,
        interview_id,
        answers=data,
        questions=questions,
        ticked=ticked,
        seen=ticked or set(),
    )
    return _load(request.auth, debrief.pk)


@router.post(
    "/debriefs/{debrief_id}/flags/{flag}", response=FlagOut, operation_id="review_debrief_flag"
)
def review(request, debrief_id: int, flag: Flag, payload: ReviewIn):
    """Confirm or dismiss one flag of a debrief."""
    return actions.review_flag(request.auth, debrief_id, flag, confirm=payload.confirm)


@router.get("/patterns", response=list[PatternOut], operation_id="list_patterns")
def patterns(request):
    """Recurring confirmed flags across the user's recent debriefs."""
    return [
        PatternOut(
            flag=p.flag,
            sentence=p.sentence,
            count=p.count,
            window=p.window,
            stopped=p.stopped,
            interview_ids=[d.interview_id for d in p.debriefs],
        )
        for p in queries.patterns(request.auth)
    ]


@router.post("/analysis/notes", response=AnalysisOut, operation_id="analyze_notes")
def analyze_text(request, payload: TextIn):
    """Flags in a debrief note, each with its evidence sentence; nothing is stored."""
    hits = analyze_notes(payload.text)
    return {"flags": sorted(h.flag for h in hits), "evidence": hits}
