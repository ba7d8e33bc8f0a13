"""Source and target of a trigger that is a noun: "US sanctions on Iran", "the arrest of
X by Y", "faced criticism from China", "began two days of drills around Taiwan". Read
by events/arguments.py, which reads verbs.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.mentions import lexicon
from dyads.events.actor_index import ActorIndex, Roles, names_the_topic, role_words
from dyads.events.lexicon import Trigger
from dyads.events.phrases import arguments_of, unique_arguments
from dyads.events.place_sides import place_as_target, purpose_places
from dyads.events.slots import prepositional_objects, reciprocal_roles, unnamed_object
from dyads.events.subjects import subject_of, verb_subject

# Verbs whose subject judges the act their object names rather than doing it: in
# "Wood called the veto cynical" the veto is Russia's, not Wood's.
JUDGING_VERBS = {"call", "describe", "consider", "see", "view", "regard", "term", "label", "brand", "dub",
                 "deem", "find", "criticize", "criticise", "question", "discuss", "debate", "examine", "study",
                 "review", "note", "mention", "recall", "remember", "report", "cover", "watch", "witness",
                 "follow", "expect", "fear", "predict", "doubt", "deny", "dismiss", "refute", "rebut", "dispute",
                 "contest", "counter", "answer", "ignore", "shrug", "bemoan", "lament", "decry", "deplore",
                 "mourn", "regret", "investigate", "probe"}
UNDER_VERBS = {"come", "be", "remain", "stay", "fall"}  # "X is under investigation by Y": Y acts on X


def reception_verb(noun: Token) -> Token | None:
    """The verb that receives the act a noun names: "faced criticism", "came under
    pressure", "won the backing"."""
    words = role_words()
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in words.reception_verbs:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in UNDER_VERBS:
        return head.head  # "came under criticism from", "is under investigation by"
    return None


def _received_roles(noun: Token, verb: Token, offset: int, actors: ActorIndex) -> Roles:
    """"X faced criticism from Y": Y did it to X."""
    preps = ("from", "by") + (("of",) if verb.lemma_.lower() in role_words().reception_of_verbs else ())
    source = arguments_of(prepositional_objects(noun, preps) + prepositional_objects(verb, ("from", "by")), offset, actors)
    subject = subject_of(verb)
    target = arguments_of([subject], offset, actors) if subject is not None else []
    if not target and subject is not None:
        target = arguments_of([t for t in subject.subtree if t.dep_ == "poss"], offset, actors)  # "Trump's move drew ..."
    return Roles(source, target)


