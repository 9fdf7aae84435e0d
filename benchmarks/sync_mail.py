"""First sync of 10,000 messages from a throwaway local Dovecot, then a sync with nothing new.

Run from the repo root (needs dovecot-imapd, like the mail tests):
    python benchmarks/sync_mail.py [--messages N] [--write docs/bench-mail-sync.md]
Loads varied mail by IMAP APPEND (the project's employer-mail corpus, each copy with its own
Message-ID, mixed 1:4 with ordinary mail: newsletters, HTML-only, receipts with attachments,
personal notes), then times `sync_account` end to end (fetch, parse, store), and the follow-up
task that classifies the stored mail and makes proposals (queued by the sync, timed here).
Targets (issue 4): first sync ≤ 60 s; nothing-new sync ≤ 1 s.
"""

import argparse
import os
import platform
import random
import re
import ssl
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["NEXTROUND_DATA_DIR"] = tempfile.mkdtemp(prefix="nextround-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nextround.settings")
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

import imapclient  # noqa: E402
from django.core.management import call_command  # noqa: E402

from nextround.accounts.actions import create_user  # noqa: E402
from nextround.analysis.employer_mail import classify_email  # noqa: E402
from nextround.analysis.mime import parse_message  # noqa: E402
from nextround.applications.actions import create_application  # noqa: E402
from nextround.mailboxes.actions import save_account, sync_account  # noqa: E402
from nextround.mailboxes.classify import classify_pending  # noqa: E402
from nextround.mailboxes.models import MailMessage, Proposal  # noqa: E402
from nextround.mailboxes.tests.dovecot import PASSWORD, Dovecot  # noqa: E402

DATA = ROOT / "nextround" / "analysis" / "tests" / "data"
TARGET_FIRST, TARGET_NOTHING = 60.0, 1.0
TOPICS = ["garden", "book club", "holiday photos", "invoice", "school run", "football", "recipe"]


def corpus() -> list[bytes]:
    """The project's labelled employer mail, every split."""
    files = sorted(DATA.glob("email_*/*.eml"))
    if not files:
        raise SystemExit(f"No .eml files under {DATA}")
    return [f.read_bytes() for f in files]


def with_message_id(raw: bytes, n: int) -> bytes:
    """The message with a Message-ID of its own, so that copies are not deduplicated."""
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    head = re.sub(rb"(?im)^message-id:.*(?:\r?\n[ \t].*)*\r?\n?", b"", head + b"\n").rstrip()
    return head + f"\r\nMessage-ID: <bench-{n}@bench.test>".encode() + sep + body


def ordinary(rng: random.Random, n: int) -> bytes:
    """Non-job mail in a few shapes: plain, HTML-only newsletter, receipt with an attachment."""
    topic = rng.choice(TOPICS)
    shape = n % 3
    head = (
        f"From: {topic.title()} <{topic.replace(' ', '')}@club.example>\r\n"
        "To: alex@example.test\r\n"
        f"Subject: {topic} news #{n}\r\nMessage-ID: <plain-{n}@club.example>\r\n"
        f"Date: Mon, 16 Nov 2026 10:{n % 60:02d}:00 +0000\r\nMIME-Version: 1.0\r\n"
    )
    text = f"Hi Alex,\r\n\r\nA quick note about the {topic}. " * rng.randint(2, 30)
    if shape == 0:
        return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text).encode()
    if shape == 1:
        html = f"<html><body><h1>{topic}</h1><p>{text}</p><a href='https://x.example'>more</a>"
        return (
            head + "List-Unsubscribe: <mailto:leave@club.example>\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n" + html + "</body></html>"
        ).encode()
    blob = "QUJD" * rng.randint(100, 4000)
    return (
        head + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text + "\r\n--b\r\n"
        'Content-Type: application/pdf; name="receipt.pdf"\r\nContent-Transfer-Encoding: base64'
        '\r\nContent-Disposition: attachment; filename="receipt.pdf"\r\n\r\n'
        + blob
        + "\r\n--b--\r\n"
    ).encode()


def messages(total: int) -> list[bytes]:
    """total messages: one employer mail to four ordinary ones."""
    rng, employer = random.Random(4), corpus()
    return [
        with_message_id(employer[n % len(employer)], n) if n % 5 == 0 else ordinary(rng, n)
        for n in range(total)
    ]


def load(server: Dovecot, user: str, raws: list[bytes]) -> float:
    """APPEND every message (MULTIAPPEND in chunks); return the seconds it took."""
    start = time.perf_counter()
    client = imapclient.IMAPClient("127.0.0.1", server.imap_port, ssl=False, timeout=60)
    client.starttls(ssl.create_default_context(cafile=str(server.cert)))
    client.login(user, PASSWORD)
    for i in range(0, len(raws), 500):
        client.multiappend("INBOX", raws[i : i + 500])
    client.logout()
    return time.perf_counter() - start


