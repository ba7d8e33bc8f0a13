"""The day of an event: words of its own clause ("on Tuesday", "March 5") read
against the story's publication date and the event's tense, else the publication
date. A background event ("in 1967", "last year") is dated only by its own words:
with no day of its own its date is unknown, never the story's."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from dyads.actors.mentions import entities_of
from dyads.events.triggers import clause_words

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}
RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
DAY_MONTH = re.compile(r"\b(\d{1,2})\s+([a-z]+)\.?(?:,?\s+(\d{4}))?")
MONTH_DAY = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?")


def event_date(trigger: Token, published: date | None, realis: str = "asserted") -> str | None:
    """YYYY-MM-DD of the event, or the publication date, or None.

    A future event's weekday or date is the coming one ("will meet on Tuesday"); a
    historical event's date is its own or unknown (None)."""
    words = [trigger, *clause_words(trigger, depth=2)]
    if trigger.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):  # a noun trigger: its verb's clause
        words += list(clause_words(trigger.head, depth=2))
    dates = [t for t in words if t.ent_type_ in ("DATE", "TIME")]
    for token in dates:
        day = read_date(_entity_text(token), published, ahead=realis == "future")
        if day is not None:
            return day.isoformat()
    if realis == "historical":
        return None
    return published.isoformat() if published else None


def _entity_text(token: Token) -> str:
    doc = token.doc
    for ent in entities_of(doc):
        if ent.start <= token.i < ent.end:
            return ent.text.lower()
    return token.lower_


def read_date(text: str, published: date | None, ahead: bool = False) -> date | None:
    """A date expression read against the publication date; None when it gives no day.
    `ahead`: the event is to come, so a weekday or a date is the next one."""
    for word, shift in RELATIVE_DAYS.items():
        if word in text.split() and published:
            return published + timedelta(days=shift)
    for n, name in enumerate(WEEKDAYS):
        if name in text and published:
            if "next" in text or ahead:
                return published + timedelta(days=(n - published.weekday()) % 7 or 7)
            # News tells the past week: "on Tuesday" is the latest Tuesday up to today.
            return published - timedelta(days=(published.weekday() - n) % 7)
    for pattern, day_group, month_group in ((DAY_MONTH, 1, 2), (MONTH_DAY, 2, 1)):
        match = pattern.search(text)
        if match and match.group(month_group) in MONTHS:
            month, day = MONTHS[match.group(month_group)], int(match.group(day_group))
            year = int(match.group(3)) if match.group(3) else (published.year if published else None)
            if year is None:
                return None
            try:
                found = date(year, month, day)
            except ValueError:
                return None
            if not match.group(3) and published and found > published + timedelta(days=31) and not ahead:
                found = found.replace(year=year - 1)  # "on December 30" in a January story
            if not match.group(3) and published and found < published and ahead:
                found = found.replace(year=year + 1)  # "will meet on January 5" in a December story
            return found
    return None
