"""What a reaction is about: the doer of the act that praise, blame or refusal answers.

"Powell welcomed the decision" after "the United States recognised Kosovo" is about the
United States; "Estonia condemned what it called an unfriendly step" after "Russia
expelled two Estonian diplomats" is about Russia. The act is found among the events
told before, by its word ("the veto" after "Russia vetoed"), by a general word ("the
decision"), or by the speaker's own name for it ("what it called ...").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyads.actors.mentions import doc_text
from dyads.events.actor_index import STATE_SECTORS, ActorIndex, Roles, role_words
from dyads.events.arguments import REACTIONS, doers_named_by
from dyads.events.lexicon import Lexicon
from dyads.events.noun_roles import reception_verb
from dyads.events.ontology import cameo
from dyads.events.phrases import arguments_of
from dyads.events.realis import realis_words
from dyads.events.statement_targets import same_act
from dyads.events.subjects import subject_of
from dyads.events.triggers import Match
from dyads.record import Argument, Event

__all__ = ["REACTIONS", "called_noun", "defence_of_own_act", "named_doers", "reaction_target"]

COOPERATION_QUADS = (1, 2)  # CAMEO's verbal and material cooperation
# Events that are words: the reporter's deed noun ("the move") never names one of them,
# whether praise and blame, an appeal, a warning or a promise ("called the move a stab
# in the back" after "Britain called on Russia to return to the deal" and "the EU
# pledged to keep helping Ukraine" is about Russia's move). What a speaker calls "a
# false state" may still be what was promised or threatened.
WORDS_NOT_DEEDS = REACTIONS | {"REQUEST", "THREATEN"}
# Names for words rather than deeds: what they judge may be another's praise or blame.
SPEECH_NOUNS = {"statement", "announcement", "remark", "comment", "rhetoric", "word", "accusation", "criticism",
                "claim", "allegation", "insult", "propaganda", "lie", "request", "demand", "appeal",
                "warning", "threat", "ultimatum", "pledge", "promise", "offer", "proposal"}
GENERAL_ACT_NOUNS = {"decision", "move", "step", "announcement", "measure", "action", "deal", "agreement",
                     "plan", "initiative", "proposal", "offer", "gesture", "ruling", "verdict", "statement"}


def reaction_target(match: Match, roles: Roles, told: list[tuple[str, Event]], offset: int,
                    actors: ActorIndex, lexicon: Lexicon | None = None) -> list[Argument]:
    """The doer of the act a reaction is about: "welcomed the veto" after "Russia vetoed".

    The argument's words are the act's noun in this sentence; its actor is the source of
    the latest earlier event told with that word ("veto"), or with a definite noun the
    lexicon gives that event's type ("the detention" after "police detained"), or, for a
    general word ("the decision", "the move"), of the latest earlier event by another actor.
    """
    token = match.token
    called = called_noun(token)
    noun = called if called is not None else judged_noun(token, match.trigger.objects)
    if noun is None:
        return []
    lemma = noun.lemma_.lower()
    noun_types = _types_of_act_noun(lemma, lexicon)
    own = {a.actor for a in roles.source}
    blame = match.trigger.event_type == "ACCUSE"
    # an act told with the noun's own word first ("the strikes" after "warplanes struck"),
    # however long ago, before the latest act of its type ("the Houthis launched attacks")
    named = [(w, e) for w, e in told if w == lemma or same_act(w, lemma)]
    told = [(w, e) for w, e in told if (w, e) not in named] + named  # read from the end
    for earlier_lemma, earlier in reversed(told):
        # never the reacting side itself, nor its own state ("Serbia would never recognize
        # what he called a false state" is not about Serbia's government recalling its envoy)
        doers = [a for a in earlier.source if a.actor and a.actor not in own
                 and not any(_same_state(s, a, actors) for s in roles.source)]
        if not doers or earlier.realis not in ("asserted", "historical"):
            continue
        if earlier_lemma == lemma or same_act(earlier_lemma, lemma):
            pass
        elif earlier.event_type in REACTIONS and lemma not in SPEECH_NOUNS:
            # "Ban condemned what he called a brazen breach" after "Obama condemned the test":
            # a breach, a step or a move is a deed, never another's praise or blame of one
            continue
        elif called is None and _words(earlier_lemma, earlier) and lemma not in SPEECH_NOUNS:
            # nor is the reporter's "the move" an appeal, a warning or a promise
            continue
        elif called is not None and blame and earlier.quad in COOPERATION_QUADS:
            continue  # nor is what one condemns as "a breach" a meeting called to discuss it
        if earlier_lemma == lemma or same_act(earlier_lemma, lemma) or called is not None \
                or (lemma in GENERAL_ACT_NOUNS or earlier.event_type in noun_types) and (
                    one_told_act(noun) or _names_its_clause(noun, earlier, offset)):
            words = [t for t in noun.subtree if t.dep_ not in ("relcl", "acl", "punct", "prep") or t is noun]
            words = [t for t in words if t.i <= noun.i]
            start, end = min(t.idx for t in words), noun.idx + len(noun)
            makers = list(dict.fromkeys(a.actor for a in doers if actors.code_of(a))) or [doers[0].actor]
            return [Argument(m, doc_text(token.doc)[start:end], offset + start, offset + end) for m in makers]
    return []


def _words(lemma: str, event: Event) -> bool:
    """Whether an event told before is words rather than a deed: praise, blame, an
    appeal, a warning, or a promise ("pledged that the EU would keep helping Ukraine")."""
    return event.event_type in WORDS_NOT_DEEDS or lemma in realis_words().promise_heads


def _types_of_act_noun(lemma: str, lexicon: Lexicon | None) -> set[str]:
    """The event types a noun may name an act of: its own entries' and its verb's (a
    noun entry may keep only its commonest sense: a raid is ASSAULT as a noun, COERCE
    when police raid), and COERCE for a seizure of power (roles.yaml `seizure_nouns`)."""
    types = {"COERCE"} if lemma in role_words().seizure_nouns else set()
    if lexicon is None:
        return types
    return types | {t.event_type for table in (lexicon.nouns, lexicon.verbs) for t in table.get(lemma, ())}


# Prepositions that hold what a reaction is about: "opposed to the test", "a
# condemnation of the test", "outrage over the test", "anger at the move".
REACTION_PREPOSITIONS = {"to", "of", "over", "at", "about", "against"}


def judged_noun(token: Token, trigger_objects: frozenset[str] = frozenset()) -> Token | None:
    """The common noun a reaction is about: its object ("welcomed the veto"), else the
    noun its preposition holds ("opposed to the test", "condemnation of the test"), or
    its object's when the object is part of the trigger ("expressed outrage over the veto")."""
    reception = reception_verb(token)
    if reception is not None:
        # "The strikes came under fire from Russia", "a move that drew condemnation": the
        # act that received it
        receiver = subject_of(reception)
        return receiver if receiver is not None and receiver.tag_ in ("NN", "NNS") else None
    heads = [token]
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.tag_ in ("NN", "NNS"):
            if child.lemma_.lower() not in trigger_objects:
                return child
            heads.append(child)
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "prep" and child.lower_ in REACTION_PREPOSITIONS:
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.tag_ in ("NN", "NNS"):
                return noun
    return None


