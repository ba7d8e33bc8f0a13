"""Whom a statement is about (issue 12): the addressee of an appeal, the doer of the act it
judges (named in its words, or told before and named again by a definite noun), or the
actor its content holds as subject; never the speaker, a place, the outlet it was said
on, or (when the statement names anyone else) the state an official speaker serves. The
statement events themselves are built in events/statements.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from dyads.actors.mentions import view_of
from dyads.actors.object_pronouns import thing_it_stands_for
from dyads.events.actor_index import STATE_SECTORS, ActorIndex, names_the_topic, role_words
from dyads.events.arguments import accusers, denied_accusation
from dyads.events.attribution import claimed_maker
from dyads.events.statement_kinds import SUBJECT_DEPS, Found, first_person, second_person
from dyads.events.statement_words import statement_words
from dyads.nlp import Paragraph
from dyads.record import Argument, Event

# Grammatical places an actor may hold in the content, best first (and SUBJECT_DEPS).
OWNER_DEPS = {"poss", "compound", "amod", "nmod"}
OBJECT_DEPS = {"dobj", "dative", "oprd", "attr"}


def offset_of(spans: list[tuple[int, int, Paragraph]], token: Token) -> int:
    """A token's offset in the article."""
    paragraph = next(p for _, _, p in spans if p.doc is token.doc)
    return paragraph.offset + token.idx


# A cue's prepositions whose object the statement is aimed at ("urged on", "lashed out at"),
# or is about ("said of the decision").
ABOUT_PREPOSITIONS = ("of", "about")
CUE_PREPOSITIONS = ("on", "upon", "to", "at", "against", "with", *ABOUT_PREPOSITIONS)


