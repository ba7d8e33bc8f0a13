"""Who the story says made an attack it tells without its maker: by a claim or a blame
elsewhere, or by the other side of the clash it happened in.

A bombing is often told first by its victims ("two car bombs exploded at a busy
junction") and its maker named later, by a claim or a blame: "al Shabaab claimed
responsibility", "the president blamed al Shabaab for the attack". A statement on
"the bombing" ("ATMIS condemned the bombing") is about that maker.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.actor_index import ActorIndex, role_words
from dyads.events.phrases import arguments_of
from dyads.nlp import Paragraph
from dyads.record import Argument


def claimed_maker(spans: list[tuple[int, int, Paragraph]], actors: ActorIndex,
                  speaker: Argument) -> Argument | None:
    """The one actor of known country the story says claimed an attack or was blamed for
    one, other than the speaker; None when it names none or several."""
    found: dict[str, Argument] = {}
    for _, _, paragraph in spans:
        for token in paragraph.doc:
            for head in _claimants(token):
                mention = actors.mention_at(paragraph.offset + head.idx)
                if mention is None:
                    continue
                argument = actors.argument(mention)
                if argument.actor not in (None, speaker.actor) and actors.code_of(argument):
                    found.setdefault(argument.actor, argument)
    return next(iter(found.values())) if len(found) == 1 else None


def _claimants(token: Token) -> list[Token]:
    """Who a verb says made an attack: the subject of "claimed responsibility", the
    object of "blamed X for the attack"."""
    lemma = token.lemma_.lower()
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in token.children):
        return [c for c in token.children if c.dep_ == "nsubj"]
    if lemma == "blame" and any(
            p.dep_ == "prep" and p.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in role_words().attack_nouns for g in p.children)
            for p in token.children):
        return [c for c in token.children if c.dep_ == "dobj"]
    return []


def clash_opponent(trigger: Token, offset: int, actors: ActorIndex) -> list[Argument]:
    """The other side of the clash an agentless killing happened in: "twenty Indian
    soldiers were killed in a clash with Chinese troops" were killed by the Chinese
    troops (roles.yaml `clash_nouns`)."""
    if trigger.tag_ != "VBN" or any(c.dep_ == "agent" for c in trigger.children):
        return []
    clash_nouns = role_words().clash_nouns
    for preposition in trigger.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in ("in", "during"):
            continue
        for clash in preposition.children:
            if clash.dep_ != "pobj" or clash.lemma_.lower() not in clash_nouns:
                continue
            sides = [g for p in clash.children if p.dep_ == "prep" and p.lower_ == "with"
                     for g in p.children if g.dep_ == "pobj"]
            found = [a for a in arguments_of(sides, offset, actors) if actors.code_of(a)]
            if found:
                return found
    return []
