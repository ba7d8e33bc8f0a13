"""Cleaning a story before NLP: site furniture, the dateline and the publisher.

Whole lines of page furniture ("Reporter's code: 50101", "Your Comment", share
buttons, credits) are removed and kept in `Article.removed`; a leading dateline
("TEHRAN, March 17, 2020 (Wire) -") moves to `Article.dateline` and fills
`published` and `publisher` when the input gave none; a paragraph that closes
with ", Iran Press reported." names the publisher, never a speaker. The patterns
live in `data/boilerplate.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dyads.record import Article
from dyads.yaml_data import load_yaml

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"),
            ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
            ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
            ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

# "TEHRAN, March 17, 2020 (Dyads Wire) -" / "MOSCOW (Reuters) —" / "KYIV, Ukraine, May 2 (AP) --"
_DATELINE = re.compile(
    r"""^(?P<line>
        (?P<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s+[A-Z][A-Za-z.'’ -]{1,30}?)*?)
        (?:,\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:,\s+(?P<year>\d{4}))?)?
        \s*(?:\((?P<agency>[^)\n]{2,40})\))?
        )\s*(?:-{1,2}|–|—|:)\s*""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class CleaningRules:
    """Compiled furniture patterns and the publisher-attribution vocabulary."""

    lines: tuple[re.Pattern[str], ...]
    publisher_tail: re.Pattern[str]


def load_rules(extra: Path | None = None) -> CleaningRules:
    """The package's cleaning rules, plus a user's own YAML file in the same form."""
    text = resources.files("dyads.sources").joinpath("data/boilerplate.yaml").read_text("utf-8")
    data = load_yaml(text)
    if extra is not None:
        more = load_yaml(extra.read_text("utf-8")) or {}
        data["lines"] = data["lines"] + more.get("lines", [])
        for key, values in (more.get("publisher_attribution") or {}).items():
            data["publisher_attribution"].setdefault(key, []).extend(values)
    return _compile(data)


@lru_cache(maxsize=1)
def default_rules() -> CleaningRules:
    """The package's rules, compiled once."""
    return load_rules()


def _compile(data: dict) -> CleaningRules:
    patterns = []
    for item in data["lines"]:
        pattern = item["pattern"] if isinstance(item, dict) else item
        patterns.append(re.compile(rf"(?:{pattern})", re.IGNORECASE))
    attribution = data["publisher_attribution"]
    verbs = "|".join(re.escape(v) for v in attribution["verbs"])
    words = "|".join(re.escape(w) for w in attribution["outlet_words"])
    agencies = "|".join(re.escape(a) for a in sorted(attribution["agencies"], key=len, reverse=True))
    name = (
        rf"(?:the\s+)?(?P<publisher>(?:{agencies})(?:\s+news\s+agency)?"
        rf"|(?:[A-Z][\w&'’.-]*\s+){{0,4}}(?:{words})(?:\s+[A-Z][\w&'’.-]*){{0,2}})"
    )
    tail = re.compile(rf",\s+{name}\s+(?:{verbs})\.?\s*$")
    return CleaningRules(tuple(patterns), tail)


def is_furniture(line: str, rules: CleaningRules) -> bool:
    """Whether a stripped line is page furniture rather than story."""
    return bool(line) and any(p.fullmatch(line) for p in rules.lines)


def clean_article(article: Article, rules: CleaningRules | None = None) -> Article:
    """The article with furniture removed, dateline split off and publisher found."""
    rules = rules or default_rules()
    text = _normalise_whitespace(article.text)
    kept, removed = [], list(article.removed)
    for line in text.split("\n"):
        if is_furniture(line.strip(), rules):
            removed.append(line.strip())
        else:
            kept.append(line.rstrip())
    text = "\n".join(kept).strip("\n")
    text = re.sub(r"\n{3,}", "\n\n", text)

    dateline, published, agency = None, article.published, None
    start, match = _dateline_match(text)
    if match is not None:
        dateline = match.group("line").strip()
        agency = match.group("agency")
        published = published or _dateline_date(match)
        text = text[:start] + text[start + match.end():].lstrip() if start else text[match.end():].lstrip()

    publisher = article.publisher or _publisher_from_tail(text, rules) or agency
    return replace(
        article, text=text, removed=removed, dateline=dateline,
        published=published, publisher=publisher,
    )


def _normalise_whitespace(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\t", " ")
    return text.lstrip("\ufeff")


def _dateline_match(text: str) -> tuple[int, re.Match[str] | None]:
    """(where it starts, the match) of the story's dateline: at the very start, or at the
    start of the second paragraph after a headline ("Obama Says ...\n\nWASHINGTON --")."""
    match = _DATELINE.match(text)
    if match and _looks_like_dateline(match):
        return 0, match
    first, gap, rest = text.partition("\n\n")
    if gap and len(first.split()) <= HEADLINE_WORDS and "\n" not in first.strip():
        match = _DATELINE.match(rest)
        if match and _looks_like_dateline(match):
            return len(first) + len(gap), match
    return 0, None


HEADLINE_WORDS = 25  # a first paragraph this short, on one line, is a headline


def _looks_like_dateline(match: re.Match[str]) -> bool:
    # An all-capitals place alone is a dateline only with a date or agency after it, or
    # when the gazetteer knows the place ("WASHINGTON --", "VIENTIANE, Laos --");
    # otherwise "NATO:", "BREAKING -" or a subhead ("QUESTIONABLE MEDICAL CLAIMS --")
    # would be taken for one.
    if match.group("month") or match.group("agency"):
        return True
    from dyads.places import place  # the gazetteer is read only for a story that needs it

    town = match.group("place").split(",")[0].strip()
    return match.group(0).rstrip()[-1:] != ":" and place(town.title()) is not None


def _dateline_date(match: re.Match[str]) -> str | None:
    month = MONTHS.get((match.group("month") or "").lower().rstrip("."))
    if not month or not match.group("year"):
        return None
    try:
        return date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:
        return None


def publisher_spans(text: str, rules: CleaningRules | None = None) -> list[tuple[int, int]]:
    """Offsets of every closing ", <outlet> reported." in the text, paragraph by paragraph."""
    rules = rules or default_rules()
    spans = []
    offset = 0
    for paragraph in text.split("\n"):
        match = rules.publisher_tail.search(paragraph)
        if match:
            spans.append((offset + match.start("publisher"), offset + match.end("publisher")))
        offset += len(paragraph) + 1
    return spans


def _publisher_from_tail(text: str, rules: CleaningRules) -> str | None:
    spans = publisher_spans(text, rules)
    if not spans:
        return None
    start, end = spans[-1]
    return text[start:end]