def statement_target(
    found: Found, cue: Token | None, content: list[tuple[Paragraph, Token]], source: Argument,
    paragraph: Paragraph, actors: ActorIndex,
) -> list[Argument]:
    """The actor the statement is about: addressee, the judged act's doer, the content's subject."""
    speaker_code = actors.code_of(source)
    accusation = denied_accusation(cue) if cue is not None else None
    if accusation is not None:
        # "denied charges from Liberman that ...": the accuser, never whom the charges name
        return [a for head in accusers(accusation) for a in actors_at(head, paragraph, actors)
                if a.actor not in (None, source.actor)][:1]
    candidates: list[tuple[int, int, Argument]] = []
    if cue is not None:
        # a cue's own particle carries whom it judges too: "tore into X"
        particles = statement_words().cue_particles.get(cue.lemma_.lower(), (frozenset(), None))[0]
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") or child.dep_ == "prep" and (
                    child.lower_ in CUE_PREPOSITIONS or child.lower_ in particles):
                heads = [child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pobj"]
                if child.dep_ == "prep" and child.lower_ in ABOUT_PREPOSITIONS:
                    # "said of Trump's remarks": what the words are about, and so its maker
                    heads = [p for g in heads for p in (g, *(c for c in g.children if c.dep_ in ("poss", "amod", "compound")))]
                if child.dep_ == "prep" and child.lower_ == "on":
                    heads = [h for h in heads if not _a_medium(h, paragraph, actors)]  # "dismissed them on Twitter"
                heads = [*heads, *(doer for h in heads for doer in _agents_of(h))]
                if child.dep_ == "dobj":
                    heads += _agents_of(cue)  # the parser hangs the object's "by" on the verb
                for head in heads:
                    candidates += [(0, head.i, a) for a in actors_at(head, paragraph, actors)
                                   if not _a_listening_outlet(cue, child, a, actors)]
        candidates += [(0, head.i, a) for head in _told_listener(cue, found) for a in actors_at(head, paragraph, actors)
                       if _sector(a, actors) not in statement_words().reporting_sectors]  # "told reporters
    if found.addressed:
        # "The Bureau of Prisons need to ...", "You should resign": the appeal's subject
        verb = found.word.head if found.word.dep_ in ("aux", "auxpass") else found.word
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or _public_group(subject, paragraph, actors):
            return []
        content = [(p, t) for p, t in content if t.i == subject.i and t.doc is subject.doc]
        if not second_person(subject):
            # "'The Iraqi authorities must act,' Billstrom told public broadcaster SVT": the
            # appeal names whom it asks; the one told only listens
            candidates = []
    elif not found.from_cue:
        # the judged actor is told in the sentence that judges it
        sentence = found.word.sent
        content = [(p, t) for p, t in content if t.doc is sentence.doc and sentence.start <= t.i < sentence.end]
    doer = None if found.from_cue or found.addressed else _doer_of(found.word)
    for place, token in content:
        rank = _rank(token)
        rank = _aimed_at(token, found) if rank is None else rank
        if rank is None:
            continue
        if rank == 1 and token == doer and token.dep_ == "nsubj":
            # "a solution the president will not pursue, while saying Russia bore
            # responsibility": the subject of the judging word's own clause; not the one who
            # feels ("All Americans should be alarmed by Russia's actions")
            rank = 0
        if second_person(token) and cue is not None:
            addressee = [a for c in cue.children if c.dep_ in ("dative", "dobj")
                         for a in actors_at(c, paragraph, actors)]
            candidates += [(rank, token.i, a) for a in addressee]
            continue
        mention = actors.mention_at(place.offset + token.idx)
        if mention is not None:
            candidates.append((rank, token.i, actors.argument(mention)))
    fallback: list[Argument] = []
    for _, token_i, argument in sorted(candidates, key=lambda c: (c[0], c[1])):
        if token_i == found.word.i and not found.from_cue:
            continue  # "said criminals were released": the word that named a group judges no one
        if doer is not None and token_i == doer.i and argument.actor not in (None, source.actor) \
                and actors.code_of(argument) is None and actors.by_id[argument.actor].kind == "person":
            # "alleged that Epstein abused girls": the judged act's doer, of unknown country,
            # is the target; never the victims named after him
            return []
        if argument.actor is None or argument.actor == source.actor or not actors.can_act(argument):
            continue
        if own_state(source, argument, actors):
            continue  # "Russia's foreign ministry said Moscow would respond": the speaker's own state
        if actors.same_international_body(source, argument):
            continue  # "the UN chief said the UN would not stand by": the speaker's own body
        if actors.code_of(argument) is None and (speaker_code is None or not found.from_cue):
            continue  # only a cue as plain as "urged" or "condemned" may name a target of unknown country
        actor = actors.by_id.get(argument.actor)
        if actor is not None and actor.kind == "place":
            continue
        if _officials_state(source, argument, actors):
            if not speaks_for(source, [argument], actors):
                # "the government was open to talks": a minister may judge the government
                fallback = fallback or [argument]
            continue
        return [argument]
    return fallback


def _public_group(subject: Token, paragraph: Paragraph, actors: ActorIndex) -> bool:
    """Whether a subject is a group of the public named by a common noun ("voters",
    "American businesses"): statements.yaml `public_groups`."""
    if subject.pos_ == "PROPN":
        return False
    groups = statement_words().public_groups
    named = [actors.by_id.get(a.actor) for a in actors_at(subject, paragraph, actors) if a.actor]
    return bool(named) and all(a is not None and a.kind == "agent" and a.sector in groups for a in named)


def _sector(argument: Argument, actors: ActorIndex) -> str | None:
    actor = actors.by_id.get(argument.actor) if argument.actor else None
    return actor.sector if actor is not None else None


def _agents_of(head: Token) -> list[Token]:
    """Who did what a cue's object names, told by "by": "denounced the joint military drills
    by South Korea and the United States" judges both. Only names, never a means ("by
    saying ...")."""
    agents = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
              if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
    return [*agents, *(c for g in agents for c in g.conjuncts)]


def _a_listening_outlet(cue: Token, child: Token, argument: Argument, actors: ActorIndex) -> bool:
    """Whether a telling cue's object is an outlet that only heard the words: "'He is a
    bully,' she told CNN" judges no one at CNN ("slammed CNN" still does)."""
    return child.dep_ in ("dobj", "dative") and cue.lemma_.lower() in statement_words().telling_verbs \
        and _sector(argument, actors) in statement_words().reporting_sectors


def _told_listener(cue: Token, found: Found) -> list[Token]:
    """Whom an appeal made while telling someone is addressed to: "Sasse told Sawyer,
    repeatedly calling for an explanation" asks Sawyer. Only appeals: "told reporters,
    criticising the plan" is not aimed at the reporters."""
    if found.kind.event_type != "REQUEST" or cue.dep_ not in ("advcl", "xcomp", "conj") or cue.tag_ != "VBG":
        return []
    telling = cue.head
    if telling.lemma_ not in statement_words().telling_verbs:
        return []
    return [c for c in telling.children if c.dep_ in ("dobj", "dative")]


def _a_medium(head: Token, paragraph: Paragraph, actors: ActorIndex) -> bool:
    """Whether what a cue's "on" names is where the words were said, not whom they are
    about: "dismissed the polls on Twitter", "said on CNN" (statements.yaml
    `media_platforms`, and any actor of a reporting sector)."""
    words = statement_words()
    named = actors_at(head, paragraph, actors)
    return head.text.lower() in words.media_platforms or any(
        a.text.lower() in words.media_platforms or _sector(a, actors) in words.reporting_sectors for a in named)


def own_state(source: Argument, candidate: Argument, actors: ActorIndex) -> bool:
    """Whether a candidate target is the state a state speaker speaks for: a ministry
    naming its own country or capital speaks of itself."""
    return actors.is_state(source) and actors.is_state(candidate) \
        and actors.code_of(source) == actors.code_of(candidate)


def speaks_for(source: Argument, target: list[Argument], actors: ActorIndex) -> bool:
    """Whether a statement's target is the country its official speaker speaks for:
    "Seoul would respond to any provocation, he warned" judges no one in Seoul. A place
    inside the country ("Texas must stop") or a body of its state ("the government was
    open to talks") may be judged by its own officials."""
    return bool(target) and all(_officials_state(source, a, actors) and actors.is_whole_country(a) for a in target)


def _officials_state(source: Argument, candidate: Argument, actors: ActorIndex) -> bool:
    """Whether a candidate target is the state an official speaker serves: "Morawiecki
    warned that Warsaw could extend its ban ... if Kyiv escalated" is about Kyiv, if the
    statement names anyone else."""
    return actors.sector_of(source) in STATE_SECTORS and actors.is_state(candidate) \
        and actors.code_of(source) == actors.code_of(candidate)


# Words for an act that name no act of their own: "the decision", "the move" is the
# latest act the story told by someone other than the speaker.
GENERAL_ACTS = frozenset({"decision", "move", "step", "action", "measure", "announcement"})


def judged_act_doer(cue: Token | None, content: list[tuple[Paragraph, Token]], source: Argument,
                     events: list[Event], before: int, actors: ActorIndex,
                     spans: list[tuple[int, int, Paragraph]], said: Sequence[Event] = (),
                     speakers: Sequence[tuple[int, Argument]] = ()) -> list[Argument]:
    """The maker of an act the story told before the statement, which the statement names
    by a definite noun: "Russia called the sanctions a big mistake" after "the United
    States imposed sanctions" is about the United States. The latest earlier act told
    with that word counts ("sanctions", "veto"), or for a general word ("the decision")
    the latest earlier act; its maker must be of known country and not the speaker's state."""
    told = [e for e in reversed(events) if e.trigger.end <= before]  # latest first
    objects = [c for c in cue.children if c.dep_ == "dobj"] if cue is not None else []
    for noun in objects + [token for _, token in content]:
        at = offset_of(spans, noun), noun.text  # where the statement names the act
        thing = thing_of_an_unlinked_it(noun, offset_of(spans, noun), actors)
        if thing is not None:
            owner = _owner_of(thing, source, actors, spans)
            if owner is not None:
                # "tore into Trump's proposal, calling it dangerous": the proposal's owner
                return [Argument(owner.actor, noun.text, at[0], at[0] + len(noun.text))]
            if thing.lemma_.lower() in statement_words().denied_things:
                # "dismissed the claim ... called it absurd": whoever made the claim (`said`:
                # the statements coded so far)
                return [Argument(a.actor, noun.text, at[0], at[0] + len(noun.text))
                        for a in earlier_accuser(thing, source, [*events, *said], before, actors, spans, speakers)]
            noun = thing  # "called the ruling flawed": the ruling, as if named again
        named_as = _speakers_name_for_an_act(noun)
        if noun.tag_ not in ("NN", "NNS") or not named_as and thing is None and not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                or c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children):
            continue  # "the sanctions", "Friday's test": an act named as one already told
        lemma = noun.lemma_.lower()
        # a general word ("the decision"), or the speaker's own name for an act ("would
        # respond to what it called a hostile step"): the latest act of another
        general = lemma in GENERAL_ACTS or named_as
        named = _doer_named_with(noun, source, actors, spans) if lemma in GENERAL_ACTS else None
        if named is not None:
            return [named]  # "the reckless military moves of the United States": named right there
        decider = _earlier_decider(lemma, before, source, actors, spans)
        if decider is not None:
            # "A federal appeals court ruled ... The Justice Department praised the decision":
            # a ruling is no coded act, but the verb that told it names its maker
            return [Argument(decider.actor, at[1], at[0], at[0] + len(at[1]))]
        for earlier in told:
            if earlier.realis not in ("asserted", "historical"):
                continue
            if not (general or any(same_act(w, lemma) for w in earlier.trigger.text.lower().split())):
                continue
            doers = [a for a in earlier.source if a.actor not in (None, source.actor) and actors.code_of(a)
                     and not own_state(source, a, actors)]
            if doers:  # at the statement's own words for the act; every maker of a joint one
                return [Argument(actor, at[1], at[0], at[0] + len(at[1]))
                        for actor in dict.fromkeys(a.actor for a in doers)]
            if lemma in GENERAL_ACTS:
                # "the decision" is another's: not the speaker's own sanctions told last,
                # nor "sanctions that threatened its security" (no one's decision)
                continue
            break  # the act named is the speaker's own, or its maker unknown
        else:
            # an act told only as a noun before ("condemnation of North Korea's latest
            # nuclear test" ... "condemned Friday's test"): its owner then
            owner = _earlier_owner(lemma, before, source, actors, spans)
            if owner is not None:
                return [Argument(owner.actor, at[1], at[0], at[0] + len(at[1]))]
        if lemma in role_words().attack_nouns:
            # "condemned the bombing" of a story that says who claimed it or is blamed for it
            maker = claimed_maker(spans, actors, source)
            if maker is not None and not own_state(source, maker, actors):
                return [Argument(maker.actor, at[1], at[0], at[0] + len(at[1]))]
    return []


