from django.contrib import admin

from nextround.debriefs.models import Debrief, DebriefQuestion, FlagReview


class QuestionInline(admin.TabularInline):
    model = DebriefQuestion
    extra = 0


class ReviewInline(admin.TabularInline):
    model = FlagReview
    extra = 0


@admin.register(Debrief)
class DebriefAdmin(admin.ModelAdmin):
    list_display = ("interview", "owner", "rating", "updated_at")
    list_filter = ("rating",)
    inlines = [QuestionInline, ReviewInline]
