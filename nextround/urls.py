"""URL map: web pages, the JSON API under /api/v1/, and the admin."""

from django.contrib import admin
from django.urls import include, path

from nextround.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("", include("nextround.accounts.urls")),
    path("", include("nextround.applications.urls")),
    path("", include("nextround.debriefs.urls")),
    path("", include("nextround.feedback.urls")),
    path("", include("nextround.mailboxes.urls")),
]
