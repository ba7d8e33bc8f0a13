"""Reported speech and stated beliefs, found from the parse: "X said that ...", "..., he
said", "according to X", "X called Y a Z"."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.actors.coref import LinkedActors
from dyads.actors.mentions import view_of
from dyads.nlp import subject_read_as_a_joined_object, to_infinitive
from dyads.quotes.cues import CLIMB, SUBJECTS, Sentence, cues
from dyads.record import Quote, Span


def reported_speech(sentences, linked, skip) -> list[Quote]:
    found = []
    for sentence in sentences:
        doc = sentence.span.doc
        for i in possible_cues(sentence.span):
            token = doc[i]
            quote = (
                _according_to(token, sentence, linked, skip)
                or _cue_with_clause(token, sentence, linked, skip)
                or _cue_noun(token, sentence, linked, skip)
            )
            if quote is not None and quote.end > quote.start:
                found.append(quote)
    return _drop_nested(found)


def possible_cues(span: SpacySpan) -> list[int]:
    """Indices of the span's tokens that may be a cue ("according", a cue verb's or noun's
    lemma), read from the doc's attribute lists: the cue tests need Token objects, and
    nearly every token fails them."""
    view = view_of(span.doc)
    lemmas = _cue_lemmas()
    return [i for i in range(span.start, span.end)
            if view.lowers[i] == "according" or view.lemmas[i].lower() in lemmas]


@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    """Every lemma `is_cue_verb` or `_cue_noun` accepts."""
    vocabulary = cues()
    return vocabulary.verbs | vocabulary.object_verbs | set(vocabulary.object_particles) | {"call"} | vocabulary.nouns


def is_cue_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    vocabulary = cues()
    return token.pos_ in ("VERB", "AUX") and (
        lemma in vocabulary.verbs or lemma in vocabulary.object_verbs or lemma in vocabulary.object_particles
        or lemma == "call"
    )


def _cue_with_clause(token: Token, sentence: Sentence, linked, skip) -> Quote | None:
    if not is_cue_verb(token) or asked_to_say(token):
        return None
    offset = sentence.offset
    complement = _complement(token)
    if complement is None:
        return None
    subject = cue_subject(token)
    if subject is not None and subject.pos_ == "NOUN" and linked.actor_at(
            offset + subject.idx, offset + subject.idx + len(subject.text))[0] is None \
            and (outer := joined_cue(token)) is not None:
        # "The White House said the launch raised tensions and urged Pyongyang to ...": the
        # clause's subject is a thing, which urges no one; the sayer does
        subject = cue_subject(outer) or subject
    if subject is None or in_spans(subject, offset, skip):
        return None
    content = _content_span(complement, token)
    if content is None:
        return None
    start, end = offset + content[0], offset + content[1]
    return _make_quote(token, subject, start, end, sentence, linked, "indirect")


def _complement(cue: Token) -> Token | SpacySpan | _Before | None:
    """The clause a cue verb reports: "said [that ...]", "[...], he said", "called [Y a Z]"."""
    if cue.lemma_.lower() == "call" and (predicate := naming_predicate(cue)) is not None \
            and (objects := [c for c in cue.children if c.dep_ == "dobj"]):
        return _named_span(cue, objects[0], predicate)  # "called the accord an act of ..."
    for child in cue.children:
        # a that-clause is a clause even when the tagger misreads its verb as a noun
        # ("demanding that police release department video"), and so is a predicate with
        # a subject of its own ("said it was "deeply disappointed" by the decision")
        if child.dep_ in ("ccomp", "parataxis") and (child.pos_ in ("VERB", "AUX") or any(
                m.dep_ == "mark" and m.lower_ == "that" or m.dep_ in ("nsubj", "nsubjpass") for m in child.children)):
            return _Before(cue) if child.i < cue.i and _trails(cue) else child
    # "told a news conference that ...", "said in a statement that ...": the parser
    # hangs the that-clause on the noun in between.
    for child in cue.children:
        nouns = [child] if child.dep_ in ("dobj", "dative") else [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        for noun in nouns:
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
    misread = _clause_read_as_object(cue)
    if misread is not None:
        return misread
    stray = _stray_that(cue)
    if stray is not None:
        # 'told reporters that Russia bore "responsibility" ...' parsed with "that" as an
        # object and no clause: what follows "that" is still what was said
        return cue.doc[stray.i: cue.right_edge.i + 1]
    if cue.lemma_.lower() == "call":
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        predicate = naming_predicate(cue)
        if objects and predicate is not None:
            return _named_span(cue, objects[0], predicate)
        return _object(cue)  # "called on Dean to apologize", "called for an inquiry"
    if _trails(cue) and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return _Before(cue)
    return _object(cue)


# The dependencies a verb gets when the parser takes its clause for a noun phrase.
MISREAD_VERB_DEPS = frozenset({"nmod", "compound", "amod", "dep"})


def _clause_read_as_object(cue: Token) -> SpacySpan | None:
    """The clause a verb of saying reports when the parser made it the verb's object: in
    'said Russia bore "responsibility" for the carnage' "responsibility" is the object
    and "bore", with its subject, hangs on it. None when the object holds no such verb."""
    if cue.lemma_.lower() not in cues().verbs:
        return None
    for obj in (c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i):
        if any(t.pos_ == "VERB" and t.dep_ in MISREAD_VERB_DEPS and any(c.dep_ == "nsubj" for c in t.children)
               for t in obj.subtree):
            return cue.doc[obj.left_edge.i: obj.right_edge.i + 1]
    return None


def _stray_that(cue: Token) -> Token | None:
    """A "that" after a speech verb that the parser made a word of its own rather than
    the mark of a clause, with words after it in the sentence."""
    if cue.lemma_.lower() not in cues().verbs:
        return None
    return next((c for c in cue.children if c.lower_ == "that" and c.pos_ == "SCONJ" and c.i > cue.i
                 and c.dep_ in ("dobj", "dep") and c.i < cue.right_edge.i), None)


def _named_span(cue: Token, obj: Token, predicate: Token) -> SpacySpan:
    """The object and the name a naming verb gives it, with a relative clause on the name
    that the parser hung on the verb ("called the accord an act of 'strategic stupidity'
    by Abu Dhabi and Tel Aviv that would only strengthen ...")."""
    end = max(predicate.right_edge.i, obj.right_edge.i)
    for child in cue.children:
        if child.dep_ == "ccomp" and child.i > end and any(
                c.dep_ == "nsubj" and c.lower_ in RELATIVE_WORDS for c in child.children):
            end = child.right_edge.i
    return cue.doc[obj.left_edge.i: end + 1]


def naming_predicate(verb: Token) -> Token | None:
    """What a verb of naming says its object is: "called the strikes [limited action]",
    or, misparsed, a noun in apposition to the object ('called Trump's remarks "the
    textbook definition of ..."') or a second object after the first ('call Clinton
    "such a nasty woman"'); None when the verb names nothing."""
    predicates = [c for c in verb.children if c.dep_ in ("oprd", "xcomp")]
    if predicates:
        return predicates[-1]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in objects[:1]:
        for noun in child.children:
            if noun.dep_ == "appos" and noun.pos_ == "NOUN":
                return noun
    if len(objects) == 2 and objects[1].pos_ == "NOUN" and objects[1].tag_ in ("NN", "NNS"):
        return objects[1]
    return None


# A cue's object that stands for a noun before it ("companies that the administration
# accused of hacking"): the clause describes the noun; nothing is quoted.
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def _carries_the_object(cue: Token, prep: Token) -> bool:
    """Whether a preposition after the cue is its particle ("seized on the remarks",
    "pressed Kyiv for investigations"), not a phrase of time ("seized power on
    Wednesday", "called on Monday") or one before the cue."""
    if prep.i < cue.i:
        return False
    return not any(g.ent_type_ in ("DATE", "TIME") for g in prep.children if g.dep_ == "pobj")


def _object(cue: Token) -> Token | SpacySpan | None:
    """What an object cue attributes: "noted [the clot's existence]", "wants [to sign up ...]",
    "urged [North Korea to resume talks]", "called for [an inquiry]"."""
    vocabulary = cues()
    lemma = cue.lemma_.lower()
    doc = cue.doc
    objects = [c for c in cue.children if c.dep_ in ("dobj", "xcomp", "prep", "prt")]
    particles = vocabulary.object_particles.get(lemma, frozenset())
    for child in objects:
        if child.dep_ == "prep" and child.lower_ in particles and _carries_the_object(cue, child):
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                # "called on Israel [to halt the raids]": the appeal runs on to its infinitive
                xcomp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > pobj.i), None)
                end = xcomp.right_edge.i if xcomp is not None else pobj.right_edge.i
                return doc[pobj.left_edge.i: end + 1]
    if lemma not in vocabulary.object_verbs:
        return None
    if lemma in vocabulary.aim_verbs and cue.dep_ == "advcl" and to_infinitive(cue):
        return None  # "handed over vehicles to support health services": an aim, no one's words
    dobj = next((c for c in objects if c.dep_ == "dobj"), None)
    xcomp = next((c for c in objects if c.dep_ == "xcomp" and c.i > cue.i), None)
    if dobj is not None and xcomp is not None:
        return doc[min(dobj.left_edge.i, xcomp.left_edge.i): max(dobj.right_edge.i, xcomp.right_edge.i) + 1]
    if xcomp is not None:
        return doc[xcomp.left_edge.i: xcomp.right_edge.i + 1]
    if dobj is not None:
        # "dismissed the warning as ...", "accused Indian troops of crossing ..."
        end = dobj.right_edge.i
        for child in cue.children:
            if child.dep_ == "prep" and child.i > dobj.i and child.lower_ in ("as", "of", "for", "over"):
                end = max(end, child.right_edge.i)
        if dobj.pos_ != "PRON" and dobj.lower_ not in RELATIVE_WORDS and end - dobj.left_edge.i >= 1:
            return doc[dobj.left_edge.i: end + 1]
    return None


