"""Statements into events: what a speaker says about another actor.

A quote or attribution (dyads/quotes/) whose speaker can act politically becomes one
event when

- its cue ("condemned", "urged", "called on") or, for a neutral cue ("said",
  "told"), the evaluative words of its content ("illegal", "grateful", "should")
  give the kind of statement (data/statements.yaml), and
- the actor it is about can be found: the addressee of an appeal ("urged Israel",
  "told Hawk Sawyer"), the doer of the act it judges ("the US decision", "Wells
  Fargo's behaviour") or the subject of its content ("Trump is a disgusting fraud").
  Never the speaker, and never an actor named only inside a prepositional phrase
  ("... talks in Vietnam").

The speaker is the source; a news agency or newspaper reporting is never one. A
statement whose cue is already an event trigger ("X condemned Y") is that event,
not a second one: the event gets the statement's quote and, if it had none, its
target.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date
from functools import partial

from spacy.tokens import Token

from dyads.actors.mentions import view_of
from dyads.events.actor_index import STATE_SECTORS, ActorIndex, names_the_topic, role_words
from dyads.events.arguments import accusers, asks_the_unnamed, denied_accusation
from dyads.events.attribution import claimed_maker
from dyads.events.ontology import cameo
from dyads.events.statement_kinds import SUBJECT_DEPS, Found, first_person, kinds_of, second_person
from dyads.events.statement_words import Kind, StatementWords, statement_words
from dyads.events.threats import conditional_threat
from dyads.events.triggers import asks_a_question
from dyads.events.when import event_date
from dyads.events.where import event_location
from dyads.nlp import Paragraph
from dyads.record import Argument, Article, Event, Quote, Span

# Grammatical places an actor may hold in the content, best first (and SUBJECT_DEPS).
OWNER_DEPS = {"poss", "compound", "amod", "nmod"}
OBJECT_DEPS = {"dobj", "dative", "oprd", "attr"}


def statement_events(
    article: Article, paragraphs: list[Paragraph], quotes: list[Quote], actors: ActorIndex,
    events: list[Event], day: date | None, story_place: dict | None,
) -> list[Event]:
    """The events made by the story's statements; `events` (the trigger events) may
    gain a quote and a target in place when a statement is one of them."""
    words = statement_words()
    sentence_starts = [start for paragraph in paragraphs for start in _sentence_starts(paragraph)]
    # (start, end, paragraph); a Doc builds its `text` anew at each call, its last token is cheap
    spans = [(p.offset, p.offset + _length(p.doc), p) for p in paragraphs]
    made: list[Event] = []
    for number, quote in enumerate(quotes):
        source = _source(quote, actors, words)
        if source is None:
            continue
        paragraph = _paragraph_at(spans, quote.cue.start if quote.cue else quote.start)
        if paragraph is None:
            continue
        cue = _token_at(paragraph, quote.cue.start) if quote.cue else None
        if cue is not None and cue.lemma_.lower() in words.question_cues and asks_a_question(cue):
            continue  # "when asked how he would respond ...": a question, no one's statement
        existing = _event_at_cue(events, quote)
        told = [e for e in events if _inside(e.trigger, quote)] if existing is None else []
        if any(_reported_act(spans, e.trigger) and e.realis != "hypothetical" for e in told):
            continue  # the content reports an act already coded ("said Russia attacked ...")
        # an act the content only wishes for ("said the US must be ready to mediate") is the
        # appeal's content, not an act: the statement is the event
        content = _content_tokens(spans, quote)
        if existing is not None:
            _complete(existing, number, cue, content, source, paragraph, actors,
                      partial(_judged_act_doer, cue, content, source, events, quote.start, actors, spans))
            continue
        found, target = None, []
        threat = conditional_threat(content, source, told, actors, words.conditions, words.future_modals) \
            if words.conditional is not None and (cue is None or cue.lemma_.lower() not in words.cue_lemmas) else None
        # "Islamabad would reconsider its relationship with Kabul if the attacks continued":
        # the condition makes the threat, whatever words of blame the content holds
        kinds = kinds_of(cue, content, words, partial(_speakers_side, quote, source, spans, actors)) \
            if threat is None else []
        if threat is not None:
            found, target = Found(words.conditional, threat[0], False), threat[1]
        for found in kinds:
            target = _target(found, cue, content, source, paragraph, actors)
            if target:
                break
        if cue is not None and denied_accusation(cue) is not None:
            kinds = []  # a denial answers its accuser or no one: no other target is sought
        if not target and kinds:
            # "called the sanctions a big mistake": the maker of the sanctions told before
            found = kinds[0]
            target = _judged_act_doer(cue, content, source, events, quote.start, actors, spans)
        if not target and kinds and not kinds[0].from_cue and not kinds[0].addressed:
            # "We will not stand by. ... China keeps bullying": the quote's subject elsewhere
            found = kinds[0]
            target = _quote_subject(found, content, source, actors)
        if not target and kinds and not _names_addressee(cue, paragraph, source, actors) and (
                kinds[0].from_cue or kinds[0].kind.event_type != words.request.event_type):
            # "called his death a crisis of public trust": a judgement on its own country
            # (never when the cue names whom it addresses: "urged the bloc to ...", nor
            # for an appeal told only by its words: "he has to ...", "we need ..." ask
            # no one in particular)
            found = kinds[0]
            target = _home_country(found.word, _offset(spans, found.word), source, content, actors)
        if not target or any(e.trigger.start <= _offset(spans, found.word) < e.trigger.end for e in told):
            continue  # no one it is about, or its word is an act already coded
        if not found.from_cue and found.kind.event_type == "ACCUSE" and _wronged(found.word, target, spans, actors):
            continue  # "it's very unfair to Mitt Romney": the one wronged is not the one judged
        # the word that gave the type may lie in a later paragraph of a long quotation
        home = next((p for _, _, p in spans if p.doc is found.word.doc), paragraph)
        made.append(_statement_event(article, found, source, target, number, home, actors, day,
                                     story_place, bisect_right(sentence_starts, home.offset + found.word.idx) - 1))
    return made


def _wronged(word: Token, target: list[Argument], spans: list[tuple[int, int, Paragraph]],
             actors: ActorIndex) -> bool:
    """Whether the target is the one a word of blame says is wronged, in its "to" or
    "against" phrase: "unfair to Mitt Romney", "an insult to the Palestinian people"."""
    paragraph = next(p for _, _, p in spans if p.doc is word.doc)
    wronged = {a.actor for prep in word.children if prep.dep_ == "prep" and prep.lower_ in ("to", "against", "toward",
                                                                                              "towards")
               for g in prep.children if g.dep_ == "pobj" for a in _actors_of(g, paragraph, actors)}
    return any(a.actor in wronged for a in target)


def _names_addressee(cue: Token | None, paragraph: Paragraph, source: Argument, actors: ActorIndex) -> bool:
    """Whether the cue's object names someone other than the speaker, known or not."""
    if cue is None:
        return False
    for child in cue.children:
        if child.dep_ in ("dobj", "dative"):
            mention = actors.mention_at(paragraph.offset + child.idx)
            if mention is not None and actors.argument(mention).actor != source.actor:
                return True
    return False


