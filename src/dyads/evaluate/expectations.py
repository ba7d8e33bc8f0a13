"""Checking a coded story against an analyst's expected coding (`*.expected.json`).

The format is the seed's (`../shared/data/seed/iran-russia-call.expected.json`):
an event matches an expectation when its type matches, every code in `source` is
among its source codes, every code in `target` among its target codes, every
code in `parties` among source and target together, and `realis` agrees where
the expectation gives it; for required events the `mode` agrees where both give
one and the CAMEO codes lie on one branch (one a prefix of the other). An
announcement read off an expected act (same trigger; `events/intent.py`), or an
AGREE with the sides of an expected future act of cooperation (PLOVER's stated
intention), is not counted as extra. An event matching neither the
required nor the allowed list is an extra event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyads.record import CodedArticle, Event

# The types of the speech act an announced act also makes ("will visit": AGREE).
ANNOUNCEMENTS = {"AGREE", "THREATEN", "REJECT", "REQUEST"}
# Acts of cooperation an actor can announce: PLOVER codes "will visit Albania" as AGREE
# (a stated intention to meet), where the coding guide codes the visit with realis future.
COOPERATIVE_ACTS = frozenset({"CONSULT", "AID", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT"})


def stated_intentions(items: list[dict]) -> list[dict]:
    """PLOVER's reading of the announced acts of cooperation among expected events: AGREE
    with the same sides, said now (docs/coding-guide.md, speech acts about the future)."""
    return [{"why": f"stated intention: {item.get('why', '')}", "event_type": "AGREE",
             **{k: item[k] for k in ("source", "target", "parties") if k in item}}
            for item in items if item.get("event_type") in COOPERATIVE_ACTS and item.get("realis") == "future"]


@dataclass
class EventCheck:
    """Which required events were found, and which events were extra."""

    found: list[dict] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)
    extra: list[Event] = field(default_factory=list)


def codes_of(record: CodedArticle, arguments) -> set[str]:
    """The actor codes of an event's arguments."""
    codes = set()
    for argument in arguments:
        actor = record.actor(argument.actor)
        if actor is not None and actor.code:
            codes.add(actor.code)
    return codes


def matches(expected: dict, event: Event, record: CodedArticle, strict: bool = True) -> bool:
    """Whether an event is the one an expectation describes.

    `strict` also checks realis, mode and CAMEO code where the expectation gives
    them (required events); allowed events are matched on type and actors only.
    """
    if event.event_type != expected["event_type"]:
        return False
    source, target = codes_of(record, event.source), codes_of(record, event.target)
    if not set(expected.get("source", [])) <= source:
        return False
    if not set(expected.get("target", [])) <= target:
        return False
    if not set(expected.get("parties", [])) <= source | target:
        return False
    if strict:
        if expected.get("realis") and event.realis != expected["realis"]:
            return False
        if expected.get("mode") and event.mode and event.mode != expected["mode"]:
            return False
        if expected.get("cameo") and not _same_branch(event.cameo, expected["cameo"]):
            return False
    elif expected.get("realis") and event.realis != expected["realis"]:
        return False
    return True


def _same_branch(code: str, expected: str) -> bool:
    """CAMEO codes agree when one is a prefix of the other: a coder may be less
    specific ("105" for "1056"), not different. A root's "not specified" code is the
    root itself: "120" (reject, not specified) is less specific than "1232", "070"
    than "073"."""
    code, expected = _unspecified_as_root(code), _unspecified_as_root(expected)
    return code.startswith(expected) or expected.startswith(code)


def _unspecified_as_root(code: str) -> str:
    return code[:2] if len(code) == 3 and code.endswith("0") else code


def check_events(expected: dict, record: CodedArticle) -> EventCheck:
    """Required events found or missing, and the events no expectation accounts for."""
    check = EventCheck()
    required = expected.get("events_required", [])
    allowed = expected.get("events_allowed", [])
    for item in required:
        (check.found if any(matches(item, e, record) for e in record.events) else check.missing).append(item)
    accepted = required + allowed + stated_intentions(required + allowed)
    accounted = [e for e in record.events if any(matches(i, e, record, strict=False) for i in accepted)]
    announced = {(e.trigger.start, e.trigger.end) for e in accounted}
    for event in record.events:
        if event in accounted:
            continue
        if event.event_type in ANNOUNCEMENTS and (event.trigger.start, event.trigger.end) in announced:
            continue  # the announcement of an expected act (events/data/intent.yaml)
        check.extra.append(event)
    return check
