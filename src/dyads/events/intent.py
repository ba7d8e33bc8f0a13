"""Announcements as events: intent, threats, refusals and demands (`data/intent.yaml`).

An actor's own future act ("will visit") is also a statement of intent that did
happen (AGREE 036); a future act of conflict, or any act under "unless", is a
threat, while a cooperative act under "if" is an offer (AGREE); a negated future act
of cooperation ("will not accept") a refusal; and "X must do Y", said by
Z, is Z's demand of X. The act itself keeps its realis.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from dyads.nlp import to_infinitive
from dyads.record import Argument
from dyads.yaml_data import load_yaml

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


@dataclass(frozen=True)
class Announcement:
    """A speech act read off an announced act: its type, CAMEO code and roles."""

    event_type: str
    cameo: str
    source: list[Argument]
    target: list[Argument]


@lru_cache(maxsize=1)
def intent_rules() -> dict:
    """The tables of data/intent.yaml."""
    return load_yaml(resources.files("dyads.events").joinpath("data/intent.yaml").read_text("utf-8"))


def announcement(
    token: Token, event_type: str, realis: str, source: list[Argument], target: list[Argument],
    speaker: list[Argument], same_side: bool = False,
) -> Announcement | None:
    """The speech act an act announces, if any.

    `speaker` are the arguments of the announcing verb's subject ("Straw said ..."),
    empty when the act is not reported; `same_side`: the speaker is of the country of the
    act's doer or of its other party ("the Kremlin said Putin would visit Ankara").
    """
    rules = intent_rules()
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in rules["attempt_heads"]:
        return None  # "tried to hack into": an attempt, not an announcement
    if any(c.lower_ == "have" and c.dep_ == "aux" for c in token.children):
        return None  # "a resolution that would have extended sanctions": described, not announced
    modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
    own = not speaker or {a.actor for a in speaker} & {a.actor for a in source} or _pronoun_subject(token)
    if speaker and modals & set(rules["demand_modals"]) and not own and source:
        code = rules["demand"].get(event_type) or rules["demand"]["default"]
        return Announcement("REQUEST", code, speaker, source)
    if not source or realis not in ("future", "hypothetical", "negated"):
        return None
    if not own and not same_side:
        # "US officials said Russia would invade", "hopes the EU will persuade Biden to lift
        # sanctions": a forecast of another's act, no intent, threat or refusal of its doer
        return None
    if _counterfactual(token, rules["counterfactual_minds"]):
        return None  # "if he were running the campaign, he would tell Trump to skip": no one's intent
    condition = _condition(token)
    if condition is not None:
        if event_type in COOPERATIVE and not speaker:
            return None  # "Virginia would host the race if Kaine wins": the writer's forecast, no threat
        if event_type not in COOPERATIVE or condition == "unless" or realis == "negated":
            # "would impose sanctions if ...", "will not resume talks unless ...": an ultimatum
            return Announcement("THREATEN", rules["conditional_threat"], source, target)
        # "Iran said it would return to the talks if Washington lifted the sanctions": an
        # offer, an intent to cooperate (below), never a threat
    if realis == "negated":
        if modals & {"will", "would", "wo", "shall"} and event_type in rules["refusal"]:
            return Announcement("REJECT", rules["refusal"][event_type], source, target)
        return None
    code = rules["intent"].get(event_type)
    if code is None or not (speaker or modals & {"will", "would", "shall", "'ll"}):
        return None
    if event_type in COOPERATIVE and modals & set(rules["hedge_modals"]) and not modals & {"will", "would"}:
        return None  # "said he might still support it": a possibility, no promise
    return Announcement("AGREE" if event_type in COOPERATIVE else "THREATEN", code, source, target)


def announcing_subject(token: Token) -> Token | None:
    """The subject of the verb that reports this act ("Straw said [the government must ...]")."""
    rules = intent_rules()
    head = token
    for _ in range(3):
        # "have sworn to fight", read by spaCy as a purpose
        misread = head.dep_ == "advcl" and head.head.lemma_.lower() in rules["announcing_verbs"] and to_infinitive(head)
        if head.dep_ not in ("ccomp", "xcomp", "conj") and not misread or head.head is head:
            return None
        head = head.head
        if head.lemma_.lower() in rules["announcing_verbs"]:
            return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def wished_for(token: Token) -> bool:
    """Whether the act sits under a verb of wish, belief or persuasion
    (intent.yaml `wish_verbs`) before any announcing verb: "said he hopes the EU will
    persuade Biden to lift the sanctions" announces no lifting."""
    rules = intent_rules()
    head = token
    for _ in range(3):
        if head.dep_ not in ("ccomp", "xcomp", "conj") or head.head is head:
            return False
        head = head.head
        lemma = head.lemma_.lower()
        if lemma in rules["announcing_verbs"]:
            return False
        if lemma in rules["wish_verbs"]:
            return True
    return False


def _pronoun_subject(token: Token) -> bool:
    """"Nigeria announced that it will withdraw": the act's subject is the announcer."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in ("it", "they", "we", "he", "she", "i")


def _counterfactual(token: Token, minds: list[str]) -> bool:
    """Whether the act's condition is contrary to fact: "if he were running the campaign"
    (a "were" of a singular subject; "if they were to attack" still threatens), "if he
    really cared about the Senate" (a verb of mind in the past tense, intent.yaml
    `counterfactual_minds`)."""
    for clause in token.children:
        if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "if" for m in clause.children):
            continue
        if clause.tag_ == "VBD" and clause.lemma_.lower() in minds:
            return True
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "cop"))]
        if not any(v.lower_ == "were" for v in verbs) or any(c.dep_ == "xcomp" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "expl")), None)
        if subject is not None and (subject.lower_ in ("i", "he", "she", "it", "this", "that")
                                    or subject.tag_ in ("NN", "NNP")):
            return True
    return False


def _condition(token: Token) -> str | None:
    """"if" or "unless" when a clause of the act makes it conditional, else None."""
    for clause in token.children:
        if clause.dep_ == "advcl":
            for mark in clause.children:
                if mark.dep_ == "mark" and mark.lower_ in ("unless", "if"):
                    return mark.lower_
    return None
