"""Debrief pages: the guided form with live analysis, flag reviews, and patterns."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from nextround.applications.models import Interview
from nextround.core.scoping import get_owned_or_404
from nextround.debriefs import actions, queries
from nextround.debriefs.forms import DebriefForm, question_rows, questions_from_post
from nextround.debriefs.models import CHECKLIST, INTERVIEWER_SIDE, Debrief, Flag, ReviewStatus

TEMPLATE = "debriefs/debrief_form.html"


def _checklist(ticked: set, seen: set, suggestions: dict, reviews: dict) -> dict:
    """Rows for the interviewer's-side and the classic-mistakes groups."""

    def row(flag):
        review = reviews.get(flag)
        suggestion = suggestions.get(flag)
        evidence = suggestion.evidence if suggestion else (review.evidence if review else "")
        return {
            "flag": flag,
            "label": Flag(flag).label,
            "ticked": flag in ticked,
            "suggested": bool(suggestion or (review and review.suggested)),
            "seen": flag in seen,
            "evidence": evidence,
            "dismissed": bool(review and review.status == ReviewStatus.DISMISSED),
            "pending": bool(review and review.status == ReviewStatus.SUGGESTED),
            "review": review,
        }

    return {
        "interviewer_side": [row(f) for f in INTERVIEWER_SIDE],
        "mistakes": [row(f) for f in CHECKLIST],
    }


def _saved_state(debrief):
    if debrief is None:
        return set(), set(), {}, {}
    reviews = {r.flag: r for r in debrief.flag_reviews.all()}
    ticked = {f for f, r in reviews.items() if r.status != ReviewStatus.DISMISSED}
    seen = {f for f, r in reviews.items() if r.suggested}
    return ticked, seen, {}, reviews


@login_required
def debrief_edit(request, interview_id):
    """Show and save an interview's debrief."""
    interview = get_owned_or_404(
        Interview.objects.select_related("application__company"), request.user, pk=interview_id
    )
    debrief = queries.debrief_for_interview(request.user, interview)
    if request.method == "POST":
        form = DebriefForm(request.POST)
        questions = questions_from_post(request.POST)
        if form.is_valid():
            try:
                actions.save_debrief(
                    request.user,
                    interview.pk,
                    answers=form.answers(),
                    questions=questions,
                    ticked=set(form.cleaned_data["flags"]),
                    seen=set(form.cleaned_data["seen"]),
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, "Debrief saved.")
                return redirect("debrief_edit", interview.pk)
        state = (set(request.POST.getlist("flags")), set(request.POST.getlist("seen")), {}, {})
    else:
        initial = {}
        if debrief:
            initial = {f: getattr(debrief, f) for f in ("rating", *actions.TEXT_FIELDS)}
            initial["rating"] = str(debrief.rating) if debrief.rating else None
        form = DebriefForm(initial=initial)
        questions = [(q.text, q.misunderstood) for q in debrief.questions.all()] if debrief else []
        state = _saved_state(debrief)
    context = {
        "interview": interview,
        "debrief": debrief,
        "form": form,
        "questions": question_rows(questions),
        "checklist": _checklist(*state),
    }
    return render(request, TEMPLATE, context)


@login_required
@require_POST
def debrief_analyze(request, interview_id):
    """Re-run the analysis on the unsaved form and return the checklist (htmx, debounced)."""
    interview = get_owned_or_404(Interview, request.user, pk=interview_id)
    form = DebriefForm(request.POST)
    form.is_valid()  # analyse whatever is there; errors show on save
    answers = {f: form.cleaned_data.get(f, "") or "" for f in actions.TEXT_FIELDS}
    suggestions = actions.suggest_flags(answers, questions_from_post(request.POST))
    ticked, seen = set(request.POST.getlist("flags")), set(request.POST.getlist("seen"))
    # A new suggestion pre-ticks its box once; after that the user's tick wins.
    ticked |= {f for f in suggestions if f not in seen}
    seen |= set(suggestions)
    # A tick changed while a request is in flight triggers a new one (hx-sync replaces the old),
    # so the latest request always carries the user's latest ticks.
    debrief = queries.debrief_for_interview(request.user, interview)
    reviews = {r.flag: r for r in debrief.flag_reviews.all()} if debrief else {}
    context = {"interview": interview, "checklist": _checklist(ticked, seen, suggestions, reviews)}
    return render(request, f"{TEMPLATE}#checklist", context)


@login_required
@require_POST
def review_flag(request, debrief_id, flag):
    """Confirm or dismiss one flag from the debrief page."""
    debrief = get_owned_or_404(Debrief, request.user, pk=debrief_id)
    try:
        actions.review_flag(
            request.user, debrief.pk, flag, confirm=request.POST.get("decision") == "confirm"
        )
    except ValidationError as exc:
        messages.error(request, "; ".join(exc.messages))
    return redirect("debrief_edit", debrief.interview_id)


@login_required
def patterns_page(request):
    """Recurring confirmed flags across the user's debriefs."""
    context = {
        "patterns": queries.patterns(request.user),
        "due": queries.debriefs_due(request.user),
    }
    return render(request, "debriefs/patterns.html", context)
