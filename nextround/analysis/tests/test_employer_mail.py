"""Employer-mail classification: kinds, traps, feedback, talent pool and extraction."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nextround.analysis.employer_mail import KINDS, classify_email, email_report
from nextround.analysis.mime import MalformedMessage, parse_message


def mail(
    body: str,
    subject: str = "Your application",
    sender: str = "Jane Doe <jane@acmeanalytics.com>",
    extra: str = "",
    html: bool = False,
) -> bytes:
    ctype = "text/html" if html else "text/plain"
    head = (
        f"From: {sender}\r\nTo: sam@example.com\r\nSubject: {subject}\r\n"
        f"Date: Mon, 4 Mar 2024 09:00:00 +0000\r\n{extra}Content-Type: {ctype}; "
        f"charset=utf-8\r\n\r\n"
    )
    return (head + body).encode()


def classify(body: str, **kw):
    return classify_email(parse_message(mail(body, **kw)))


def test_kinds_are_exported_in_contract_order():
    assert KINDS == (
        "acknowledgement",
        "interview_invitation",
        "rejection",
        "offer",
        "feedback_reply",
        "other",
    )


def test_an_acknowledgement_with_a_silent_rejection_clause_stays_an_acknowledgement():
    result = classify(
        "Hi Sam,\n\nThanks for applying for the Data Analyst role at Acme Analytics. We have "
        "received "
        "your application. If you don't hear from us within two weeks, please assume you have been "
        "unsuccessful.\n\nAcme Analytics Recruiting"
    )
    assert result.kind == "acknowledgement" and result.role == "Data Analyst"


def test_an_invitation_that_says_a_slot_is_gone_is_still_an_invitation():
    result = classify(
        "Hi Sam,\n\nUnfortunately the Tuesday slot is gone, but we'd love to invite you to a video "
        "interview on Wednesday at 3pm instead. Join here: "
        "https://meet.google.com/abc-defg-hij\n\nJane"
    )
    assert result.kind == "interview_invitation"
    assert result.interview_at == datetime(2024, 3, 6, 15, 0, tzinfo=UTC)
    assert result.meeting_link == "https://meet.google.com/abc-defg-hij"


def test_a_rejection_with_generic_lines_has_no_specific_feedback():
    result = classify(
        "Dear Sam,\n\nThank you for applying. We had many strong applicants and have decided to "
        "move "
        "forward with candidates whose experience more closely matched our needs.\n\nBest wishes"
    )
    assert (
        result.kind == "rejection" and not result.has_specific_feedback and not result.talent_pool
    )


def test_a_rejection_with_a_concrete_observation_has_specific_feedback():
    result = classify(
        "Hi Sam,\n\nWe won't be progressing your application. The panel felt your answer on SQL "
        "window functions lacked depth.\n\nJane"
    )
    assert result.kind == "rejection" and result.has_specific_feedback
    assert result.feedback_sentences == (
        "The panel felt your answer on SQL window functions lacked depth.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "We'll keep your CV on file and contact you if a suitable role comes up.",
        "Please feel free to apply again in the future.",
        "We'd like to add you to our talent pool for future opportunities.",
    ],
)
def test_talent_pool_wording_is_recognised(line):
    result = classify(
        f"Hi Sam,\n\nUnfortunately we have decided not to progress your application. {line}\n\nJane"
    )
    assert result.kind == "rejection" and result.talent_pool


def test_a_refusal_to_keep_details_is_not_a_talent_pool():
    result = classify(
        "Hi Sam,\n\nUnfortunately you were unsuccessful. We will not keep your details on "
        "file.\n\nJane"
    )
    assert not result.talent_pool


def test_an_offer_is_recognised_and_a_declined_offer_is_not():
    offer = classify(
        "Dear Sam,\n\nI am delighted to offer you the position of Product Designer. Your offer "
        "letter is "
        "attached.\n\nJane"
    )
    refusal = classify(
        "Dear Sam,\n\nI'm sorry, we are not able to offer you the position of Product "
        "Designer.\n\nJane"
    )
    assert offer.kind == "offer" and offer.role == "Product Designer"
    assert refusal.kind == "rejection"


def test_an_offer_of_an_interview_is_an_invitation_not_an_offer():
    assert (
        classify(
            "Hi Sam, we'd like to offer you an interview for the Backend Engineer role. "
            "Which times would work?"
        ).kind
        == "interview_invitation"
    )


def test_a_feedback_reply_declining_feedback_is_a_feedback_reply():
    result = classify(
        "Hi Sam,\n\nThanks for asking for feedback. I'm afraid our policy is not to give "
        "individual "
        "feedback to candidates.\n\nJane",
        subject="Re: Feedback request",
    )
    assert result.kind == "feedback_reply" and not result.has_specific_feedback


def test_a_feedback_reply_with_bullets_has_specific_feedback():
    result = classify(
        "Hi Sam,\n\nAs you requested, here is the panel's feedback:\n\n- Your Python was solid "
        "but the "
        "debugging exercise took too long\n- More depth on trade-offs needed\n\nJane",
        subject="Re: Interview feedback",
    )
    assert result.kind == "feedback_reply" and result.has_specific_feedback


def test_quoted_history_does_not_change_the_kind():
    body = (
        "Hi Sam,\n\nThanks for your email. We have received your application and are reviewing "
        "it.\n\nJane\n\n"
        "On Fri, 1 Mar 2024 at 10:00, Sam <sam@example.com> wrote:\n> Did you decide to offer me "
        "the job?\n"
        "> Last time you said unfortunately you would not progress me."
    )
    assert classify(body).kind == "acknowledgement"


def test_outlook_original_message_blocks_are_ignored():
    body = (
        "Hi Sam, we regret to inform you that we have decided not to progress your application.\n\n"
        "-----Original Message-----\nFrom: Jane\nSent: Monday\n\nWe would like to invite you to "
        "interview."
    )
    assert classify(body).kind == "rejection"


def test_a_legal_footer_full_of_misleading_words_does_not_mislead():
    body = (
        "Hi Sam,\n\nThanks for applying for the Data Analyst position, we have received your "
        "application.\n\n"
        "This email is confidential and intended for the recipient only. Any offer of employment "
        "is subject "
        "to contract; unsuccessful delivery should be reported. If you received this in error, "
        "delete it."
    )
    assert classify(body).kind == "acknowledgement"


def test_a_forwarded_rejection_is_classified_by_its_forwarded_content():
    body = (
        "FYI, sad news.\n\n---------- Forwarded message ---------\nFrom: Acme Analytics Careers "
        "<careers@acmeanalytics.com>\nSubject: Your application\n\nDear Sam, we regret to inform "
        "you that your "
        "application was unsuccessful.\n"
    )
    result = classify(body, subject="Fwd: Your application", sender="Sam <sam@example.com>")
    assert result.kind == "rejection" and result.company == "Acme Analytics"


def test_html_only_mail_is_classified():
    html = (
        "<html><head><style>p{}</style><script>var x='offer';</script></head><body><p>Dear Sam,</p>"
        "<p>We would like to invite you to an interview for the <b>UX Researcher</b> "
        "role.</p></body></html>"
    )
    result = classify(html, html=True)
    assert result.kind == "interview_invitation" and result.role == "UX Researcher"


@pytest.mark.parametrize(
    "body,subject,extra",
    [
        (
            "5 interview questions to ace your next job offer. Read more.",
            "Weekly careers digest",
            "List-Unsubscribe: <mailto:u@news.example>\r\n",
        ),
        ("Your order #1234 has shipped. Tracking number below.", "Order update", ""),
        ("Are you free for dinner on Saturday? Mum's birthday.", "Dinner", ""),
        (
            "Thank you for applying for the Everyday credit card. We have received your "
            "application.",
            "Card",
            "",
        ),
    ],
)
def test_ordinary_mail_with_job_words_is_other(body, subject, extra):
    assert classify(body, subject=subject, extra=extra).kind == "other"


def test_company_comes_from_an_ats_sender_name_and_role_from_the_subject():
    report = email_report(
        mail(
            "Thank you for applying. We have received your application.",
            subject="Application received: Senior Data Analyst",
            sender="Brightwave Health via Greenhouse <no-reply@greenhouse.io>",
        )
    )
    assert report == {
        "kind": "acknowledgement",
        "has_specific_feedback": False,
        "talent_pool": False,
        "company": "Brightwave Health",
        "role": "Senior Data Analyst",
    }


def test_company_comes_from_the_signature_when_the_sender_is_a_person():
    result = classify(
        "Hi Sam,\n\nWe'd like to invite you to a phone screen. What times work for you?\n\n"
        "Best regards,\nJane Doe\nTalent Partner | Halcyon Robotics\n+44 20 7946 0000",
        sender="Jane Doe <jane@gmail.com>",
    )
    assert result.company == "Halcyon Robotics"


def test_an_explicit_date_and_time_are_extracted():
    result = classify(
        "Hi Sam, your interview is confirmed for 12 March at 10:30am. "
        "Zoom: https://zoom.us/j/123456 See you then."
    )
    assert result.interview_at == datetime(2024, 3, 12, 10, 30, tzinfo=UTC)
    assert result.meeting_link == "https://zoom.us/j/123456"


def test_email_report_propagates_malformed_input():
    with pytest.raises(MalformedMessage):
        email_report(b"")


def test_a_sender_whose_domain_spells_its_name_gives_the_company():
    result = classify(
        "Thanks for applying. We have received your application and will review it shortly.",
        sender="Montrose Dental <info@montrosedental.example>",
    )
    assert result.company == "Montrose Dental"


def test_a_clipped_company_name_is_completed_from_the_signature():
    result = classify(
        "Hi Sam,\n\nWe'd love to offer you the Level Designer position. Your offer letter is "
        "attached.\n\nBest,\nJane\nPixelhorn Games Careers",
        sender="Pixelhorn <jane@pixelhorn.example>",
    )
    assert result.kind == "offer" and result.company == "Pixelhorn Games"