def classify_cost(raws: list[bytes]) -> tuple[float, float]:
    """Seconds to parse, and to parse and classify, the same messages without IMAP or database."""
    start = time.perf_counter()
    parsed = [parse_message(raw, body_cap=100_000) for raw in raws]
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for message in parsed:
        classify_email(message)
    return parse, parse + time.perf_counter() - start


def run(total: int) -> dict:
    call_command("migrate", verbosity=0)
    owner, _ = create_user("bench", "bench-password-1")
    for company, role in [("Acme", "Data Analyst"), ("Globex", "Buyer"), ("Initech", "Analyst")]:
        create_application(owner, company=company, role_title=role)
    raws = messages(total)
    server = Dovecot("bench")
    server.start()
    os.environ["NEXTROUND_MAIL_CA_FILE"] = str(server.cert)
    try:
        loaded = load(server, "bench@example.test", raws)
        account = save_account(
            owner,
            host="127.0.0.1",
            port=server.imap_port,
            security="starttls",
            username="bench@example.test",
            password=PASSWORD,
        )
        start = time.perf_counter()
        first = sync_account(account)
        first_s = time.perf_counter() - start
        print(f"first sync: {first_s:.1f} s, {first.new} new", file=sys.stderr)
        start = time.perf_counter()
        again = sync_account(account)
        nothing_s = time.perf_counter() - start
        print(f"nothing-new sync: {nothing_s * 1000:.0f} ms", file=sys.stderr)
        # What the queued Huey task does after the sync (run here, in this process, timed).
        start = time.perf_counter()
        classified, _ = classify_pending(owner)
        follow_s = time.perf_counter() - start
        print(f"follow-up classify + propose: {follow_s:.1f} s", file=sys.stderr)
    finally:
        server.cleanup()
    assert first.ok and again.ok, (first.error, again.error)
    parse_s, classify_s = classify_cost(raws)
    return {
        "total": total,
        "loaded_s": loaded,
        "first_s": first_s,
        "first_new": first.new,
        "stored": MailMessage.objects.count(),
        "proposals": Proposal.objects.count(),
        "nothing_s": nothing_s,
        "nothing_new": again.new,
        "follow_s": follow_s,
        "classified": classified,
        "parse_s": parse_s,
        "classify_s": classify_s,
    }


DECISION = """\
Why the sync stores first and classifies after: parsing costs under a millisecond a message,
while the employer-mail classifier (rules, then an embedding model for unclear mail) costs several
times that and varied widely between runs on this shared 2-CPU machine (10,000 messages took from
27 s to over 400 s of classification while other jobs ran), so inside the sync it would put the
60 s target at the mercy of the model. `sync_account` therefore stores parsed rows with
`classified=False` and queues the Huey task `classify_new_mail`, which classifies them in chunks
of 200 and makes the proposals (one run per user at a time). `nextround mail sync` runs that
phase in the foreground on its progress bar; imports classify at once. A sync with nothing new
never reaches the classifier.
"""


def report(r: dict) -> str:
    ok = lambda good: "meets" if good else "MISSES"  # noqa: E731
    return "\n".join(
        [
            "# Mail sync benchmark",
            "",
            "`python benchmarks/sync_mail.py`: a throwaway local Dovecot (STARTTLS on loopback),",
            f"{r['total']:,} messages loaded by IMAP APPEND (1 employer mail from the project's",
            "corpus to 4 ordinary ones; plain, HTML-only, with attachments), SQLite in a temp dir.",
            f"Machine: {platform.machine()}, Python {platform.python_version()}, "
            f"{os.cpu_count()} CPUs.",
            "",
            "| Step | Result | Target |",
            "|---|---|---|",
            f"| First sync (fetch, parse, store) | {r['first_s']:.1f} s for "
            f"{r['first_new']:,} new ({r['first_new'] / r['first_s']:.0f} msg/s) | ≤ 60 s: "
            f"{ok(r['first_s'] <= TARGET_FIRST)} |",
            f"| Sync with nothing new | {r['nothing_s'] * 1000:.0f} ms, {r['nothing_new']} new | "
            f"≤ 1 s: {ok(r['nothing_s'] <= TARGET_NOTHING)} |",
            f"| Follow-up task: classify + propose ({r['classified']:,} messages) | "
            f"{r['follow_s']:.1f} s ({r['classified'] / max(r['follow_s'], 1e-9):.0f} msg/s) | |",
            f"| Parsing alone, same mail (no IMAP, no DB) | {r['parse_s']:.1f} s | |",
            f"| Parsing + classification (no IMAP, no DB) | {r['classify_s']:.1f} s | |",
            f"| Loading the mailbox by APPEND (setup, not timed) | {r['loaded_s']:.1f} s | |",
            "",
            f"Stored {r['stored']:,} messages; {r['proposals']:,} proposals made by the follow-up.",
            "",
            DECISION,
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    results = run(args.messages)
    text = report(results)
    print(text)
    if args.write:
        args.write.write_text(text)
    return 0 if results["first_s"] <= TARGET_FIRST and results["nothing_s"] <= TARGET_NOTHING else 1


if __name__ == "__main__":
    sys.exit(main())
