"""What "it" as a verb's object stands for when the story has just told of a thing.

"Assad's office called the strike reckless, and Iran condemned it": "it" is the strike,
which the clause before acted on, not the last country named. "Obama tore into Trump's
proposal, calling it dangerous": the proposal. Coreference (actors/coref.py) then links
no actor to that "it", and the statement stage (events/statement_targets.py) judges the
thing's maker instead: whoever owns it ("Trump's proposal") or made the act it names.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.mentions import lexicon

# Prepositions by which a verb takes what it acts on: "tore into the plan", "voted
# against the bill", "seized on the remarks".
_OBJECT_PREPOSITIONS = frozenset({"into", "on", "upon", "against", "at", "over", "about"})
_POINTING = frozenset({"the", "this", "that"})
# Named entities that are no thing an object "it" stands for.
_NOT_THINGS = frozenset({"DATE", "TIME", "PERSON", "GPE", "NORP", "ORG", "LOC", "FAC", "CARDINAL",
                         "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})


def thing_it_stands_for(pronoun: Token) -> Token | None:
    """For "it" as a verb's direct object: the singular common noun that the clause
    before acted on, when that is what "it" most likely means. The clause before is the
    verb's partner in its own sentence ("condemned the attack and called it ..."), else
    the main clause of the sentence before in the same paragraph ("The campaign denounced
    the ruling. Its spokesman called it flawed"). None when that clause acted on no
    thing: on an actor, on something plural, or on nothing the parse shows."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj" or pronoun.head.lemma_.lower() not in lexicon().thing_verbs:
        return None
    verb = pronoun.head
    if verb.dep_ == "xcomp" and verb.head.dep_ in ("conj", "advcl"):
        verb = verb.head  # "called the violence treasonous and vowed to crush it"
    if verb.dep_ in ("conj", "advcl") and verb.head.i < verb.i:
        return _a_thing(_acted_on(verb.head))
    start = verb.sent.start
    if start == 0:
        return None
    before = pronoun.doc[start - 1].sent.root
    thing = _a_thing(_received(before) or _acted_on(before))
    # a sentence before tells the thing again by a pointing word ("denounced the ruling",
    # "the ruling drew fire"); "the swap drew fire": an idiom's bare noun is no thing told
    if thing is None or not any(c.dep_ == "det" and c.lower_ in _POINTING for c in thing.children):
        return None
    return thing


def _received(verb: Token) -> Token | None:
    """The subject of a verb by which a thing receives others' words ("The ruling drew
    immediate fire"; recognize.yaml `received_verbs`), else None."""
    if verb.lemma_.lower() not in lexicon().received_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _acted_on(verb: Token) -> Token | None:
    """What a verb acts on: its object, the object of its preposition of aim, or the
    subject of its passive."""
    for dep in ("dobj", "prep", "nsubjpass"):
        for child in verb.children:
            if child.dep_ != dep:
                continue
            if dep != "prep":
                return child
            if child.lower_ in _OBJECT_PREPOSITIONS:
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _a_thing(noun: Token | None) -> Token | None:
    """The noun, when it names one thing: a singular common noun that no entity is."""
    if noun is None or noun.tag_ != "NN" or noun.ent_type_ in _NOT_THINGS:
        return None
    return noun


def stands_for_a_thing(pronoun: Token, actor_heads: set[tuple[int, int]]) -> bool:
    """Whether an object "it" stands for a thing that is no actor: `actor_heads` are the
    (doc id, token index) of the story's actor mentions' heads."""
    thing = thing_it_stands_for(pronoun)
    return thing is not None and (id(thing.doc), thing.i) not in actor_heads
