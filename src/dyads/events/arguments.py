"""Source and target of a trigger, from the dependency structure.

Verbs: the subject is the source (the `by` agent of a passive), the object or the
objects of the entry's prepositions the target (a passive's subject too). Nouns
(events/noun_roles.py): the possessor, a `by` phrase or an actor modifier ("US
sanctions") is the source, the entry's prepositions give the target; "talks between
A and B" lists every party as source. Compound actors ("Iran and Russia") give one
argument each. Which actor a phrase names is events/phrases.py's business; the
entry's own phrases are read in events/slots.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.mentions import lexicon
from dyads.actors.owners import is_pair
from dyads.events.actor_index import ActorIndex, Roles, role_words
from dyads.events.lexicon import Trigger
from dyads.events.noun_roles import framed_doer, noun_roles
from dyads.events.object_search import actor_down_the_object
from dyads.events.phrases import arguments_of
from dyads.events.place_sides import place_as_target, place_country, purpose_places
from dyads.events.slots import prepositional_objects, reciprocal_roles, unnamed_object
from dyads.events.statement_words import statement_words
from dyads.events.subjects import RELATIVE_PRONOUNS, subject_of, verb_subject
from dyads.nlp import to_infinitive
from dyads.record import Argument

REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})  # whose target is the doer of what they answer
GIVING = {"AID", "COOPERATE", "RETREAT"}
def roles_of(token: Token, trigger: Trigger, offset: int, actors: ActorIndex) -> Roles:
    """Source and target arguments of a trigger at `token` (paragraph starting at `offset`)."""
    if trigger.pos == "noun":
        return noun_roles(token, trigger, offset, actors)
    if trigger.pos == "adjective":
        return _adjective_roles(token, trigger, offset, actors)
    return _verb_roles(token, trigger, offset, actors)


def _adjective_roles(word: Token, trigger: Trigger, offset: int, actors: ActorIndex) -> Roles:
    """"Vietnam is committed to ...", "Syria is ready to ...": the subject of the copula acts."""
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject_of(word)
    source = arguments_of([subject], offset, actors) if subject is not None else []
    target = arguments_of(prepositional_objects(word, trigger.target), offset, actors)
    return Roles(source, target)


def _verb_roles(verb: Token, trigger: Trigger, offset: int, actors: ActorIndex) -> Roles:
    voice = _passive_carrier(verb)  # the verb, or the passive it is joined to ("was beaten and detained")
    passive = voice is not None and not _occupied(verb)
    stance_holder = _stance_holder(verb)
    if stance_holder is not None:
        # "Israel is opposed to French mediation": Israel opposes it
        return Roles(arguments_of([stance_holder], offset, actors),
                     arguments_of(prepositional_objects(verb, ("to",)), offset, actors))
    subject = subject_of(verb)
    if subject is not None and _to_be_blamed(verb):
        # "Russia was to blame for the strike": Russia is blamed, by whoever says so
        speaker = actors.speaker_at(offset + verb.idx, reported=True)
        return Roles([speaker] if speaker is not None else [], arguments_of([subject], offset, actors))
    if subject is not None and _held_as(verb):
        # "Eighteen Italian fishermen, held captive in Libya, were freed": the subject was held
        return Roles([], arguments_of([subject], offset, actors))
    if subject is not None and _participle_clause(verb):
        # "Asked whether he would vote, Kirk would not say", "Backed by Russia, the rebels
        # advanced": the subject underwent it, done by the "by" phrase if any
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        doers = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
        return Roles(arguments_of(doers, offset, actors), arguments_of([subject], offset, actors))
    if subject is None and _occupied(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    source_heads, target_heads = [], []
    if passive:
        # "was shot and killed by a white officer": participles joined with nothing between
        # share the agent ("was arrested on Monday and charged by prosecutors" does not)
        agent = next((c for v in (verb, *_joined_participles(verb)) for c in v.children if c.dep_ == "agent"), None)
        source_heads = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
        if agent is None and trigger.event_type in role_words().passive_subject_is_source:
            # "15,000 soldiers had been deployed": the forces stand for their state
            source_heads = [c for c in voice.children if c.dep_ == "nsubjpass"]
        elif "object" in trigger.target:
            target_heads += [c for c in voice.children if c.dep_ == "nsubjpass"]
    elif subject is not None:
        source_heads = [subject]
    if any(_natural_cause(h) or _abstract_subject(h, offset, actors) for h in source_heads):
        return Roles([], [], natural=True)
    if passive and not source_heads and any(_natural_cause(h) for h in prepositional_objects(verb, ("in", "by", "from", "during"))):
        return Roles([], [], natural=True)  # "three soldiers were killed in a helicopter crash"
    if "object" in trigger.target and not passive:
        objects = [_antecedent(c) for c in verb.children if c.dep_ in ("dobj", "dative")] or _shifted_object(verb) \
            or _small_clause_subject(verb)
        # "labelled the leader a puppet of Washington": a second object is what the first is called
        target_heads += objects[:1] if trigger.predicate else objects
    if trigger.addressee and not target_heads:
        # "wants Beijing to release the Canadians": the one told to act
        target_heads += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    # "broke relations with Ecuador in solidarity with Mexico": the object's own phrase
    # names the party before one the parser hangs on the verb
    object_phrases = [g for obj in verb.children if obj.dep_ in ("dobj", "nsubjpass")
                      for g in prepositional_objects(obj, trigger.target)] if trigger.objects else []
    target_heads += object_phrases or prepositional_objects(verb, trigger.target)
    source = arguments_of(source_heads, offset, actors) or _instrument_agent(source_heads, offset, actors) \
        or arguments_of([d for h in source_heads for d in framed_doer(h)], offset, actors)  # "the attack, which killed"
    if trigger.reciprocal and len({actors.code_of(a) for a in source}) == 1:
        # "the foreign ministers of India and Pakistan met": each owner is a party
        source += [a for a in arguments_of(_coordinated_owners(source_heads), offset, actors)
                   if actors.code_of(a) not in {actors.code_of(s) for s in source}]
    target = []
    if trigger.event_type in REACTIONS and not passive:
        # "condemned the assassination of Qassem Soleimani by the United States": a
        # reaction to an act is aimed at its doer, never at whom the act befell
        # (a voted text's drafter is another matter: "vetoed a UN draft resolution presented
        # by Britain" is left to the object's own words)
        target = arguments_of([d for h in target_heads if h.lemma_.lower() not in role_words().voted_documents
                               for d in doers_named_by(h)], offset, actors)
    target = target or arguments_of(target_heads, offset, actors)
    if not target and _asks_someone(verb, trigger):
        # "called on his supporters to watch polling places in Philadelphia": the one asked
        # names no actor, and nothing in what they are asked to do is whom it asks
        source = source or _speaker_as_source(verb, source_heads, offset, actors)
        return reciprocal_roles(trigger, source, unnamed_object(verb, trigger, offset))
    if trigger.objects and not target:  # "imposed sanctions on Iran": the preposition hangs off the object
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            target = arguments_of(prepositional_objects(obj, trigger.target), offset, actors)
            if target:
                break
    if not target:
        # "called for sanctions against the ICC", "lift the ban imposed on SIMI": the target
        # hangs further down the object; a reaction's target is who did the thing reacted to
        # ("condemned the threats made by the United States").
        slots = trigger.target + ("against",) + (("by", "between") if trigger.event_type in REACTIONS else ())
        target = arguments_of(_deep_prepositional(verb, slots), offset, actors)
        if not target and not passive and trigger.event_type in REACTIONS:
            # "blamed joint drills by the United States, South Korea and Japan": the parser
            # hangs the object's "by" on the active verb as its agent
            target = arguments_of([g for c in verb.children if c.dep_ == "agent" for g in c.children
                                   if g.dep_ == "pobj"], offset, actors)
    if not target:
        # "carried out attacks targeting the Afghan government"
        target = arguments_of(_aimed_at(verb), offset, actors)
    if not target:
        # "threatened to deliver blows to the US", "promised to continue aid to Mozambique":
        # the target of the act the verb announces
        target = arguments_of(_announced_act_parties(verb), offset, actors)
    if not target and trigger.event_type in GIVING:
        # "extradited the preacher to the US", "handed the town back to Iraq", "gave Armenia arms"
        target = arguments_of(prepositional_objects(verb, ("to",)) + [c for c in verb.children if c.dep_ == "dative"],
                              offset, actors)
    if not target and trigger.event_type == "AID" and source:
        # "gave 20 million euros to support projects in Ethiopia": aid goes where it is spent
        target = purpose_places(verb, subject_of(verb), source, offset, actors)
    if not passive:  # "Federal officers are being injured": the speaker is no doer of it
        source = source or _speaker_as_source(verb, source_heads, offset, actors)
    if passive and not source:
        # "two people were killed when ISIL attacked the embassy": the doer of the clause
        # that says how it happened
        source = arguments_of(_circumstance_subjects(verb), offset, actors)
    if passive and not source and trigger.event_type in ("RETREAT", "CONCEDE"):
        # "UN sanctions against Iran were lifted": whoever owned what was undone undid it
        source = arguments_of([m for p in voice.children if p.dep_ == "nsubjpass" for m in p.children
                               if m.dep_ in ("poss", "compound", "amod", "nmod") and m.i < p.i], offset, actors)
    if passive and not source and trigger.with_words:
        # "Iran was hit with new U.S. sanctions": the owner of what it was hit with
        source = arguments_of([m for p in prepositional_objects(verb, ("with",)) if p.lemma_.lower() in trigger.with_words
                               for m in p.children if m.dep_ in ("poss", "compound", "amod", "nmod")], offset, actors)
    if not target and actors.is_trigger(verb):
        # "carried out air strikes in Mosul, killing dozens of fighters": whom the act's
        # outcome struck
        target = arguments_of([o for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                               and actors.is_trigger(c) for o in c.children if o.dep_ == "dobj"], offset, actors)
    if passive and not source and not any(c.dep_ == "agent" for c in verb.children) \
            and trigger.cameo in role_words().domestic_codes:
        # "450 people had been arrested in London": the state where it happened did it
        source = place_country(verb, offset, actors)
    if source and not target and not trigger.reciprocal:
        target = _other_party(verb.sent, source, offset, actors)
    if source and not target and not trigger.reciprocal:
        target = place_as_target(verb, verb_subject(verb), source, offset, actors, trigger.event_type)
    if source and not trigger.reciprocal and not any(actors.code_of(a) for a in target) \
            and not _an_addressee_named(trigger, target):
        # "launched an investigation into crimes committed by Croat forces", "lifted travel
        # curbs to and from North Korea": the first actor down the object's phrase, past
        # the source's own people ("withdrew its ambassador to Nicaragua")
        target = actor_down_the_object(verb, source, offset, actors, trigger.event_type in REACTIONS,
                                       naming=trigger.predicate, particle=trigger.particle) or target
    if not target:
        target = unnamed_object(verb, trigger, offset)
    accusation = denied_accusation(verb) if trigger.event_type == "REJECT" else None
    if accusation is not None:
        # "denied charges that he tried to sell Obama's seat": the accuser, named or not,
        # never whoever the charges name (coding guide, "Denials")
        target = arguments_of(accusers(accusation), offset, actors)
    return reciprocal_roles(trigger, source, target)


def _an_addressee_named(trigger: Trigger, target: list[Argument]) -> bool:
    """Whether an appeal names whom it asks, of unknown country or not: "urged the
    administration to impose sanctions on Russia" asks the administration, never Russia."""
    return trigger.event_type == "REQUEST" and any(a.actor for a in target)


