"""Which triggers of a sentence are acts of their own and which only the content of
another: "agreed to withdraw", "urged Iran to release", "accused the army of killing"
tell one act each, while "expelled seven UN officials, accusing them of meddling",
"fired tear gas at demonstrators marching on parliament" tells two. Read by events/coder.py."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.actor_index import role_words
from dyads.events.triggers import Match

CONTENT_DEPS = {"xcomp", "ccomp", "pcomp", "advcl"}


def outermost(matches: list[Match]) -> list[Match]:
    """Triggers that are not the content of another trigger in the same sentence.

    "agreed to withdraw", "urged Iran to release", "underscored the need to develop",
    "accused the army of killing": the inner verb is what the outer one is about.
    """
    at = {m.token.i: m for m in matches}
    kept = []
    for match in matches:
        token = match.token
        if match.trigger.pos == "noun" and _part_of_its_head(match, at):
            continue  # "held talks", "imposition of sanctions": the head's entry counts the noun
        if not _inside_another(token, at) or _protest_met_with_force(match, at) or _said_alongside(match, at):
            kept.append(match)
    return kept


# Acts done in words: one told by a participle beside a deed ("expelled seven UN
# officials, accusing them of meddling") is an act of its own, not the deed's content.
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})


def _said_alongside(match: Match, at: dict) -> bool:
    """Whether a verbal act told by a present participle hangs from a deed of another
    type: "Ethiopia expelled seven UN officials, accusing them of meddling"."""
    token = match.token
    if match.trigger.event_type not in VERBAL_TYPES or token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    outer = at.get(token.head.i)
    # an "attack" may be one in words ("attacked Clinton, calling her ..."): one act
    return outer is not None and outer.trigger.event_type not in VERBAL_TYPES | {"ASSAULT"}


# Acts of force that meet a protest: "fired tear gas at demonstrators marching on
# parliament" tells the march as well as the tear gas.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _protest_met_with_force(match: Match, at: dict) -> bool:
    """Whether a protest told by a participle of its protesters is the object of an act
    of force: the march is an event of its own, not the content of the tear gas."""
    token = match.token
    if match.trigger.event_type != "PROTEST" or token.dep_ != "acl" or token.tag_ != "VBG":
        return False
    head = token.head
    for _ in range(3):  # protesters <- at <- fired, or protesters <- disperse
        head = head.head
        outer = at.get(head.i)
        if outer is not None:
            return outer.trigger.event_type in FORCE_TYPES
        if head.head is head:
            break
    return False


def ceased(token: Token) -> bool:
    """Whether the trigger names what a word of stopping stops (roles.yaml
    `cessation_words`): "halt fighting", "stop fighting", "an end to the violence", "a
    pause in the fighting"."""
    words = role_words().cessation_words
    head = token.head
    if head is token:
        return False
    if token.dep_ in ("dobj", "nsubjpass") or token.dep_ == "xcomp" and token.tag_ == "VBG":
        return head.lemma_.lower() in words
    return token.dep_ == "pobj" and head.lower_ in ("to", "of", "in") and head.head.lemma_.lower() in words


# Easing acts and the restrictions they undo: "sanctions against Iran were lifted" tells
# the lifting, not new sanctions.
UNDOING_TYPES = frozenset({"RETREAT", "CONCEDE"})
UNDONE_TYPES = frozenset({"SANCTION", "COERCE"})


def _part_of_its_head(match: Match, at: dict) -> bool:
    """Whether a noun trigger is the object word of a trigger above it of the same type,
    or of an easing act that undoes it ("the lifting of sanctions")."""
    token = match.token
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    outer = at.get(head.i) if head is not token else None
    if outer is None:
        return False
    undoes = outer.trigger.event_type in UNDOING_TYPES and match.trigger.event_type in UNDONE_TYPES
    if outer.trigger.event_type != match.trigger.event_type and not undoes:
        return False  # "obstructing Iran's request": a refusal of a request, two events
    return token.lemma_.lower() in outer.trigger.objects | outer.trigger.of_words


# Conjunctions that open a clause of its own time or cause: "expelled the ambassador
# hours after protesters stormed the embassy" tells two acts.
CIRCUMSTANCE_MARKS = frozenset({"after", "before", "when", "while", "because", "since", "until", "as"})


def _circumstance_clause(token: Token) -> bool:
    """Whether a verb heads an adverbial clause of time or cause, not an act's content."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in token.children)


def _inside_another(token, at: dict) -> bool:
    if token.dep_ not in CONTENT_DEPS | {"acl"} or _circumstance_clause(token):
        return False
    for _ in range(5):
        if token.head is token:
            return False
        if token.dep_ == "ccomp" and token.head.lemma_ in ("say", "tell", "report", "announce"):
            return False  # reported speech is told, not the content of an act
        token = token.head
        if token.i in at:
            return True
        if token.dep_ not in CONTENT_DEPS | {"acl", "dobj", "pobj", "prep"}:
            return False
    return False
