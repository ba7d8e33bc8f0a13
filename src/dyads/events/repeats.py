"""A story tells one event more than once (a headline and its story, two cues of one
statement): the record keeps each real-world event once, the surest telling, so that
no country's series counts it twice. Read by events/coder.py, last."""

from __future__ import annotations

from dyads.events.actor_index import ActorIndex
from dyads.events.statement_words import statement_words
from dyads.record import Argument, Event


def one_per_event(events: list[Event], actors: ActorIndex) -> list[Event]:
    """Each real-world event once, the surest of its tellings:

    - the same type between the same actors with the same realis on the same day (an
      endorsement on Friday and thanks on Wednesday are two acts);
    - the same kind of statement (ACCUSE, SUPPORT, REQUEST, REJECT, THREATEN), realis and
      place in one sentence by the same actors to the same countries (or by the same
      countries to the same actors): "Blinken called the move unconscionable and accused
      Moscow of weaponising food" is one accusation of Russia, not two rows in its
      series. Deeds stay apart ("ordered the ambassador out and recalled its own
      envoy"), and so do acts within one country's affairs, which its codes do not
      tell apart.
    """
    def codes(arguments: list[Argument]) -> frozenset[str]:
        return frozenset(c for a in arguments if (c := actors.code_of(a)))

    def ids(arguments: list[Argument]) -> frozenset[str]:
        return frozenset(a.actor or a.text for a in arguments)

    def by_actors(event: Event) -> tuple:
        return (event.event_type, event.realis, event.date, ids(event.source), ids(event.target))

    def told_again(event: Event, one_side: str) -> tuple:
        """One side the same actors, the other the same countries, in one sentence."""
        if event.event_type not in statement_words().statement_types or not codes(event.source) \
                or not codes(event.target) or codes(event.source) & codes(event.target):
            # deeds ("ordered the ambassador out and recalled its own envoy" are two), a side
            # of unknown country, or a country's own affairs (its people judge each other):
            # the countries do not tell the acts apart
            return (id(event),)
        sides = (ids(event.source), codes(event.target)) if one_side == "source" else \
            (codes(event.source), ids(event.target))
        return (event.event_type, event.realis, event.sentence, *sides, (event.location or {}).get("name"))

    kept = _surest_of_each(events, by_actors)
    kept = _surest_of_each(kept, lambda e: told_again(e, "source"))
    kept = _surest_of_each(kept, lambda e: told_again(e, "target"))
    for number, event in enumerate(kept):
        event.event_id = f"{event.event_id.split('#')[0]}#{number}"
    return kept


def _surest_of_each(events: list[Event], key_of) -> list[Event]:
    """The most confident event of each key (the first on a tie), in text order."""
    best: dict[tuple, Event] = {}
    for event in events:
        key = key_of(event)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    return sorted(best.values(), key=lambda e: e.trigger.start)
