import pytest
from django.urls import reverse

from nextround.feedback import actions
from nextround.feedback.tests.factories import recruiter, rejected_application

pytestmark = pytest.mark.django_db


def test_save_and_open_in_my_mail_app_saves_the_edit_first(logged_in, user):
    app = rejected_application(user)
    recruiter(app)
    req = actions.create_request(user, app.pk)
    body = "Hello, could you share one thing I could do better next time? Thank you."
    data = {"to_address": req.to_address, "subject": "Feedback", "body": body, "then": "mailto"}
    response = logged_in.post(reverse("feedback_request", args=[req.pk]), data)
    assert response.status_code == 302
    assert response["Location"].startswith("mailto:priya@acme.test")
    assert "could%20you%20share" in response["Location"]
    req.refresh_from_db()
    assert req.body == body
