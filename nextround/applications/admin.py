from django.contrib import admin

from nextround.applications.models import (
    Application,
    Company,
    Contact,
    Interview,
    Note,
    StageEvent,
)


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "website"]
    list_filter = ["owner"]
    search_fields = ["name"]


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "company", "owner"]
    list_filter = ["owner", "role"]
    search_fields = ["name", "email"]
    list_select_related = ["company", "owner"]


class StageEventInline(admin.TabularInline):
    model = StageEvent
    extra = 0
    # History is written by move_application only, so the admin shows it read-only.
    can_delete = False
    readonly_fields = ["from_stage", "to_stage", "at", "note", "source"]
    fields = readonly_fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ["role_title", "company", "stage", "applied_on", "owner"]
    list_filter = ["owner", "stage"]
    search_fields = ["role_title", "company__name"]
    list_select_related = ["company", "owner"]
    # The stage changes only through a move, which keeps the history consistent.
    readonly_fields = ["stage", "rejected_at_stage", "last_activity_at", "updated_at"]
    raw_id_fields = ["company"]
    inlines = [StageEventInline]


@admin.register(Interview)
class InterviewAdmin(admin.ModelAdmin):
    list_display = ["application", "starts_at", "format", "outcome", "owner"]
    list_filter = ["owner", "format", "outcome"]
    raw_id_fields = ["application", "interviewers"]


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ["__str__", "application", "owner", "created_at"]
    list_filter = ["owner"]
    raw_id_fields = ["application"]