def _trails(cue: Token) -> bool:
    """Whether the cue follows its reported clause: "..., he said" / "..., he said, ..."."""
    phrase = _cue_phrase(cue)
    start, end = min(phrase), max(phrase)
    doc, numbers = cue.doc, view_of(cue.doc).sentences  # cue.sent is made anew on each call
    first = last = cue.i
    while first > 0 and numbers[first - 1] == numbers[cue.i]:
        first -= 1
    while last + 1 < len(numbers) and numbers[last + 1] == numbers[cue.i]:
        last += 1
    if not (start > first and doc[start].text in ",”\"'"):
        return False
    words_before = 0  # up to three words (not punctuation) before the cue
    for i in range(min(start, last + 1) - 1, first - 1, -1):
        words_before += not doc[i].is_punct
        if words_before == 3:
            return True
    enclosed = end + 1 <= last and doc[end + 1].text == ","  # "The museum, he said, ..."
    return enclosed and words_before > 0


@dataclass(frozen=True)
class _Before:
    """The reported clause before a trailing cue, from the sentence start."""

    cue: Token


def _content_span(complement, cue: Token) -> tuple[int, int] | None:
    if isinstance(complement, SpacySpan):
        return complement.start_char, complement.end_char
    if isinstance(complement, _Before):
        phrase = _cue_phrase(complement.cue)
        # "..., he said, adding that ...": the second cue reports its own clause.
        later_cues = [
            c.left_edge.i for c in complement.cue.children
            if c.dep_ in ("advcl", "conj", "xcomp") and c.i > complement.cue.i and is_cue_verb(c)
        ]
        sentence = complement.cue.sent
        cut = min(later_cues, default=sentence.end)
        tokens = [t for t in sentence if t.i not in phrase and t.i < cut]
        if all(t.is_punct for t in tokens if t.i > max(phrase)):
            # "..., he said." ends at the cue phrase: its closing mark is not the content's
            tokens = [t for t in tokens if t.i < min(phrase)]
    else:
        tokens = sorted(complement.subtree, key=lambda t: t.i)
        if tokens[0].i > cue.i:
            # Clauses the parser hung on the cue after the content still belong to
            # it: "said that A, because B", "wants to meet and exceed them".
            tokens = [t for t in cue.doc[tokens[0].i: cue.right_edge.i + 1]]
        asides = [c.left_edge.i for c in complement.children if _writers_aside(c, complement)]
        if asides:
            tokens = [t for t in tokens if t.i < min(asides)]
        # "... would respond, Russian news agencies reported.": a second cue with its
        # own subject after the content relays it and is no part of it
        relays = [c.left_edge.i for c in cue.children if c.i > complement.i and c is not complement
                  and c.dep_ in ("ccomp", "parataxis") and is_cue_verb(c)
                  and any(g.dep_ == "nsubj" for g in c.children)]
        if relays:
            cut = min(relays)
            while cut < len(cue.doc) and cue.doc[cut].text in "”\"’":
                cut += 1  # the content's own closing mark
            tokens = [t for t in tokens if t.i < cut]
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    while first.i < last.i and first.is_punct and first.text not in "“\"‘":
        first = first.doc[first.i + 1]
    while last.i > first.i and last.is_punct and last.text not in "”\"’.?!":
        last = last.doc[last.i - 1]
    if first.i == last.i and first.is_punct:
        return None
    return first.idx, last.idx + len(last.text)


