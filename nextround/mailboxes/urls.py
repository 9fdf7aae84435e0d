"""Web pages for mail: the inbox review, messages and mail accounts."""

from django.urls import path

from nextround.mailboxes.views import accounts, inbox

urlpatterns = [
    path("inbox/", inbox.inbox, name="inbox"),
    path("inbox/settings/", inbox.preferences, name="mail_preferences"),
    path("inbox/proposals/<int:pk>/accept/", inbox.accept, name="proposal_accept"),
    path("inbox/proposals/<int:pk>/dismiss/", inbox.dismiss, name="proposal_dismiss"),
    path("inbox/proposals/<int:pk>/undo/", inbox.undo, name="proposal_undo"),
    path("inbox/proposals/<int:pk>/edit/", inbox.edit, name="proposal_edit"),
    path("inbox/messages/<int:pk>/", inbox.message_detail, name="mail_message"),
    path("inbox/accounts/", accounts.account_list, name="mail_accounts"),
    path("inbox/accounts/new/", accounts.account_create, name="mail_account_create"),
    path("inbox/accounts/<int:pk>/edit/", accounts.account_edit, name="mail_account_edit"),
    path("inbox/accounts/<int:pk>/delete/", accounts.account_delete, name="mail_account_delete"),
    path("inbox/accounts/<int:pk>/test/", accounts.account_test, name="mail_account_test"),
    path("inbox/accounts/<int:pk>/sync/", accounts.account_sync, name="mail_account_sync"),
    path("inbox/upload/", accounts.upload, name="mail_upload"),
    path("inbox/imports/<int:pk>/", accounts.import_detail, name="mail_import"),
    path("inbox/imports/<int:pk>/retry/", accounts.import_retry, name="mail_import_retry"),
]
