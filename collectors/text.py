"""Plain text and times from platform payloads: HTML to text, timestamps to aware UTC."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset({"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})
_SKIPPED_TAGS = frozenset({"script", "style"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment: entities decoded, paragraphs and <br> as newlines."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    text = _SPACES.sub(" ", "".join(extractor.parts))
    return _BLANK_LINES.sub("\n", text).strip()


def parse_iso(value: str) -> datetime:
    """An ISO 8601 timestamp ('Z' or an offset) as aware UTC; naive values are taken as UTC."""
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def from_epoch(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)
