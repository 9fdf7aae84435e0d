"""The trained side of the employer-mail classifier: cascade, paraphrases, vetoes, model file."""

from __future__ import annotations

import json

import pytest

from nextround.analysis import embed as embed_module
from nextround.analysis import employer_mail_model as model
from nextround.analysis.employer_mail import classify_email, decide
from nextround.analysis.employer_mail_features import mail_text, read_mail, rule_flags
from nextround.analysis.employer_mail_feedback import is_feedback_sentence, mentions_talent_pool
from nextround.analysis.mime import parse_message
from nextround.analysis.tests.test_employer_mail import mail


def view_of(body: str, subject: str = "Your application"):
    msg = parse_message(mail(body, subject=subject))
    return read_mail(msg, mail_text(msg))


def classify(body: str, **kw):
    return classify_email(parse_message(mail(body, **kw)))


@pytest.fixture
def no_embedding(monkeypatch):
    def refuse(*texts):
        raise AssertionError(f"embedding was computed for {texts!r}")

    monkeypatch.setattr(embed_module, "embed", refuse)
    monkeypatch.setattr(model, "flag_encoder", refuse)


def test_ordinary_mail_is_settled_without_the_embedding_model(no_embedding):
    result = classify(
        "Hi Jo, are we still on for Friday? I can bring the tent. Mum says hi.",
        subject="Weekend",
        sender="Priya <priya@example.org>",
    )
    assert result.kind == "other"


def test_bulk_newsletter_with_job_words_is_settled_without_the_embedding_model(no_embedding):
    result = classify(
        "Ten interview tips and how to negotiate your next job offer. Read more on our blog.",
        subject="Careers digest",
        extra="List-Unsubscribe: <mailto:u@news.example>\r\n",
    )
    assert result.kind == "other"


@pytest.mark.parametrize(
    "body,subject,kind",
    [
        (
            "Sam - thanks for popping in. We'll be carrying on the search without you for this "
            "one, sorry. Appreciate your time.\n\nD",
            "Re: chat",
            "rejection",
        ),
        (
            "Hi Sam, could you pop into the studio on Thursday at 2 for an hour with Priya and "
            "me? Bring your sketchbook.\n\nD",
            "Re: portfolio",
            "interview_invitation",
        ),
    ],
)
def test_a_paraphrase_the_rules_miss_gets_its_kind_from_the_model(body, subject, kind):
    assert decide(view_of(body, subject=subject).scores)[0] == "other"  # the rules see nothing
    assert classify(body, subject=subject).kind == kind


REJECTED = "Hi Sam,\n\nUnfortunately we have decided not to progress your application. "


def test_a_paraphrased_talent_pool_line_is_caught_and_its_denial_is_not():
    line = "Our graduate scheme reopens in March and we would be glad to see your name on the list again."  # noqa: E501
    denied = "We will not retain your details for further vacancies across the trust."
    assert not mentions_talent_pool(line)  # a paraphrase the talent-pool rule misses
    assert classify(f"{REJECTED}{line}\n\nJane").talent_pool
    assert not classify(f"{REJECTED}{denied}\n\nJane").talent_pool


@pytest.mark.parametrize(
    "line",
    [
        "When the queue built up you stayed on the milk steamer rather than jumping to the till.",
        "Your presentation ran ten minutes over and skipped the budget section.",
    ],
)
def test_a_paraphrased_observation_the_rules_miss_is_specific_feedback(line):
    assert not is_feedback_sentence(line)  # the feedback rule misses it
    result = classify(f"{REJECTED}{line}\n\nJane")
    assert result.has_specific_feedback and result.feedback_sentences == (line,)


def test_a_generic_reason_is_not_specific_feedback():
    result = classify(f"{REJECTED}We had a lot of applicants and went with someone else.\n\nJane")
    assert result.kind == "rejection" and not result.has_specific_feedback


def test_flag_candidates_skip_greetings_and_vetoed_sentences():
    view = view_of(
        "Hi Sam,\n\nWe regret to say you were not selected. We will not keep your details on "
        "file. We had many strong applicants this time. Your answer on pricing lacked numbers.\n\n"
        "Jane"
    )
    rule_flags(view, "rejection")
    wanted = model.flag_candidates(view, "rejection")
    feedback = [view.sentences[i] for i in wanted["has_specific_feedback"]]
    talent = [view.sentences[i] for i in wanted["talent_pool"]]
    assert "Your answer on pricing lacked numbers." in feedback
    assert "Hi Sam," not in feedback
    assert "We had many strong applicants this time." not in feedback
    assert talent == []  # the only talent-pool wording is a refusal


def test_flags_are_not_computed_for_an_interview_invitation():
    assert model.flag_candidates(view_of("We'd like to invite you to interview."), "offer") == {}


def test_the_model_file_has_weights_for_every_kind_and_a_manifest():
    weights = model.load()
    assert weights["cheap_W"].shape[0] == len(model.KINDS) == weights["full_W"].shape[0]
    assert weights["full_W"].shape[1] == 384 + weights["rf_mean"].shape[0] + 2048
    assert weights["flags_W"].shape == (len(model.FLAGS), 384)
    assert any(key.startswith(model.ADAPTER) for key in weights)  # the fine-tuned encoder
    meta = json.loads(model.MODEL_PATH.with_suffix(".json").read_text())
    splits = {"dev", "train", "train2", "train3", "train4", "train5"}
    assert meta["version"] == 2 and set(meta["corpus"]) == splits
    assert meta["cross_validation"]["flags_numpy_vs_torch_lowest_cosine"] >= 0.9999
    assert "email_test" not in json.dumps(meta)
