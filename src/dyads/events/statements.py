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
from dyads.events.actor_index import ActorIndex
from dyads.events.arguments import asks_the_unnamed, denied_accusation
from dyads.events.ontology import cameo
from dyads.events.realis import realis_of
from dyads.events.statement_kinds import Found, kinds_of
from dyads.events.statement_targets import (
    AIMED_KINDS,
    accuser_of_the_speaker,
    actors_at,
    earlier_accuser,
    judged_act_doer,
    offset_of,
    own_state,
    prompting_doer,
    quote_subject,
    speaks_for,
    statement_target,
    thing_of_an_unlinked_it,
)
from dyads.events.statement_words import Kind, StatementWords, statement_words
from dyads.events.threats import conditional_threat
from dyads.events.triggers import asks_a_question
from dyads.events.when import event_date
from dyads.events.where import event_location
from dyads.nlp import Paragraph, to_infinitive
from dyads.quotes.reported import stray_cue
from dyads.record import Argument, Article, Event, Quote, Span


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
    speakers: list[tuple[int, Argument]] = []  # (where it ends, who) of each statement so far: who made a claim
    for number, quote in enumerate(quotes):
        source = _source(quote, actors, words)
        if source is None:
            continue
        speakers_before, speakers = speakers, [*speakers, (quote.end, source)]
        paragraph = _paragraph_at(spans, quote.cue.start if quote.cue else quote.start)
        if paragraph is None:
            continue
        cue = _token_at(paragraph, quote.cue.start) if quote.cue else None
        if cue is not None and cue.lemma_.lower() in words.question_cues and asks_a_question(cue):
            continue  # "when asked how he would respond ...": a question, no one's statement
        existing = _event_at_cue(events, quote)
        told = [e for e in events if _inside(e.trigger, quote)] if existing is None else []
        if any(_reported_act(spans, e.trigger) and e.realis != "hypothetical" and not _own_act(e, source)
               and not _blamed_act(spans, e.trigger, words) for e in told) \
                and not (cue is not None and _is_denial(cue)):
            # the content reports an act already coded ("said Russia attacked ..."); a denied
            # act is coded negated beside the denial (coding guide, "Denials")
            continue
        # an act the content only wishes for ("said the US must be ready to mediate") is the
        # appeal's content, not an act: the statement is the event
        content = _content_tokens(spans, quote)
        if cue is not None and (withheld := _withheld_words(cue, words)) is not None:
            # "refused to say whether he believed Mr. Obama was born here": about whoever
            # asked ("the senators' questions"), never whom the question names
            content = _askers(withheld, content)
            if not content:
                continue
        if existing is not None:
            _complete(existing, number, cue, content, source, paragraph, actors,
                      partial(judged_act_doer, cue, content, source, events, quote.start, actors, spans, made, speakers_before),
                      partial(earlier_accuser, source=source, events=events + made, before=quote.start,
                              actors=actors, spans=spans, speakers=speakers_before))
            continue
        found, target, denial = None, [], None
        threat = conditional_threat(content, source, told, actors, words.conditions, words.future_modals) \
            if words.conditional is not None and (cue is None or cue.lemma_.lower() not in words.cue_lemmas) else None
        # "Islamabad would reconsider its relationship with Kabul if the attacks continued":
        # the condition makes the threat, whatever words of blame the content holds
        kinds = kinds_of(cue, content, words, partial(_speakers_side, quote, source, spans, actors)) \
            if threat is None else []
        if threat is not None:
            found, target = Found(words.conditional, threat[0], False), threat[1]
        for found in kinds:
            target = statement_target(found, cue, content, source, paragraph, actors)
            if target:
                break
        if kinds and found is not None and (found.word is not cue or stray_cue(cue) is not None) \
                and _is_denial(found.word) and denied_accusation(found.word) is None:
            # "said the arrest was lawful and denied that the government had ordered it": a
            # denial answers its accuser, never whom the claim names (coding guide), also
            # when the parser makes the second cue one of its own
            target, kinds, denial = [], [], found
        accusation = denied_accusation(cue) if cue is not None else None
        if accusation is not None:
            if not target and kinds:
                # "Barr rejected that characterization": whoever made it, told just before
                found = kinds[0]
                target = earlier_accuser(accusation, source, events + made, quote.start, actors, spans, speakers_before)
                denial = found  # else no one: "denied charges that he tried to sell the seat"
            kinds = []  # a denial answers its accuser or no one: no other target is sought
        if not target and kinds:
            # "called the sanctions a big mistake": the maker of the sanctions told before
            found = kinds[0]
            target = judged_act_doer(cue, content, source, events, quote.start, actors, spans, made, speakers_before)
        if not target and kinds and not kinds[0].from_cue and not kinds[0].addressed:
            # "We will not stand by. ... China keeps bullying": the quote's subject elsewhere
            found = kinds[0]
            target = quote_subject(found, content, source, actors)
        if speaks_for(source, target, actors):
            target = []  # "Seoul would respond to any provocation, he warned": for Seoul, not at it
        if not target and kinds and kinds[0].denying:
            # "Barr said he had done 'nothing wrong'": whoever accused him, never his own country
            found = kinds[0]
            target = accuser_of_the_speaker(source, events + made, quote.start, actors)
        if not target and kinds and not kinds[0].denying and not _names_addressee(cue, paragraph, source, actors) and (
                kinds[0].from_cue or kinds[0].kind.event_type != words.request.event_type):
            # "called his death a crisis of public trust": a judgement on its own country
            # (never when the cue names whom it addresses: "urged the bloc to ...", nor
            # for an appeal told only by its words: "he has to ...", "we need ..." ask
            # no one in particular)
            found = kinds[0]
            target = _home_country(found.word, offset_of(spans, found.word), source, content, actors)
        if denial is None and not target and kinds and kinds[0].from_cue and cue is not None and _is_denial(cue) \
                and denied_accusation(cue) is None:
            # "Barr denied that he had ordered it": whoever accused him, if the story said so
            found = kinds[0]
            target = accuser_of_the_speaker(source, events + made, quote.start, actors)
        if denial is not None and not target:
            # "Democrats accused Barr of ... Barr denied that he ordered ...": the accuser
            # the story told before, else a refusal of no one
            found = denial
            target = accuser_of_the_speaker(source, events + made, quote.start, actors)
        elif not target:
            continue  # no one it is about
        if any(e.trigger.start <= offset_of(spans, found.word) < e.trigger.end
               and not _blamed_act(spans, e.trigger, words) for e in told):
            continue  # its word is an act already coded
        if found.from_cue and realis_of(found.word, day) == "negated":
            continue  # "China has refused to criticize Russia": no criticism; the refusal is the event
        if not found.from_cue and found.word.lemma_.lower() in words.blamed_acts \
                and realis_of(found.word, day) not in ("asserted", "historical"):
            continue  # "she'll have to prove the officers breached it": no breach told, no one blamed
        if not found.from_cue and found.kind.event_type == "ACCUSE" and _wronged(found.word, target, spans, actors, words):
            continue  # "it's very unfair to Mitt Romney": the one wronged is not the one judged
        # the word that gave the type may lie in a later paragraph of a long quotation
        home = next((p for _, _, p in spans if p.doc is found.word.doc), paragraph)
        made.append(_statement_event(article, found, source, target, number, home, actors, day,
                                     story_place, bisect_right(sentence_starts, home.offset + found.word.idx) - 1))
    return made