def thing_of_an_unlinked_it(word: Token, offset: int, actors: ActorIndex) -> Token | None:
    """For an object "it" (at story offset `offset`) that no actor was linked to: the
    thing the clause before acted on (actors/object_pronouns.py), else None."""
    if word.lower_ != "it":
        return None
    mention = actors.mention_at(offset)
    if mention is not None and actors.argument(mention).actor is not None:
        return None
    return thing_it_stands_for(word)


def _owner_of(thing: Token, source: Argument, actors: ActorIndex,
              spans: list[tuple[int, int, Paragraph]]) -> Argument | None:
    """The actor a thing is said to be of ("Trump's proposal"), of known country and
    neither the speaker nor its state."""
    return next((argument for child in thing.children if child.dep_ == "poss"
                 if (argument := _another_at(child, source, actors, spans)) is not None), None)


def _another_at(word: Token, source: Argument, actors: ActorIndex,
                spans: list[tuple[int, int, Paragraph]]) -> Argument | None:
    """The actor a word names, when it is of known country and neither the speaker nor
    the speaker's state."""
    mention = actors.mention_at(offset_of(spans, word))
    argument = actors.argument(mention) if mention is not None else None
    if argument is not None and argument.actor not in (None, source.actor) and actors.code_of(argument) \
            and not own_state(source, argument, actors):
        return argument
    return None


