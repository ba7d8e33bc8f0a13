"""From parsed paragraphs, actors and quotes to the events of a story.

For each sentence: triggers (`triggers.py`), their source and target
(`arguments.py`), realis (`realis.py`), day (`when.py`) and place (`where.py`).
An event needs at least one actor among its arguments; a trigger inside the
complement of another ("agreed to withdraw", "urged Iran to release") is that
trigger's content, not a second event; the same event told twice in a story is
kept once.
"""

from __future__ import annotations

from datetime import date

from dyads.actors.coref import LinkedActors
from dyads.events.arguments import ActorIndex, Roles, roles_of
from dyads.events.lexicon import Lexicon
from dyads.events.ontology import cameo
from dyads.events.realis import realis_of
from dyads.events.triggers import Match, find_triggers
from dyads.events.when import event_date
from dyads.events.where import event_location
from dyads.nlp import Paragraph
from dyads.record import Article, Event, Quote, Span

CONTENT_DEPS = {"xcomp", "ccomp", "pcomp", "advcl"}
# Types that are complete without a target: a protest, a mobilisation, an attack
# whose victim is not named.
TARGETLESS_TYPES = {"PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "RETREAT"}


def code_events(
    article: Article, paragraphs: list[Paragraph], linked: LinkedActors, quotes: list[Quote],
    lexicon: Lexicon, day: date | None,
) -> list[Event]:
    """The events of one article, in text order, one per real-world event."""
    actors = ActorIndex(linked, quotes)
    events: list[Event] = []
    sentence_number = 0
    for paragraph in paragraphs:
        for sentence in paragraph.doc.sents:
            matches = _outermost(find_triggers(sentence, lexicon))
            for match in matches:
                roles = roles_of(match.token, match.trigger, paragraph.offset, actors)
                if not any(a.actor for a in roles.source + roles.target):
                    continue  # no actor, no dyad
                events.append(_event(article, match, roles, paragraph, sentence_number, day, len(events)))
            sentence_number += 1
    return _one_per_event(events)


def _outermost(matches: list[Match]) -> list[Match]:
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
        if not _inside_another(token, at):
            kept.append(match)
    return kept


def _part_of_its_head(match: Match, at: dict) -> bool:
    """Whether a noun trigger is the object word of a trigger of the same type above it."""
    token = match.token
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    outer = at.get(head.i) if head is not token else None
    if outer is None or outer.trigger.event_type != match.trigger.event_type:
        return False  # "obstructing Iran's request": a refusal of a request, two events
    return token.lemma_.lower() in outer.trigger.objects | outer.trigger.of_words


def _inside_another(token, at: dict) -> bool:
    if token.dep_ not in CONTENT_DEPS | {"acl"}:
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


def _event(
    article: Article, match: Match, roles: Roles, paragraph: Paragraph, sentence: int,
    day: date | None, number: int,
) -> Event:
    trigger, token = match.trigger, match.token
    entry = cameo(trigger.cameo)
    words = _trigger_span(match, paragraph)
    context = [entry.plover_context] if entry.plover_context else []
    return Event(
        event_id=f"{article.id}#{number}", event_type=trigger.event_type,
        mode=trigger.mode or entry.plover_mode, context=context,
        source=roles.source, target=roles.target,
        cameo=entry.code, quad=entry.quad, goldstein=entry.goldstein,
        sentence=sentence, trigger=words,
        realis=realis_of(token, day, is_noun=trigger.pos == "noun"),
        confidence=_confidence(match, roles),
        date=event_date(token, day), location=event_location(token, article.dateline),
    )


def _trigger_span(match: Match, paragraph: Paragraph) -> Span:
    """The trigger's words: the verb with its particle or object constraint ("imposed sanctions")."""
    token = match.token
    words = [token]
    for child in token.children:
        if match.trigger.particle and child.lower_ == match.trigger.particle or match.trigger.objects and child.lemma_.lower() in match.trigger.objects:
            words.append(child)
    start, end = min(w.idx for w in words), max(w.idx + len(w) for w in words)
    doc_text = token.doc.text
    return Span(doc_text[start:end], paragraph.offset + start, paragraph.offset + end)


def _confidence(match: Match, roles: Roles) -> float:
    """How sure the coding is, from what was found: a rough score, not a probability yet.

    A dyadic type (AGREE, ACCUSE, ...) without a target, or any event without a
    source, is the commonest kind of wrong event; they score below the default
    threshold (0.5).
    """
    has_target = any(a.actor for a in roles.target) or roles.reciprocal
    score = 0.4
    if any(a.actor for a in roles.source):
        score += 0.25
    else:
        score -= 0.2
    if has_target:
        score += 0.2
    elif match.trigger.event_type not in TARGETLESS_TYPES:
        score -= 0.3
    if match.trigger.constrained:
        score += 0.1
    if match.trigger.pos == "noun":
        score -= 0.1
    return round(max(min(score, 0.95), 0.05), 2)


def _one_per_event(events: list[Event]) -> list[Event]:
    """The same type between the same actors with the same realis, kept once (the surest)."""
    best: dict[tuple, Event] = {}
    order: list[tuple] = []
    for event in events:
        key = (
            event.event_type, event.realis,
            frozenset(a.actor or a.text for a in event.source),
            frozenset(a.actor or a.text for a in event.target),
        )
        if key not in best:
            order.append(key)
            best[key] = event
        elif event.confidence > best[key].confidence:
            best[key] = event
    kept = sorted((best[k] for k in order), key=lambda e: e.trigger.start)
    for number, event in enumerate(kept):
        event.event_id = f"{event.event_id.split('#')[0]}#{number}"
    return kept