def _is_denial(word: Token) -> bool:
    """"denies that the investigations are politically motivated", "denied the charges":
    a denial of a claim; "denied land allocation" is a refusal (statements.yaml)."""
    words = statement_words()
    if word.lemma_.lower() not in words.denial_cues:
        return False
    return any(c.dep_ == "ccomp" or c.dep_ == "dobj" and c.lemma_.lower() in words.denied_things
               for c in word.children)


def _home_country(word: Token, start: int, source: Argument, content: list[tuple[Paragraph, Token]],
                  actors: ActorIndex) -> list[Argument]:
    """The speaker's own country as the target of a statement whose content names no
    actor, when the story names no other country: what a senator calls "a crisis of
    public trust" in a story about one country is about that country. At the word
    that gave the statement its type. A content that names someone of unknown country
    ("alleged that Tom Berg abused girls"), the speaker's own state ("said Beijing
    would respond") or an act of an unnamed maker ("opposed the pipeline deal") is
    about them or no one."""
    if _is_denial(word):
        return []  # a denial answers an accuser, named or not (coding guide), never the own country
    if actors.mention_at(start) is not None:
        return []  # "protecting the criminals": the word names a group, it judges no country
    code = actors.code_of(source)
    if code is None or actors.story_countries() != {code}:
        return []
    act_nouns = statement_words().act_nouns
    if any(token.tag_ in ("NN", "NNS") and token.lemma_.lower() in act_nouns for _, token in content):
        return []  # "opposed the new pipeline deal": whoever made the deal, unknown
    for paragraph, token in content:
        mention = actors.mention_at(paragraph.offset + token.idx)
        named = actors.argument(mention) if mention is not None else None
        if named is not None and named.actor not in (None, source.actor) and (
                actors.code_of(named) is None or _own_state(source, named, actors)):
            return []
    state = actors.state_actor(code)
    if state is None:
        return []
    return [Argument(state, word.text, start, start + len(word))]


