"""Web pages for the tracker."""

from django.urls import path

from nextround.applications.views import (
    applications,
    board,
    companies,
    contacts,
    dashboard,
    interviews,
)

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("board/", board.board, name="board"),
    path("applications/", applications.application_list, name="application_list"),
    path("applications/new/", applications.application_create, name="application_create"),
    path("applications/<int:pk>/", applications.application_detail, name="application_detail"),
    path("applications/<int:pk>/edit/", applications.application_edit, name="application_edit"),
    path(
        "applications/<int:pk>/delete/",
        applications.application_delete,
        name="application_delete",
    ),
    path("applications/<int:pk>/move/", board.move, name="application_move"),
    path("applications/<int:pk>/notes/", applications.note_add, name="note_add"),
    path(
        "applications/<int:pk>/interviews/new/",
        interviews.interview_create,
        name="interview_create",
    ),
    path(
        "applications/<int:pk>/no-response/accept/",
        dashboard.accept_no_response,
        name="no_response_accept",
    ),
    path(
        "applications/<int:pk>/no-response/dismiss/",
        dashboard.dismiss_no_response,
        name="no_response_dismiss",
    ),
    path("interviews/<int:pk>/edit/", interviews.interview_edit, name="interview_edit"),
    path("companies/", companies.company_list, name="company_list"),
    path("companies/new/", companies.company_create, name="company_create"),
    path("companies/<int:pk>/", companies.company_detail, name="company_detail"),
    path("companies/<int:pk>/edit/", companies.company_edit, name="company_edit"),
    path("contacts/", contacts.contact_list, name="contact_list"),
    path("contacts/new/", contacts.contact_create, name="contact_create"),
    path("contacts/<int:pk>/edit/", contacts.contact_edit, name="contact_edit"),
    path("contacts/<int:pk>/delete/", contacts.contact_delete, name="contact_delete"),
]
