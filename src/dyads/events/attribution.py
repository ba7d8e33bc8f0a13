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
from dyads.record import Argument, Event


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


# Hostile acts a speaker announces while condemning: aimed at the one condemned.
CONDEMNED_TARGET_TYPES = frozenset({"SANCTION", "THREATEN", "COERCE"})


def condemned_party(token: Token, event_type: str, source: list[Argument],
                    earlier: list[tuple[Token, Event]], actors: ActorIndex) -> list[Argument]:
    """The target of a hostile act announced in one breath with a condemnation by the
    same side: "the Council made a strong condemnation of North Korea's test and pledged
    to impose further sanctions" aims the sanctions at North Korea. `earlier` are the
    events of the sentence so far, with their trigger words."""
    if event_type not in CONDEMNED_TARGET_TYPES:
        return []
    sources = {a.actor for a in source if a.actor}
    verbs = _verb_and_governors(token)
    for other, event in earlier:
        if event.event_type != "ACCUSE" or not sources & {a.actor for a in event.source}:
            continue
        if not any(actors.code_of(a) for a in event.target):
            continue
        theirs = _verb_and_governors(other)
        if any(v.dep_ == "conj" and v.head in theirs for v in verbs) or \
                any(v.dep_ == "conj" and v.head in verbs for v in theirs):
            return list(event.target)
    return []


def _verb_and_governors(token: Token) -> list[Token]:
    """The verb a trigger stands in ("condemnation" of "made") and the verbs it completes
    ("impose" of "pledged")."""
    verb = token
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "ccomp") and chain[-1].head is not chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain
