"""The current user and token management through /api/v1/."""

import pytest
from django.test import Client

from nextround.accounts.actions import create_token
from nextround.accounts.models import ApiToken

API = "/api/v1"


@pytest.fixture
def token_client(user):
    _, secret = create_token(user, "script")
    return Client(headers={"Authorization": f"Bearer {secret}"})


def test_a_session_user_creates_a_token_that_then_authenticates(logged_in, user):
    response = logged_in.post(f"{API}/tokens", {"name": "CI"}, content_type="application/json")
    assert response.status_code == 201
    data = response.json()
    assert data["name"] == "CI"
    assert data["token"].startswith(data["prefix"])
    me = Client().get(f"{API}/me", headers={"Authorization": f"Bearer {data['token']}"})
    assert me.json()["username"] == user.username


def test_the_token_list_never_shows_secrets(logged_in, user):
    token, secret = create_token(user, "laptop")
    listed = logged_in.get(f"{API}/tokens").json()
    assert [(t["id"], t["name"], t["prefix"]) for t in listed] == [
        (token.pk, "laptop", token.prefix)
    ]
    assert secret not in logged_in.get(f"{API}/tokens").content.decode()


def test_a_session_user_revokes_a_token(logged_in, user):
    token, secret = create_token(user, "old")
    assert logged_in.delete(f"{API}/tokens/{token.pk}").status_code == 204
    assert not ApiToken.objects.filter(pk=token.pk).exists()
    assert (
        Client().get(f"{API}/me", headers={"Authorization": f"Bearer {secret}"}).status_code == 401
    )


def test_a_token_cannot_mint_list_or_revoke_tokens(token_client, user):
    other, _ = create_token(user, "other")
    responses = [
        token_client.post(f"{API}/tokens", {"name": "x"}, content_type="application/json"),
        token_client.get(f"{API}/tokens"),
        token_client.delete(f"{API}/tokens/{other.pk}"),
    ]
    assert [r.status_code for r in responses] == [403, 403, 403]
    assert "browser session" in responses[0].json()["detail"]
    assert ApiToken.objects.filter(owner=user).count() == 2


def test_a_stranger_cannot_revoke_someone_elses_token(user, stranger_client):
    token, _ = create_token(user, "mine")
    response = stranger_client.delete(f"{API}/tokens/{token.pk}")
    assert response.status_code == 404
    assert ApiToken.objects.filter(pk=token.pk).exists()


def test_a_strangers_token_list_holds_none_of_users_tokens(user, stranger_client):
    create_token(user, "mine")
    assert stranger_client.get(f"{API}/tokens").json() == []


def test_a_token_name_longer_than_100_characters_is_refused(logged_in):
    response = logged_in.post(f"{API}/tokens", {"name": "x" * 101}, content_type="application/json")
    assert response.status_code == 422
    assert "name" in response.json()["errors"]
    assert ApiToken.objects.count() == 0
