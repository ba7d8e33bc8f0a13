"""`dyads eval statements`: statement events against the project's PolNeAR attribution gold.

The gold (`gold/statements.yaml`) holds 80 attributions of PolNeAR dev articles
whose content names a political actor other than the speaker, each hand-coded
(docs/coding-guide.md) with the event a careful analyst codes from it, or none.
An item's half is its article's (halves.py): rules are tuned on "tune".

dyads' events *at* an item are those whose trigger or whose quote's cue lies in the
attribution's words (cue and content). An item is right when, for a gold event,
one of them has its type, source code and target code (no target code on both
sides agrees), and, for a gold "none", there is none.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from dyads.evaluate.expectations import codes_of
from dyads.evaluate.halves import HALVES, REPORT_NOT_LISTED, half_of
from dyads.evaluate.intervals import DRAWS, story_range
from dyads.evaluate.realnews import _norm
from dyads.record import Article, CodedArticle, Event
from dyads.yaml_data import load_yaml


@dataclass
class StatementItem:
    """One hand-coded attribution: where it is and the event it is, if any."""

    article: str
    attribution: str
    begin: int  # raw-text offsets of cue and content together
    end: int
    event_type: str | None
    source: str | None
    target: str | None

    @property
    def half(self) -> str:
        return half_of(self.article)


def read_statement_gold() -> list[StatementItem]:
    """The package's statement gold, in file order."""
    text = resources.files("dyads.evaluate").joinpath("gold", "statements.yaml").read_text("utf-8")
    items = []
    for row in load_yaml(text)["items"]:
        cue, content, event = row["cue"], row["content"], row.get("event")
        items.append(StatementItem(
            row["article"], row["attribution"],
            min(cue["start"], content["start"]), max(cue["end"], content["end"]),
            event["type"] if event else None,
            ((event or {}).get("source") or {}).get("code"),
            ((event or {}).get("target") or {}).get("code"),
        ))
    return items


def region_in(cleaned: str, raw: str, begin: int, end: int) -> tuple[int, int] | None:
    """Where the raw text's [begin, end) lies in the cleaned text, spaces and quote
    marks compared loosely; None when cleaning removed it."""
    words = _norm(raw[begin:end]).split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = pattern.search(_norm(cleaned))
    return (found.start(), found.end()) if found else None


def events_at(record: CodedArticle, begin: int, end: int) -> list[Event]:
    """The events told by the attribution at [begin, end): trigger or quote cue inside it."""
    at = []
    for event in record.events:
        cue = record.quotes[event.quote].cue if event.quote is not None else None
        if begin <= event.trigger.start < end or cue is not None and begin <= cue.start < end:
            at.append(event)
    return at


def is_right(item: StatementItem, events: list[Event], record: CodedArticle) -> bool:
    """Whether dyads coded the item as the gold says."""
    if item.event_type is None:
        return not events
    for event in events:
        if event.event_type != item.event_type:
            continue
        sources, targets = codes_of(record, event.source), codes_of(record, event.target)
        source_ok = item.source in sources if item.source else not sources
        target_ok = item.target in targets if item.target else not targets
        if source_ok and target_ok:
            return True
    return False


def evaluate_statements(coder, data: Path, progress=None) -> dict[str, Any]:
    """Per half: items right, recall and precision of the statement events."""
    from dyads.sources.clean import clean_article

    items = read_statement_gold()
    articles = sorted({item.article for item in items})
    raw = {name: (data / "polnear-dev" / "text" / name).read_text("utf-8") for name in articles}
    coded = coder.code_articles(clean_article(Article(text=raw[name], id=name)) for name in articles)
    records = dict(zip(articles, progress(coded, len(articles)) if progress else coded))
    tallies: dict[str, Counter] = defaultdict(Counter)
    by_article: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    mistakes: dict[str, list[str]] = defaultdict(list)
    seen = tuned_articles()
    crossed = 0
    for item in items:
        if item.half == "report" and item.article in seen:
            crossed += 1  # its article was read while tuning on the real-news gold
            continue
        record = records[item.article]
        region = region_in(record.article.text, raw[item.article], item.begin, item.end)
        events = events_at(record, *region) if region else []
        right = is_right(item, events, record)
        tally = tallies[item.half]
        tally["items"] += 1
        tally["right"] += right
        tally["gold_events"] += item.event_type is not None
        tally["found"] += right and item.event_type is not None
        tally["coded"] += bool(events)
        tally["coded_right"] += right and bool(events)
        tally["lost"] += region is None
        by_article[item.half][item.article][0] += right
        by_article[item.half][item.article][1] += 1
        if not right:
            said = ", ".join(f"{e.event_type} {sorted(codes_of(record, e.source))}->{sorted(codes_of(record, e.target))}"
                             for e in events) or "none"
            mistakes[item.half].append(f"{item.article} {item.attribution}: gold "
                                       f"{item.event_type or 'none'} {item.source}->{item.target}; dyads {said}")
    # the items of one article share its parse and its actors: resampled together
    figures: dict[str, Any] = {half: _figures(tallies[half]) | {
        "mistakes": mistakes[half],
        "right_range": story_range([tuple(c) for c in by_article[half].values()])} for half in HALVES}
    figures["report"]["left_out"] = crossed
    return figures


def tuned_articles() -> set[str]:
    """The PolNeAR articles of the real-news gold's tune half: rules were written while
    reading them, so their report items here are no clean measure."""
    from dyads.evaluate.realnews import read_gold

    return {story.page for story in read_gold("polnear") if story.half == "tune"}


def _figures(tally: Counter) -> dict[str, Any]:
    def share(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None
    return {
        "items": tally["items"], "right": share(tally["right"], tally["items"]),
        "recall": share(tally["found"], tally["gold_events"]),
        "precision": share(tally["coded_right"], tally["coded"]),
        "gold_events": tally["gold_events"], "coded": tally["coded"], "not_located": tally["lost"],
    }


def statements_text(figures: dict[str, Any], verbose: bool = False, show_report: bool = False) -> str:
    """The figures as a reader sees them; quote the 'report' half."""
    lines = ["PolNeAR statement gold (gold/statements.yaml); quote the 'report' half, rules are tuned on 'tune'",
             f"  {'half':<8}{'items':>6}{'right':>8}{'recall':>8}{'precision':>11}{'gold events':>13}{'coded':>7}"]
    for half, f in figures.items():
        lines.append(f"  {half:<8}{f['items']:>6}{_num(f['right']):>8}{_num(f['recall']):>8}"
                     f"{_num(f['precision']):>11}{f['gold_events']:>13}{f['coded']:>7}")
        if f.get("right_range"):
            low, high = f["right_range"]
            lines.append(f"  ({half}: {low:.2f}-{high:.2f} right in the middle 95% of {DRAWS:,} resamples of "
                         "whole articles)")
        if f["not_located"]:
            lines.append(f"  ({f['not_located']} {half} items not found in the cleaned text)")
        if f.get("left_out"):
            lines.append(f"  ({f['left_out']} {half} items left out: their articles are in the tune half of the "
                         "real-news gold, read while tuning)")
    if verbose:
        for half, f in figures.items():
            if half == "report" and not show_report:
                lines.append(REPORT_NOT_LISTED)
                continue
            lines += [f"Wrong, {half}:"] + [f"  {m}" for m in f["mistakes"]]
    return "\n".join(lines)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