# Verbs a speaker names an act with: "condemned what it called an unfriendly step".
NAMING_VERBS = {"call", "describe", "term", "label", "dub", "brand"}


def called_noun(token: Token) -> Token | None:
    """The noun of "what it called an unfriendly step" or "what it described as
    provocations" when that is what a reaction is about: the act told before, in the
    speaker's words."""
    for clause in token.children:
        if clause.dep_ not in ("ccomp", "dobj", "xcomp") or clause.lemma_.lower() not in NAMING_VERBS \
                or not any(c.lower_ == "what" for c in clause.children):
            continue
        for child in clause.children:
            if child.dep_ in ("oprd", "attr", "dobj") and child.tag_ in ("NN", "NNS"):
                return child
            if child.dep_ == "prep" and child.lower_ == "as":
                return next((g for g in child.children if g.dep_ == "pobj" and g.tag_ in ("NN", "NNS")), None)
    return None


def named_doers(target: list[Argument], called: Token, offset: int, actors: ActorIndex) -> list[Argument]:
    """The arguments the speaker's own words name as the doer ("provocations by the
    Philippines"), none of what the act is said to harm or breach; or, when the target
    holds none, the doer that "by" phrase names ("what it described as an act of
    aggression by Israel")."""
    naming = called.head.head if called.dep_ == "pobj" else called.head
    heads = doers_named_by(called) + doers_named_by(naming)
    doers = {t.i for h in heads for t in h.subtree}
    doc = called.doc
    kept = []
    for argument in target:
        span = doc.char_span(argument.start - offset, argument.end - offset, alignment_mode="expand")
        if span is not None and span.root.i in doers:
            kept.append(argument)
    return kept or arguments_of(heads, offset, actors)


