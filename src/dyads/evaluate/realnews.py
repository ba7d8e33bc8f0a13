"""`dyads eval realnews`: events and actors against the project's own real-news gold.

The gold (`gold/realnews/*.yaml`, `gold/polnear/*.yaml`, format and conventions in
docs/coding-guide.md) was hand-coded by the project's analysts on real pages of
`../shared/data/realnews-dev` and on PolNeAR dev articles, from the text alone.
Each gold story names its half: rules are tuned on "tune" and figures quoted from
"report". A third set, `gold/written/`, holds stories written and coded for the
project by analysts who never ran dyads on them: all of it is "report", a blind
check kept apart from the "all" lines, which stay the two dev sets'.

A dyads event *meets* a gold event when both have the same type and the dyads
trigger lies in a sentence the gold event is told in (its `evidence` or `also`
snippets). It is *strictly right* when it meets one whose source code is among
the event's source codes and whose target code is among its target codes (no
target on both sides also agrees). Precision counts every event dyads codes on a
gold story; an event that meets a borderline gold event counts as right. Core
recall counts the core gold events that some dyads event strictly matches.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from dyads.evaluate.expectations import COOPERATIVE_ACTS, codes_of
from dyads.evaluate.halves import HALVES, REPORT_NOT_LISTED, half_of
from dyads.evaluate.intervals import DRAWS, story_range
from dyads.record import Article, CodedArticle, Event
from dyads.yaml_data import load_yaml

DEV_SETS = ("realnews", "polnear")  # the "all" lines
GOLD_SETS = (*DEV_SETS, "written")
CONFIDENCE_BINS = (0.0, 0.2, 0.4, 0.55, 0.65, 0.75, 0.85, 1.01)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s)|\n")


@dataclass
class GoldEvent:
    """One event a careful analyst coded."""

    id: str
    type: str
    source: str | None  # the source actor's code (None: the text gives no country)
    target: str | None  # the target's code; None also when the event has no target
    has_target: bool
    realis: str
    core: bool
    snippets: list[str]
    statement: bool = False  # done in words: a quote or an attribution behind it (coding guide)


@dataclass
class GoldActor:
    """An actor of the gold events, with the words that name it."""

    name: str
    code: str | None
    mentions: list[str]


@dataclass
class GoldStory:
    """A hand-coded story: where to read it, its half, its events and actors."""

    gold_set: str
    page: str
    half: str
    published: str | None
    url: str | None
    events: list[GoldEvent]
    actors: list[GoldActor]


def read_gold(gold_set: str) -> list[GoldStory]:
    """The package's gold stories of one set ("realnews" or "polnear"), by file name."""
    folder = resources.files("dyads.evaluate").joinpath("gold", gold_set)
    stories: list[GoldStory] = []
    if not folder.is_dir():
        return stories  # a set not written yet (tests/test_eval_realnews.py wants the held-out one)
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            stories.append(gold_story(gold_set, load_yaml(item.read_text("utf-8")), item.name))
    return stories


def gold_story(gold_set: str, data: dict[str, Any], name: str) -> GoldStory:
    """A gold story from its YAML form (`name`: its file, for errors)."""
    if data.get("half") not in HALVES:
        raise ValueError(f"{name}: half must be one of {HALVES}")
    events = []
    for item in data.get("events") or []:
        source, target = item.get("source") or {}, item.get("target")
        events.append(GoldEvent(
            item["id"], item["type"], source.get("code"), (target or {}).get("code"), target is not None,
            item.get("realis", "asserted"), bool(item.get("core")),
            [item["evidence"], *(item.get("also") or [])], bool(item.get("statement")),
        ))
    events += [_stated_intention(event) for event in events if _announced_cooperation(event)]
    actors = [GoldActor(a["name"], a.get("code"), list(a.get("mentions") or [])) for a in data.get("actors") or []]
    published = data.get("published")
    return GoldStory(gold_set, data["page"], data["half"], str(published) if published else None,
                     data.get("url"), events, actors)


