"""Log in and out, change the password, manage personal API tokens."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse_lazy

from nextround.accounts import actions
from nextround.accounts.forms import TokenForm
from nextround.accounts.models import ApiToken
from nextround.core.scoping import get_owned_or_404


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("settings")

    def form_valid(self, form):
        messages.success(self.request, "Your password is changed.")
        return super().form_valid(form)


@login_required
def settings_page(request):
    """The user's API tokens; a new token's secret is shown once, right after creation."""
    form = TokenForm(request.POST or None)
    secret = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            token, secret = actions.create_token(request.user, form.cleaned_data["name"])
            form = TokenForm()
        else:
            status = 400
    context = {
        "form": form,
        "secret": secret,
        "tokens": ApiToken.objects.owned_by(request.user),
    }
    response = render(request, "accounts/settings.html", context, status=status)
    # The page may carry a secret: never keep it in a cache.
    response["Cache-Control"] = "no-store"
    return response


@login_required
def token_revoke(request, pk):
    """Delete one of the user's tokens."""
    # Look the token up first, so a stranger gets 404 whatever the method.
    get_owned_or_404(ApiToken, request.user, pk=pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    actions.revoke_token(request.user, pk)
    messages.success(request, "Token revoked.")
    return redirect("settings")
