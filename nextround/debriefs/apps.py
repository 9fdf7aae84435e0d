from django.apps import AppConfig


class DebriefsConfig(AppConfig):
    name = "nextround.debriefs"
    label = "debriefs"