def denied_accusation(verb: Token) -> Token | None:
    """The accusation a verb of denial or rejection answers ("denied charges that ...",
    "rejected accusations by Netanyahu"; statements.yaml `denied_things`), or None."""
    words = statement_words()
    kind = words.cue_lemmas.get(verb.lemma_.lower())
    if kind is None or kind.event_type != "REJECT":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.denied_things), None)


def accusers(accusation: Token) -> list[Token]:
    """Who made an accusation: its owner ("Ukraine's accusations", "US criticism", "American
    charges") or its "from" or "by" phrase ("charges from Liberman", "accusations by
    Netanyahu"). A word that names no actor ("baseless charges") names no one."""
    return [c for c in accusation.children if c.dep_ in ("poss", "compound", "amod", "nmod")] + [
        g for c in accusation.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
        for g in c.children if g.dep_ == "pobj"]


def _stance_holder(verb: Token) -> Token | None:
    """The subject of a participle that states its own stance ("Israel is opposed to",
    "Vietnam is committed to"), read as a passive or as an adjective after "is": a verb
    of data/roles.yaml stative_participles with a "to" phrase and no "by" agent."""
    if verb.lemma_.lower() not in role_words().stative_participles \
            or any(c.dep_ == "agent" for c in verb.children) \
            or not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "acomp":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _passive_carrier(verb: Token) -> Token | None:
    """The verb when it is passive, or the passive participle a bare participle is
    joined to ("The journalist was beaten and detained by police": "detained" is
    passive too, its subject the journalist), else None."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return verb
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and head.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "aux") for c in verb.children) and any(
            c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return head
    return None


def _joined_participles(verb: Token) -> list[Token]:
    """Past participles coordinated with the verb with only "and", commas or adverbs
    between them: "shot and killed", "beaten, detained"."""
    found = []
    for other in verb.conjuncts:
        first, last = sorted((verb.i, other.i))
        between = verb.doc[first + 1: last]
        if other.tag_ == "VBN" and all(t.dep_ in ("cc", "punct", "advmod") for t in between):
            found.append(other)
    return found


def _participle_clause(verb: Token) -> bool:
    """Whether the verb is a bare past participle set before or beside its clause, with
    no subject, auxiliary or object of its own ("Asked about the plan, ...", "Backed by
    Russia, ..."): passive, its subject the clause's."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children) \
        or _set_off_participle(verb)


