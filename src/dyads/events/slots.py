"""The phrases of a trigger's own entry: the objects of its prepositions, a target the
knowledge base cannot name kept as words, and a reciprocal entry's sides. Read by
events/arguments.py and events/noun_roles.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.mentions import doc_text
from dyads.events.actor_index import Roles, role_words
from dyads.events.lexicon import Trigger
from dyads.record import Argument

# the preposition that names whom help or arms are against ("weapons against Russian drones");
# "from" names the helper as often ("demanded support from the Assembly")
ADVERSARY_PREPOSITIONS = frozenset({"against"})
FIXED_PHRASE_NOUNS = {"addition", "response", "order", "part", "light", "view", "place", "front", "effect",
                      "fact", "case", "turn", "line", "spite", "regard", "connection", "relation", "time"}


def prepositional_objects(head: Token, slots: tuple[str, ...]) -> list[Token]:
    """Objects of the head's prepositions named in `slots` ("with", "on", "against"). What
    help is against is not whom it is asked of or given to ("help against Russian strikes")."""
    if head.lemma_.lower() in role_words().help_nouns:
        slots = tuple(s for s in slots if s not in ADVERSARY_PREPOSITIONS)
    found = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in slots:
            found += [g for g in child.children if g.dep_ == "pobj"]
            found += _gapped_repeats(head, child)
        elif child.dep_ == "prt" and child.lower_ in slots:  # "crack down on": on hangs off the verb
            continue
    return found


def _gapped_repeats(head: Token, prep: Token) -> list[Token]:
    """The objects of the same preposition said again with the verb left out: "called on
    Pyongyang to halt ... and on Washington and Seoul to refrain ..." (the parser hangs the
    second "on" as a conjunct of the first or of what the first is asked to do)."""
    hosts = [prep, *(c for c in head.children if c.dep_ == "xcomp")]
    return [g for host in hosts for c in host.children
            if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == prep.lower_
            for g in c.children if g.dep_ == "pobj"]


def reciprocal_roles(trigger: Trigger, source: list[Argument], target: list[Argument]) -> Roles:
    """A reciprocal entry with several parties and no target lists them all as source."""
    if trigger.reciprocal and not target and len({a.actor or a.text for a in source}) > 1:
        return Roles(source, [], reciprocal=True)
    if trigger.reciprocal and target:
        return Roles(source, target, reciprocal=False)
    return Roles(source, target)


def unnamed_object(verb: Token, trigger: Trigger, offset: int) -> list[Argument]:
    """"killed another ethnic Chechen", "returned the monkeys to their owner": a target the
    knowledge base cannot name is kept as words, with no actor."""
    heads = [c for c in verb.children if c.dep_ == "dobj"] if "object" in trigger.target else []
    # "with" may name an instrument rather than a party ("fought with rocks and clubs")
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in trigger.target and c.lower_ != "with"
              for g in c.children if g.dep_ == "pobj"]
    for child in heads:
        if child.tag_ not in ("NN", "NNS", "NNP", "NNPS") or child.ent_type_ in ("DATE", "TIME"):
            continue  # "in recent years" is when, not whom
        if child.lemma_.lower() in FIXED_PHRASE_NOUNS and child.dep_ == "pobj":
            continue  # "in addition", "in response", "in order"
        if child.lemma_.lower() in trigger.objects:
            continue  # "imposed sanctions": the object is part of the trigger
        words = [t for t in child.subtree if t.dep_ not in ("relcl", "acl", "punct")]
        words = [t for t in words if t.i <= child.i or t.head.i <= child.i and t.dep_ not in ("prep",)]
        start, end = min(t.idx for t in words), max(t.idx + len(t) for t in words)
        return [Argument(None, doc_text(verb.doc)[start:end], offset + start, offset + end)]
    return []
