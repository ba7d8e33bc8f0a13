"""The countries of the places an act is done in, as its sides: "declared a ceasefire in
Somalia" targets Somalia, "aid to help people in Somalia and Kenya" goes to both,
"police in London" are Britain's. Read by events/arguments.py."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.actor_index import ActorIndex, role_words
from dyads.events.phrases import unique_arguments
from dyads.record import Argument

# "the capital", "the country": the source's own, when a place word stands for it
OWN_PLACE_NOUNS = {"capital", "country", "nation", "city"}
PLACE_PREPOSITIONS = ("in", "across", "throughout", "inside", "through", "around", "near")


def place_as_target(verb: Token, subject: Token | None, source: list[Argument], offset: int,
                    actors: ActorIndex, event_type: str) -> list[Argument]:
    """"declared a ceasefire in Somalia", "stormed a camp in Calais", "fired at targets in
    Jericho", "police in Jericho confiscated ...": a country where a one-sided act happens
    is its target, as PLOVER and ConfliBERT code domestic events; only for acts done to a
    place's people (data/roles.yaml place_target_types): a summit's town is no party to
    the summit, nor a country to a refusal voiced in it."""
    if event_type not in role_words().place_target_types:
        return []  # "in the United States, both candidates opposed the deal": no one opposed the US
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    # "at targets in Jericho", "on the region near Damascus": a place one phrase down
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ not in PLACE_PREPOSITIONS
              for g in c.children if g.dep_ == "pobj"]
    heads += [subject] if subject is not None else []
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS:
            for place in (g for g in child.children if g.dep_ == "pobj"):
                argument = country_of_place(place, source, offset, actors)
                if argument is not None:
                    return [argument]
    return []


def purpose_places(verb: Token, subject: Token | None, source: list[Argument], offset: int,
                   actors: ActorIndex) -> list[Argument]:
    """The countries of the first place named in what a gift is for ("to help people in
    Somalia, Ethiopia and Kenya"), with the places joined to it; none outside the
    verb's object and purpose clauses (the giver's own phrase says nothing of the
    recipient)."""
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    for token in verb.subtree:
        if token.i in skip or token.dep_ != "prep" or token.lower_ not in ("in", "across", "throughout"):
            continue
        for named in (g for g in token.children if g.dep_ == "pobj"):
            found = [a for p in (named, *named.conjuncts) if (a := country_of_place(p, source, offset, actors))]
            if found:
                return unique_arguments(found)
    return []


def country_of_place(place: Token, source: list[Argument], offset: int, actors: ActorIndex) -> Argument | None:
    """The country a place phrase names: the country itself, the country of a named town
    (its actor, else the town's own actor, which carries its country's code), or the
    source's own country for "the capital"."""
    mention = actors.mention_at(offset + place.idx)
    if mention is not None and mention.entity is not None and mention.entity.kind == "country":
        return actors.argument(mention)
    if place.ent_type_ in ("GPE", "LOC", "FAC"):  # "in Santiago": the country's actor, at the city's words
        argument = actors.country_at_place(place, offset)
        if argument is not None:
            return argument
        if mention is not None and mention.entity is not None and mention.entity.kind == "place" \
                and actors.code_of(actors.argument(mention)):
            return actors.argument(mention)
    if place.lemma_.lower() in OWN_PLACE_NOUNS and any(c.lower_ == "the" for c in place.children):
        # "declared a state of emergency in the capital": the source's own country
        return actors.country_of(source, place, offset)
    return None


def place_country(verb: Token, offset: int, actors: ActorIndex) -> list[Argument]:
    """The country of a named place the verb happens in ("in London")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "across", "throughout"):
            for place in (g for g in child.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"):
                mention = actors.mention_at(offset + place.idx)
                if mention is not None and mention.entity is not None and mention.entity.kind == "country":
                    return [actors.argument(mention)]
                argument = actors.country_at_place(place, offset)
                if argument is not None:
                    return [argument]
    return []
