"""Forms: the draft editor, pasted feedback, SMTP settings and the employer's form."""

from django import forms

from nextround.applications.models import MAX_TEXT
from nextround.feedback.drafts import TEMPLATES
from nextround.feedback.models import MAX_COMMENTS, Security, SmtpAccount
from nextround.feedback.plan import AREAS

SCALE = [("", "Skip"), *((str(n), str(n)) for n in range(1, 6))]


class DraftForm(forms.Form):
    to_address = forms.EmailField(label="To", required=False)
    subject = forms.CharField(max_length=300)
    body = forms.CharField(label="Message", widget=forms.Textarea(attrs={"rows": 12}))


class TemplateForm(forms.Form):
    template = forms.ChoiceField(choices=[(k, v[0]) for k, v in TEMPLATES.items()])


class PastedFeedbackForm(forms.Form):
    text = forms.CharField(
        label="Feedback (notes from a call, or a pasted message)",
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
    )


class SmtpAccountForm(forms.ModelForm):
    password = forms.CharField(
        widget=forms.PasswordInput(render_value=False),
        required=False,
        help_text="Stored encrypted. Leave empty to keep the saved one.",
    )
    security = forms.ChoiceField(choices=Security.choices)

    class Meta:
        model = SmtpAccount
        fields = ["from_address", "from_name", "host", "port", "security", "username"]


class EmployerForm(forms.Form):
    """The one-minute form: each area optional on 1–5, plus comments."""

    comments = forms.CharField(
        required=False,
        max_length=MAX_COMMENTS,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": MAX_COMMENTS}),
        help_text="Optional. What would have made the difference?",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for area, (label, _) in AREAS.items():
            self.fields[area] = forms.TypedChoiceField(
                label=label,
                choices=SCALE,
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
            )
        self.order_fields([*AREAS, "comments"])

    def scores(self) -> dict:
        return {a: self.cleaned_data[a] for a in AREAS if self.cleaned_data.get(a) is not None}

    def is_empty(self) -> bool:
        return not self.scores() and not self.cleaned_data.get("comments", "").strip()
