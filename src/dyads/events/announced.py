"""Pledges, warnings and requests read by what they announce or ask for
(data/intent.yaml): "pledged to impose further sanctions" is a threat (131), "urged Iran
to release the tanker" an appeal for a release (0253). Used by events/coder.py."""

from __future__ import annotations

from dataclasses import replace

from dyads.events.intent import intent_rules
from dyads.events.nesting import ceased
from dyads.events.ontology import cameo
from dyads.events.triggers import Match


def promised_harm(match: Match, matches: list[Match], outer: list[Match]) -> Match:
    """A pledge or a warning read by what it announces (data/intent.yaml).

    A pledge whose content is a hostile act is a threat: "pledged to impose further
    sanctions on North Korea" is THREATEN 131, not AGREE. A plain pledge ("agreed to
    start a dialogue") takes the intent code of its content (036), and a plain warning
    ("warned that the bloc could impose sanctions") the threat code of its content (1312).
    A body's decision to act ("agreed to extend sanctions") is the act itself.
    """
    trigger = match.trigger
    if trigger.pos != "verb" or trigger.event_type not in ("AGREE", "THREATEN"):
        return match
    kept = {m.token.i for m in outer}
    rules = intent_rules()
    for inner in matches:
        promised_object = inner.token.dep_ == "dobj" and inner.token.head.i == match.token.i
        if inner.token.i in kept and not promised_object or match.token not in inner.token.ancestors:
            continue  # an act of its own; but "promised new sanctions" announces the sanctions
        if ceased(inner.token):
            continue  # "agreed to halt fighting" promises no fighting
        code = _threat_code(inner.trigger.cameo, rules) or rules["intent"].get(inner.trigger.event_type)
        if not code:
            continue
        entry = cameo(code)
        if trigger.event_type == "AGREE" and entry.plover_type == "THREATEN" and (
                match.token.lemma_.lower() in rules.get("decision_verbs", ())):
            return inner  # "the EU agreed to extend sanctions": the decision is the sanction
        if trigger.event_type == "AGREE" and entry.plover_type == "THREATEN":
            return Match(match.token, replace(trigger, event_type="THREATEN", cameo=code, mode=None))
        if trigger.cameo == GENERIC_CODES.get(trigger.event_type) and entry.plover_type == trigger.event_type:
            return Match(match.token, replace(trigger, cameo=code, mode=None))
    return match


# The codes of a pledge or a warning that says nothing of what it announces.
GENERIC_CODES = {"AGREE": "030", "THREATEN": "130"}


def _threat_code(code: str, rules: dict) -> str | None:
    """The threat code of a hostile act's CAMEO code (intent.yaml `threat`, longest prefix)."""
    return _by_longest_prefix(code, rules.get("threat") or {})


def _by_longest_prefix(code: str, table: dict) -> str | None:
    """The table's value for the longest prefix of a CAMEO code it holds, if any."""
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return str(table[code[:length]])
    return None


# The codes of a request that says nothing of what it asks for.
GENERIC_REQUESTS = {"02", "020", "10", "100"}


def requested_act(match: Match, matches: list[Match]) -> Match:
    """A request read by what it asks for (data/intent.yaml `appeal_for`, `demand_for`):
    "urged Iran to release the tanker" is an appeal for a release (0253), "asked the IMF
    for a bailout" an appeal for economic aid (0231). A request already coded more
    specifically keeps its code unless the content refines it ("asked for aid", 023,
    becomes 0231 for a loan)."""
    trigger = match.trigger
    if trigger.event_type != "REQUEST":
        return match
    rules = intent_rules()
    table = rules.get("demand_for" if trigger.cameo.startswith("10") else "appeal_for") or {}
    for inner in matches:
        if match.token not in inner.token.ancestors:
            continue  # "asked the IMF for a bailout": the bailout is asked for, also as an event of its own
        code = _by_longest_prefix(inner.trigger.cameo, table)
        if code and code != trigger.cameo and (trigger.cameo in GENERIC_REQUESTS or code.startswith(trigger.cameo)):
            return Match(match.token, replace(trigger, cameo=code, mode=None))
    return match
