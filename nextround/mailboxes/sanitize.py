"""Employer HTML made safe to show: no scripts, forms, styles, frames or remote images."""

import nh3

from nextround.analysis.mime import html_to_text

# nh3's defaults already drop script, style, form, input, iframe and every on* attribute.
TAGS = set(nh3.ALLOWED_TAGS) - {"form", "input", "button", "select", "textarea", "iframe"}
ATTRIBUTES = {tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()}
ATTRIBUTES.setdefault("img", set()).update({"src", "alt", "width", "height"})
ATTRIBUTES["a"] = {"href", "title"}
SCHEMES = {"http", "https", "mailto", "tel", "data"}


def _filter(tag: str, attribute: str, value: str) -> str | None:
    """Keep data: only for images, and remote image sources never (no tracking pixels)."""
    is_data = value.strip().lower().startswith("data:")
    if tag == "img" and attribute == "src":
        return value if is_data and value.strip().lower().startswith("data:image/") else None
    if attribute in ("href", "src") and is_data:
        return None
    return value


def clean_html(html: str) -> str:
    """Sanitised HTML for display; links open in a new tab without referrer or opener."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        attribute_filter=_filter,
        url_schemes=SCHEMES,
        link_rel="noopener noreferrer nofollow",
        set_tag_attribute_values={"a": {"target": "_blank"}},
        strip_comments=True,
    )


def preview(text: str, html: str = "", length: int = 300) -> str:
    """A short plain-text preview: the text part, else the HTML with every tag removed."""
    source = text if text.strip() else nh3.clean(html or "", tags=set())
    return " ".join(source.split())[:length]


def has_own_text(text: str, html: str) -> bool:
    """False when the text was only derived from the HTML (an HTML-only message)."""
    if not text.strip():
        return False
    if not html:
        return True
    return html_to_text(html)[: len(text)].strip() != text.strip()
