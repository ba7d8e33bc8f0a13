"""Whom a trip or a meeting is with: "Kerry traveled to Geneva for talks with Lavrov" is a
meeting with Russia's foreign minister in a third country, not a visit to Switzerland;
"met with his national security team" is with no one else. Read by events/coder.py.
"""

from __future__ import annotations

from dataclasses import replace

from dyads.events.actor_index import ActorIndex, Roles, role_words
from dyads.events.arguments import roles_of
from dyads.events.ontology import cameo
from dyads.events.triggers import Match
from dyads.record import Argument

VISIT = "042"  # CAMEO's "make a visit": the host is the target
MEETING = "040"  # a meeting, where no place is known
THIRD_PLACE = "044"  # a meeting at a third location
# How a trip's purpose hangs on its verb: "to meet Lavrov" (advcl, xcomp), "for talks
# with Lavrov" (a prepositional object).
PURPOSE_DEPS = ("advcl", "xcomp", "prep", "pobj")


def counterpart_of_a_trip(match: Match, matches: list[Match], roles: Roles, offset: int,
                          actors: ActorIndex) -> tuple[Match, list[Argument]]:
    """A visit whose purpose is a meeting with someone of another country than the
    place's: the meeting (CAMEO 040, made a third place by where it happens) with that
    counterpart. Any other trip is left as it is."""
    if match.trigger.cameo != VISIT:
        return match, roles.target
    place_codes = {actors.code_of(a) for a in roles.target} - {None}
    own = {actors.code_of(a) for a in roles.source} - {None}
    for inner in matches:
        if inner.token.i == match.token.i or inner.trigger.event_type != "CONSULT" \
                or not _purpose_of(inner.token, match.token):
            continue
        met = [a for a in roles_of(inner.token, inner.trigger, offset, actors).target
               if actors.code_of(a) and actors.code_of(a) not in own | place_codes]
        if met:
            # in the place's own country neither side is at home: a third location (044)
            entry = cameo(THIRD_PLACE if place_codes else MEETING)
            return Match(match.token, replace(match.trigger, cameo=entry.code, mode=entry.plover_mode)), met
    return match, roles.target


def _purpose_of(token, trip) -> bool:
    """Whether a meeting word tells what a trip is for: its clause or phrase hangs on the
    trip's verb, at most three steps up ("to meet", "for talks", "for another attempt
    to reach a deal with")."""
    node = token
    for _ in range(4):
        if node.i == trip.i:
            return True
        if node.dep_ not in PURPOSE_DEPS + ("dobj", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return node.i == trip.i


# The possessives that make a meeting's other side the source's own.
OWN_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def meets_its_own(match: Match, roles: Roles, offset: int) -> bool:
    """Whether a meeting's only other side is the source's own staff or body ("met with
    his national security team", "after meeting with his National Security Council";
    roles.yaml `own_staff_nouns`): an internal meeting, no event between actors."""
    if match.trigger.event_type != "CONSULT":
        return False
    token, doc = match.token, match.token.doc
    sides = [c for c in token.children if c.dep_ == "dobj"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    spans = [doc.char_span(a.start - offset, a.end - offset, alignment_mode="expand") for a in roles.target]
    sides += [span.root for span in spans if span is not None]
    staff = role_words().own_staff_nouns
    return bool(sides) and all(
        any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in side.children)
        and (side.lemma_.lower() in staff or any(c.dep_ == "compound" and c.lemma_.lower() in staff
                                                  for c in side.children))
        for side in sides)
