"""The periodic task syncs every account; its schedule follows NEXTROUND_MAIL_POLL_MINUTES."""

from datetime import datetime

import pytest

from nextround.mailboxes import tasks
from nextround.mailboxes.models import MailMessage
from nextround.mailboxes.tests.helpers import append, employer_mail, make_account


@pytest.mark.django_db
@pytest.mark.usefixtures("trust_test_ca")
def test_the_periodic_task_syncs_every_account_of_every_user(user, stranger, dovecot):
    append(dovecot, "task-a@example.test", [employer_mail(1)])
    append(dovecot, "task-b@example.test", [employer_mail(2), employer_mail(3)])
    make_account(user, dovecot, "task-a@example.test")
    make_account(stranger, dovecot, "task-b@example.test")

    new = tasks.sync_mail_accounts.call_local()

    assert new == 3
    assert MailMessage.objects.filter(owner=user).count() == 1
    assert MailMessage.objects.filter(owner=stranger).count() == 2


@pytest.mark.parametrize(
    ("minutes", "fires", "quiet"),
    [(15, (10, 45), (10, 46)), (5, (3, 5), (3, 7)), (120, (2, 0), (3, 0))],
)
def test_the_schedule_fires_every_n_minutes(minutes, fires, quiet):
    schedule = tasks.poll_schedule(minutes)

    assert schedule(datetime(2026, 11, 25, *fires))
    assert not schedule(datetime(2026, 11, 25, *quiet))


def test_the_poll_interval_comes_from_the_environment_with_a_default(monkeypatch, settings):
    monkeypatch.delenv("NEXTROUND_MAIL_POLL_MINUTES", raising=False)
    assert tasks.poll_minutes() == 15
    monkeypatch.setenv("NEXTROUND_MAIL_POLL_MINUTES", "7")
    assert tasks.poll_minutes() == 7
    settings.MAIL_POLL_MINUTES = 30
    assert tasks.poll_minutes() == 30