def _announced_cooperation(event: GoldEvent) -> bool:
    return event.realis == "future" and event.type in COOPERATIVE_ACTS and event.source is not None


def _stated_intention(event: GoldEvent) -> GoldEvent:
    """PLOVER's reading of an announced act of cooperation: AGREE, said now; accepted, never required."""
    return GoldEvent(f"{event.id}~agree", "AGREE", event.source, event.target, event.has_target,
                     "asserted", False, event.snippets)


def gold_article(story: GoldStory, data: Path) -> Article:
    """The story as dyads reads it: the page through the HTML reader, or the article's text."""
    if story.gold_set == "realnews":
        from dyads.sources.html import article_from_html

        path = data / "realnews-dev" / "html" / f"{story.page}.html.gz"
        article = article_from_html(str(path), gzip.decompress(path.read_bytes()), url=story.url)
        if not isinstance(article, Article):
            raise ValueError(f"{path}: {article.reason}")
        return article
    if story.gold_set == "written":
        from dyads.sources.read import read_file

        path = Path(str(resources.files("dyads.evaluate").joinpath("gold", "written", story.page)))
        article = next(iter(read_file(path)))
        if not isinstance(article, Article):
            raise ValueError(f"{path}: {article.reason}")
        if article.published is None and story.published:
            # a dateline without its year ("QUITO, April 6 (Dyads Wire) -") dates nothing; a
            # page would carry its date in its metadata, as the gold does
            article.published = str(story.published)
        return article
    from dyads.sources.clean import clean_article

    path = data / "polnear-dev" / "text" / story.page
    return clean_article(Article(text=path.read_text("utf-8"), published=story.published, id=story.page))


# -- matching --------------------------------------------------------------------


def _norm(text: str) -> str:
    """Text with quotes, dashes and spaces made plain, the same length as the input."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-", "\u00a0": " "})
    return text.translate(table)


def sentence_spans(text: str, snippet: str) -> list[tuple[int, int]]:
    """The sentences of `text` (begin, end) that hold a snippet; none when it is not there.

    Quotes, dashes and runs of spaces are compared loosely: the gold was copied from
    a reading of the page that may differ from dyads' in them."""
    plain = _norm(text)
    words = _norm(snippet).split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    spans = []
    for match in pattern.finditer(plain):
        begin = 0
        for end in _SENTENCE_END.finditer(plain, 0, match.start()):
            begin = end.end()
        after = _SENTENCE_END.search(plain, max(match.end() - 1, match.start()))
        spans.append((begin, after.end() if after else len(plain)))
    return spans


@dataclass
class Match:
    """A dyads event and the gold event it meets, if any."""

    event: Event
    gold: GoldEvent | None
    strict: bool
    # strictly right, but every gold event it agrees with was already found by an earlier
    # event of the story (headline and body, paraphrase and quote): a second row for one event
    repeat: bool = False


def match_story(story: GoldStory, record: CodedArticle) -> tuple[list[Match], set[str], set[str]]:
    """(every dyads event with its best gold event, ids of gold events met, ids strictly matched)."""
    where = {g.id: [s for snippet in g.snippets for s in sentence_spans(record.article.text, snippet)]
             for g in story.events}
    matches, met, strict_ids = [], set(), set()
    for event in record.events:
        candidates = [g for g in story.events if g.type == event.event_type
                      and any(b <= event.trigger.start < e for b, e in where[g.id])]
        right = [g for g in candidates if _sides_agree(g, event, record)]
        best = (right or candidates or [None])[0]
        repeat = bool(right) and all(g.id in strict_ids for g in right)
        matches.append(Match(event, best, bool(right), repeat))
        met.update(g.id for g in candidates)
        strict_ids.update(g.id for g in right)
    return matches, met, strict_ids


