"""HTML to plain text with the stdlib parser: keeps line structure, drops scripts and styles."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset(
    {"script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe"}
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "table",
        "tr",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "pre",
        "address",
        "center",
        "form",
        "dl",
        "dt",
        "dd",
        "main",
        "aside",
        "nav",
        "figure",
        "tbody",
        "thead",
        "blockquote",
    }
)
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source"}
)
_INLINE_SPACES = re.compile(r"[ \t\u00a0\u200b\u200c\u200d\ufeff]+")
_BLANKS = re.compile(r"\n{3,}")


class _TextExtractor(HTMLParser):
    """Collects visible text, emitting newlines at block boundaries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip_depth = 0
        self.quote_depth = 0  # <blockquote> nesting: quoted mail becomes "> " lines
        self.skip_stack: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip_stack.append(tag)
            return
        if tag == "br":
            self._newline()
        elif tag == "li":
            self._newline()
            self.out.append("- ")
        elif tag in ("td", "th"):
            self.out.append(" ")
        elif tag in _BLOCK:
            self._newline()
            if tag == "blockquote":
                self.quote_depth += 1
                self.out.append("> " * self.quote_depth)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br":
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            if tag == self.skip_stack[-1]:
                self.skip_stack.pop()
            elif tag in self.skip_stack:
                del self.skip_stack[self.skip_stack.index(tag) :]
            return
        if tag == "blockquote" and self.quote_depth:
            self.quote_depth -= 1
        if tag in _BLOCK or tag == "li":
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip_stack:
            return
        data = _INLINE_SPACES.sub(" ", data.replace("\r", " ").replace("\n", " "))
        if data:
            self.out.append(data)

    def _newline(self) -> None:
        self.out.append("\n")
        if self.quote_depth:
            self.out.append("> " * self.quote_depth)


def html_to_text(html: str) -> str:
    """Convert HTML to readable plain text (link text kept, scripts/styles dropped)."""
    if not html:
        return ""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; this guards against pathological input only
        parser.out.append("\n")
    lines = (line.strip() for line in "".join(parser.out).split("\n"))
    cleaned = "\n".join(_drop_empty_quotes(line) for line in lines)
    return _BLANKS.sub("\n\n", cleaned).strip()


def _drop_empty_quotes(line: str) -> str:
    return "" if line and set(line) <= {">", " "} else line