def one_told_act(noun) -> bool:
    """"the decision", "this move", "the sanctions": an act the story told; "long-standing
    free-trade deals" are a kind of act, no one's in particular."""
    return noun.tag_ in ("NN", "NNS") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def _names_its_clause(noun: Token, earlier: Event, offset: int) -> bool:
    """Whether a noun set after a clause names that clause's act: "expelled two
    lawmakers, a move that drew condemnation"."""
    head = noun.head
    return noun.dep_ in ("appos", "npadvmod", "dobj") and head.pos_ == "VERB" and head.i < noun.i \
        and earlier.trigger.start <= offset + head.idx < earlier.trigger.end


def _same_state(one: Argument, other: Argument, actors: ActorIndex) -> bool:
    """Whether two arguments are one state: a country and one of its state bodies ("Serbia"
    and "Serbia's government"). Two bodies of one state (the White House and the Senate)
    are two sides."""
    if not (actors.is_state(one) and actors.is_state(other) and actors.code_of(one) == actors.code_of(other)):
        return False
    kinds = {actors.by_id[a.actor].kind for a in (one, other) if a.actor in actors.by_id}
    return "country" in kinds


# CAMEO's refusal to yield: defending one's own act against its critics (coding guide).
REFUSE_TO_YIELD = "124"


def defence_of_own_act(match: Match, roles: Roles, told: list[tuple[str, Event]],
                       actors: ActorIndex) -> tuple[Match, list[Argument]] | None:
    """A defence of the defender's own act, read as a refusal to give way aimed at its
    latest critic: "Pyongyang's envoy defended the launch as a sovereign right" after "the
    United States accused North Korea" is North Korea REJECT the United States (coding
    guide; data/roles.yaml `defence_verbs`, `critic_types`). Defending another actor
    ("Pence defended Trump's remarks") stays support, and so does a defence with no
    critic told before (CAMEO's "defend verbally"); None then."""
    words = role_words()
    if match.trigger.event_type != "SUPPORT" or match.token.lemma_.lower() not in words.defence_verbs:
        return None
    if not any(a.actor for a in roles.source):
        return None
    if any(a.actor and not _own_act(roles.source, a, actors) for a in roles.target):
        return None  # defending someone else
    critics = _latest_critics(roles.source, told, actors)
    if not critics:
        return None
    entry = cameo(REFUSE_TO_YIELD)
    return Match(match.token, replace(match.trigger, cameo=entry.code, event_type=entry.plover_type, mode=None)), critics


def _own_act(source: list[Argument], doer: Argument, actors: ActorIndex) -> bool:
    """Whether the doer of a defended act is the defender or the state it is, or speaks
    for: a vice president defending the president's remarks defends another."""
    return any(doer.actor == s.actor or _same_state(s, doer, actors)
               or actors.is_state(doer) and actors.code_of(doer) == actors.code_of(s) for s in source)


def _own_side(source: list[Argument], other: Argument, actors: ActorIndex) -> bool:
    """Whether an actor is the defender, the state it is or speaks for, or a fellow
    servant of that state (a prime minister and his foreign minister)."""
    return any(other.actor == s.actor or _same_state(s, other, actors)
               or actors.code_of(other) == actors.code_of(s) and _of_the_state(other, actors)
               and (actors.is_state(other) or _of_the_state(s, actors)) for s in source)


def _of_the_state(argument: Argument, actors: ActorIndex) -> bool:
    """Whether an actor is a state body or one of its officials."""
    return actors.is_state(argument) or actors.sector_of(argument) in STATE_SECTORS


def _latest_critics(source: list[Argument], told: list[tuple[str, Event]],
                    actors: ActorIndex) -> list[Argument]:
    """The sources of the latest event told before that criticised the defender's side
    (roles.yaml `critic_types`), of known country and not of that side."""
    for _, earlier in reversed(told):
        if earlier.event_type not in role_words().critic_types or earlier.realis not in ("asserted", "historical"):
            continue
        if not any(a.actor and _own_side(source, a, actors) for a in earlier.target):
            continue
        critics = [a for a in earlier.source if a.actor and actors.code_of(a) and not _own_side(source, a, actors)]
        if critics:
            return critics
    return []