def _sides_agree(gold: GoldEvent, event: Event, record: CodedArticle) -> bool:
    sources, targets = codes_of(record, event.source), codes_of(record, event.target)
    if _reciprocal(event) and gold.has_target and gold.source and gold.target:
        # "Putin and Xi met": one meeting of two parties, which the guide codes as two
        # events, A -> B and B -> A; each has both its sides among the parties
        return gold.source in sources and gold.target in sources
    if event.cameo[:3] in MUTUAL_MEETINGS and gold.source and gold.target and targets \
            and gold.source in targets and gold.target in sources:
        # "Putin met Xi": the meeting the guide also codes the other way, Xi -> Putin
        return True
    source_ok = gold.source in sources if gold.source else not sources
    if not gold.has_target:
        return source_ok and not event.target
    return source_ok and (gold.target in targets if gold.target else not targets)


# Acts the coding guide codes both ways between two parties ("A meeting or call between A
# and B is reciprocal"); dyads codes them once, every party a source.
RECIPROCAL_TYPES = frozenset({"CONSULT"})


# CAMEO meetings with no host or guest, which the guide codes both ways: consult, a
# telephone call, a meeting at a third place, negotiations (a visit, 042 and 043, has a
# visitor and a host, and a mediation, 045, a mediator).
MUTUAL_MEETINGS = frozenset({"040", "041", "044", "046"})


def _reciprocal(event: Event) -> bool:
    """Whether an event is a meeting of two or more parties named together, with no target
    ("Putin and Xi met", "Russia and China held talks")."""
    return event.event_type in RECIPROCAL_TYPES and not event.target \
        and len({a.actor for a in event.source if a.actor}) >= 2


# -- figures ---------------------------------------------------------------------

# The verbal kinds a statement codes to (issue 12): the statement figures count these only.
STATEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"})


def is_statement_event(event: Event) -> bool:
    """Whether dyads coded an event from a quote or an attribution, of a statement's kinds."""
    return event.quote is not None and event.event_type in STATEMENT_TYPES