def _set_off_participle(verb: Token) -> bool:
    """Whether the verb is a participle set off by commas right after its subject, before
    the clause's own verb: "Warren, asked directly, stood by her version", "Kirk, asked
    about the meeting, said ...". The parser makes the participle the subject's verb;
    the subject underwent it."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i < 2 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.right_edge.i not in (verb.i - 2, verb.i - 1):
        return False
    after = next((t for t in doc[verb.i + 1: verb.sent.end] if t.text == ","), None)
    following = doc[after.i + 1] if after is not None and after.i + 1 < verb.sent.end else None
    return following is not None and following.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _antecedent(word: Token) -> Token:
    """The noun a relative pronoun stands for ("three companies that the administration
    accused of hacking": the companies); any other word as it is. The noun right before
    the pronoun is the one it stands for: the parser may hang the clause higher up
    ("sanctions on three companies that ...")."""
    if word.lower_ not in RELATIVE_PRONOUNS | {"whom"} or word.head.dep_ != "relcl" or word.i == 0:
        return word
    before = word.doc[word.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") else word.head.head


def doers_named_by(act: Token) -> list[Token]:
    """Who did the act a noun names, told in its own "by" phrase ("the killing of civilians
    by Indian troops", "the drills conducted by the United States"); only nouns and names,
    never a means ("by force"). Of a naming verb, its own "by" phrase, where the parser
    hangs the named act's ("what it called interference by the United States")."""
    if act.pos_ not in ("NOUN", "VERB"):
        return []
    phrases = [p for p in act.children if p.dep_ == "prep" and p.lower_ == "by"]
    if act.pos_ == "NOUN":
        phrases += [a for c in act.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"]
    return [g for p in phrases for g in p.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]


def _shifted_object(verb: Token) -> list[Token]:
    """The object a writer moved past what it is called: "denounced as an ugly crime
    Serbia's suppression of the unrest", which the parser hangs on the "as" noun as
    its apposition, or as a second object of "as"; or the one named, read as the
    predicate with what it is called as its apposition."""
    shifted = []
    for prep in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"):
        named = [g for g in prep.children if g.dep_ == "pobj"]
        shifted += named[1:] + [a for g in named[:1] for a in g.children if a.dep_ == "appos" and a.i > g.i]
    called = [c for c in verb.children if c.dep_ == "oprd"]
    if len(called) > 1:
        shifted.append(called[0])  # "Trump called Kim Jong Un a madman": two predicates, the first named
    for named in called[:1]:
        if any(a.dep_ == "appos" and a.i > named.i for a in named.children):
            # "called Britain's ambassador to the United States a very stupid guy": the
            # parser makes the one named the predicate, and what he is called its apposition
            shifted.append(named)
    return shifted


def _to_be_blamed(verb: Token) -> bool:
    """"X is to blame": an infinitive after "be" whose subject undergoes it (data/roles.yaml
    `undergone_infinitives`)."""
    return verb.lemma_.lower() in role_words().undergone_infinitives and verb.dep_ == "xcomp" \
        and verb.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _small_clause_subject(verb: Token) -> list[Token]:
    """The object of a verb whose small clause the parser reads as a clause of its own:
    "holds Hamas fully responsible", with "Hamas" the subject of "responsible"."""
    return [g for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"
            for g in c.children if g.dep_ == "nsubj"][:1]


def _held_as(verb: Token) -> bool:
    """"fishermen, held captive in Libya": "held" with a bare "captive" or "hostage" and
    nothing else held, read by spaCy as the subject's act, is what befell the subject
    ("militants held 20 people hostage" and "holding hostages" name whom they hold)."""
    if verb.lemma_.lower() != "hold" or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "dative")]
    return len(objects) == 1 and objects[0].lower_ in ("captive", "hostage") and not any(
        c.dep_ in ("det", "poss", "nummod", "amod") for c in objects[0].children)


def _occupied(verb: Token) -> bool:
    """"Serb forces were engaged in ethnic cleansing": a passive form that says what its
    subject does (data/roles.yaml occupied_participles), with no "by" agent."""
    return verb.lemma_.lower() in role_words().occupied_participles and not any(
        c.dep_ == "agent" for c in verb.children)


def _natural_cause(token: Token) -> bool:
    """"Cyclone Idai", "the earthquake", "the cholera outbreak": not an actor."""
    words = role_words().natural_causes
    return token.lemma_.lower() in words or token.lower_ in words or any(
        c.dep_ == "compound" and (c.lemma_.lower() in words or c.lower_ in words) for c in token.children)


def _abstract_subject(token: Token, offset: int, actors: ActorIndex) -> bool:
    """"Settlements threaten the viability ...", "the plan rejects ...": a thing or an
    idea, not an actor, unless an actor's mention covers the word itself."""
    return token.lemma_.lower() in role_words().abstract_subjects and actors.mention_at(offset + token.idx) is None


def _other_party(sentence, source: list[Argument], offset: int, actors: ActorIndex) -> list[Argument]:
    """The other side of a dyad the sentence names ("relations between Iran and Russia"),
    when the source is one side of it."""
    codes = {actors.code_of(a) for a in source} - {None}
    for token in sentence:
        if token.dep_ == "prep" and token.lower_ == "between":
            objects = [g for g in token.children if g.dep_ == "pobj"]
            parties = arguments_of(objects, offset, actors)
            pair = next((o for o in objects if is_pair(o)), None)
            if not parties and pair is not None:
                parties = actors.story_pair(pair, offset)
            sides = {actors.code_of(a) for a in parties}
            if codes & sides and len(sides - codes - {None}) >= 1:
                return [a for a in parties if actors.code_of(a) not in codes]
    return []


def _coordinated_owners(heads: list[Token]) -> list[Token]:
    """The coordinated countries or bodies an "of" or "from" phrase gives a plural
    subject ("the leaders of France and Germany", "officials from the US and China")."""
    owners = []
    for head in heads:
        if head.tag_ != "NNS":
            continue
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                conjuncts = [pobj, *(c for c in pobj.conjuncts)]
                if len(conjuncts) > 1:
                    owners += conjuncts
    return owners


def asks_the_unnamed(event_type: str, target: list[Argument]) -> bool:
    """Whether an appeal's target is whom it asks, named by no actor ("urged his
    supporters to back Clinton"): no one in what they are asked to do is its target."""
    return event_type == "REQUEST" and bool(target) and not any(a.actor for a in target)


def _asks_someone(verb: Token, trigger: Trigger) -> bool:
    """Whether an appeal asks its object to act: "urged voters to register", "called on
    his supporters to watch" (a direct object, or the object of its particle, and a "to"
    infinitive)."""
    if trigger.event_type != "REQUEST":
        return False
    asked = any(c.dep_ == "dobj" for c in verb.children) or any(
        c.dep_ in ("prep", "prt") and c.lower_ == trigger.particle and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children)
    return asked and any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c)
                         for t in (verb, *(c for c in verb.children if c.dep_ in ("prep", "prt", "dobj")))
                         for c in t.children)