# Determiners that point back at something already told: "rejected that characterization".
POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def earlier_accuser(accusation: Token, source: Argument, events: list[Event], before: int,
                    actors: ActorIndex, spans: list[tuple[int, int, Paragraph]],
                    speakers: Sequence[tuple[int, Argument]] = ()) -> list[Argument]:
    """Who made the accusation a denial answers, when the denial names it only as one
    already told ("Democrats accused Barr of ... Barr rejected that characterization",
    "dismissed her criticism"): the maker of the latest accusation told in this paragraph
    or the two before, of known country and neither the speaker nor the state it speaks
    for; when none was coded, the latest of the `speakers` (where their words end, who) of the story's
    statements there ("Experts are telling us that Russian state actors broke into the
    DNC," Mook said ... Trump's campaign dismissed the claim"). An accusation named with
    no pointing word ("denied charges") is of no one."""
    if not any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS or c.dep_ == "poss" and c.pos_ == "PRON"
               for c in accusation.children):
        return []
    here = next((k for k, (_, _, p) in enumerate(spans) if p.doc is accusation.doc), None)
    if here is None:
        return []
    earliest = spans[max(0, here - 2)][0]
    told = sorted((e for e in events if e.event_type == "ACCUSE" and earliest <= e.trigger.start < before
                   and e.realis in ("asserted", "historical")), key=lambda e: e.trigger.start, reverse=True)
    def maker(argument: Argument) -> bool:
        return argument.actor not in (None, source.actor) and bool(actors.code_of(argument)) \
            and not own_state(source, argument, actors) and not speaks_for(source, [argument], actors)

    start = offset_of(spans, accusation)
    for event in told:
        makers = [a for a in event.source if maker(a)]
        if makers:
            return [Argument(makers[0].actor, accusation.text, start, start + len(accusation.text))]
    claimants = [who for where, who in sorted(speakers, key=lambda s: s[0], reverse=True)
                 if earliest <= where <= min(before, start) and maker(who)]  # said before the claim was told
    return [Argument(claimants[0].actor, accusation.text, start, start + len(accusation.text))] if claimants else []


