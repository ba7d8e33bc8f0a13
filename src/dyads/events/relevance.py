"""How far a story is about public affairs (`article.relevance`), and what follows
for its events.

Sport, entertainment, product and market stories name people who "agree", "fight"
and "offer" things: none of it is political event data. The score weighs a story's
political words and political actors against the words of those other kinds, per
the lists in `data/relevance.yaml`. In a story below the threshold an event keeps
its place in the record but its confidence falls under the default threshold,
unless both of its sides are states or political bodies ("US-China trade talks" in
a market report are still talks).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from dyads.actors.mentions import view_of
from dyads.nlp import Paragraph
from dyads.record import Actor, Event
from dyads.yaml_data import load_yaml


@dataclass(frozen=True)
class RelevanceRules:
    """The word lists and thresholds of data/relevance.yaml."""

    political_words: frozenset[str]
    other_words: frozenset[str]
    political_sectors: frozenset[str]
    threshold: float
    capped_confidence: float
    need_a_political_side: frozenset[str] = frozenset()
    min_words: int = 0


@lru_cache(maxsize=1)
def relevance_rules() -> RelevanceRules:
    """The package's relevance rules, read once."""
    data = load_yaml(resources.files("dyads.events").joinpath("data/relevance.yaml").read_text("utf-8"))
    return RelevanceRules(
        frozenset(data["political_words"]), frozenset(data["other_words"]),
        frozenset(data["political_sectors"]), float(data["threshold"]), float(data["capped_confidence"]),
        frozenset(data.get("need_a_political_side") or ()), int(data.get("min_words", 0)),
    )


def is_political_actor(actor: Actor | None, rules: RelevanceRules) -> bool:
    """A state (or a place standing for one), an international body, or an actor of a
    political sector. An organisation the tables do not know ("SoftBank") is none."""
    if actor is None:
        return False
    if actor.sector in rules.political_sectors or actor.code in ("IGO", "NGO", "IMG"):
        return True
    if actor.kind == "organization":
        return actor.cameo_code is not None and actor.sector is None
    return actor.kind == "country" and actor.code is not None


def story_relevance(paragraphs: list[Paragraph], actors: list[Actor],
                    rules: RelevanceRules | None = None) -> float | None:
    """0 to 1: the share of the story's topical signal that is public affairs; None for
    a story too short to tell (under `min_words`).

    Political words and mentions of political actors (twice each) against the
    words of sport, entertainment, products and markets; a story with little of
    either leans to neither (0.5 at no signal at all).
    """
    rules = rules or relevance_rules()
    political = other = words = 0
    for paragraph in paragraphs:
        view = view_of(paragraph.doc)  # the tokens' attributes as lists, made once per doc
        for alpha, lemma in zip(view.alpha, view.lemmas):
            if not alpha:
                continue
            words += 1
            lemma = lemma.lower()
            political += lemma in rules.political_words
            other += lemma in rules.other_words
    if words < rules.min_words:
        return None  # too short to tell
    political += 2 * sum(len(a.mentions) for a in actors if is_political_actor(a, rules))
    return round((political + 1) / (political + other + 2), 3)


def cap_unpolitical(events: list[Event], actors: list[Actor], relevance: float | None,
                    rules: RelevanceRules | None = None) -> list[Event]:
    """The events of a story, with the confidence of those that are no political event
    data capped below the default threshold (kept in the record for --min-confidence 0):

    - in a story that is not about public affairs, any event but one between political
      actors ("US-China trade talks" in a market report stay);
    - anywhere, a cooperative or verbal act with no political actor on either side.
    """
    rules = rules or relevance_rules()
    by_id = {a.actor_id: a for a in actors}

    def political(arguments) -> bool:
        return any(is_political_actor(by_id.get(a.actor), rules) for a in arguments)

    def kept(event: Event) -> bool:
        if relevance is not None and relevance < rules.threshold:
            return political(event.source) and (political(event.target) or not event.target and len(event.source) > 1)
        return event.event_type not in rules.need_a_political_side or political(event.source) or political(event.target)

    return [e if kept(e) else replace(e, confidence=min(e.confidence, rules.capped_confidence)) for e in events]
