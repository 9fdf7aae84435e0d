"""Logging in and out, changing the password, personal API tokens in the settings page."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from nextround.accounts import actions
from nextround.accounts.models import ApiToken

pytestmark = pytest.mark.django_db


def test_logging_in_with_the_right_password_leads_to_the_dashboard(client, user):
    response = client.post(
        reverse("login"), {"username": "alex", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("dashboard")


def test_a_wrong_password_shows_an_error_and_logs_nobody_in(client, user):
    response = client.post(reverse("login"), {"username": "alex", "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert client.get(reverse("dashboard")).status_code == 302


def test_the_login_page_labels_its_inputs(client):
    html = client.get(reverse("login")).content.decode()
    assert '<label for="id_username">' in html and '<label for="id_password">' in html


def test_logging_out_takes_a_post_and_ends_the_session(logged_in):
    assert logged_in.get(reverse("logout")).status_code == 405
    response = logged_in.post(reverse("logout"))
    assert response["Location"] == reverse("login")
    assert logged_in.get(reverse("dashboard")).status_code == 302


def test_a_new_token_is_shown_once_and_then_works_for_the_api(logged_in, user):
    response = logged_in.post(reverse("settings"), {"name": "laptop"})
    secret = response.context["secret"]
    assert secret.startswith("nr_") and secret in response.content.decode()
    assert response["Cache-Control"] == "no-store"
    assert actions.user_for_token(secret) == user
    again = logged_in.get(reverse("settings")).content.decode()
    assert "laptop" in again and secret not in again


def test_a_token_without_a_name_is_a_field_error(logged_in):
    response = logged_in.post(reverse("settings"), {"name": ""})
    assert response.status_code == 400 and "name" in response.context["form"].errors
    assert not ApiToken.objects.exists()


def test_revoking_a_token_stops_it_working(logged_in, user):
    token, secret = actions.create_token(user, "old")
    logged_in.post(reverse("token_revoke", args=[token.pk]))
    assert actions.user_for_token(secret) is None


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_stranger_cannot_revoke_my_token(stranger_client, user, method):
    token, secret = actions.create_token(user, "mine")
    response = getattr(stranger_client, method)(reverse("token_revoke", args=[token.pk]))
    assert response.status_code == 404
    assert actions.user_for_token(secret) == user


def test_the_settings_page_lists_only_my_tokens(logged_in, user, stranger):
    actions.create_token(user, "my laptop")
    actions.create_token(stranger, "their server")
    html = logged_in.get(reverse("settings")).content.decode()
    assert "my laptop" in html and "their server" not in html


def test_changing_the_password_needs_the_old_one_and_a_strong_new_one(logged_in, user):
    url = reverse("password_change")
    weak = {"old_password": "correct-horse-battery", "new_password1": "123", "new_password2": "123"}
    assert logged_in.post(url, weak).status_code == 200
    new = "a-much-longer-passphrase-42"
    strong = {"old_password": "correct-horse-battery", "new_password1": new, "new_password2": new}
    assert logged_in.post(url, strong)["Location"] == reverse("settings")
    assert get_user_model().objects.get(pk=user.pk).check_password(new)
