from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "nextround.core"
    label = "core"
