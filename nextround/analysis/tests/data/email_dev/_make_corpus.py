"""Write the dev corpus of employer mail (.eml + labels.jsonl) from the hand-written templates.

Run: .venv/bin/python nextround/analysis/tests/data/email_dev/_make_corpus.py
Wrappers vary the format (plain, HTML-only, alternative, QP/base64, latin-1), add quoted threads,
forwards, signatures and legal footers with misleading words.
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import _hand_written as H  # noqa: E402
import _templates_job as J  # noqa: E402
import _templates_misc as M  # noqa: E402

COMPANIES = [
    "Acme Analytics",
    "Brightwave Health",
    "Northwind Logistics",
    "Fernhill Studios",
    "Quillon Bank",
    "Halcyon Robotics",
    "Juniper & Co",
    "Oakridge Schools Trust",
    "Tidewater Energy",
    "Lumen Labs",
    "Cobalt Insurance",
    "Pinecrest Retail",
    "Meridian Games",
    "Silverline Media",
    "Kestrel Aerospace",
    "Vantage Point Consulting",
    "Orbital Foods",
    "Greenleaf Architects",
    "Stellar Freight",
    "Nimbus Cloud",
    "Atlas Mobility",
    "Zephyr Travel",
    "Ironbridge Engineering",
    "Redwood Software",
    "Sable Security",
    "Tandem Bio",
    "Foxglove Publishing",
    "Helix Genomics",
    "Lighthouse Trust",
    "Polar Payments",
    "Harbourside Legal",
    "Bluebell Care",
    "Copperleaf Credit",
    "Wildflower Marketing",
    "Summit Outdoor",
]
ROLES = [
    "Senior Data Analyst",
    "Product Designer",
    "Backend Engineer",
    "Marketing Manager",
    "Customer Success Manager",
    "Junior Developer",
    "Finance Assistant",
    "Operations Coordinator",
    "Data Scientist",
    "UX Researcher",
    "Account Executive",
    "Registered Nurse",
    "Primary Teacher",
    "Software Engineer II",
    "DevOps Engineer",
    "HR Advisor",
    "Content Writer",
    "Project Manager",
    "Business Analyst",
    "Graduate Accountant",
    "Frontend Developer",
    "Sales Representative",
    "QA Engineer",
    "Head of Product",
    "Office Administrator",
    "Machine Learning Engineer",
    "Social Media Executive",
    "Payroll Specialist",
    "Solutions Architect",
    "Research Assistant",
]
CANDIDATES = [
    "Sam",
    "Priya",
    "Tom",
    "Aisha",
    "Jonas",
    "Maria",
    "Chen",
    "Olu",
    "Beth",
    "Rafael",
    "Kate",
    "Dev",
]
SENDERS = [
    "Jane Doe",
    "Marcus Lee",
    "Sofia Alvarez",
    "Ben Carter",
    "Hannah Okafor",
    "Liam O'Neill",
    "Ruth Kim",
    "Tomasz Nowak",
    "Grace Chen",
    "Ade Bello",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TIMES = ["10am", "2:30pm", "11:00", "3pm", "9.30am", "14:00", "4pm"]
LINKS = [
    "https://zoom.us/j/9182736450?pwd=abc",
    "https://meet.google.com/abc-defg-hij",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_XYZ",
]
ATS = ["Greenhouse", "Lever", "Workday", "Ashby", "SmartRecruiters"]
SIGNATURES = [
    "--\n{sender}\nInterview Coordinator | {company}\n+44 20 7946 0000",
    "{sender}\nTalent Acquisition Partner\n{company}\nWe're hiring! Check out our open roles.",
    "--\n{sender} | Recruitment\nP.S. Ask me about our referral offer: £500 for every hire!",
]
FOOTERS = [
    "This email and any attachments are confidential and intended solely for the addressee. If "
    "you have received "
    "this email in error please notify the sender. Any offer of employment is subject to contract.",
    "{company} Ltd is registered in England and Wales, company number 08123456. Registered "
    "office: 1 High Street, "
    "London. We are an equal opportunity employer and do not reject applications on the basis of "
    "age, gender or "
    "ethnicity.",
    "Privacy notice: we process candidate data in line with our privacy policy. Unsuccessful "
    "delivery? Contact IT.",
]
QUOTES = [
    "Hi,\nI'm really excited about the offer of an interview and wanted to check the dress "
    "code.\nThanks, {cand}",
    "Dear {cand},\nWe would like to invite you to interview for the {role} role on Monday at "
    "10am.\nRegards, {sender}",
    "Hi {sender},\nThank you for letting me know. Could you give me any feedback on my "
    "interview?\nBest, {cand}",
    "Hello, just checking in on the status of my application - I haven't been rejected yet, have "
    "I?\n{cand}",
]


def slug(company: str) -> str:
    """Company name as a domain label."""
    return re.sub(r"[^a-z0-9]+", "", company.lower().replace("&", "and"))


def fill(text: str, ctx: dict) -> str:
    """Fill placeholders from the context."""
    return text.format(**ctx)


def build(rng: random.Random, kind: str, idx: int) -> tuple[EmailMessage, dict]:
    """One labelled message of the given kind."""
    company, role = rng.choice(COMPANIES), rng.choice(ROLES)
    sent = datetime(2024, 1, 8, 9, tzinfo=UTC) + timedelta(
        days=rng.randint(0, 300), minutes=rng.randint(0, 600)
    )
    ctx = {
        "cand": rng.choice(CANDIDATES),
        "company": company,
        "role": role,
        "sender": rng.choice(SENDERS),
        "day": rng.choice(DAYS),
        "time": rng.choice(TIMES),
        "link": rng.choice(LINKS),
        "slug": slug(company),
        "date": (sent + timedelta(days=rng.randint(3, 12))).strftime("%-d %B"),
        "salary": rng.choice(["38,000", "52,500", "61,000", "85,000"]),
        "feedback": "",
        "talent": "",
    }
    label = {"kind": kind, "has_specific_feedback": False, "talent_pool": False}
    if kind == "other":
        subject, body, from_name, from_addr, bulk = rng.choice(M.OTHER)
        subject, body = fill(subject, ctx), fill(body, ctx)
        label.update(company=None, role=None)
        return _assemble(rng, subject, body, from_name, from_addr, sent, bulk, ctx, idx), label
    pool = {
        "acknowledgement": J.ACK,
        "interview_invitation": J.INVITE,
        "rejection": J.REJECT,
        "offer": J.OFFER,
        "feedback_reply": J.FEEDBACK,
    }[kind]
    subject, body = rng.choice(pool)
    if kind in ("rejection", "feedback_reply"):
        _add_feedback(rng, kind, ctx, label)
    talent_hint = "keep your details on file" in body
    label["talent_pool"] = bool(ctx["talent"]) or talent_hint
    from_name, from_addr = _sender(rng, ctx)
    subject, body = fill(subject, ctx), fill(body, ctx)
    mentions = subject + body + from_name
    label["company"] = company if company in mentions else None
    label["role"] = role if role in subject + body else None
    if rng.random() < 0.35:
        body += "\n\n" + fill(rng.choice(SIGNATURES), ctx)
    if rng.random() < 0.3:
        body += "\n\n" + fill(rng.choice(FOOTERS), ctx)
    if company in body and label["company"] is None:
        label["company"] = company
    return _assemble(rng, subject, body, from_name, from_addr, sent, False, ctx, idx), label


def _add_feedback(rng: random.Random, kind: str, ctx: dict, label: dict) -> None:
    choice = rng.random()
    if choice < 0.45:
        lines = rng.sample(M.SPECIFIC_FEEDBACK, rng.randint(1, 2))
        ctx["feedback"] = " ".join(lines) + "\n\n"
        label["has_specific_feedback"] = True
    elif choice < 0.6 and kind == "feedback_reply":
        ctx["feedback"] = rng.choice(M.SPECIFIC_BULLETS)
        label["has_specific_feedback"] = True
    elif choice < 0.8 and kind == "feedback_reply":
        ctx["feedback"] = rng.choice(J.FEEDBACK_DECLINE)
    elif choice < 0.8:
        ctx["feedback"] = rng.choice(M.GENERIC_FEEDBACK) + "\n\n"
    if kind == "feedback_reply" and not ctx["feedback"]:
        ctx["feedback"] = rng.choice(M.GENERIC_FEEDBACK) + " " + rng.choice(J.FEEDBACK_DECLINE)
    if rng.random() < 0.4:
        ctx["talent"] = rng.choice(M.TALENT) + "\n\n"


def _sender(rng: random.Random, ctx: dict) -> tuple[str, str]:
    style = rng.random()
    domain = slug(ctx["company"]) + rng.choice([".com", ".co.uk", ".io"])
    if style < 0.3:
        ats = rng.choice(ATS)
        return f"{ctx['company']} via {ats}", f"no-reply@{ats.lower()}-mail.example"
    if style < 0.55:
        return (
            f"{ctx['company']} {rng.choice(['Careers', 'Recruiting', 'Talent Team', 'HR'])}",
            f"careers@{domain}",
        )
    first = ctx["sender"].split()[0].lower().replace("'", "")
    return ctx["sender"], f"{first}@{domain}"


def _assemble(rng, subject, body, from_name, from_addr, sent, bulk, ctx, idx) -> EmailMessage:
    quoted = rng.random() < 0.22
    forwarded = not quoted and rng.random() < 0.06
    if quoted:
        earlier = fill(rng.choice(QUOTES), ctx)
        when = format_datetime(sent - timedelta(days=2))
        if rng.random() < 0.5:
            body += f"\n\nOn {when}, {ctx['cand']} <{ctx['cand'].lower()}@example.com> wrote:\n"
            body += "\n".join("> " + line for line in earlier.split("\n"))
        else:
            body += (
                f"\n\n-----Original Message-----\nFrom: {ctx['cand']}\nSent: {when}\n"
                f"Subject: {subject}\n\n{earlier}"
            )
        subject = subject if subject.lower().startswith("re:") else "Re: " + subject
    if forwarded:
        body = (
            f"FYI - see below!\n\n---------- Forwarded message ---------\nFrom: {from_name} "
            f"<{from_addr}>\n"
            f"Date: {format_datetime(sent)}\nSubject: {subject}\nTo: {ctx['cand']}\n\n{body}"
        )
        subject, from_name, from_addr = (
            "Fwd: " + subject,
            ctx["cand"],
            f"{ctx['cand'].lower()}@example.com",
        )
    msg = EmailMessage()
    msg["From"] = f'"{from_name}" <{from_addr}>'
    msg["To"] = f"{ctx['cand'].lower()}@example.com"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = make_msgid(idstring=str(idx), domain="dev.example")
    if bulk:
        msg["List-Unsubscribe"] = f"<mailto:unsubscribe@{from_addr.split('@')[1]}>"
    _set_body(rng, msg, body)
    return msg


def _set_body(rng: random.Random, msg: EmailMessage, body: str) -> None:
    style = rng.random()
    charset = "iso-8859-1" if rng.random() < 0.2 and _latin1_ok(body) else "utf-8"
    if style < 0.4:
        msg.set_content(
            body, charset=charset, cte=rng.choice(["quoted-printable", "base64", "8bit"])
        )
    elif style < 0.6:
        msg.set_content(_to_html(rng, body), subtype="html", charset=charset)
    else:
        msg.set_content(body, charset=charset)
        msg.add_alternative(_to_html(rng, body), subtype="html")


def _latin1_ok(text: str) -> bool:
    try:
        text.encode("iso-8859-1")
    except UnicodeEncodeError:
        return False
    return True


def _to_html(rng: random.Random, body: str) -> str:
    parts = []
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>".join(html.escape(line.lstrip("> ")) for line in lines)
            parts.append(f'<blockquote class="gmail_quote">{inner}</blockquote>')
            continue
        text = "<br>\n".join(_link(html.escape(line)) for line in lines)
        parts.append(f'<p style="margin:0 0 12px">{text}</p>')
    head = "<head><style>p{font-family:Arial}</style><title>Mail</title></head>"
    if rng.random() < 0.3:
        head += "<script>var tracking='offer interview rejection';</script>"
    inner = "\n".join(parts)
    if rng.random() < 0.4:
        inner = f'<table width="600"><tr><td class="content">{inner}</td></tr></table>'
    return f"<!DOCTYPE html><html>{head}<body>{inner}</body></html>"


def _link(line: str) -> str:
    return re.sub(r"(https?://\S+)", r'<a href="\1">Join the meeting</a>', line)


def main() -> None:
    """Generate the corpus deterministically."""
    rng = random.Random(20240601)
    plan = (
        ["acknowledgement"] * 50
        + ["interview_invitation"] * 55
        + ["rejection"] * 80
        + ["offer"] * 30
    )
    plan += ["feedback_reply"] * 40 + ["other"] * 45
    labels = []
    for idx, kind in enumerate(plan):
        msg, label = build(rng, kind, idx)
        name = f"gen_{idx:03d}.eml"
        (HERE / name).write_bytes(bytes(msg))
        labels.append({"file": name, **label})
    labels += write_hand_written(rng)
    (HERE / "labels.jsonl").write_text("".join(json.dumps(lab) + "\n" for lab in labels))


def write_hand_written(rng: random.Random) -> list[dict]:
    """The hand-written one-off mails, each in its own format."""
    labels = []
    for idx, (kind, specific, talent, company, role, sender, subject, body, is_html) in enumerate(
        H.HAND
    ):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = sender, "me@example.com", subject
        msg["Date"] = format_datetime(datetime(2024, 6, 3, 9, tzinfo=UTC) + timedelta(days=idx))
        msg["Message-ID"] = make_msgid(idstring=f"hand{idx}", domain="dev.example")
        if is_html:
            msg.set_content(f"<html><body>{body}</body></html>", subtype="html")
        else:
            msg.set_content(body, cte=rng.choice(["quoted-printable", "8bit", "base64"]))
        name = f"hand_{idx:03d}.eml"
        (HERE / name).write_bytes(bytes(msg))
        labels.append(
            {
                "file": name,
                "kind": kind,
                "has_specific_feedback": specific,
                "talent_pool": talent,
                "company": company,
                "role": role,
            }
        )
    return labels


if __name__ == "__main__":
    main()
