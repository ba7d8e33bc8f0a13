"""How far two analysts agree: the second, independent coding of twelve PolNeAR articles
(gold/second/) scored against the package's gold as `dyads eval realnews` scores dyads.
It bounds what dyads' own figures can reach, and shows whether both halves of the gold
were coded alike. `dyads eval agreement`."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from dyads.evaluate.realnews import (
    HALVES,
    GoldEvent,
    GoldStory,
    gold_article,
    gold_story,
    read_gold,
    sentence_spans,
)
from dyads.yaml_data import load_yaml


@dataclass
class Agreement:
    """Counts for one half: the package's coding (first) against the second coder's."""

    stories: int = 0
    words: int = 0
    first: int = 0  # events
    second: int = 0
    first_core: int = 0
    second_core: int = 0
    second_agreed: int = 0  # second coder's events the first also coded (type, sentence, codes)
    first_core_found: int = 0  # first coder's core events the second also coded
    second_core_found: int = 0

    def figures(self) -> dict[str, Any]:
        def share(part: int, whole: int) -> float | None:
            return round(part / whole, 3) if whole else None

        def per_1000(events: int) -> float | None:
            return round(1000 * events / self.words, 1) if self.words else None

        return {
            "stories": self.stories, "words": self.words,
            "first": {"events": self.first, "per_1000_words": per_1000(self.first), "core": self.first_core},
            "second": {"events": self.second, "per_1000_words": per_1000(self.second), "core": self.second_core},
            "second_precision": share(self.second_agreed, self.second),
            "first_core_recall": share(self.first_core_found, self.first_core),
            "second_core_recall": share(self.second_core_found, self.second_core),
        }


def second_codings(half: str) -> list[GoldStory]:
    """The second coder's stories of one half."""
    folder = resources.files("dyads.evaluate").joinpath("gold", "second", half)
    return [gold_story("polnear", load_yaml(item.read_text("utf-8")), item.name)
            for item in sorted(folder.iterdir(), key=lambda p: p.name) if item.name.endswith(".yaml")]


def agreement_figures(data: Path) -> dict[str, dict[str, Any]]:
    """Per half, the second coding against the package's gold of the same articles."""
    first = {story.page: story for story in read_gold("polnear")}
    figures = {}
    for half in HALVES:
        tally = Agreement()
        for second in second_codings(half):
            add_story(tally, first[second.page], second, gold_article(first[second.page], data).text)
        figures[half] = tally.figures()
    return figures


def add_story(tally: Agreement, first: GoldStory, second: GoldStory, text: str) -> None:
    """Count one article's two codings."""
    where = {(id(story), g.id): [s for snippet in g.snippets for s in sentence_spans(text, snippet)]
             for story in (first, second) for g in story.events}

    def agreed(one: GoldStory, event: GoldEvent, other: GoldStory) -> bool:
        spans = where[(id(one), event.id)]
        return any(_same_event(event, g) and any(a < d and c < b for a, b in spans for c, d in where[(id(other), g.id)])
                   for g in other.events)

    tally.stories += 1
    tally.words += len(text.split())
    tally.first += len(first.events)
    tally.second += len(second.events)
    tally.first_core += sum(g.core for g in first.events)
    tally.second_core += sum(g.core for g in second.events)
    tally.second_agreed += sum(agreed(second, g, first) for g in second.events)
    tally.first_core_found += sum(agreed(first, g, second) for g in first.events if g.core)
    tally.second_core_found += sum(agreed(second, g, first) for g in second.events if g.core)


def _same_event(one: GoldEvent, other: GoldEvent) -> bool:
    """Same type, source code and target code (or both without a target)."""
    return (one.type, one.source, one.target, one.has_target) == (other.type, other.source, other.target,
                                                                  other.has_target)


def agreement_text(figures: dict[str, dict[str, Any]]) -> str:
    """The figures as a table, one line per half."""
    lines = ["Two analysts, one guide: the second coding of 12 PolNeAR articles (gold/second/) against the "
             "package's gold",
             f"  {'half':8s}{'stories':>8}{'words':>7}{'events first/second':>22}{'per 1000 words':>16}"
             f"{'second P':>10}{'first core R':>14}{'second core R':>15}"]
    for half, f in figures.items():
        density = f"{f['first']['per_1000_words']}/{f['second']['per_1000_words']}"
        lines.append(f"  {half:8s}{f['stories']:>8}{f['words']:>7}"
                     f"{str(f['first']['events']) + '/' + str(f['second']['events']):>22}{density:>16}"
                     f"{_num(f['second_precision']):>10}{_num(f['first_core_recall']):>14}"
                     f"{_num(f['second_core_recall']):>15}")
    lines.append("  second P: the second coder's events the package's gold also codes (type in the same sentence, "
                 "source and target codes), as dyads is scored; core R: core events the other coder also coded")
    return "\n".join(lines)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
