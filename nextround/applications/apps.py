from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "nextround.applications"
    label = "applications"