def noun_roles(noun: Token, trigger: Trigger, offset: int, actors: ActorIndex) -> Roles:
    reception = reception_verb(noun)
    if reception is not None:
        return _received_roles(noun, reception, offset, actors)
    source_heads = []
    for child in noun.children:
        if "poss" in trigger.source and child.dep_ == "poss":
            source_heads.append(child)
        elif child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i and not names_the_topic(child):
            # "US sanctions", "Russian attack", "Iran-Russia consultations"
            # "Saudi-led airstrikes": the leader hangs from "led"
            led = child.lower_ in lexicon().leader_participles
            source_heads += [t for t in child.subtree if t.dep_ in ("compound", "amod", "nmod", "conj")
                             or t is child or led and t.dep_ == "npadvmod"]
    source_heads += prepositional_objects(noun, tuple(s for s in trigger.source if s != "poss"))
    source_heads += _participle_agents(noun)
    source_heads += framed_doer(noun)
    parties = prepositional_objects(noun, trigger.reciprocal_with)
    source = arguments_of(source_heads, offset, actors)
    if not source and "in" in trigger.after_words and noun.head.lower_ == "in":
        # "refused food for 30 days in protest at his conviction": the one who refused protests
        verb = next((a for a in list(noun.head.ancestors)[:3] if a.pos_ == "VERB"), None)
        subject = subject_of(verb) if verb is not None else None
        source = arguments_of([subject], offset, actors) if subject is not None else []
    carried = _measure_of(noun) or noun  # "began two days of drills": the days are the object
    if not source and carried.dep_ == "dobj" and carried.head.lemma_.lower() not in JUDGING_VERBS \
            and not actors.is_trigger(carried.head):
        # "Trump announced a suspension of aid", "Egypt launched a mediation effort"
        subject = subject_of(carried.head)
        source = arguments_of([subject], offset, actors) if subject is not None else []
    if not source and trigger.event_type in SAID_ACTS and _with_phrase_of_an_active_verb(noun):
        # "Snyder opened with an apology to the people of Flint": the one who opened
        subject = subject_of(noun.head.head)
        source = arguments_of([subject], offset, actors) if subject is not None else []
    target = arguments_of(prepositional_objects(noun, trigger.target), offset, actors)
    if not target and trigger.event_type in SAID_ACTS and _with_phrase_of_an_active_verb(noun):
        # "opened with an apology to the people of Flint": the parser hangs "to" on the verb
        target = arguments_of(prepositional_objects(noun.head.head, trigger.target), offset, actors)
    if not target and carried is not noun:
        # "began two days of drills around Taiwan": the measure's or its verb's phrase
        target = arguments_of(prepositional_objects(carried, trigger.target) or prepositional_objects(carried.head, trigger.target),
                              offset, actors)
    if not target:
        # "the imposition of sanctions on Iran", "a request for a loan from the IMF":
        # the target hangs off what the noun is of or for.
        for inner in prepositional_objects(noun, ("of", "for")):
            target = arguments_of(prepositional_objects(inner, trigger.target), offset, actors)
            if target:
                break
    if not target:
        # "WeWork is the subject of an SEC inquiry": the copula's subject undergoes it
        target = arguments_of(_undergoer(noun), offset, actors)
    if parties:
        source = unique_arguments(source + arguments_of(parties, offset, actors))
        return Roles(source, [], reciprocal=True)
    if trigger.reciprocal_with and not target and len({a.actor for a in source}) > 1:
        return Roles(source, [], reciprocal=True)  # "Iran-Russia consultations"
    if source and not target and not trigger.reciprocal:
        # "attacks on ... near Damascus"
        target = place_as_target(noun, verb_subject(noun), source, offset, actors, trigger.event_type)
    if source and not target and trigger.event_type == "AID":
        # "announced assistance of 60 million euros to help people in Somalia"
        giver = noun.head if noun.dep_ == "dobj" else noun
        target = purpose_places(giver, subject_of(giver), source, offset, actors)
    if not target:
        target = unnamed_object(noun, trigger, offset)  # "attacks on Palestinian machinery"
    return reciprocal_roles(trigger, source, target)


# Acts done in words, whose noun in a verb's "with" phrase is the subject's own act.
SAID_ACTS = frozenset({"CONCEDE", "ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "AGREE"})


def _with_phrase_of_an_active_verb(noun: Token) -> bool:
    """"opened with an apology", "responded with a threat": the noun is in the "with"
    phrase of an active verb (not "was met with protests", "charged with fraud")."""
    preposition = noun.head
    verb = preposition.head
    return noun.dep_ == "pobj" and preposition.lower_ == "with" and verb.pos_ == "VERB" and verb.i != preposition.i \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _measure_of(noun: Token) -> Token | None:
    """The noun that measures an act in its "of" phrase: "two days" in "two days of
    drills", "a wave" in "a wave of strikes" (data/roles.yaml `measure_nouns`)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    measure = noun.head.head
    return measure if measure.lemma_.lower() in role_words().measure_nouns else None


def _participle_agents(noun: Token) -> list[Token]:
    """The doer a past participle after an act's noun names: "the allegations made by
    Britain", "sanctions imposed by the EU", "attacks carried out by the group"."""
    return [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def framed_doer(noun: Token) -> list[Token]:
    """The subject of "is responsible for", "was implicated in", "was behind" an act
    the noun names (roles.yaml `doer_frames`)."""
    if noun.dep_ != "pobj":
        return []
    preposition = noun.head
    word = preposition.head
    if f"{word.lemma_.lower()} {preposition.lower_}" not in role_words().doer_frames or word.i == preposition.i:
        return []
    if word.pos_ == "NOUN":
        # "the Taliban claimed responsibility for the attack", never "denied responsibility"
        if word.dep_ != "dobj" or word.head.lemma_.lower() not in role_words().claiming_verbs:
            return []
        subject = subject_of(word.head)
        return [subject] if subject is not None else []
    # "is implicated in": the passive's subject is the doer
    subject = next((c for c in word.children if c.dep_ == "nsubjpass"), None) or subject_of(
        word if word.dep_ != "acomp" else word.head)
    return [subject] if subject is not None else []


def _undergoer(noun: Token) -> list[Token]:
    """The subject of "is the subject / target / focus of" an act the noun names."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if holder is None or holder.lemma_.lower() not in role_words().undergoing_nouns or holder.dep_ != "attr":
        return []
    return [c for c in holder.head.children if c.dep_ == "nsubj"]
