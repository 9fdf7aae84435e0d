from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "nextround.feedback"
    label = "feedback"