def _source(quote: Quote, actors: ActorIndex, words: StatementWords) -> Argument | None:
    """The speaker as an argument, when it can act and does not merely report."""
    if quote.speaker is None or quote.source is None:
        return None
    argument = Argument(quote.speaker, quote.source.text, quote.source.start, quote.source.end)
    actor = actors.by_id.get(quote.speaker)
    if actor is None or not actors.can_act(argument) or actor.kind == "place":
        return None
    if actor.sector in words.reporting_sectors:
        return None
    if actor.evidence == "story-person" and actor.sector is None:
        return None  # a person of no office or role, of the story's country: a voice in it, no actor
    return argument


def _length(doc) -> int:
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _sentence_starts(paragraph: Paragraph) -> list[int]:
    """The article offset of each sentence's first character in a paragraph."""
    view = view_of(paragraph.doc)
    numbers = view.sentences
    return [paragraph.offset + view.starts[i] for i in range(len(numbers)) if i == 0 or numbers[i] != numbers[i - 1]]


def _paragraph_at(spans: list[tuple[int, int, Paragraph]], offset: int) -> Paragraph | None:
    return next((paragraph for start, end, paragraph in spans if start <= offset < end), None)


def _token_at(paragraph: Paragraph, offset: int) -> Token | None:
    """The token of a paragraph covering an article offset, if any."""
    local = offset - paragraph.offset
    view = view_of(paragraph.doc)
    i = bisect_right(view.starts, local) - 1
    if i >= 0 and local < view.starts[i] + len(view.texts[i]):
        return view.tokens[i]
    return None


def _content_tokens(spans: list[tuple[int, int, Paragraph]], quote: Quote) -> list[tuple[Paragraph, Token]]:
    """The tokens of the quote's content, with their paragraph."""
    found = []
    for start, end, paragraph in spans:
        if end <= quote.start or start >= quote.end:
            continue
        view = view_of(paragraph.doc)  # the tokens whose start lies inside the quote, by bisection
        first, last = bisect_left(view.starts, quote.start - start), bisect_left(view.starts, quote.end - start)
        found += [(paragraph, view.tokens[i]) for i in range(first, last)]
    return found


def _event_at_cue(events: list[Event], quote: Quote) -> Event | None:
    if quote.cue is None:
        return None
    return next((e for e in events if e.trigger.start < quote.cue.end and quote.cue.start < e.trigger.end), None)


def _reported_act(spans: list[tuple[int, int, Paragraph]], trigger: Span) -> bool:
    """Whether an event's trigger is no noun: an act the content reports ("said Russia
    attacked ...", "said Norway is willing to send"), not a named act it judges ("said
    the sanctions were illegal")."""
    paragraph = _paragraph_at(spans, trigger.start)
    token = _token_at(paragraph, trigger.start) if paragraph else None
    return token is None or token.pos_ not in ("NOUN", "PROPN")


def _offset(spans: list[tuple[int, int, Paragraph]], token: Token) -> int:
    paragraph = next(p for _, _, p in spans if p.doc is token.doc)
    return paragraph.offset + token.idx


def _inside(span: Span, quote: Quote) -> bool:
    return quote.start <= span.start < quote.end


# A cue's prepositions whose object the statement is aimed at ("urged on", "lashed out at"),
# or is about ("said of the decision").
ABOUT_PREPOSITIONS = ("of", "about")
CUE_PREPOSITIONS = ("on", "upon", "to", "at", "against", "with", *ABOUT_PREPOSITIONS)


