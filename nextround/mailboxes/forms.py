"""Forms for mail accounts, uploads, proposal edits and the auto-apply setting."""

from django import forms
from django.conf import settings

from nextround.applications.stages import Stage
from nextround.mailboxes.models import MailAccount, MailPreferences, ProposalAction
from nextround.mailboxes.proposals import applications_to_choose


def upload_limit() -> int:
    """Bytes accepted per upload of .eml/.mbox files."""
    return int(getattr(settings, "MAIL_UPLOAD_MAX_BYTES", 25_000_000))


class AccountForm(forms.ModelForm):
    """Host, port, security, user, folders; the password is write-only."""

    password = forms.CharField(
        widget=forms.PasswordInput(render_value=False),
        required=False,
        help_text="Leave empty to keep the saved password. Some providers need an app password.",
    )
    folders = forms.CharField(
        required=False, help_text="Folders to watch, one per line (empty means INBOX)."
    )

    class Meta:
        model = MailAccount
        fields = ["host", "port", "security", "username", "first_sync_days"]
        labels = {"first_sync_days": "First sync covers (days)"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["folders"] = "\n".join(self.instance.folders or [])
        else:
            self.fields["password"].required = True
            self.fields["password"].help_text = "Some providers need an app password."
        self.fields["folders"].widget = forms.Textarea(attrs={"rows": 2})

    def clean_folders(self) -> list[str]:
        lines = self.cleaned_data.get("folders") or ""
        return [line.strip() for line in lines.splitlines() if line.strip()]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that takes several files at once (Django's documented pattern)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".eml,.mbox"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data] or single(None, initial)
        return [single(data, initial)]


class UploadForm(forms.Form):
    """One or more .eml or .mbox files, limited in total size."""

    files = MultipleFileField(help_text="Mail files (.eml) or mailboxes (.mbox).")

    def clean_files(self):
        files = self.cleaned_data["files"]
        for upload in files:
            if not upload.name.lower().endswith((".eml", ".mbox")):
                raise forms.ValidationError(f"“{upload.name}” is not an .eml or .mbox file.")
        if sum(upload.size for upload in files) > upload_limit():
            limit = upload_limit() / 1_000_000
            raise forms.ValidationError(f"The files are larger than {limit:g} MB in total.")
        return files


class ProposalEditForm(forms.Form):
    """Another application, another action or stage, or the new application's names."""

    action = forms.ChoiceField(choices=ProposalAction.choices)
    application = forms.ModelChoiceField(queryset=None, required=False, empty_label="—")
    to_stage = forms.ChoiceField(
        choices=[("", "Keep the stage"), *Stage.choices], required=False, label="Stage"
    )
    company_name = forms.CharField(max_length=200, required=False, label="Company (new)")
    role_title = forms.CharField(max_length=200, required=False, label="Role (new)")

    def __init__(self, owner, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["application"].queryset = applications_to_choose(owner)

    def changes(self) -> dict:
        data = self.cleaned_data
        app = data.get("application")
        return {
            "action": data["action"],
            "application_id": app.pk if app else None,
            "to_stage": data.get("to_stage", ""),
            "company_name": data.get("company_name", ""),
            "role_title": data.get("role_title", ""),
        }


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = MailPreferences
        fields = ["auto_apply", "threshold"]
        labels = {
            "auto_apply": "Apply confident proposals without asking",
            "threshold": "Confidence needed (0.5–1.0)",
        }