# Units of time before "after" or "before" that date a clause by the story's events:
# "said it would review its support, hours after airstrikes killed 140 people".
TIMELINE_UNITS = frozenset({"minute", "hour", "day", "week", "month"})
# Marks of a clause set against the one before it: "..., while Japan's prime minister said".
CONTRAST_MARKS = frozenset({"while", "whereas"})


def _writers_aside(clause: Token, verb: Token) -> bool:
    """Whether a clause set off by a comma after the reported clause is the writer's, not
    the speaker's: a clause dated against the story's events ("said it would review its
    support, hours after airstrikes killed 140 people"), or another's words set against
    the speaker's ("..., while Japan's prime minister called the tariffs a crisis"). (A
    trailing participle is mostly the speaker's own: "..., arguing that ...", "...,
    leaving no money for reclamation".)"""
    if clause.dep_ != "advcl" or clause.i < verb.i or clause.left_edge.i == 0 \
            or clause.doc[clause.left_edge.i - 1].text != ",":
        return False
    if is_cue_verb(clause) and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in clause.children) \
            and any(c.dep_ == "nsubj" for c in clause.children):
        return True  # "said it was preparing countermeasures, while Japan's prime minister called ..."
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIMELINE_UNITS for c in clause.children)


def _cue_phrase(cue: Token) -> set[int]:
    """Token indices of the cue phrase: "he said", "said Caddell", "the source added, citing ...".

    The reported clause is everything else in the sentence.
    """
    phrase = {cue.i}
    subject = _own_subject(cue)
    if subject is not None:
        phrase.update(t.i for t in subject.subtree)
    for child in cue.children:
        # "he also said", "the agency said in a June report", "the senator said then"
        if child.dep_ in ("aux", "auxpass", "neg", "advmod", "npadvmod") or (
            child.dep_ in ("prep", "agent", "dative") and child.i > cue.i
            and not any(t.text == "," for t in cue.doc[cue.i: child.i])
        ):
            phrase.update(t.i for t in child.subtree)
    phrase = set(range(min(phrase), max(phrase) + 1))
    start = min(phrase)
    if start > 0 and cue.doc[start - 1].text == ",":
        phrase.add(start - 1)
    return phrase


