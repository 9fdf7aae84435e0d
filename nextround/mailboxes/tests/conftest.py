"""A real Dovecot per test process (xdist workers each get their own), and mail helpers."""

import uuid

import pytest

from nextround.mailboxes.tests.dovecot import Dovecot


def launch(name: str, attempts: int = 3) -> Dovecot:
    """Start a Dovecot; on a port taken between choosing and binding it, try fresh ports."""
    for attempt in range(attempts):
        server = Dovecot(name)
        try:
            server.start()
            return server
        except RuntimeError:
            server.cleanup()
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def dovecot(worker_id):
    """Dovecot on free loopback ports; fails (never skips) when dovecot-imapd is missing."""
    server = launch(worker_id)
    yield server
    server.cleanup()


@pytest.fixture
def own_dovecot():
    """A Dovecot of this test's own, for tests that stop and restart the server."""
    server = launch("own")
    yield server
    server.cleanup()


@pytest.fixture
def trust_test_ca(settings, dovecot):
    """Trust the test server's self-signed certificate, as a self-hoster would."""
    settings.MAIL_CA_FILE = str(dovecot.cert)
    return dovecot.cert


@pytest.fixture
def mailbox_user():
    """A fresh, empty mailbox on the test server."""
    return f"u-{uuid.uuid4().hex[:12]}@example.test"