def _withheld_words(cue: Token, words: StatementWords) -> Token | None:
    """The verb of saying that a refusal's speaker declines ("refused to say", "declined
    to comment"), if the cue is such a refusal."""
    if cue.lemma_.lower() not in words.withholding_cues:
        return None
    return next((c for c in cue.children if c.dep_ == "xcomp" and c.lemma_.lower() in words.withheld_words), None)


def _askers(verb: Token, content: list[tuple[Paragraph, Token]]) -> list[tuple[Paragraph, Token]]:
    """The content tokens that name who asked what a refusal declines to answer: the
    owner of the questions ("the senators' questions") or their "from" phrase
    ("questions from the oversight panel")."""
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    askers = {t.i for q in asked for t in q.children if t.dep_ == "poss"} | {
        g.i for q in asked for p in q.children if p.dep_ == "prep" and p.lower_ == "from"
        for g in p.children if g.dep_ == "pobj"}
    return [(p, t) for p, t in content if t.i in askers and t.doc is verb.doc]


WRONGED_BY = frozenset({"to", "against", "toward", "towards"})


def _wronged(word: Token, target: list[Argument], spans: list[tuple[int, int, Paragraph]],
             actors: ActorIndex, words: StatementWords) -> bool:
    """Whether the target is the one a word of blame says is wronged, in its "to" or
    "against" phrase ("unfair to Mitt Romney", "an insult to the Palestinian people"), or
    whose rules or rights a broken rule's "of" phrase names ("a violation of Security
    Council resolutions", "a breach of Ukraine's sovereignty")."""
    paragraph = next(p for _, _, p in spans if p.doc is word.doc)
    prepositions = WRONGED_BY | {"of"} if word.lemma_.lower() in words.blamed_acts else WRONGED_BY
    wronged = {a.actor for prep in word.children if prep.dep_ == "prep" and prep.lower_ in prepositions
               for g in prep.children if g.dep_ == "pobj" for t in g.subtree for a in actors_at(t, paragraph, actors)}
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
            if child.tag_ == "NNS" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children):
                return True  # "thanked his supporters": people of his own, of no actor
    return False