def _according_to(token: Token, sentence: Sentence, linked, skip) -> Quote | None:
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        to = token.doc[token.i + 1]
    if to is None:
        return None
    subject = next((c for c in to.children if c.dep_ == "pobj"), None)
    if subject is None or in_spans(subject, sentence.offset, skip):
        return None
    phrase_start = token.i
    phrase_end = subject.right_edge.i + 1
    span = sentence.span
    left = [t for t in span if t.i < phrase_start]
    right = [t for t in span if t.i >= phrase_end]
    body = right if len([t for t in right if not t.is_punct]) > len([t for t in left if not t.is_punct]) else left
    body = [t for t in body if not t.is_punct or t.text in "”\"’"]
    if not body:
        return None
    start = sentence.offset + body[0].idx
    end = sentence.offset + body[-1].idx + len(body[-1].text)
    cue_span = token.doc[token.i: to.i + 1]
    return _make_quote(token, subject, start, end, sentence, linked, "indirect", cue_span)


def _cue_noun(token: Token, sentence: Sentence, linked, skip) -> Quote | None:
    """"Trump's claim that ...", "a statement that ...": the clause, and the owner as source."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues().nouns:
        return None
    clause = next(
        (c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
        None,
    )
    if clause is None:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None and token.dep_ in ("dobj", "attr"):
        owner = cue_subject(token.head)
    if owner is None or owner.pos_ == "PRON" and owner.lower_ in ("it", "this"):
        return None
    span = _content_span(clause, token)
    if span is None:
        return None
    return _make_quote(token, owner, sentence.offset + span[0], sentence.offset + span[1], sentence, linked, "indirect")


def asked_to_say(verb: Token) -> bool:
    """Whether a cue verb is what an appeal asks its object to do ("asked a judge to dismiss
    the charges", "called on Russia to condemn the coup"): nobody has said it."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb or head.lemma_.lower() not in cues().asking_verbs:
        return False
    return any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "on" for c in head.children)


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def stray_cue(verb: Token) -> Token | None:
    """The cue verb into whose reported clause the parser hung this one, when this one is
    the speaker's own second act: "said the seven governments had taken part in
    'interventionist actions' and demanded that they withdraw their representatives",
    "said the law was 'a source of great concern' and called on Congress to correct it".
    A past tense with no subject of its own, joined to a clause verb of another form (an
    auxiliary, a copula, a present): joined to a plain past like itself, it is the clause
    subject's act ("said the protesters stormed the embassy and demanded the envoy's
    expulsion"). None for any other verb."""
    head = verb.head
    if head.tag_ == "VBD" and head.pos_ == "VERB" and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    return joined_cue(verb)