def _aimed_at(head: Token) -> list[Token]:
    """Objects of a participle that says whom an act was aimed at ("attacks targeting
    the army", "a raid aimed at rebels")."""
    words = role_words().aiming_verbs
    found: list[Token] = []
    # the participle may hang from the act's noun: "launched a raid aimed at ..."
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    children = [c for h in (head, *objects) for c in h.children]  # "a string of attacks targeting ..."
    for child in children:
        if child.dep_ in ("advcl", "acl", "xcomp") and child.lemma_.lower() in words:
            found += [c for c in child.children if c.dep_ == "dobj"]
            found += [g for c in child.children if c.dep_ == "prep" and c.lower_ in ("at", "against")
                      for g in c.children if g.dep_ == "pobj"]
    return found


XCOMP_TARGET_PREPOSITIONS = ("to", "on", "against", "with", "into")


def _announced_act_parties(verb: Token) -> list[Token]:
    """Objects of "to", "on", "against", "with" inside the infinitive a verb announces, and
    inside that infinitive's object, two infinitives deep ("promised to continue aid to X")."""
    found: list[Token] = []
    frontier = [c for c in verb.children if c.dep_ == "xcomp"]
    for _ in range(2):
        inner = []
        for clause in frontier:
            heads = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
            for head in heads:
                found += prepositional_objects(head, XCOMP_TARGET_PREPOSITIONS)
            inner += [c for c in clause.children if c.dep_ == "xcomp"]
        frontier = inner
    return found


