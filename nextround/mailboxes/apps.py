from django.apps import AppConfig


class MailboxesConfig(AppConfig):
    name = "nextround.mailboxes"
    label = "mailboxes"
    verbose_name = "Mailboxes"
