"""Throughput of employer-mail classification on one core, beside the cost of parsing MIME alone.

The project's mail corpora (dev + test if present) are mixed 1:4 with ordinary non-job mail
generated here (newsletters, receipts, personal mail, alerts, notifications; plain, HTML-only,
alternative).
The classifier is a cascade (bulk headers, no job vocabulary, a cheap rule+word model; the
sentence-embedding model only where those are unsure); an untimed pass counts how much mail
reached each stage. Run on one core: OPENBLAS_NUM_THREADS=1 taskset -c 0 python
benchmarks/speed_email.py [--rounds N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nextround.analysis import embed as embed_module  # noqa: E402
from nextround.analysis import employer_mail_model  # noqa: E402
from nextround.analysis.employer_mail import classify_email  # noqa: E402
from nextround.analysis.mime import parse_message  # noqa: E402

DATA = ROOT / "nextround" / "analysis" / "tests" / "data"
TARGET = 200.0

_OPENERS = ["Hi {n},", "Hello {n}!", "Dear {n},", "{n} -", "Hey,", "Good morning,"]
_KINDS = {
    "newsletter": [
        "This week in {topic}: our editors picked {k} stories you should not miss.",
        "Read the full story on our site, plus a free guide to {topic}.",
        "Upgrade to premium for exclusive offers and early access to events.",
    ],
    "receipt": [
        "Thanks for your order #{k}{k}{k}. Your {item} will be dispatched within 2 working days.",
        "Total paid: £{k}.99 including VAT. Keep this email as your receipt.",
        "Questions about your order? Reply to this email or visit our help centre.",
    ],
    "personal": [
        "Are we still on for {day}? I can bring the {item} if you want.",
        "Mum says hi and asks whether you got the photos from the {topic} trip.",
        "Call me when you're free, no rush. x",
    ],
    "alert": [
        "A new sign-in to your account was detected from {city} on {day}.",
        "Your {item} subscription renews in {k} days. No action is needed.",
        "Your statement for account ending {k}{k} is ready to view.",
    ],
    "notification": [
        "{n} commented on your post: 'great shot of the {item}!'",
        "You have {k} new messages and a friend request waiting.",
        "Your parcel with the {item} is out for delivery today between 10 and 2.",
    ],
}
_FILL = {
    "topic": ["gardening", "climate", "football", "cooking", "finance", "travel"],
    "item": ["kettle", "bike", "tent", "laptop bag", "plant pot", "headphones"],
    "city": ["Leeds", "Paris", "Madrid", "Boston"],
    "day": ["Friday", "Saturday", "Monday"],
    "n": ["Alex", "Sam", "Jo", "Priya", "Tom"],
}


def ordinary_mail(rng: random.Random, idx: int) -> bytes:
    """One varied ordinary (non-job) mail as raw bytes."""
    kind = rng.choice(list(_KINDS))
    ctx = {key: rng.choice(values) for key, values in _FILL.items()} | {"k": rng.randint(2, 9)}
    lines = [rng.choice(_OPENERS).format(**ctx)] + [
        s.format(**ctx) for s in rng.sample(_KINDS[kind], 3)
    ]
    lines += [rng.choice(["Thanks", "Cheers", "Best wishes", "The team"])]
    text = "\n\n".join(lines) * rng.randint(1, 3)
    msg = EmailMessage()
    msg["From"] = f"{kind.title()} <{kind}{idx}@example.org>"
    msg["To"] = "me@example.com"
    msg["Subject"] = f"{kind.title()} update {idx}"
    msg["Date"] = format_datetime(datetime(2024, 5, 1, tzinfo=UTC) + timedelta(hours=idx))
    if kind in ("newsletter", "alert") and rng.random() < 0.7:
        msg["List-Unsubscribe"] = f"<mailto:unsub-{idx}@example.org>"
    html = (
        "<html><body>" + "".join(f"<p>{line}</p>" for line in text.split("\n\n")) + "</body></html>"
    )
    style = rng.random()
    if style < 0.4:
        msg.set_content(text)
    elif style < 0.6:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


def corpus() -> list[bytes]:
    """Employer mail from the corpora plus four ordinary mails for each one."""
    job = [
        p.read_bytes()
        for split in ("dev", "test")
        for p in sorted((DATA / f"email_{split}").glob("*.eml"))
    ]
    rng = random.Random(7)
    ordinary = [ordinary_mail(rng, i) for i in range(4 * len(job))]
    mixed = job + ordinary
    rng.shuffle(mixed)
    return mixed


def timed(func, messages: list[bytes], rounds: int) -> float:
    """Best messages/second over a few rounds."""
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for raw in messages:
            func(raw)
        best = max(best, len(messages) / (time.perf_counter() - start))
    return best


def cascade_counts(messages: list[bytes]) -> tuple[int, int, int]:
    """(mails embedded, texts embedded, mails not `other`) in one untimed pass.

    Both encoders count: the plain one (kind) and the flags' fine-tuned one.
    """
    real = embed_module.embed
    flags = employer_mail_model.flag_encoder()
    calls: list[int] = []

    def counting(texts):
        calls.append(len(texts))
        return real(texts)

    def counting_flags(texts, **kwargs):
        calls.append(len(texts))
        return type(flags).encode(flags, texts, **kwargs)

    embed_module.embed = counting
    flags.encode = counting_flags
    try:
        kinds = []
        for raw in messages:
            before = len(calls)
            kinds.append((classify_email(parse_message(raw)).kind, len(calls) > before))
    finally:
        embed_module.embed = real
        del flags.encode
    embedded = sum(1 for _, used in kinds if used)
    return embedded, sum(calls), sum(1 for kind, _ in kinds if kind != "other")


def main() -> int:
    """Measure parse-only and parse+classify throughput; exit 1 under the target."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    messages = corpus()
    embedded, texts, job = cascade_counts(messages)  # also loads the model before timing
    parse_rate = timed(parse_message, messages, args.rounds)
    full_rate = timed(lambda raw: classify_email(parse_message(raw)), messages, args.rounds)
    classify_share = (1 / full_rate - 1 / parse_rate) * full_rate
    print(f"messages: {len(messages)} (employer mail : ordinary = 1 : 4)")
    print(f"parse MIME only:        {parse_rate:8.0f} msg/s  ({1000 / parse_rate:.2f} ms/msg)")
    print(f"parse + classify:       {full_rate:8.0f} msg/s  ({1000 / full_rate:.2f} ms/msg)")
    print(f"classification share of the time: {classify_share:.0%}; target >= {TARGET:.0f} msg/s")
    print(
        f"cascade: {job} classified as employer mail; {embedded} mails "
        f"({embedded / len(messages):.0%}) reached the embedding model ({texts} texts embedded)"
    )
    return 0 if full_rate >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