def joined_cue(verb: Token) -> Token | None:
    """The cue verb into whose reported clause the parser hung this one, a past tense with
    no subject of its own joined to the clause's verb, whatever that verb's form."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or _own_subject(verb) is not None or not is_cue_verb(verb):
        return None
    token = verb.head
    if token.dep_ == "pcomp" and token.head.dep_ == "prep" and is_cue_verb(token.head.head) \
            and token.head.head.i < verb.i:
        return token.head.head  # "accused Maduro of stealing the election and called on the army to ..."
    if token.dep_ in ("acomp", "attr"):
        token = token.head  # "said she was disappointed and accused the court of ..."
    for _ in range(3):  # "said the vote showed lawmakers had abandoned them and urged ..."
        if token.dep_ != "ccomp" or token.head is token:
            return None
        token = token.head
        if is_cue_verb(token) and token.i < verb.i:
            return token
    return None


def cue_subject(verb: Token) -> Token | None:
    """The subject of a cue verb, inherited from the verb it hangs on ("..., adding that")."""
    outer = stray_cue(verb)
    if outer is not None:
        return cue_subject(outer)  # "said the law was illegal and called on Congress": the sayer
    token = verb
    for _ in range(4):
        subject = _own_subject(token) or subject_read_as_a_joined_object(token)
        if subject is not None:
            if subject.dep_ == "nsubjpass" and token.lemma_ != "quote":
                agent = next((c for c in token.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                return pobj
            if subject.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                return token.head  # "officials who said": the officials
            if subject.lower_ == "it" and subject.dep_ == "nsubj" and token.lemma_.lower() in cues().verbs:
                # "Russia vetoed the resolution. It said the text was biased": a body that
                # speaks ("it is said" and "it says here" are left out: no subject or passive)
                return subject
            return subject if subject.lower_ not in ("it", "there", "that", "which", "this", "what") else None
        if token.dep_ == "acl" and token.i > 0 and token.nbor(-1).lower_ == "," and (
                token.tag_ == "VBD" or token.tag_ == "VBN" and naming_predicate(token) is not None
                and any(c.dep_ == "dobj" for c in token.children)):
            # 'The network, a conservative group that has spent millions on advertising,
            # called Kirk's meeting "a betrayal"', "Sen. Patrick Leahy, the committee's top
            # Democrat, called on Grassley": a past tense after a comma, or a naming verb
            # with an object and a name for it, is the sentence's verb, though parsed as a
            # participle on the noun before ("a group called Hamas" has no object); its
            # subject is the subject that noun's phrase hangs from
            return _subject_above(token.head)
        if token.dep_ not in CLIMB or token.head is token:
            return None
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in cues().object_control \
                and (controller := next((c for c in token.head.children if c.dep_ == "dobj"), None)) is not None:
            return controller  # "prompting Paris to condemn the move": the one prompted speaks
        token = token.head
    return None


def _subject_above(noun: Token) -> Token | None:
    """The nearest subject whose phrase holds a noun: "bill" in "The group, which spent
    millions against the bill," climbs to "group" and on to the subject it is in
    apposition to."""
    for _ in range(8):
        if noun.dep_ == "nsubj" or noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") \
                and noun.head.pos_ in ("VERB", "AUX"):
            return noun  # a subject, or one the parser joined to the verb before ("X accused ..., and Y")
        if noun.head is noun:
            return None
        noun = noun.head
    return None


def in_spans(token: Token, offset: int, spans) -> bool:
    at = offset + token.idx
    return any(s <= at < e for s, e in spans)


def _issuer(subject: Token) -> Token:
    """Who speaks through a document: "a statement from the foreign ministry", "the
    ministry's statement", "a letter by the senators"; else the subject itself."""
    if subject.lemma_.lower() not in cues().documents:
        return subject
    for child in subject.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return subject