def _instrument_agent(heads: list[Token], offset: int, actors: ActorIndex) -> list[Argument]:
    """"The missiles fired by the Israeli military struck ...", "a bomb planted by militants
    killed ...": the doer is the agent of what the subject's thing underwent. Not a
    document's: "The deal, brokered by the African Union, calls for the disarmament of
    Tigrayan fighters" is what the deal says, not the broker's appeal."""
    for head in heads:
        if head.lemma_.lower() in lexicon().document_nouns:
            continue
        for child in head.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agents = [g for a in child.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                found = arguments_of(agents, offset, actors)
                if found:
                    return found
    return []


def _deep_prepositional(verb: Token, slots: tuple[str, ...]) -> list[Token]:
    """Objects of target prepositions inside the verb's object phrase, two levels down."""
    found = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") or (child.dep_ == "prep" and child.lower_ in ("for", "to")):
            heads = [child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pobj"]
            for head in heads:
                found += prepositional_objects(head, slots)
                for grandchild in head.children:
                    if grandchild.dep_ in ("acl", "relcl", "prep"):
                        inner = [grandchild] if grandchild.dep_ != "prep" else \
                            [g for g in grandchild.children if g.dep_ == "pobj"]
                        for token in inner:
                            found += prepositional_objects(token, slots)
    return found


CIRCUMSTANCE_MARKS = {"when", "after", "as", "while", "because"}


def _circumstance_subjects(verb: Token) -> list[Token]:
    """Subjects of the "when"/"after" clauses of a verb ("were killed when militants stormed ...")."""
    return [s for c in verb.children if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in CIRCUMSTANCE_MARKS
                                                                   for m in c.children)
            for s in c.children if s.dep_ in ("nsubj",)]


def _speaker_as_source(verb: Token, heads: list[Token], offset: int, actors: ActorIndex) -> list[Argument]:
    """In a quotation with no subject of its own ("'Condemn it,'"), the speaker acts."""
    if heads:
        return []
    speaker = actors.speaker_at(offset + verb.idx)
    return [speaker] if speaker is not None else []


