"""Who may call /api/v1/: bearer tokens, the X-API-Token header, or a session with CSRF."""

import pytest
from django.test import Client

from nextround.accounts.actions import create_token, revoke_token
from nextround.accounts.models import ApiToken
from nextround.applications.models import Company

API = "/api/v1"


@pytest.fixture
def secret(user):
    return create_token(user, "laptop")[1]


def json_post(client, path, body, **extra):
    return client.post(f"{API}{path}", body, content_type="application/json", **extra)


def test_a_bearer_token_acts_as_its_owner(secret, user):
    response = Client().get(f"{API}/me", headers={"Authorization": f"Bearer {secret}"})
    assert response.status_code == 200
    assert response.json()["username"] == user.username
    assert response.json()["auth_method"] == "token"


def test_the_x_api_token_header_works_like_bearer(secret, user):
    created = json_post(Client(), "/companies", {"name": "Acme"}, headers={"X-API-Token": secret})
    assert created.status_code == 201
    assert Company.objects.get(name="Acme").owner == user


def test_a_request_without_credentials_gets_401_saying_what_to_send(db):
    response = Client().get(f"{API}/applications")
    assert response.status_code == 401
    assert "Authorization: Bearer" in response.json()["detail"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    "headers",
    [
        {"Authorization": "Bearer nr_not-a-real-token"},
        {"Authorization": "Bearer something-else"},
        {"X-API-Token": "nr_not-a-real-token"},
    ],
)
def test_a_wrong_token_gets_401_and_writes_nothing(db, headers):
    response = json_post(Client(), "/companies", {"name": "Acme"}, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid or revoked API token."}
    assert Company.objects.count() == 0


def test_a_wrong_token_is_refused_even_beside_a_valid_session(logged_in):
    response = logged_in.get(f"{API}/me", headers={"Authorization": "Bearer nr_wrong"})
    assert response.status_code == 401


def test_a_revoked_token_stops_working_at_once(secret, user):
    client = Client(headers={"Authorization": f"Bearer {secret}"})
    assert client.get(f"{API}/me").status_code == 200
    revoke_token(user, ApiToken.objects.get(owner=user).pk)
    assert client.get(f"{API}/me").status_code == 401


def test_an_inactive_users_token_is_refused(secret, user):
    user.is_active = False
    user.save()
    assert (
        Client().get(f"{API}/me", headers={"Authorization": f"Bearer {secret}"}).status_code == 401
    )


def test_the_session_reads_without_a_csrf_token(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.get(f"{API}/me")
    assert response.status_code == 200
    assert response.json()["auth_method"] == "session"


def test_a_session_write_without_the_csrf_token_is_forbidden(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = json_post(client, "/companies", {"name": "Acme"})
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert Company.objects.count() == 0


def test_a_session_write_with_the_csrf_token_succeeds(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    csrf = "0123456789abcdefghijABCDEFGHIJkl"  # any 32 letters and digits, as Django issues them
    client.cookies["csrftoken"] = csrf
    response = json_post(client, "/companies", {"name": "Acme"}, headers={"X-CSRFToken": csrf})
    assert response.status_code == 201, response.content


def test_a_token_client_needs_no_csrf_token(secret):
    client = Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {secret}"})
    assert json_post(client, "/companies", {"name": "Acme"}).status_code == 201


def test_using_a_token_records_when_it_was_last_used(secret, user):
    Client().get(f"{API}/me", headers={"Authorization": f"Bearer {secret}"})
    assert ApiToken.objects.get(owner=user).last_used_at is not None
