"""What the PDF says about itself: title, author, dates (reproducible), outline entries."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from ..model import Deck, Slide
from ..textutil import inline_text


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    created: datetime | None       # None: no date in the document (the chunks of a join, dated there)
    lang: str | None = None
    dir: str | None = None


def plain_title(title: str) -> str:
    """A slide title as its rendered text (`textutil.inline_text`), math delimiters left out."""
    text = inline_text(title).replace("$", "")
    return " ".join(re.sub(r"\\([A-Za-z]+)", r"\1", text).split())      # \LaTeX → LaTeX


def outline_entry(slide: Slide) -> tuple[int, str] | None:
    """The slide's (level, title) in the PDF outline, or None (`hideInToc`, no title)."""
    title = plain_title(slide.title or "")
    if slide.effective_frontmatter.get("hideInToc") or not title:
        return None
    return max(1, int(slide.level or 1)), title


def pdf_date(moment: datetime) -> str:
    """A date as the PDF's /CreationDate writes it (as WeasyPrint writes the one it is given)."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return f"D:{moment.strftime('%Y%m%d%H%M%S')}{'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}"


def creation_date(deck: Deck, source_date_epoch: str | None) -> datetime:
    """Reproducible: SOURCE_DATE_EPOCH when set, else the newest mtime of the deck's sources
    (a deck read from standard input has no file: now)."""
    if source_date_epoch and source_date_epoch.strip().isdigit():
        return datetime.fromtimestamp(int(source_date_epoch), tz=timezone.utc)
    newest = max((int(path.stat().st_mtime) for path in deck.files if path.is_file()), default=None)
    return datetime.fromtimestamp(newest, tz=timezone.utc) if newest is not None else datetime.now(timezone.utc)

