"""Threats told by a condition or by a warning. Read by events/statements.py and
events/coder.py; the words are data (data/statements.yaml `conditional_threat`,
data/roles.yaml `forecast_verbs`).

A conditional threat says that the speaker's side will act if another actor does, or
unless it stops ("Islamabad would reconsider its entire relationship with Kabul if
cross-border attacks continued", "Moscow said it would take measures if Finland
allowed NATO bases on its soil"). No word of the content need be a threat word: the
condition makes the threat.

The speaker's side is the main clause's subject: the speaker ("we", "it"), or an
actor of the speaker's country ("troops would enter northern Kosovo if ..."). A
conditional offer ("would release the prisoners if ...") is no threat, nor is a
negated act ("would not attack if ..."). The target is an actor of another country
named in the condition; a condition that names none gives no event (unknown beats
wrong).

A warning is a threat only when the warner's side would act (coding guide, "Warned"
needs care): not what another country may do ("warned that China could invade"), nor
what a thing may cause ("warned that the measure could leave service members at
risk").
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.actor_index import ActorIndex, role_words
from dyads.events.intent import COOPERATIVE
from dyads.events.triggers import Match
from dyads.nlp import Paragraph
from dyads.record import Argument, Event

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SIDE_PRONOUNS = {"we", "i", "it", "they"}


def conditional_threat(
    content: list[tuple[Paragraph, Token]], source: Argument, told: list[Event], actors: ActorIndex,
    conditions: frozenset[str], modals: frozenset[str],
) -> tuple[Token, list[Argument]] | None:
    """(the main clause's verb, the target) of a conditional threat in the content, if any."""
    place_of = {(id(t.doc), t.i): p for p, t in content}
    speaker_code = actors.code_of(source)
    for paragraph, mark in content:
        if mark.dep_ != "mark" or mark.lower_ not in conditions or mark.head.dep_ != "advcl":
            continue
        condition, main = mark.head, mark.head.head
        if not _future_act(main, modals) or not _speakers_side(main, paragraph, source, speaker_code, actors):
            continue
        if any(e.event_type in COOPERATIVE and e.trigger.start <= paragraph.offset + main.idx < e.trigger.end
               for e in told):
            continue  # "would release the prisoners if ...": an offer
        # the condition's side, else one the main clause acts on ("would reconsider its
        # relationship with Kabul if attacks continued")
        target = _side_in(_condition_sides(condition), place_of, source, speaker_code, actors) or \
            _side_in(_acted_on(main), place_of, source, speaker_code, actors)
        if target:
            return main, target
    return None


def _future_act(verb: Token, modals: frozenset[str]) -> bool:
    """"would reconsider", "will respond": a modal of the future, not negated."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in modals for c in children) and not any(c.dep_ == "neg" for c in children)


def _speakers_side(verb: Token, paragraph: Paragraph, source: Argument, speaker_code: str | None,
                   actors: ActorIndex) -> bool:
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    if subject.lower_ in SIDE_PRONOUNS:
        return True
    mention = actors.mention_at(paragraph.offset + subject.idx)
    if mention is None or speaker_code is None:
        return False
    argument = actors.argument(mention)
    return argument.actor == source.actor or actors.code_of(argument) == speaker_code


def _condition_sides(condition: Token) -> list[Token]:
    """Who acts in the condition: its subject, or a passive's "by" agent ("if Serbs were
    attacked" names the threatened side's victims, not its target)."""
    return [t for t in condition.subtree if t.dep_ == "nsubj" and t.head.i == condition.i
            or t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.i == condition.i]


def _acted_on(main: Token) -> list[Token]:
    """Whom the threatened act is aimed at: its object, or the object of "with", "against",
    "on" ("would reconsider its relationship with Kabul")."""
    found = []
    for token in main.subtree:
        if token.dep_ == "dobj" and token.head.i == main.i or token.dep_ == "pobj" and token.head.lower_ in ("with", "against", "on") and token.head.head.dep_ != "advcl":
            found.append(token)
    return found


def _side_in(tokens: list[Token], place_of: dict, source: Argument, speaker_code: str | None,
             actors: ActorIndex) -> list[Argument]:
    """The first actor of another country among the tokens, named as a side."""
    for token in tokens:
        paragraph = place_of.get((id(token.doc), token.i))
        if paragraph is None:
            continue
        mention = actors.mention_at(paragraph.offset + token.idx)
        if mention is None:
            continue
        argument = actors.argument(mention)
        code = actors.code_of(argument)
        if argument.actor in (None, source.actor) or code is None or code == speaker_code \
                or not actors.can_act(argument):
            continue
        actor = actors.by_id.get(argument.actor)
        if actor is not None and actor.kind == "place":
            continue
        return [argument]
    return []


# -- warnings -------------------------------------------------------------------

def forecast_of_another(match: Match, actors: ActorIndex, offset: int) -> bool:
    """Whether a warning foretells what another actor may do (data/roles.yaml
    `forecast_verbs`): the subject of its clause is an actor of a country other than
    the warner's. "The EU warned that the bloc could impose sanctions" stays a threat."""
    token = match.token
    if match.trigger.event_type != "THREATEN" or token.lemma_.lower() not in role_words().forecast_verbs:
        return False
    warner = next((c for c in token.children if c.dep_ == "nsubj"), None)
    warner_code = _code_at(warner, actors, offset)
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        code = _code_at(doer, actors, offset)
        if code is not None and warner_code is not None and code != warner_code:
            return True
        doer = doer or next((c for c in clause.children if c.dep_ == "csubj"), None)
        if not match.trigger.with_words and _a_thing(doer, actors, offset) and not _conditional(clause):
            # "warned that the measure could leave service members at risk": a complaint
            # about a thing, no act of the warner's side (coding guide, "Warned" needs care)
            return True
    return False


def _a_thing(token: Token | None, actors: ActorIndex, offset: int) -> bool:
    """Whether a clause's subject names no actor and no one by a pronoun: "the measure",
    or an act told as a clause ("disqualifying a candidate") that names no doer."""
    if token is None or token.pos_ == "PRON":
        return False
    if token.dep_ == "csubj":
        return not any(c.dep_ == "nsubj" for c in token.children)
    return not any(actors.mention_at(offset + t.idx) is not None for t in token.subtree)


def _conditional(clause: Token) -> bool:
    """Whether a clause holds a condition ("more could follow if attacks continued")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in clause.children)


def _code_at(token: Token | None, actors: ActorIndex, offset: int) -> str | None:
    """The code of the actor a token names, if any."""
    return actors.code_at(token, offset) if token is not None else None
