"""Whether a rally is a protest at all (a candidate's campaign rally is not), whether a
vote of support is news at all ("voters who backed Hageman" only says who they are), and whom a
protest is aimed at when its own words name no one: the premises it gathers
at ("rallied outside the Russian embassy" is aimed at Russia) and what its chants or
placards are against ("rallied in Sanaa, chanting slogans against America and
Israel"). Word lists in data/roles.yaml. Read by events/coder.py."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.actor_index import ActorIndex, Roles, role_words
from dyads.events.phrases import unique_arguments
from dyads.events.triggers import Match
from dyads.record import Argument


def protest_aim(verb: Token, offset: int, actors: ActorIndex) -> list[Argument]:
    """The actors a protest is aimed at by where it gathers or what it chants, if any."""
    return _premises_owner(verb, offset, actors) or _chanted_against(verb, offset, actors)


def campaign_rally(match: Match, roles: Roles, actors: ActorIndex) -> bool:
    """Whether a PROTEST is a rally held by a candidate, an officeholder or a party, aimed
    at no one but a place or a person of its own country ("Mr. Trump, who held a rally in
    Waterloo, Iowa", "held a rally for Bevin"; roles.yaml `campaign_rally_nouns`,
    `campaign_sectors`)."""
    words = role_words()
    token = match.token
    if match.trigger.event_type != "PROTEST" or not roles.source or not (
            {token.lemma_.lower()} | {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    ) & words.campaign_rally_nouns:
        return False
    if not all(actors.sector_of(a) in words.campaign_sectors for a in roles.source):
        return False
    home = {actors.code_of(a) for a in roles.source}
    return all(_place_at_home(a, home, actors) for a in roles.target)


def voters_described(match: Match, roles: Roles, actors: ActorIndex) -> bool:
    """Whether a vote of support is told only to say who a group of the public is: "voters
    who backed Hageman", "young voters who backed Sen. Bernie Sanders in the primaries"
    (a relative clause of its source; roles.yaml `described_supporters`)."""
    return match.trigger.event_type == "SUPPORT" and match.token.dep_ == "relcl" and any(
        actors.sector_of(a) in role_words().described_supporters for a in roles.source)


def _place_at_home(argument: Argument, home: set[str | None], actors: ActorIndex) -> bool:
    """A place, or a candidate of the same country the rally is for ("held a rally for
    Bevin in Lexington": campaigning, no protest)."""
    actor = actors.by_id.get(argument.actor) if argument.actor else None
    return actor is None or actor.kind == "place" or actor.kind in ("country", "person") and actor.code in home


def _premises_owner(verb: Token, offset: int, actors: ActorIndex) -> list[Argument]:
    """"rallied outside the Russian embassy", "gathered in front of parliament": the
    body whose building the protest gathers at (roles.yaml `premises_prepositions`)."""
    words = role_words().premises_prepositions
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "in" and [o.lower_ for o in objects] == ["front"]:
            # "in front of the embassy"
            objects = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
        elif prep.lower_ not in words:
            continue
        found = [a for o in objects if (a := _body_at(o, offset, actors)) is not None]
        if found:
            return unique_arguments(found)
    return []


def _body_at(token: Token, offset: int, actors: ActorIndex) -> Argument | None:
    """The actor a premises word names, a body or a person of known country, not a place."""
    mention = actors.mention_at(offset + token.idx)
    if mention is None:
        return None
    argument = actors.argument(mention)
    actor = actors.by_id.get(argument.actor) if argument.actor else None
    if actor is None or actor.kind in ("place", "country") or not actors.code_of(argument):
        return None
    return argument


def _chanted_against(verb: Token, offset: int, actors: ActorIndex) -> list[Argument]:
    """"chanting slogans against America and Israel", "waving placards denouncing the
    government": the actors a protest's participle of chanting aims at."""
    words = role_words()
    participles = [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"]
    # "waving flags and chanting slogans against ...": a participle joined to another
    participles += [c for p in participles for c in p.conjuncts if c.tag_ == "VBG" and c not in participles]
    for clause in participles:
        if clause.lemma_.lower() not in words.chanting_verbs:
            continue
        heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "against"):
            found = []
            for named in (g for g in prep.children if g.dep_ == "pobj"):
                for token in (named, *named.conjuncts):
                    mention = actors.mention_at(offset + token.idx)
                    if mention is not None and actors.code_of(actors.argument(mention)):
                        found.append(actors.argument(mention))
            if found:
                return unique_arguments(found)
    return []