def accuser_of_the_speaker(source: Argument, events: list[Event], before: int,
                           actors: ActorIndex) -> list[Argument]:
    """Who accused the one who now denies, when the denial names no accuser ("Democrats
    accused Barr of ... Barr denied that he ordered ..."): the maker of the latest
    accusation told before whose target is the speaker or the state it speaks for, of
    known country and not the speaker (coding guide, "Denials")."""
    def accused(argument: Argument) -> bool:
        # the speaker, or the state it speaks for ("Russia accused the United States ...
        # the State Department denied")
        return argument.actor == source.actor or own_state(source, argument, actors)

    told = sorted((e for e in events if e.event_type == "ACCUSE" and e.trigger.start < before
                   and e.realis in ("asserted", "historical") and any(accused(a) for a in e.target)),
                  key=lambda e: e.trigger.start, reverse=True)
    for event in told:
        makers = [a for a in event.source if a.actor not in (None, source.actor) and actors.code_of(a)]
        if makers:
            return [makers[0]]
    return []


def _doer_named_with(noun: Token, source: Argument, actors: ActorIndex,
                     spans: list[tuple[int, int, Paragraph]]) -> Argument | None:
    """The actor a general word for an act names as its doer in its own "of" or "by"
    phrase ("the moves of the United States", "the decision by Washington"), of known
    country and neither the speaker nor its state."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by")):
        for head in (g for g in prep.children if g.dep_ == "pobj"):
            if (argument := _another_at(head, source, actors, spans)) is not None:
                return argument
    return None


# Verbs a speaker names an act with: "what it called a hostile step".
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})


def _speakers_name_for_an_act(noun: Token) -> bool:
    """Whether a noun is the speaker's own name for an act told before: "what it called a
    hostile step", "what he described as provocations"."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    return noun.dep_ in ("oprd", "attr", "dobj", "pobj") and verb.lemma_.lower() in NAMING_VERBS \
        and any(c.lower_ == "what" for c in verb.children)


def _earlier_owner(lemma: str, before: int, source: Argument, actors: ActorIndex,
                   spans: list[tuple[int, int, Paragraph]]) -> Argument | None:
    """The owner of the latest earlier noun of this lemma ("North Korea's test"), when it is
    an actor of known country other than the speaker's state."""
    return _latest_before(
        before, spans, actors, "poss",
        lambda word, tag: word.lower() == lemma and tag in ("NN", "NNS"),
        lambda argument: argument.actor not in (None, source.actor) and bool(actors.code_of(argument))
        and not own_state(source, argument, actors))


