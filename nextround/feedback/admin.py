from django.contrib import admin

from nextround.feedback.models import ActionItem, Feedback, FeedbackEvent, FeedbackRequest


class EventInline(admin.TabularInline):
    model = FeedbackEvent
    extra = 0


@admin.register(FeedbackRequest)
class FeedbackRequestAdmin(admin.ModelAdmin):
    list_display = ("application", "owner", "state", "to_address", "sent_at")
    list_filter = ("state",)
    # The form nonce is what the employer's link is signed over: never shown.
    exclude = ("form_nonce",)
    inlines = [EventInline]


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin):
    list_display = ("application", "owner", "source", "received_at")
    list_filter = ("source",)


@admin.register(ActionItem)
class ActionItemAdmin(admin.ModelAdmin):
    list_display = ("theme", "owner", "count", "due_on", "done")
    list_filter = ("done", "theme")
