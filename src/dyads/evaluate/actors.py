"""`dyads eval actors`: how often dyads finds and codes the actors gold data name.

PLOVER GSR gives each event's source and target words with a country code and
sector: an actor is *found* when one of dyads' actor mentions overlaps the
words, and its *code* (country or IGO/NGO) and *code and sector* are right when
they equal the gold ones (a bare country has no sector on either side).
ConfliBERT gives source, target and reciprocal spans without codes: there,
found is all that can be measured.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dyads.evaluate.gold import GoldActor, GsrRecord, NerSentence
from dyads.evaluate.halves import HALVES, half_of
from dyads.record import Actor, Article, CodedArticle

Progress = Callable[[Iterable, int], Iterable] | None


@dataclass
class ActorCounts:
    """Tallies of gold actors: found or not, and of those found, a right, a wrong or
    an unknown (None) code, and code and sector right.

    A wrong code is the error that matters most: it lands in a country's series.
    An unknown one only loses the actor's country."""

    gold: int = 0
    found: int = 0
    code_right: int = 0
    code_wrong: int = 0
    code_unknown: int = 0
    sector_gold: int = 0  # found actors whose gold names a sector
    code_and_sector_right: int = 0
    misses: Counter = field(default_factory=Counter)  # (gold code, dyads code) of wrong codes

    def figures(self) -> dict[str, float]:
        def share(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0
        return {
            "found": share(self.found, self.gold),
            "code_right": share(self.code_right, self.gold),
            "code_wrong": share(self.code_wrong, self.gold),
            "code_unknown": share(self.code_unknown + self.gold - self.found, self.gold),
            "code_right_of_found": share(self.code_right, self.found),
            "code_and_sector_right_of_found": share(self.code_and_sector_right, self.found),
        }


def code_sentences(coder, texts: Iterable[tuple[str, str | None]], progress: Progress = None,
                   total: int = 0) -> list[CodedArticle]:
    """Code one-sentence stories, in order."""
    articles = (Article(text=text, published=day) for text, day in texts)
    coded = coder.code_articles(articles)
    return list(progress(coded, total) if progress else coded)


def score_plover_actors(records: list[GsrRecord], coded: list[CodedArticle]) -> dict[str, ActorCounts]:
    """Counts by role (source, target, all) and by half ("all tune", "all report") over
    the PLOVER gold records; a record's half is fixed by its id."""
    counts = {name: ActorCounts() for name in ("source", "target", "all", *(f"all {h}" for h in HALVES))}
    for record, result in zip(records, coded):
        for role, gold_actors in (("source", record.source), ("target", record.target)):
            for gold in gold_actors:
                for tally in (counts[role], counts["all"], counts[f"all {half_of(record.id)}"]):
                    _score_one(gold, result.actors, tally)
    return counts


def _score_one(gold: GoldActor, actors: list[Actor], tally: ActorCounts) -> None:
    tally.gold += 1
    if gold.start is None:
        return
    actor = actor_at(actors, gold.start, gold.start + len(gold.text))
    if actor is None:
        return
    tally.found += 1
    if _same_code(gold.code, actor.code):
        tally.code_right += 1
    elif actor.code is None:
        tally.code_unknown += 1
    else:
        tally.code_wrong += 1
        tally.misses[(gold.code, actor.code)] += 1
    if gold.sector is not None or actor.sector is None:
        tally.sector_gold += 1
        tally.code_and_sector_right += _same_code(gold.code, actor.code) and actor.sector == gold.sector


def _same_code(gold: str | None, found: str | None) -> bool:
    """Whether dyads' code is the gold one. PLOVER GSR codes international NGOs
    (Amnesty International, the Red Cross) as IGO, where dyads says NGO: the same
    actor under the gold's convention."""
    return found == gold or (gold == "IGO" and found == "NGO")


def actor_at(actors: list[Actor], start: int, end: int) -> Actor | None:
    """The actor whose mention overlaps [start, end) most, if any does.

    On a tie the later mention wins: an English noun phrase ends with its head
    ("Mozambique government").
    """
    best, best_key = None, None
    for actor in actors:
        for mention in actor.mentions:
            overlap = min(end, mention.end) - max(start, mention.start)
            if overlap > 0 and (best_key is None or (overlap, mention.start) > best_key):
                best, best_key = actor, (overlap, mention.start)
    return best


def score_ner_spans(sentences: list[NerSentence], coded: list[CodedArticle]) -> dict[str, list[int]]:
    """[gold, found] by role (S source, T target, R reciprocal party, all) and by half
    ("all tune", "all report"; a sentence's half is fixed by its text)."""
    counts = {role: [0, 0] for role in ("S", "T", "R", "all", *(f"all {h}" for h in HALVES))}
    for sentence, result in zip(sentences, coded):
        half = f"all {half_of(sentence.text)}"
        for span in sentence.spans:
            found = actor_at(result.actors, span.start, span.end) is not None
            for role in (span.role, "all", half):
                counts[role][0] += 1
                counts[role][1] += found
    return counts
