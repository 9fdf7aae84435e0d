from django.urls import path

from nextround.feedback import employer_views, views

urlpatterns = [
    path("feedback/", views.feedback_list, name="feedback_list"),
    path("feedback/mail-settings/", views.smtp_settings, name="feedback_smtp"),
    path("feedback/<int:pk>/", views.request_detail, name="feedback_request"),
    path("feedback/<int:pk>/tone/", views.tone_check, name="feedback_tone"),
    path("feedback/<int:pk>/send/", views.request_send, name="feedback_send"),
    path("feedback/<int:pk>/mark-sent/", views.request_mark_sent, name="feedback_mark_sent"),
    path("feedback/<int:pk>/outcome/", views.request_outcome, name="feedback_outcome"),
    path("feedback/<int:pk>/form-link/", views.request_form_link, name="feedback_form_link"),
    path(
        "applications/<int:pk>/feedback-request/",
        views.request_create,
        name="feedback_request_create",
    ),
    path("applications/<int:pk>/feedback/", views.pasted_feedback, name="feedback_paste"),
    path("plan/", views.action_plan, name="action_plan"),
    path("plan/<int:pk>/toggle/", views.item_toggle, name="action_item_toggle"),
    path("f/<str:token>/", employer_views.employer_form, name="employer_form"),
]
