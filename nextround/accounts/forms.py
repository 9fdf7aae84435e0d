"""Account forms: API token creation."""

from django import forms


class TokenForm(forms.Form):
    name = forms.CharField(
        max_length=100, label="Token name", help_text="What will use it, e.g. “laptop script”."
    )