def source_span(subject: Token, offset: int, linked: LinkedActors) -> tuple[Span, str | None]:
    """The noun phrase that names the speaker, and the actor it belongs to."""
    subject = _issuer(subject)
    actor, mention = linked.actor_at(offset + subject.idx, offset + subject.idx + len(subject.text))
    for named in (c for c in subject.children if c.dep_ == "appos" and c.i > subject.i):
        if actor is not None:
            break
        # "UN special envoy Staffan de Mistura said": the title is the head, the name its apposition
        actor, mention = linked.actor_at(offset + named.idx, offset + named.idx + len(named.text))
    if actor is None and subject.i + 1 < len(subject.doc):
        # "Army chief Abdel Fattah al-Burhan called ...": the parser splits the name after the
        # title into subjects of their own; the name that starts right after it is the speaker
        after = subject.doc[subject.i + 1]
        found, named_mention = linked.actor_at(offset + after.idx, offset + after.idx + len(after.text))
        if found is not None and named_mention is not None and named_mention.start == offset + after.idx \
                and any(t.dep_ in SUBJECTS for t in subject.doc[after.i: after.i + 6] if t.head == subject.head):
            actor, mention = found, named_mention
    doc = subject.doc
    start = subject.left_edge.i
    end = subject.i + 1
    for child in subject.rights:
        if child.dep_ in ("compound", "flat", "prep", "appos", "nummod") and child.lower_ not in ("who", "which"):
            if child.dep_ == "prep" and child.lower_ != "of":
                break
            end = child.right_edge.i + 1
    while start < end and doc[start].is_punct:
        start += 1
    phrase = doc[start:end]
    if mention is not None and (mention.start < offset + phrase.start_char or mention.end > offset + phrase.end_char):
        return Span(mention.text, mention.start, mention.end), actor
    return Span(phrase.text, offset + phrase.start_char, offset + phrase.end_char), actor


def _make_quote(cue: Token, subject: Token, start: int, end: int, sentence: Sentence,
                linked, kind: str, cue_span: SpacySpan | None = None) -> Quote:
    offset = sentence.offset
    source, speaker = source_span(subject, offset, linked)
    cue_span = cue_span if cue_span is not None else cue.doc[cue.i: cue.i + 1]
    cue_record = Span(cue_span.text, offset + cue_span.start_char, offset + cue_span.end_char)
    doc_text = view_of(sentence.span.doc).text
    text = doc_text[start - offset: end - offset]
    return Quote(text, start, end, kind, speaker, source, cue_record)


def _drop_nested(quotes: list[Quote]) -> list[Quote]:
    """Keep the outermost attribution when one cue's clause holds another's whole quote."""
    kept = []
    for q in sorted(quotes, key=lambda q: (q.start, -(q.end - q.start))):
        if any(k.start <= q.start and q.end <= k.end and k.cue and q.cue and k.cue.start != q.cue.start
               and not (k.start <= q.cue.start < k.end) for k in kept):
            continue
        kept.append(q)
    return kept
