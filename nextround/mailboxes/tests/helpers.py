"""Helpers for the mail tests: load a mailbox over IMAP, make accounts and messages."""

import ssl
from datetime import datetime

import imapclient

from nextround.mailboxes.actions import save_account
from nextround.mailboxes.tests.dovecot import PASSWORD, Dovecot


def imap_client(server: Dovecot, username: str) -> imapclient.IMAPClient:
    """A logged-in client over STARTTLS that trusts the test CA."""
    client = imapclient.IMAPClient("127.0.0.1", server.imap_port, ssl=False, timeout=10)
    client.starttls(ssl.create_default_context(cafile=str(server.cert)))
    client.login(username, PASSWORD)
    return client


def append(server: Dovecot, username: str, raws, folder="INBOX", when: datetime | None = None):
    """Load messages into a folder with IMAP APPEND (creating the folder if needed)."""
    client = imap_client(server, username)
    try:
        if not client.folder_exists(folder):
            client.create_folder(folder)
        for raw in raws:
            client.append(folder, raw, msg_time=when)
    finally:
        client.logout()


def recreate_folder(server: Dovecot, username: str, folder: str) -> None:
    """Delete and create a folder again: the server gives it a new UIDVALIDITY."""
    client = imap_client(server, username)
    try:
        client.delete_folder(folder)
        client.create_folder(folder)
    finally:
        client.logout()


def make_account(
    owner, server: Dovecot, username: str, *, security="starttls", password=PASSWORD, **fields
):
    """A MailAccount pointing at the test server."""
    port = server.imap_port if security == "starttls" else server.imaps_port
    return save_account(
        owner,
        host="127.0.0.1",
        port=port,
        security=security,
        username=username,
        password=password,
        **fields,
    )


def employer_mail(n: int, kind: str = "rejection", domain: str = "acme.example") -> bytes:
    """An employer message with a unique Message-ID."""
    bodies = {
        "rejection": (
            f"Your application for Data Analyst (ref {n})",
            "Thank you for your interest in the Data Analyst role at Acme. Unfortunately we "
            "have decided not to move forward with your application.\r\nYour SQL exercise was "
            "strong, but the panel felt your stakeholder examples lacked measurable outcomes.",
        ),
        "other": (f"Garden club digest {n}", "The tomatoes did well this week. See you Sunday."),
    }
    subject, body = bodies[kind]
    sender = (
        f"Acme Talent <talent@{domain}>"
        if kind == "rejection"
        else "Garden Club <news@club.example>"
    )
    listed = "List-Unsubscribe: <mailto:leave@club.example>\r\n" if kind == "other" else ""
    return (
        f"From: {sender}\r\nTo: alex@example.test\r\n{listed}"
        f"Subject: {subject}\r\nMessage-ID: <m{n}-{kind}@{domain}>\r\n"
        f"Date: Mon, 16 Nov 2026 10:{n % 60:02d}:00 +0000\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\nDear Alex,\r\n\r\n{body}\r\n\r\n"
        "Best regards,\r\nAcme Talent Team\r\n"
    ).encode()