def _is_denial(word: Token) -> bool:
    """"denies that the investigations are politically motivated", "denied the charges":
    a denial of a claim; "denied land allocation" is a refusal (statements.yaml)."""
    words = statement_words()
    if word.lemma_.lower() not in words.denial_cues:
        return False
    return any(c.dep_ == "ccomp" or c.dep_ == "dobj" and c.lemma_.lower() in words.denied_things
               for c in word.children)


def _names_an_accusation(word: Token) -> bool:
    """"calling the reports fake news", "dismissed the charges as lies": a verb of naming
    or dismissal whose object is an accusation (statements.yaml `denied_things`)."""
    return word.lemma_.lower() in NAMING_DENIALS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in statement_words().denied_things for c in word.children)


# Verbs that deny an accusation they name: "called the charges fabricated".
NAMING_DENIALS = frozenset({"call", "describe", "dismiss", "brand", "label", "term", "dub"})


def _home_country(word: Token, start: int, source: Argument, content: list[tuple[Paragraph, Token]],
                  actors: ActorIndex) -> list[Argument]:
    """The speaker's own country as the target of a statement whose content names no
    actor, when the story names no other country: what a senator calls "a crisis of
    public trust" in a story about one country is about that country. At the word
    that gave the statement its type. A content that names someone of unknown country
    ("alleged that Tom Berg abused girls"), the speaker's own state ("said Beijing
    would respond") or an act of an unnamed maker ("opposed the pipeline deal") is
    about them or no one."""
    if _is_denial(word) or _names_an_accusation(word):
        return []  # a denial answers an accuser, named or not (coding guide), never the own country
    if actors.mention_at(start) is not None:
        return []  # "protecting the criminals": the word names a group, it judges no country
    code = actors.code_of(source)
    if code is None or actors.story_countries() != {code}:
        return []
    act_nouns = statement_words().act_nouns
    if any(token.tag_ in ("NN", "NNS") and token.lemma_.lower() in act_nouns for _, token in content):
        return []  # "opposed the new pipeline deal": whoever made the deal, unknown
    if any(thing_of_an_unlinked_it(token, paragraph.offset + token.idx, actors) is not None
           for paragraph, token in content):
        return []  # "denounced the ruling ... called it flawed": whoever made the ruling, unknown
    for paragraph, token in content:
        mention = actors.mention_at(paragraph.offset + token.idx)
        named = actors.argument(mention) if mention is not None else None
        if named is not None and named.actor not in (None, source.actor) and (
                actors.code_of(named) is None or own_state(source, named, actors)
                or speaks_for(source, [named], actors)):
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
    if token is not None and token.dep_ == "acl" and token.head.pos_ == "NOUN" and to_infinitive(token):
        return False  # "disappointed by Seoul's decision to end the pact": the decision is judged
    if token is not None and token.dep_ == "amod":
        return False  # "by sheltering a convicted criminal": a word that describes, no act told
    return token is None or token.pos_ not in ("NOUN", "PROPN")


