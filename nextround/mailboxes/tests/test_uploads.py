"""Uploaded mail files: kept in the data dir, imported by a task, the outcome on the page."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from nextround.mailboxes import tasks, uploads
from nextround.mailboxes.models import MailImport, MailMessage, Proposal
from nextround.mailboxes.tests.factories import MailImportFactory
from nextround.mailboxes.tests.mails import employer

pytestmark = pytest.mark.django_db


@pytest.fixture
def upload_root(settings, tmp_path):
    """Where uploads wait for their import in this test's data dir."""
    settings.MEDIA_ROOT = tmp_path / "uploads"
    return tmp_path / "uploads" / "mail-imports"


def stored_files(root) -> list:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def post_upload(client, *files, follow=True):
    return client.post(reverse("mail_upload"), {"files": list(files)}, follow=follow)


def test_an_uploaded_eml_becomes_proposals_and_a_done_import_with_its_counts(
    logged_in, user, upload_root
):
    response = post_upload(logged_in, SimpleUploadedFile("acme.eml", employer(2)))

    job = MailImport.objects.get(owner=user)
    assert (job.status, job.read, job.new, job.errors, job.proposals) == ("done", 1, 1, 0, 1)
    assert job.files[0]["name"] == "acme.eml" and job.finished_at >= job.created_at
    assert Proposal.objects.filter(owner=user).count() == 1
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("mail_accounts")
    assert html.count("Imported 1 new of 1 messages; 1 proposals.") == 2  # flash and the list
    assert stored_files(upload_root) == [], "a successful import deletes the upload"


def test_a_broken_file_is_counted_as_an_error_and_said_so_without_crashing(
    logged_in, user, upload_root
):
    junk = SimpleUploadedFile("junk.eml", b"\x00\x01 binary junk without headers\n")

    response = post_upload(logged_in, junk)

    assert response.status_code == 200
    job = MailImport.objects.get(owner=user)
    assert (job.status, job.read, job.errors, job.proposals) == ("done", 1, 1, 0)
    assert "1 could not be read and were kept with their error." in response.content.decode()
    assert MailMessage.objects.get(owner=user).parse_error == "no email headers found"


def test_an_import_that_stops_fails_clearly_keeps_the_files_and_can_be_tried_again(
    logged_in, user, upload_root, monkeypatch
):
    def locked(owner, paths):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(uploads, "import_messages", locked)
    response = post_upload(logged_in, SimpleUploadedFile("acme.eml", employer(4)))

    job = MailImport.objects.get(owner=user)
    assert job.status == "failed" and "database is locked" in job.error
    html = response.content.decode()
    assert "The import failed. It stopped with an error (RuntimeError: database is locked)." in html
    assert "The files are kept" in html and reverse("mail_import_retry", args=[job.pk]) in html
    [kept] = stored_files(upload_root)
    assert kept.read_bytes() == employer(4), "a failed import loses nothing"

    monkeypatch.undo()
    logged_in.post(reverse("mail_import_retry", args=[job.pk]))

    job.refresh_from_db()
    assert (job.status, job.error, job.read, job.new) == ("done", "", 1, 1)
    assert stored_files(upload_root) == []


def test_a_file_gone_before_its_import_fails_it_with_the_uploaded_name(user, upload_root):
    job = uploads.start_import(user, [SimpleUploadedFile("my mail.eml", employer(5))])
    (uploads.upload_folder(job) / "0.eml").unlink()

    tasks.import_upload(job.pk)

    job.refresh_from_db()
    assert job.status == "failed"
    assert "Could not open “my mail.eml” (No such file or directory)." in job.error


def test_an_import_runs_once_however_often_its_task_is_queued(user, upload_root):
    job = uploads.start_import(user, [SimpleUploadedFile("acme.eml", employer(6))])

    assert tasks.import_upload(job.pk).get() == "done"
    assert tasks.import_upload(job.pk).get() is None


def test_a_running_import_is_polled_by_htmx_until_it_has_finished(logged_in, user):
    job = MailImportFactory(owner=user, status="running", finished_at=None)
    url = reverse("mail_import", args=[job.pk])

    inbox = logged_in.get(reverse("inbox")).content.decode()
    assert "1 upload of mail files still being imported" in inbox
    running = logged_in.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert running.startswith(f'<li id="import-{job.pk}"') and 'hx-trigger="every 3s"' in running
    assert "The import has started" in running

    MailImport.objects.filter(pk=job.pk).update(status="done")
    finished = logged_in.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "hx-trigger" not in finished and "Imported 1 new of 1 messages" in finished
    assert logged_in.get(url).status_code == 200  # without htmx: a page of its own


def test_another_user_can_neither_see_nor_retry_an_import(client, user, stranger):
    job = MailImportFactory(
        owner=user, status="failed", error="boom", files=[{"name": "offer-letter.eml"}]
    )
    client.force_login(stranger)

    assert client.get(reverse("mail_import", args=[job.pk])).status_code == 404
    assert client.post(reverse("mail_import_retry", args=[job.pk])).status_code == 404
    assert "offer-letter.eml" not in client.get(reverse("mail_accounts")).content.decode()
    job.refresh_from_db()
    assert job.status == "failed"

    client.force_login(user)
    assert "offer-letter.eml" in client.get(reverse("mail_accounts")).content.decode()


def test_an_upload_over_the_limit_is_refused_before_anything_is_stored(
    logged_in, user, settings, upload_root
):
    settings.MAIL_UPLOAD_MAX_BYTES = 1000
    halves = [SimpleUploadedFile(f"{n}.eml", employer(n) + b"x" * 600) for n in (7, 8)]

    response = post_upload(logged_in, *halves, follow=False)

    assert response.status_code == 400
    assert "The files are larger than 0.001 MB in total." in response.content.decode()
    assert not MailImport.objects.filter(owner=user).exists()
    assert stored_files(upload_root) == []
