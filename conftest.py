"""Fixtures shared by every app's tests: users, a stranger, logged-in clients."""

import os

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM must still be usable.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def user(db):
    from nextround.accounts.tests.factories import UserFactory

    return UserFactory(username="alex")


@pytest.fixture
def stranger(db):
    from nextround.accounts.tests.factories import UserFactory

    return UserFactory(username="stranger")


@pytest.fixture
def logged_in(client, user):
    """A test client logged in as user."""
    client.force_login(user)
    return client


@pytest.fixture
def stranger_client(client, stranger):
    """A test client logged in as someone who owns nothing of user's."""
    client.force_login(stranger)
    return client
