from django.contrib import admin

from nextround.accounts.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "prefix", "created_at", "last_used_at"]
    list_filter = ["owner"]
    # The digest cannot be turned back into a secret, and editing it would break the token.
    readonly_fields = ["prefix", "digest", "created_at", "last_used_at"]