def _blamed_act(spans: list[tuple[int, int, Paragraph]], trigger: Span, words: StatementWords) -> bool:
    """Whether a reported act is one a speaker only tells to blame its doer ("said Israel had
    flouted international law", "said NATO had ignored the rights of Serbs": statements.yaml
    `blamed_acts`): the statement is the accusation, beside the act."""
    paragraph = _paragraph_at(spans, trigger.start)
    token = _token_at(paragraph, trigger.start) if paragraph else None
    return token is not None and token.lemma_.lower() in words.blamed_acts


def _own_act(event: Event, speaker: Argument) -> bool:
    """Whether an act the content tells is the speaker's own ("We will stand with our
    partners"): an announcement beside the statement, not a report of another's act."""
    return bool(event.source) and all(a.actor is not None and a.actor == speaker.actor for a in event.source)


def _inside(span: Span, quote: Quote) -> bool:
    return quote.start <= span.start < quote.end


def _speakers_side(quote: Quote, source: Argument, spans: list[tuple[int, int, Paragraph]], actors: ActorIndex,
                   subject: Token) -> bool:
    """Whether a subject (or a possessive "his") of the content is the speaker's own side: "he", "she" or "it" in
    reported speech ("Russia said it would retaliate"), the speaker itself, or the state a
    state speaker speaks for ("the foreign ministry said Moscow would respond")."""
    if quote.kind == "indirect" and subject.lower_ in THIRD_PERSON_SELF:
        return True
    offset = offset_of(spans, subject)
    mention = actors.possessor_at(offset) if subject.tag_ == "PRP$" else actors.mention_at(offset)
    if mention is None:
        return False
    argument = actors.argument(mention)
    return argument.actor == source.actor or own_state(source, argument, actors)


# In reported speech these subjects are, nearly always, the speaker ("X said it would ...").
THIRD_PERSON_SELF = frozenset({"he", "she", "it"})


def _complete(event: Event, number: int, cue: Token | None, content: list[tuple[Paragraph, Token]],
              source: Argument, paragraph: Paragraph, actors: ActorIndex,
              told_doer: Callable[[], list[Argument]] = list,
              accuser: Callable[[Token], list[Argument]] = lambda _: []) -> None:
    """A trigger event that is this statement: it carries the quote and, when it had no
    target actor of known country, the statement's: the one the cue judges or the
    owner of what it judges ("accused the North's leader", "criticised Wells Fargo's
    behaviour": the bank), else the subject of the content's sentence, else, when the
    content names no one, the speaker's own country in a story of that one country."""
    event.quote = number
    if not any(a.actor for a in event.source) and source.actor and cue is not None and cue.dep_ in ("conj", "acl"):
        # "countered that Republicans had loaded the bill ... and called on McConnell to ...":
        # the parser hung the cue in what was said, or on a noun before it ("Sen. Leahy,
        # the committee's top Democrat, called on Grassley"); the quote knows who spoke
        event.source = [source]
        event.confidence = round(min(event.confidence + 0.1, 0.95), 2)
    if any(actors.code_of(a) for a in event.target) or cue is None:
        return
    words = statement_words()
    if event.event_type in words.met_types:
        return  # "Clinton speaks directly to white people": whom one meets is no one judged
    if event.event_type in words.mutual_types and not event.target \
            and len({actors.code_of(a) for a in event.source} - {None}) > 1:
        return  # "Armenia and Azerbaijan agreed to exchange prisoners": with each other
    if asks_the_unnamed(event.event_type, event.target):
        return  # "urged his supporters to back Clinton": the one asked is named, if by no actor
    accusation = denied_accusation(cue)
    if accusation is not None:
        # the trigger's roles named the accuser, if the text does; else the one who made
        # the accusation just before ("rejected that characterization")
        if not any(a.actor for a in event.target):
            event.target = accuser(accusation) or event.target
        return
    # a cue the statement lexicon lacks ("warned") keeps the trigger's own kind
    kind = words.cue_lemmas.get(cue.lemma_.lower()) or (
        Kind(event.event_type, event.cameo, event.mode) if event.event_type in AIMED_KINDS else words.request)
    # the actor named, else the maker of an act told before ("condemned Friday's test")
    target = statement_target(Found(kind, cue, True), cue, content, source, paragraph, actors) or told_doer() \
        or prompting_doer(cue, source, paragraph, actors)
    if speaks_for(source, target, actors):
        target = []  # "Putin called it a terrorist act": no one in Russia is judged
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