def _earlier_decider(lemma: str, before: int, source: Argument, actors: ActorIndex,
                     spans: list[tuple[int, int, Paragraph]]) -> Argument | None:
    """For a noun of a decision ("the ruling"), the subject of the latest earlier verb that
    tells one made ("a federal appeals court ruled"; statements.yaml `decided_by`), when it
    is an actor of known country other than the speaker's country as a whole: a court may
    be judged by its own country's ministers ("the Justice Department praised the
    decision"), its country as a whole may not."""
    verbs = statement_words().decided_by.get(lemma)
    if not verbs:
        return None
    return _latest_before(
        before, spans, actors, "nsubj",
        lambda word, tag: word.lower() in verbs and tag.startswith("VB"),
        lambda argument: argument.actor not in (None, source.actor) and bool(actors.code_of(argument))
        and not speaks_for(source, [argument], actors))


def _latest_before(before: int, spans: list[tuple[int, int, Paragraph]], actors: ActorIndex, dep: str,
                   is_head: Callable[[str, str], bool], accept: Callable[[Argument], bool]) -> Argument | None:
    """The actor of the latest word before `before` that hangs by `dep` from a word
    `is_head` takes (lemma, tag), among those `accept` takes."""
    found = None
    for start, _, paragraph in spans:
        if start >= before:
            break
        view = view_of(paragraph.doc)  # plain lists: a story's every token is read here
        for i, lemma in enumerate(view.lemmas):
            if start + view.starts[i] >= before:
                break
            if not is_head(lemma, view.tags[i]):
                continue
            for j in range(len(view.heads)):
                if view.heads[j] != i or view.deps[j] != dep or j == i:
                    continue
                mention = actors.mention_at(start + view.starts[j])
                if mention is not None and accept(argument := actors.argument(mention)):
                    found = argument
    return found


