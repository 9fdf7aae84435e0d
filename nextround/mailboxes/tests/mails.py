"""Employer mail for the proposal tests, written to read like the real thing."""

from nextround.mailboxes.actions import import_messages

BODIES = {
    "rejection": (
        "Your application for {role}",
        "Thank you for your interest in the {role} role at {company}. Unfortunately we have "
        "decided not to move forward with your application.\r\nYour SQL exercise was strong, "
        "but the panel felt your stakeholder examples lacked measurable outcomes.",
    ),
    "talent_pool": (
        "Your application for {role}",
        "Thank you for applying for the {role} position at {company}. Unfortunately we will "
        "not be progressing your application on this occasion. We will keep your details on "
        "file and contact you if a suitable role comes up in the future.",
    ),
    "interview_invitation": (
        "Interview invitation: {role}",
        "Thank you for applying for the {role} role at {company}. We would like to invite you "
        "to an interview on Thursday 3 December 2026 at 14:00 (UK time) by video.\r\n"
        "Join here: https://acme.zoom.us/j/8123456789\r\nPlease confirm that this time "
        "works for you.",
    ),
    "offer": (
        "Offer of employment: {role}",
        "I am delighted to offer you the position of {role} at {company}. Please find the "
        "offer letter attached with the salary and start date; we would love to have you on "
        "the team. Let us know if you have any questions before you sign.",
    ),
    "feedback_reply": (
        "Re: Feedback on my {role} interview",
        "Thanks for asking about the {role} interview at {company}. The panel liked your SQL "
        "work, but your answers on stakeholder management were too general and the case study "
        "presentation ran over time. Clearer examples with numbers would have helped.",
    ),
    "acknowledgement": (
        "We received your application for {role}",
        "Thank you for applying for the {role} role at {company}. We have received your "
        "application and our team will review it shortly. We will be in touch about next "
        "steps.",
    ),
}


def employer(
    n: int,
    kind: str = "rejection",
    *,
    company: str = "Acme",
    role: str = "Data Analyst",
    sender: str = "Jane Recruiter <jane@acme.example>",
    in_reply_to: str = "",
    html: str = "",
) -> bytes:
    """One employer message with a unique Message-ID."""
    subject, body = BODIES[kind]
    subject, body = subject.format(role=role), body.format(role=role, company=company)
    thread = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    content_type = "text/html" if html else "text/plain"
    text = html or f"Dear Alex,\r\n\r\n{body}\r\n\r\nBest regards,\r\n{company} Talent Team\r\n"
    return (
        f"From: {sender}\r\nTo: alex@example.test\r\nSubject: {subject}\r\n"
        f"Message-ID: <p{n}-{kind}@mail.test>\r\n{thread}"
        f"Date: Mon, 16 Nov 2026 10:{n % 60:02d}:00 +0000\r\n"
        f"Content-Type: {content_type}; charset=utf-8\r\n\r\n{text}"
    ).encode()


def deliver(owner, folder, *raws):
    """Import raw messages as .eml files, as an upload or `nextround mail import` would."""
    paths = []
    for raw in raws:
        path = folder / f"mail-{len(list(folder.iterdir()))}.eml"
        path.write_bytes(raw)
        paths.append(path)
    return import_messages(owner, paths)