@dataclass
class Tally:
    """Counts for one half of one gold set (or all of them)."""

    stories: int = 0
    events: int = 0  # dyads events
    right: int = 0  # strictly right
    repeats: int = 0  # strictly right, repeating a gold event an earlier one found
    met: int = 0  # same type in a gold event's sentence
    core: int = 0
    core_found: int = 0  # strictly matched
    core_met: int = 0
    said: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # gold, found, dyads, right
    realis_pairs: int = 0
    realis_same: int = 0
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0, 0]))
    bins: dict[int, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    actors: Counter = field(default_factory=Counter)  # right, wrong, unknown, missing
    wrong_actors: list[str] = field(default_factory=list)
    # per story: right, events, core found, core, statements right, statement events,
    # statements found, statement gold (for the ranges of evaluate/intervals.py)
    per_story: list[tuple[int, ...]] = field(default_factory=list)

    def add(self, story: GoldStory, record: CodedArticle) -> None:
        before = self._counts()
        self._add_events(story, record)
        self.per_story.append(tuple(a - b for a, b in zip(self._counts(), before)))
        self.add_actors(story, record)

    def _counts(self) -> tuple[int, ...]:
        """The counts the ranges resample, in `per_story`'s order."""
        return (self.right, self.events, self.core_found, self.core, self.said[3], self.said[2], self.said[1],
                self.said[0])

    def _add_events(self, story: GoldStory, record: CodedArticle) -> None:
        matches, met, strict_ids = match_story(story, record)
        self.stories += 1
        self.events += len(matches)
        for m in matches:
            self.right += m.strict
            self.repeats += m.repeat
            self.met += m.gold is not None
            row = self.by_type[m.event.event_type]
            row[1] += 1
            row[2] += m.strict
            if m.gold is not None:
                self.realis_pairs += 1
                self.realis_same += m.gold.realis == m.event.realis
            self.bins[_bin(m.event.confidence)][0] += 1
            self.bins[_bin(m.event.confidence)][1] += m.strict
            if is_statement_event(m.event):
                self.said[2] += 1
                self.said[3] += m.strict
        for gold in story.events:
            self.by_type[gold.type][0] += 1
            self.by_type[gold.type][3] += gold.id in strict_ids
            if gold.core:
                self.core += 1
                self.core_found += gold.id in strict_ids
                self.core_met += gold.id in met
                if gold.statement and gold.type in STATEMENT_TYPES:
                    self.said[0] += 1
                    self.said[1] += gold.id in strict_ids

    def add_actors(self, story: GoldStory, record: CodedArticle) -> None:
        """Score the gold actors of a story: the dyads actor over one of their mentions."""
        text = record.article.text
        plain = _norm(text)
        for gold in story.actors:
            actor = None
            for mention in gold.mentions:
                start = plain.find(_norm(mention))
                if start >= 0:
                    actor = _actor_over(record, start, start + len(mention))
                    if actor is not None:
                        break
            if actor is None:
                self.actors["missing"] += 1
            elif actor.code == gold.code or actor.code == "NGO" and gold.code == "IGO":
                self.actors["right"] += 1
            elif actor.code is None:
                self.actors["unknown"] += 1
            else:
                self.actors["wrong"] += 1
                self.wrong_actors.append(f"{gold.name}: {gold.code} read as {actor.code} ({actor.name})")

    def figures(self) -> dict[str, Any]:
        def share(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None
        actors = sum(self.actors.values())
        return {
            "stories": self.stories, "events": self.events,
            "strict_precision": share(self.right, self.events),
            "distinct_precision": share(self.right - self.repeats, self.events),
            "met_precision": share(self.met, self.events),
            "core": self.core, "core_recall": share(self.core_found, self.core),
            "core_recall_type_only": share(self.core_met, self.core),
            "realis_agreement": share(self.realis_same, self.realis_pairs),
            "statements": {"gold": self.said[0], "recall": share(self.said[1], self.said[0]),
                           "events": self.said[2], "precision": share(self.said[3], self.said[2])},
            "actors": {k: share(self.actors[k], actors) for k in ("right", "wrong", "unknown", "missing")},
            "actors_gold": actors,
            "by_type": {t: {"gold": g, "dyads": d, "precision": share(r, d), "recall": share(f, g)}
                        for t, (g, d, r, f) in sorted(self.by_type.items())},
            "ranges": self.ranges(),
            "reliability": [{"confidence": f"{CONFIDENCE_BINS[b]:.2f}-{min(CONFIDENCE_BINS[b + 1], 1):.2f}",
                             "events": n, "precision": share(r, n)} for b, (n, r) in sorted(self.bins.items())],
        }


    def ranges(self) -> dict[str, tuple[float, float] | None]:
        """The 95% story-resampling range of the main figures (evaluate/intervals.py)."""
        columns = {"strict_precision": (0, 1), "core_recall": (2, 3),
                   "statement_precision": (4, 5), "statement_recall": (6, 7)}
        return {name: story_range([(row[h], row[t]) for row in self.per_story])
                for name, (h, t) in columns.items()}


def _bin(confidence: float) -> int:
    return next(i for i in range(len(CONFIDENCE_BINS) - 1) if confidence < CONFIDENCE_BINS[i + 1])


def _actor_over(record: CodedArticle, start: int, end: int):
    best, overlap_best = None, 0
    for actor in record.actors:
        for mention in actor.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > overlap_best:
                best, overlap_best = actor, overlap
    return best


def actor_figures(coder, data: Path, progress=None) -> dict[str, dict[str, Any]]:
    """Actor codes of the real-news gold alone (`dyads eval actors`): right, wrong,
    unknown and missing shares per gold set and half."""
    stories = [s for gold_set in GOLD_SETS for s in read_gold(gold_set)]
    coded = coder.code_articles(gold_article(s, data) for s in stories)
    tallies: dict[str, Tally] = defaultdict(Tally)
    for story, record in zip(stories, progress(coded, len(stories)) if progress else coded):
        for key in _keys(story):
            tallies[key].stories += 1
            tallies[key].add_actors(story, record)
    return {key: {"gold": sum(t.actors.values()), **t.figures()["actors"], "wrong_actors": t.wrong_actors}
            for key, t in sorted(tallies.items())}


def off_topic_pages(data: Path) -> list[tuple[str, str, str | None]]:
    """(page id, half, url) of the English pages pages.json calls not political."""
    pages = json.loads((data / "realnews-dev" / "pages.json").read_text("utf-8"))
    return [(p["page"], half_of(p["page"]), p.get("url")) for p in pages
            if not p["political"] and p.get("language") == "en"]


def evaluate_realnews(coder, data: Path, progress=None) -> dict[str, Any]:
    """Figures per gold set and half, for all gold together, and events per off-topic page."""
    stories = [s for gold_set in GOLD_SETS for s in read_gold(gold_set)]
    articles = [gold_article(s, data) for s in stories]
    coded = coder.code_articles(articles)
    tallies: dict[str, Tally] = defaultdict(Tally)
    read = _read_while_tuning()
    for story, record in zip(stories, progress(coded, len(stories)) if progress else coded):
        keys = _keys(story)
        if story.half == "report" and story.gold_set in DEV_SETS and story.page not in read:
            keys.append("report unread")  # never read while tuning, through the statement gold either
        for key in keys:
            tallies[key].add(story, record)
    figures = {key: tallies[key].figures() for key in sorted(tallies)}
    figures["wrong_actors"] = {key: tallies[key].wrong_actors for key in sorted(tallies) if key.startswith("all")}
    figures["off_topic"] = _off_topic(coder, data)
    return figures


def _keys(story: GoldStory) -> list[str]:
    """The lines a story counts in: its set's half, and "all" of that half for a dev set."""
    return [f"{story.gold_set} {story.half}", *([f"all {story.half}"] if story.gold_set in DEV_SETS else [])]


def _read_while_tuning() -> set[str]:
    """PolNeAR articles with attributions in the tune half of the statement gold
    (gold/statements.yaml): their text was read while tuning, whatever their half here."""
    from dyads.evaluate.statements import read_statement_gold

    return {item.article for item in read_statement_gold() if item.half == "tune"}


def fitted_confidence(data: Path, progress=None, only: frozenset[str] = frozenset()) -> tuple[Any, int, int]:
    """(calibration, events, right events) fitted on the tune half of the gold: every
    event the coder finds at any score, labelled by strict rightness. With `only`, just
    those features' weights are fitted and the package's calibration keeps the rest."""
    from dyads.events.confidence import default_calibration, features_of, fit
    from dyads.pipeline import Coder

    coder = Coder(min_confidence=0.0, calibrated=False)
    stories = [s for gold_set in DEV_SETS for s in read_gold(gold_set) if s.half == "tune"]
    coded = coder.code_articles(gold_article(s, data) for s in stories)
    samples = []
    for story, record in zip(stories, progress(coded, len(stories)) if progress else coded):
        actors = {a.actor_id: a for a in record.actors}
        for match in match_story(story, record)[0]:
            samples.append((features_of(match.event, actors), match.strict))
    model = fit(samples, held=default_calibration(), free=only) if only else fit(samples)
    return model, len(samples), sum(right for _, right in samples)


def _off_topic(coder, data: Path) -> dict[str, dict[str, float | int]]:
    from dyads.sources.html import article_from_html

    counts: dict[str, list[int]] = {half: [0, 0] for half in HALVES}
    pages = off_topic_pages(data)
    articles, halves = [], []
    for page, half, url in pages:
        path = data / "realnews-dev" / "html" / f"{page}.html.gz"
        article = article_from_html(str(path), gzip.decompress(path.read_bytes()), url=url)
        counts[half][0] += 1
        if isinstance(article, Article):
            articles.append(article)
            halves.append(half)
    for half, record in zip(halves, coder.code_articles(articles)):
        counts[half][1] += len(record.events)
    return {half: {"pages": n, "events": e, "per_page": round(e / n, 3) if n else 0.0}
            for half, (n, e) in counts.items()}


def realnews_text(figures: dict[str, Any], half: str = "report", verbose: bool = False,
                  show_report: bool = False) -> str:
    """The figures as a reader sees them: every set and half, then one half in detail."""
    lines = ["Real-news gold (docs/coding-guide.md); quote the 'report' half, rules are tuned on 'tune'",
             f"  {'set half':<16}{'stories':>8}{'events':>8}{'strict P':>10}{'distinct':>10}{'core':>6}{'core R':>8}"
             f"{'type R':>8}{'realis':>8}   actors right/wrong/unknown/missing"]
    for key, f in figures.items():
        if key in ("off_topic", "wrong_actors"):
            continue
        a = f["actors"]
        lines.append(f"  {key:<16}{f['stories']:>8}{f['events']:>8}{_num(f['strict_precision']):>10}"
                     f"{_num(f['distinct_precision']):>10}{f['core']:>6}"
                     f"{_num(f['core_recall']):>8}{_num(f['core_recall_type_only']):>8}{_num(f['realis_agreement']):>8}"
                     f"   {_num(a['right'])}/{_num(a['wrong'])}/{_num(a['unknown'])}/{_num(a['missing'])}"
                     f" of {f['actors_gold']}")
    lines.append("Statement events (ACCUSE, SUPPORT, REQUEST, REJECT, THREATEN): core gold ones said in words,"
                 " and dyads events coded from a quote")
    lines.append(f"  {'set half':<16}{'gold':>6}{'recall':>8}{'dyads':>7}{'strict P':>10}")
    for key, f in figures.items():
        if key in ("off_topic", "wrong_actors"):
            continue
        st = f["statements"]
        lines.append(f"  {key:<16}{st['gold']:>6}{_num(st['recall']):>8}{st['events']:>7}{_num(st['precision']):>10}")
    detail = figures.get(f"all {half}")
    if detail:
        lines.append(f"Per type, all {half}: gold, dyads, strict precision, strict recall")
        for event_type, row in detail["by_type"].items():
            lines.append(f"  {event_type:<10}{row['gold']:>5}{row['dyads']:>6}{_num(row['precision']):>8}"
                         f"{_num(row['recall']):>8}")
        lines.append(f"Reliability, all {half}: confidence bin, events, strict precision")
        for row in detail["reliability"]:
            lines.append(f"  {row['confidence']:<12}{row['events']:>6}{_num(row['precision']):>8}")
    lines.append(f"How sure, {half} halves: the middle 95% of {DRAWS:,} resamples of whole stories")
    lines.append(f"  {'set half':<16}{'strict P':>14}{'core R':>14}{'statement P':>14}{'statement R':>14}")
    for key, f in figures.items():
        if key.endswith(f" {half}") or key == "report unread" and half == "report":
            r = f["ranges"]
            lines.append(f"  {key:<16}" + "".join(f"{_range(r[name]):>14}" for name in (
                "strict_precision", "core_recall", "statement_precision", "statement_recall")))
    off = figures["off_topic"]
    lines.append("Non-political English pages of pages.json: events per page "
                 + ", ".join(f"{h} {v['per_page']:.2f} ({v['events']} on {v['pages']})" for h, v in off.items()))
    if verbose:
        hidden = False
        for key, wrong in figures["wrong_actors"].items():
            if "report" in key and not show_report:
                hidden = True
                continue
            lines += [f"Wrong actor codes, {key}:"] + [f"  {w}" for w in wrong]
        if hidden:
            lines.append(REPORT_NOT_LISTED)
    return "\n".join(lines)


def _range(value: tuple[float, float] | None) -> str:
    return "-" if value is None else f"{value[0]:.2f}-{value[1]:.2f}"


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
