"""The debrief form: answers, the questions list and the checklist of flags."""

from django import forms

from nextround.applications.models import MAX_TEXT
from nextround.debriefs.actions import MAX_QUESTIONS, TEXT_FIELDS
from nextround.debriefs.models import Flag

EMPTY_QUESTION_ROWS = 3


def _area(label, help_text="", rows=3):
    return forms.CharField(
        label=label,
        required=False,
        max_length=MAX_TEXT,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class DebriefForm(forms.Form):
    rating = forms.TypedChoiceField(
        label="How did it go?",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[(str(i), str(i)) for i in range(1, 6)],
        widget=forms.RadioSelect,
        help_text="1 = badly, 5 = very well",
    )
    misunderstood = _area("Were there questions you may have misunderstood?")
    distractions = _area("Was anything distracting you, physically or mentally?")
    doubts = _area("Did you say anything that could cast doubt on you as a candidate?")
    went_well = _area("What went well?")
    notes = _area("Notes", "Write freely: what happened, what you said, how it felt.", rows=8)
    flags = forms.MultipleChoiceField(choices=Flag.choices, required=False)
    seen = forms.MultipleChoiceField(choices=Flag.choices, required=False)

    def answers(self) -> dict:
        """The text answers and rating, as save_debrief takes them."""
        data = self.cleaned_data
        return {"rating": data.get("rating"), **{f: data.get(f, "") for f in TEXT_FIELDS}}


def questions_from_post(post) -> list[tuple[str, bool]]:
    """The (text, misunderstood) rows typed into the questions list."""
    rows = []
    for i in range(MAX_QUESTIONS + EMPTY_QUESTION_ROWS):
        text = (post.get(f"q_text_{i}") or "").strip()
        if text:
            rows.append((text, post.get(f"q_mis_{i}") == "on"))
    return rows


def question_rows(questions) -> list[dict]:
    """Existing questions plus a few empty rows, ready for the template."""
    rows = [{"i": i, "text": t, "misunderstood": m} for i, (t, m) in enumerate(questions)]
    start = len(rows)
    rows += [
        {"i": start + k, "text": "", "misunderstood": False} for k in range(EMPTY_QUESTION_ROWS)
    ]
    return rows