def prompting_doer(cue: Token | None, source: Argument, paragraph: Paragraph, actors: ActorIndex) -> list[Argument]:
    """For words an act brought on ("North Korea carried out a test, prompting Obama to warn
    of 'serious consequences'"): the doer of that act, the subject of the clause the
    prompting hangs on, when it is an actor of known country other than the speaker's own
    state (statements.yaml `prompting_verbs`)."""
    if cue is None or cue.dep_ != "xcomp" or cue.head.lemma_.lower() not in statement_words().prompting_verbs:
        return []
    prompting = cue.head
    if prompting.dep_ not in ("advcl", "conj") or prompting.head is prompting:
        return []
    subject = next((c for c in prompting.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return []
    return [a for a in actors_at(subject, paragraph, actors)
            if a.actor not in (None, source.actor) and actors.code_of(a) and not own_state(source, a, actors)][:1]


def same_act(verb_lemma: str, noun_lemma: str) -> bool:
    """"apologise" and "apology", "veto" and "veto", "bomb" and "bombing": one act."""
    stem = min(len(verb_lemma), len(noun_lemma), 5)
    return stem >= 4 and verb_lemma[:stem] == noun_lemma[:stem]


def quote_subject(found: Found, content: list[tuple[Paragraph, Token]], source: Argument,
                   actors: ActorIndex) -> list[Argument]:
    """The actor a quote judges when the judging sentence names none: the one actor of
    known country that the quote's other sentences hold as a subject or an owner
    ("China" three sentences on); none when they hold two (unknown beats wrong)."""
    found_at: dict[str, Argument] = {}
    for place, token in content:
        if _rank(token) != 1 or token.sent == found.word.sent and token.doc is found.word.doc:
            continue
        if first_person(token) or second_person(token):
            continue
        mention = actors.mention_at(place.offset + token.idx)
        if mention is None:
            continue
        argument = actors.argument(mention)
        actor = actors.by_id.get(argument.actor) if argument.actor else None
        code = actors.code_of(argument)
        if (actor is None or argument.actor == source.actor or actor.kind == "place" or code is None
                or not actors.can_act(argument) or own_state(source, argument, actors)):
            continue
        found_at.setdefault(argument.actor, argument)
    if len(found_at) != 1:
        return []
    return list(found_at.values())


def _doer_of(word: Token) -> Token | None:
    """The subject of the act a content word judges ("Epstein" of "abused"), if any."""
    verb = word.head if word.dep_ in ("aux", "auxpass") else word
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _rank(token: Token) -> int | None:
    """How surely an actor at this token is what the content is about (lower is surer);
    None for a place that names no one the statement is about."""
    if token.dep_ in SUBJECT_DEPS:
        return None if _holds_a_view(token.head) else 1
    if token.dep_ in OWNER_DEPS and token.head.dep_ not in ("pobj",):
        return None if names_the_topic(token) else 1  # "the Russia investigation" is no Russia's act
    if token.dep_ in OWNER_DEPS and _cause_of_a_feeling(token.head):
        # "disappointed by the American decision", "all Americans should be alarmed by
        # Russia's actions": the cause of a feeling named as one, before whoever has it
        if names_the_topic(token):
            return None
        felt = token.head.head.head
        return 0 if felt.lower_ in statement_words().feelings or felt.lemma_.lower() in statement_words().feelings \
            else 1
    if token.dep_ in OBJECT_DEPS:
        return 2
    if token.dep_ in ("appos", "conj") and token.head.dep_ in SUBJECT_DEPS:
        return 2
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ in ("agent", "prep") \
            and token.head.head.pos_ in ("NOUN", "VERB") \
            and token.head.head.dep_ in ("acl", "nsubj", "nsubjpass", "attr", "oprd"):
        # "the accusations made by British officials were baseless", "the decision by
        # Washington was illegal", "a hoax perpetrated by China to hurt U.S. business",
        # "this is an act of aggression by Serbia": the maker of the thing judged, named as
        # such, before any owner the phrase holds
        return 1
    return None


def _holds_a_view(verb: Token) -> bool:
    """Whether a verb says its subject views something as something ("regarded the strike
    as aggression", "considers the visit a provocation"; statements.yaml `viewing_verbs`)."""
    return verb.lemma_.lower() in statement_words().viewing_verbs and any(
        c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _cause_of_a_feeling(noun: Token) -> bool:
    """Whether a noun is what a feeling is about: "disappointed by the decision",
    "alarmed at the move", "angry over the sanctions" (an adjective or participle of
    feeling and its "by", "at" or "over" phrase)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in FEELING_PREPOSITIONS and prep.dep_ in ("prep", "agent") \
        and (prep.head.pos_ == "ADJ" or prep.head.tag_ == "VBN") and prep.head.i != prep.i


FEELING_PREPOSITIONS = frozenset({"by", "at", "over"})


def _aimed_at(token: Token, found: Found) -> int | None:
    """Rank 2 for whom a threatened or refused act of the speaker is aimed at: "would
    retaliate against the Czech Republic", "will take measures against Finland". A
    prepositional phrase elsewhere names no target ("Vietnam" in "talks in Vietnam")."""
    if found.kind.event_type not in AIMED_KINDS:
        return None
    if token.dep_ in ("compound", "poss", "amod") and token.head.dep_ == "pobj" \
            and token.head.head.lower_ in ANSWERING_PREPOSITIONS:
        # "would respond in kind to any new U.S. sanctions": the maker of what is answered
        pobj = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.dep_ == "pobj" \
            and token.head.head.head.lower_ in ANSWERING_PREPOSITIONS:
        # "would retaliate against any attack by Israel": the maker named by "by"
        pobj = token.head.head
    elif token.dep_ == "pobj" and token.head.lower_ in AIMING_PREPOSITIONS:
        pobj = token
    else:
        return None
    if found.from_cue:
        # "warned that Russia would respond to any new U.S. sanctions": a verb of the content
        return 2 if pobj.head.head.pos_ == "VERB" and pobj.head.head.i != found.word.i else None
    verb = found.word.head if found.word.dep_ in ("aux", "auxpass") else found.word
    return 2 if pobj.head.head.i == verb.i and token.doc is verb.doc else None


AIMED_KINDS = frozenset({"THREATEN"})
AIMING_PREPOSITIONS = frozenset({"against"})
ANSWERING_PREPOSITIONS = frozenset({"to", "against", "for"})


def actors_at(head: Token, paragraph: Paragraph, actors: ActorIndex) -> list[Argument]:
    mention = actors.mention_at(paragraph.offset + head.idx)
    return [actors.argument(mention)] if mention is not None else []