def _target(
    found: Found, cue: Token | None, content: list[tuple[Paragraph, Token]], source: Argument,
    paragraph: Paragraph, actors: ActorIndex,
) -> list[Argument]:
    """The actor the statement is about: addressee, the judged act's doer, the content's subject."""
    speaker_code = actors.code_of(source)
    accusation = denied_accusation(cue) if cue is not None else None
    if accusation is not None:
        # "denied charges from Liberman that ...": the accuser, never whom the charges name
        return [a for head in accusers(accusation) for a in _actors_of(head, paragraph, actors)
                if a.actor not in (None, source.actor)][:1]
    candidates: list[tuple[int, int, Argument]] = []
    if cue is not None:
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") or child.dep_ == "prep" and child.lower_ in CUE_PREPOSITIONS:
                heads = [child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pobj"]
                if child.dep_ == "prep" and child.lower_ in ABOUT_PREPOSITIONS:
                    # "said of Trump's remarks": what the words are about, and so its maker
                    heads = [p for g in heads for p in (g, *(c for c in g.children if c.dep_ in ("poss", "amod", "compound")))]
                if child.dep_ == "prep" and child.lower_ == "on":
                    heads = [h for h in heads if not _a_medium(h, paragraph, actors)]  # "dismissed them on Twitter"
                for head in heads:
                    candidates += [(0, head.i, a) for a in _actors_of(head, paragraph, actors)]
        candidates += [(0, head.i, a) for head in _told_listener(cue, found) for a in _actors_of(head, paragraph, actors)
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
    for place, token in content:
        rank = _rank(token) or _aimed_at(token, found)
        if rank is None:
            continue
        if second_person(token) and cue is not None:
            addressee = [a for c in cue.children if c.dep_ in ("dative", "dobj")
                         for a in _actors_of(c, paragraph, actors)]
            candidates += [(rank, token.i, a) for a in addressee]
            continue
        mention = actors.mention_at(place.offset + token.idx)
        if mention is not None:
            candidates.append((rank, token.i, actors.argument(mention)))
    doer = None if found.from_cue or found.addressed else _doer_of(found.word)
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
        if _own_state(source, argument, actors):
            continue  # "Russia's foreign ministry said Moscow would respond": the speaker's own state
        if actors.code_of(argument) is None and (speaker_code is None or not found.from_cue):
            continue  # only a cue as plain as "urged" or "condemned" may name a target of unknown country
        actor = actors.by_id.get(argument.actor)
        if actor is not None and actor.kind == "place":
            continue
        if _officials_state(source, argument, actors):
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
    named = [actors.by_id.get(a.actor) for a in _actors_of(subject, paragraph, actors) if a.actor]
    return bool(named) and all(a is not None and a.kind == "agent" and a.sector in groups for a in named)


def _sector(argument: Argument, actors: ActorIndex) -> str | None:
    actor = actors.by_id.get(argument.actor) if argument.actor else None
    return actor.sector if actor is not None else None


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


def _speakers_side(quote: Quote, source: Argument, spans: list[tuple[int, int, Paragraph]], actors: ActorIndex,
                   subject: Token) -> bool:
    """Whether a subject of the content is the speaker's own side: "he", "she" or "it" in
    reported speech ("Russia said it would retaliate"), the speaker itself, or the state a
    state speaker speaks for ("the foreign ministry said Moscow would respond")."""
    if quote.kind == "indirect" and subject.lower_ in THIRD_PERSON_SELF:
        return True
    mention = actors.mention_at(_offset(spans, subject))
    if mention is None:
        return False
    argument = actors.argument(mention)
    return argument.actor == source.actor or _own_state(source, argument, actors)


# In reported speech these subjects are, nearly always, the speaker ("X said it would ...").
THIRD_PERSON_SELF = frozenset({"he", "she", "it"})


def _a_medium(head: Token, paragraph: Paragraph, actors: ActorIndex) -> bool:
    """Whether what a cue's "on" names is where the words were said, not whom they are
    about: "dismissed the polls on Twitter", "said on CNN" (statements.yaml
    `media_platforms`, and any actor of a reporting sector)."""
    words = statement_words()
    named = _actors_of(head, paragraph, actors)
    return head.text.lower() in words.media_platforms or any(
        a.text.lower() in words.media_platforms or _sector(a, actors) in words.reporting_sectors for a in named)


def _own_state(source: Argument, candidate: Argument, actors: ActorIndex) -> bool:
    """Whether a candidate target is the state a state speaker speaks for: a ministry
    naming its own country or capital speaks of itself."""
    return actors.is_state(source) and actors.is_state(candidate) \
        and actors.code_of(source) == actors.code_of(candidate)


def _officials_state(source: Argument, candidate: Argument, actors: ActorIndex) -> bool:
    """Whether a candidate target is the state an official speaker serves: "Morawiecki
    warned that Warsaw could extend its ban ... if Kyiv escalated" is about Kyiv, if the
    statement names anyone else."""
    return actors.sector_of(source) in STATE_SECTORS and actors.is_state(candidate) \
        and actors.code_of(source) == actors.code_of(candidate)


# Words for an act that name no act of their own: "the decision", "the move" is the
# latest act the story told by someone other than the speaker.
GENERAL_ACTS = frozenset({"decision", "move", "step", "action", "measure", "announcement"})


def _judged_act_doer(cue: Token | None, content: list[tuple[Paragraph, Token]], source: Argument,
                     events: list[Event], before: int, actors: ActorIndex,
                     spans: list[tuple[int, int, Paragraph]]) -> list[Argument]:
    """The maker of an act the story told before the statement, which the statement names
    by a definite noun: "Russia called the sanctions a big mistake" after "the United
    States imposed sanctions" is about the United States. The latest earlier act told
    with that word counts ("sanctions", "veto"), or for a general word ("the decision")
    the latest earlier act; its maker must be of known country and not the speaker's state."""
    told = [e for e in reversed(events) if e.trigger.end <= before]  # latest first
    if not told:
        return []
    objects = [c for c in cue.children if c.dep_ == "dobj"] if cue is not None else []
    for noun in objects + [token for _, token in content]:
        if noun.tag_ not in ("NN", "NNS") or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                or c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children):
            continue  # "the sanctions", "Friday's test": an act named as one already told
        lemma = noun.lemma_.lower()
        for earlier in told:
            if earlier.realis not in ("asserted", "historical"):
                continue
            if not (lemma in GENERAL_ACTS or any(same_act(w, lemma) for w in earlier.trigger.text.lower().split())):
                continue
            doers = [a for a in earlier.source if a.actor not in (None, source.actor) and actors.code_of(a)
                     and not _own_state(source, a, actors)]
            if doers:  # at the statement's own words for the act
                start = _offset(spans, noun)
                return [Argument(doers[0].actor, noun.text, start, start + len(noun.text))]
            break  # the act named is the speaker's own, or its maker unknown
        else:
            # an act told only as a noun before ("condemnation of North Korea's latest
            # nuclear test" ... "condemned Friday's test"): its owner then
            owner = _earlier_owner(lemma, before, source, actors, spans)
            if owner is not None:
                start = _offset(spans, noun)
                return [Argument(owner.actor, noun.text, start, start + len(noun.text))]
        if lemma in role_words().attack_nouns:
            # "condemned the bombing" of a story that says who claimed it or is blamed for it
            maker = claimed_maker(spans, actors, source)
            if maker is not None and not _own_state(source, maker, actors):
                start = _offset(spans, noun)
                return [Argument(maker.actor, noun.text, start, start + len(noun.text))]
    return []


def _earlier_owner(lemma: str, before: int, source: Argument, actors: ActorIndex,
                   spans: list[tuple[int, int, Paragraph]]) -> Argument | None:
    """The owner of the latest earlier noun of this lemma ("North Korea's test"), when it is
    an actor of known country other than the speaker's state."""
    found = None
    for start, _, paragraph in spans:
        if start >= before:
            break
        view = view_of(paragraph.doc)  # plain lists: a story's every token is read here
        for i, lower in enumerate(view.lemmas):
            if start + view.starts[i] >= before:
                break
            if lower.lower() != lemma or view.tags[i] not in ("NN", "NNS"):
                continue
            for j in range(len(view.heads)):
                if view.heads[j] != i or view.deps[j] != "poss" or j == i:
                    continue
                mention = actors.mention_at(start + view.starts[j])
                if mention is None:
                    continue
                argument = actors.argument(mention)
                if argument.actor not in (None, source.actor) and actors.code_of(argument) \
                        and not _own_state(source, argument, actors):
                    found = argument
    return found


def same_act(verb_lemma: str, noun_lemma: str) -> bool:
    """"apologise" and "apology", "veto" and "veto", "bomb" and "bombing": one act."""
    stem = min(len(verb_lemma), len(noun_lemma), 5)
    return stem >= 4 and verb_lemma[:stem] == noun_lemma[:stem]


def _quote_subject(found: Found, content: list[tuple[Paragraph, Token]], source: Argument,
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
                or not actors.can_act(argument) or _own_state(source, argument, actors)):
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
        return 1
    if token.dep_ in OWNER_DEPS and token.head.dep_ not in ("pobj",):
        return None if names_the_topic(token) else 1  # "the Russia investigation" is no Russia's act
    if token.dep_ in OBJECT_DEPS:
        return 2
    if token.dep_ in ("appos", "conj") and token.head.dep_ in SUBJECT_DEPS:
        return 2
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ in ("agent", "prep") \
            and token.head.head.pos_ in ("NOUN", "VERB") and token.head.head.dep_ in ("acl", "nsubj", "nsubjpass"):
        # "the accusations made by British officials were baseless", "the decision by
        # Washington was illegal", "a hoax perpetrated by China to hurt U.S. business": the
        # maker of the thing judged, named as such, before any owner the phrase holds
        return 1
    return None


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


def _actors_of(head: Token, paragraph: Paragraph, actors: ActorIndex) -> list[Argument]:
    mention = actors.mention_at(paragraph.offset + head.idx)
    return [actors.argument(mention)] if mention is not None else []


def _complete(event: Event, number: int, cue: Token | None, content: list[tuple[Paragraph, Token]],
              source: Argument, paragraph: Paragraph, actors: ActorIndex,
              judged_act_doer: Callable[[], list[Argument]] = list) -> None:
    """A trigger event that is this statement: it carries the quote and, when it had no
    target actor of known country, the statement's: the one the cue judges or the
    owner of what it judges ("accused the North's leader", "criticised Wells Fargo's
    behaviour": the bank), else the subject of the content's sentence, else, when the
    content names no one, the speaker's own country in a story of that one country."""
    event.quote = number
    if any(actors.code_of(a) for a in event.target) or cue is None:
        return
    words = statement_words()
    if event.event_type in words.met_types:
        return  # "Clinton speaks directly to white people": whom one meets is no one judged
    if asks_the_unnamed(event.event_type, event.target):
        return  # "urged his supporters to back Clinton": the one asked is named, if by no actor
    if denied_accusation(cue) is not None:
        return  # the trigger's roles named the accuser, if the text does
    # a cue the statement lexicon lacks ("warned") keeps the trigger's own kind
    kind = words.cue_lemmas.get(cue.lemma_.lower()) or (
        Kind(event.event_type, event.cameo, event.mode) if event.event_type in AIMED_KINDS else words.request)
    # the actor named, else the maker of an act told before ("condemned Friday's test")
    target = _target(Found(kind, cue, True), cue, content, source, paragraph, actors) or judged_act_doer()
    had_actor = any(a.actor for a in event.target)
    if not target and not had_actor and not _names_addressee(cue, paragraph, source, actors):
        # "repeatedly calling for an explanation of how the system failed"
        target = _home_country(cue, paragraph.offset + cue.idx, source, content, actors)
    if target and (not had_actor or actors.code_of(target[0])):
        event.target = target
        if had_actor:
            event.confidence = round(min(event.confidence + 0.1, 0.95), 2)  # its side's country is known now


def _statement_event(
    article: Article, found: Found, source: Argument, target: list[Argument], quote: int,
    paragraph: Paragraph, actors: ActorIndex, day: date | None, story_place: dict | None, sentence: int,
) -> Event:
    entry = cameo(found.kind.cameo)
    token = found.word
    countries = frozenset(c for a in (source, *target) if (c := actors.code_of(a)))
    location = event_location(token, article.dateline, story_place, countries, actors, paragraph.offset)
    start = paragraph.offset + token.idx
    unknown_sides = sum(actors.code_of(a) is None for a in (source, *target))
    confidence = 0.7 + (0.1 if found.from_cue else 0.0) - 0.1 * unknown_sides
    return Event(
        event_id=f"{article.id}#q{quote}", event_type=found.kind.event_type,
        mode=found.kind.mode or entry.plover_mode,
        context=[entry.plover_context] if entry.plover_context else [],
        source=[source], target=target, cameo=entry.code, quad=entry.quad, goldstein=entry.goldstein,
        sentence=sentence, trigger=Span(token.text, start, start + len(token)),
        realis="asserted", confidence=round(confidence, 2), date=event_date(token, day, "asserted"),
        location=location, quote=quote,
    )

