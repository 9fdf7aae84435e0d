from django.urls import path

from nextround.debriefs import views

urlpatterns = [
    path("interviews/<int:interview_id>/debrief/", views.debrief_edit, name="debrief_edit"),
    path(
        "interviews/<int:interview_id>/debrief/analyze/",
        views.debrief_analyze,
        name="debrief_analyze",
    ),
    path("debriefs/<int:debrief_id>/flags/<str:flag>/", views.review_flag, name="debrief_review"),
    path("patterns/", views.patterns_page, name="patterns"),
]
