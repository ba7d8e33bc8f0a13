"""Which known officeholder a surname alone names ("Putin said", "President Santos"),
and the one country several of them share ("President Bush", no date). Read by
actors/coref.py."""

from __future__ import annotations

from datetime import date

from dyads.actors.knowledge import KnowledgeBase, fold
from dyads.actors.mentions import Mention
from dyads.actors.resolve import body_code


def known_by_surname(
    mention: Mention, kb: KnowledgeBase, day: date | None, story_countries: frozenset[str] = frozenset(),
) -> str | None:
    """The one officeholder a surname the story never introduced can name, or None.

    A titled surname ("President Santos") names the holder of that title on the day,
    or the one person who ever held it under that name. A bare surname ("Putin
    said") names the one person with that surname who fits the story's date and the
    countries it names; failing those, only a person unique among all the prominent
    people the tables know (heads of state and government, foreign ministers...).
    A full cabinet list does not make every minister's surname global.
    """
    surname = mention.text.split()[-1]
    if " " in mention.text and not mention.title:
        return None
    # "Vice President Sara Duterte" is no Rodrigo Duterte: a name's other words must be his too
    people = [p for p in kb.persons_with_surname(surname) if _other_words_agree(mention.text, p)]

    def fits(term) -> bool:
        return ((mention.title is None or kb.has_title(term, mention.title))
                and (mention.country is None or term.body == mention.country))

    def on_day(person: str) -> bool:
        return any(fits(t) and (day is None or t.holds_on(day)) for t in kb.terms_of(person))

    people = [p for p in people if any(fits(t) for t in kb.terms_of(p))]
    current = [p for p in people if on_day(p)]
    if mention.title:
        chosen = _only(current) or (None if current else _only(people))
        if chosen is None and len(current) > 1:
            chosen = _only([p for p in current if countries_of(kb, p) & story_countries])
        return f"person:{chosen}" if chosen else None
    in_story = [p for p in people if countries_of(kb, p) & story_countries]
    serving = [p for p in in_story if on_day(p)]
    chosen = _only(serving)
    if chosen is None and len(serving) > 1:
        # "Aliyev said" in a story on Azerbaijan: the president, not the prosecutor of
        # that surname, whom a story would introduce by full name first
        chosen = _only([p for p in serving if _prominent_on(kb, p, day)])
    if chosen is None and not any(on_day(p) for p in in_story):
        chosen = _only([p for p in in_story if _prominent(kb, p)])  # "Obama", a former president
    if chosen is None and not in_story:
        prominent = [p for p in people if _prominent(kb, p)]
        chosen = _only(prominent) if _only(prominent) in current else None
    return f"person:{chosen}" if chosen else None


def surname_country(
    mention: Mention, kb: KnowledgeBase, day: date | None, story_countries: frozenset[str] = frozenset(),
) -> str | None:
    """The one country of the several officeholders a surname may name, when it names no
    one of them: "President Bush" in an undated sentence is one of two American
    presidents, "Clinton" in a story on the United States one of two American Clintons.
    Never a single person's country (that is `known_by_surname`'s call)."""
    if " " in mention.text and not mention.title:
        return None
    people = [p for p in kb.persons_with_surname(mention.text.split()[-1])
              if any((mention.title is None or kb.has_title(t, mention.title))
                     and (mention.country is None or t.body == mention.country) for t in kb.terms_of(p))]
    current = [p for p in people if day is None or any(t.holds_on(day) for t in kb.terms_of(p))]
    if mention.title:
        pool = current or people
    else:
        in_story = [p for p in people if countries_of(kb, p) & story_countries and _prominent(kb, p)]
        pool = in_story or [p for p in people if _prominent(kb, p) and p in current]
    countries = {c for p in pool for c in countries_of(kb, p)}
    return next(iter(countries)) if len(pool) > 1 and len(countries) == 1 else None


def _other_words_agree(text: str, person: str) -> bool:
    """Whether every word of a name before its surname is a word of the person's name."""
    words = {fold(w) for w in person.replace("-", " ").split()}
    return all(fold(w) in words for w in text.replace("-", " ").split()[:-1])


def _only(people: list[str]) -> str | None:
    return people[0] if len(people) == 1 else None


def countries_of(kb: KnowledgeBase, person: str) -> set[str]:
    """The countries whose offices (or whose bodies' offices) a person held."""
    return {body_code(kb, t.body) for t in kb.terms_of(person)}


def _prominent_on(kb: KnowledgeBase, person: str, day: date | None) -> bool:
    """Whether a person holds a prominent office on the day (any day, when none is known)."""
    return any(t.office in kb.prominent_offices and (day is None or t.holds_on(day)) for t in kb.terms_of(person))


def _prominent(kb: KnowledgeBase, person: str) -> bool:
    """Whether a person ever held an office prominent enough to be named by surname alone."""
    return any(t.office in kb.prominent_offices for t in kb.terms_of(person))
