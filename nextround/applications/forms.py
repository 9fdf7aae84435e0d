"""Web forms: they validate input, then hand it to the actions that write it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from nextround.applications.models import Application, Company, Contact, Interview, Note
from nextround.applications.stages import Stage


def add_action_errors(form, exc: ValidationError) -> None:
    """Show an action's ValidationError on the form: on its field when the form has one."""
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for name, errors in exc.error_dict.items():
        form.add_error(name if name in form.fields else None, errors)


def formfield(field, **kwargs):
    """Model form fields, with URLs typed without a scheme taken as https."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class OwnerFormMixin:
    """Forms that know whose rows they may offer and check."""

    def __init__(self, *args, owner, **kwargs):
        self.owner = owner
        super().__init__(*args, **kwargs)


class ApplicationForm(OwnerFormMixin, forms.ModelForm):
    # The company is typed as a name; a new name creates the company.
    company = forms.CharField(max_length=200, label="Company")
    stage = forms.ChoiceField(choices=Stage.choices, initial=Stage.APPLIED, label="Stage")

    class Meta:
        model = Application
        formfield_callback = formfield
        fields = [
            "role_title",
            "location",
            "remote",
            "source",
            "job_url",
            "salary_text",
            "applied_on",
            "job_description",
        ]
        labels = {"job_url": "Job advert URL", "salary_text": "Salary"}
        widgets = {"applied_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    field_order = ["company", "role_title", "stage"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The stage changes only through a move, which records the history.
            del self.fields["stage"]
            self.initial["company"] = self.instance.company.name

    def action_fields(self) -> dict:
        """The cleaned values, as keyword arguments for the actions."""
        data = {name: self.cleaned_data[name] for name in self._meta.fields}
        data["company"] = self.cleaned_data["company"]
        return data


class MoveForm(forms.Form):
    to_stage = forms.ChoiceField(choices=Stage.choices, label="Move to")
    note = forms.CharField(
        label="Note on this move",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    reopen = forms.BooleanField(required=False, label="Reopen this closed application")


class NoteForm(forms.ModelForm):
    class Meta:
        model = Note
        fields = ["body"]
        labels = {"body": "New note"}
        widgets = {"body": forms.Textarea(attrs={"rows": 3})}


class InterviewForm(OwnerFormMixin, forms.ModelForm):
    interviewers = forms.ModelMultipleChoiceField(
        queryset=Contact.objects.none(),
        required=False,
        help_text="Hold Ctrl (or Cmd) to choose several.",
    )

    class Meta:
        model = Interview
        fields = ["starts_at", "duration_minutes", "format", "location", "outcome"]
        labels = {"starts_at": "Starts at", "duration_minutes": "Duration (minutes)"}
        widgets = {
            "starts_at": forms.DateTimeInput(
                attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
            )
        }

    field_order = ["starts_at", "duration_minutes", "format", "interviewers", "location", "outcome"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interviewers"].queryset = Contact.objects.owned_by(self.owner)
        if self.instance.pk:
            self.initial["interviewers"] = list(self.instance.interviewers.all())

    def clean_duration_minutes(self):
        minutes = self.cleaned_data["duration_minutes"]
        if not 1 <= minutes <= 24 * 60:
            raise ValidationError("Give a duration between 1 minute and 24 hours.")
        return minutes

    def action_fields(self) -> dict:
        """The cleaned values, as keyword arguments for the actions."""
        data = {name: self.cleaned_data[name] for name in self._meta.fields}
        data["interviewers"] = list(self.cleaned_data["interviewers"])
        return data


class CompanyForm(OwnerFormMixin, forms.ModelForm):
    class Meta:
        model = Company
        formfield_callback = formfield
        fields = ["name", "website", "careers_url", "notes"]
        labels = {"careers_url": "Careers page URL"}

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        # The unique (owner, name) rule is checked here: the owner is not a form field.
        taken = Company.objects.owned_by(self.owner).filter(name__iexact=name)
        if taken.exclude(pk=self.instance.pk).exists():
            raise ValidationError("You already have a company with this name.")
        return name

    def action_fields(self) -> dict:
        """The cleaned values, as keyword arguments for the actions."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class ContactForm(OwnerFormMixin, forms.ModelForm):
    class Meta:
        model = Contact
        formfield_callback = formfield
        fields = ["name", "company", "role", "email", "phone", "linkedin_url"]
        labels = {"linkedin_url": "LinkedIn URL"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["company"].queryset = Company.objects.owned_by(self.owner)

    def action_fields(self) -> dict:
        """The cleaned values, as keyword arguments for the actions."""
        return {name: self.cleaned_data[name] for name in self._meta.fields}
