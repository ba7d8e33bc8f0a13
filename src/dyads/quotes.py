"""Quotes: who said what.

Three kinds (SCHEMA.md): `direct`, words in quotation marks with their cue
("...," Rouhani said); `indirect`, reported speech and stated beliefs found
from the parse ("X said that ...", "..., he said", "according to X", "X called Y
a Z"); `mixed`, reported speech that contains quoted words. The cue verbs are
data (`lexicon/quote_cues.yaml`). The speaker is the actor whose mention is the
cue's subject; a quote with no cue beside it continues the previous speaker's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from dyads.actors.coref import LinkedActors
from dyads.actors.mentions import view_of
from dyads.nlp import Paragraph
from dyads.record import Article, Quote, Span
from dyads.yaml_data import load_yaml

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
COMPLEMENTS = {"ccomp", "xcomp", "parataxis"}
CLIMB = {"advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "pcomp"}
MIN_QUOTE_WORDS = 4  # shorter quoted words are scare quotes or titles, not quotes

OPENING = {"“": "”", "„": "“", "«": "»", "‘": "’"}
STRAIGHT = '"'


@dataclass(frozen=True)
class Cues:
    """The quote cue vocabulary (lexicon/quote_cues.yaml)."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    object_verbs: frozenset[str]
    object_particles: dict[str, frozenset[str]]
    colon_labels: frozenset[str]
    signing_dashes: tuple[str, ...]
    documents: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue words, read once."""
    text = resources.files("dyads").joinpath("lexicon/quote_cues.yaml").read_text("utf-8")
    data = load_yaml(text)
    return Cues(
        frozenset(data["speech"]) | frozenset(data["belief"]),
        frozenset(data["nouns"]),
        frozenset(data["object_verbs"]),
        {verb: frozenset(words) for verb, words in data["object_particles"].items()},
        frozenset(label.lower() for label in data["colon_labels"]),
        tuple(data["signing_dashes"]),
        frozenset(data["documents"]),
    )


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks.

    Curly and guillemet quotes pair by shape, straight quotes alternately, each
    within a paragraph; a paragraph that leaves a quote open and a next paragraph
    that opens one again continue the same quotation (wire style for long quotes).
    """
    # Two single quotes or two backticks stand for a double quote in some
    # archives (''like this''); same length, so offsets hold.
    text = text.replace("''", '"\x00').replace("``", '"\x00')
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    pending_open: int | None = None  # a quote left open at the end of a paragraph
    offset = 0
    for paragraph in text.split("\n"):
        i = 0
        while i < len(paragraph):
            ch = paragraph[i]
            if open_at is None:
                if ch in OPENING and not (ch == "‘" and _is_apostrophe(paragraph, i)):
                    open_at, closer = offset + i + 1, OPENING[ch]
                elif ch == STRAIGHT:
                    open_at, closer = offset + i + 1 + (paragraph[i + 1: i + 2] == "\x00"), STRAIGHT
                if open_at is not None and pending_open is not None and i <= 1:
                    open_at = pending_open  # the quotation goes on from the last paragraph
                pending_open = None if open_at is not None else pending_open
            elif _closes(ch, closer) and not (closer == "’" and _is_apostrophe(paragraph, i)):
                spans.append((open_at, offset + i))
                open_at = None
            i += 1
        if open_at is not None:
            # Still open at the end of the paragraph: keep it for a continuation.
            pending_open, open_at = open_at, None
            spans.append((pending_open, offset + len(paragraph)))
        else:
            pending_open = None
        offset += len(paragraph) + 1
    return _merge_continuations(spans, text)


def _closes(ch: str, closer: str) -> bool:
    # Hand-typed text mixes straight and curly double quotes.
    return ch == closer or {ch, closer} == {"”", STRAIGHT}


def _is_apostrophe(paragraph: str, i: int) -> bool:
    before = paragraph[i - 1] if i > 0 else " "
    after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
    return before.isalnum() and after.isalnum() or before.isalnum() and paragraph[i] == "’" and after in "s "


def _merge_continuations(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif merged and start == merged[-1][0]:
            merged[-1] = (start, max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    # A span opened at the end of one paragraph and re-opened at the start of the next.
    out: list[tuple[int, int]] = []
    for start, end in merged:
        if out and re.fullmatch(r"\s*\n\s*[“\"«]?", text[out[-1][1]:start]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return [(s, e) for s, e in out if text[s:e].strip("\x00 ")]


@dataclass
class _Sentence:
    span: SpacySpan
    offset: int  # of its paragraph in the article
    start: int = 0  # article offsets, set from the span: asked of every sentence for every quotation
    end: int = 0

    def __post_init__(self) -> None:
        self.start = self.offset + self.span.start_char
        self.end = self.offset + self.span.end_char


def find_quotes(
    article: Article, paragraphs: list[Paragraph], linked: LinkedActors,
    skip: list[tuple[int, int]] = (),
) -> list[Quote]:
    """Every direct, indirect and mixed quote of an article, in text order."""
    text = article.text
    sentences = [_Sentence(s, p.offset) for p in paragraphs for s in p.doc.sents]
    all_marks = quoted_spans(text)
    marks = [(s, e) for s, e in all_marks if len(text[s:e].split()) >= MIN_QUOTE_WORDS]
    reported = _reported_speech(sentences, linked, skip)
    quotes: list[Quote] = []
    used_marks: set[tuple[int, int]] = set()
    for quote in reported:
        if quote.cue and any(s <= quote.cue.start < e for s, e in all_marks):
            continue  # speech reported inside a quotation belongs to the quotation
        touching = [m for m in marks if overlap_len(quote.start, quote.end, *m)]
        if touching and _words_outside(text, quote.start, quote.end, touching) < 3:
            continue  # the clause is the quotation itself: the direct quote tells it
        if any(m[0] < quote.start - 1 or m[1] > quote.end + 1 for m in touching):
            continue  # a quotation that runs on past the clause: the direct quote tells it
        inside = touching
        if inside:
            quote.kind = "mixed"
            used_marks.update(inside)
        quotes.append(quote)
    quotes += _direct_quotes(text, sentences, [m for m in marks if m not in used_marks], linked, skip)
    # A transcript's turn may sit in quotation marks that open before its label
    # ('"PENCE: Well, look, ...'): the labelled turn, not an unattributed quotation.
    colon = _colon_quotes(text, linked)
    quotes = [q for q in quotes if not (q.kind == "direct" and q.cue is None and any(
        c.speaker and overlap_len(q.start, q.end, c.start, c.end) and q.start <= c.source.start for c in colon))]
    # Speech told inside a labelled turn belongs to the turn, as inside a quotation:
    # "PENCE: Well, look, Hillary Clinton apparently thinks this is ..." is Pence's.
    quotes = [q for q in quotes if not (q.cue is not None and q.cue.text != ":" and any(
        c.speaker and c.start <= q.cue.start < c.end for c in colon))]
    taken = [(q.start, q.end) for q in quotes]
    quotes += [q for q in colon if not any(overlap_len(q.start, q.end, *t) for t in taken)]
    return _continue_speakers(sorted(quotes, key=lambda q: q.start), text)


def overlap_len(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters two spans share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _words_outside(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> int:
    chars = list(text[start:end])
    for s, e in marks:
        for i in range(max(s - 1, start), min(e + 1, end)):
            chars[i - start] = " "
    return len(re.findall(r"\w+", "".join(chars)))


# -- reported speech -----------------------------------------------------------

def _reported_speech(sentences, linked, skip) -> list[Quote]:
    found = []
    for sentence in sentences:
        doc = sentence.span.doc
        for i in _possible_cues(sentence.span):
            token = doc[i]
            quote = (
                _according_to(token, sentence, linked, skip)
                or _cue_with_clause(token, sentence, linked, skip)
                or _cue_noun(token, sentence, linked, skip)
            )
            if quote is not None and quote.end > quote.start:
                found.append(quote)
    return _drop_nested(found)


def _possible_cues(span: SpacySpan) -> list[int]:
    """Indices of the span's tokens that may be a cue ("according", a cue verb's or noun's
    lemma), read from the doc's attribute lists: the cue tests need Token objects, and
    nearly every token fails them."""
    view = view_of(span.doc)
    lemmas = _cue_lemmas()
    return [i for i in range(span.start, span.end)
            if view.lowers[i] == "according" or view.lemmas[i].lower() in lemmas]


@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    """Every lemma `_is_cue_verb` or `_cue_noun` accepts."""
    vocabulary = cues()
    return vocabulary.verbs | vocabulary.object_verbs | set(vocabulary.object_particles) | {"call"} | vocabulary.nouns


def _is_cue_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    vocabulary = cues()
    return token.pos_ in ("VERB", "AUX") and (
        lemma in vocabulary.verbs or lemma in vocabulary.object_verbs or lemma in vocabulary.object_particles
        or lemma == "call"
    )


def _cue_with_clause(token: Token, sentence: _Sentence, linked, skip) -> Quote | None:
    if not _is_cue_verb(token):
        return None
    offset = sentence.offset
    complement = _complement(token)
    if complement is None:
        return None
    subject = _subject(token)
    if subject is None or _in_spans(subject, offset, skip):
        return None
    content = _content_span(complement, token)
    if content is None:
        return None
    start, end = offset + content[0], offset + content[1]
    return _make_quote(token, subject, start, end, sentence, linked, "indirect")


def _complement(cue: Token) -> Token | SpacySpan | _Before | None:
    """The clause a cue verb reports: "said [that ...]", "[...], he said", "called [Y a Z]"."""
    for child in cue.children:
        # a that-clause is a clause even when the tagger misreads its verb as a noun
        # ("demanding that police release department video")
        if child.dep_ in ("ccomp", "parataxis") and (child.pos_ in ("VERB", "AUX") or any(
                m.dep_ == "mark" and m.lower_ == "that" for m in child.children)):
            return _Before(cue) if child.i < cue.i and _trails(cue) else child
    # "told a news conference that ...", "said in a statement that ...": the parser
    # hangs the that-clause on the noun in between.
    for child in cue.children:
        nouns = [child] if child.dep_ in ("dobj", "dative") else [c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        for noun in nouns:
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
    if cue.lemma_.lower() == "call":
        objects = [c for c in cue.children if c.dep_ == "dobj"]
        predicates = [c for c in cue.children if c.dep_ in ("oprd", "xcomp")]
        if objects and predicates:
            return cue.doc[objects[0].left_edge.i: predicates[-1].right_edge.i + 1]
        return _object(cue)  # "called on Dean to apologize", "called for an inquiry"
    if _trails(cue) and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return _Before(cue)
    return _object(cue)


def _object(cue: Token) -> Token | SpacySpan | None:
    """What an object cue attributes: "noted [the clot's existence]", "wants [to sign up ...]",
    "urged [North Korea to resume talks]", "called for [an inquiry]"."""
    vocabulary = cues()
    lemma = cue.lemma_.lower()
    doc = cue.doc
    objects = [c for c in cue.children if c.dep_ in ("dobj", "xcomp", "prep", "prt")]
    particles = vocabulary.object_particles.get(lemma, frozenset())
    for child in objects:
        if child.dep_ == "prep" and child.lower_ in particles and child.i > cue.i:  # not "on Wednesday" before it
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                # "called on Israel [to halt the raids]": the appeal runs on to its infinitive
                xcomp = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > pobj.i), None)
                end = xcomp.right_edge.i if xcomp is not None else pobj.right_edge.i
                return doc[pobj.left_edge.i: end + 1]
    if lemma not in vocabulary.object_verbs:
        return None
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
        if dobj.pos_ != "PRON" and end - dobj.left_edge.i >= 1:
            return doc[dobj.left_edge.i: end + 1]
    return None


def _trails(cue: Token) -> bool:
    """Whether the cue follows its reported clause: "..., he said" / "..., he said, ..."."""
    phrase = _cue_phrase(cue)
    start, end = min(phrase), max(phrase)
    sentence = cue.sent  # made anew on each call
    before = [t for t in sentence if t.i < start and not t.is_punct]
    enclosed = end + 1 < sentence.end and cue.doc[end + 1].text == ","  # "The museum, he said, ..."
    return start > sentence.start and cue.doc[start].text in ",”\"'" and (len(before) >= 3 or enclosed and before)


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
            if c.dep_ in ("advcl", "conj", "xcomp") and c.i > complement.cue.i and _is_cue_verb(c)
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
        # "... would respond, Russian news agencies reported.": a second cue with its
        # own subject after the content relays it and is no part of it
        relays = [c.left_edge.i for c in cue.children if c.i > complement.i and c is not complement
                  and c.dep_ in ("ccomp", "parataxis") and _is_cue_verb(c)
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


def _according_to(token: Token, sentence: _Sentence, linked, skip) -> Quote | None:
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
        to = token.doc[token.i + 1]
    if to is None:
        return None
    subject = next((c for c in to.children if c.dep_ == "pobj"), None)
    if subject is None or _in_spans(subject, sentence.offset, skip):
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


def _cue_noun(token: Token, sentence: _Sentence, linked, skip) -> Quote | None:
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
        owner = _subject(token.head)
    if owner is None or owner.pos_ == "PRON" and owner.lower_ in ("it", "this"):
        return None
    span = _content_span(clause, token)
    if span is None:
        return None
    return _make_quote(token, owner, sentence.offset + span[0], sentence.offset + span[1], sentence, linked, "indirect")


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def _subject(verb: Token) -> Token | None:
    """The subject of a cue verb, inherited from the verb it hangs on ("..., adding that")."""
    token = verb
    for _ in range(4):
        subject = _own_subject(token)
        if subject is not None:
            if subject.dep_ == "nsubjpass" and token.lemma_ != "quote":
                agent = next((c for c in token.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                return pobj
            if subject.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                return token.head  # "officials who said": the officials
            return subject if subject.lower_ not in ("it", "there", "that", "which", "this", "what") else None
        if token.dep_ not in CLIMB or token.head is token:
            return None
        token = token.head
    return None


def _in_spans(token: Token, offset: int, spans) -> bool:
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


def _source_span(subject: Token, offset: int, linked: LinkedActors) -> tuple[Span, str | None]:
    """The noun phrase that names the speaker, and the actor it belongs to."""
    subject = _issuer(subject)
    actor, mention = linked.actor_at(offset + subject.idx, offset + subject.idx + len(subject.text))
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


def _make_quote(cue: Token, subject: Token, start: int, end: int, sentence: _Sentence,
                linked, kind: str, cue_span: SpacySpan | None = None) -> Quote:
    offset = sentence.offset
    source, speaker = _source_span(subject, offset, linked)
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


# -- direct quotes -------------------------------------------------------------

def _direct_quotes(text, sentences, marks, linked, skip) -> list[Quote]:
    """Quotations with their cues; one quotation split by its cue ("A," she said, "B") is one quote."""
    found = []
    for start, end in marks:
        near = [s for s in sentences if s.start < end + 2 and s.end > start - 2]
        found.append((start, end, *_cue_beside(near, start, end, skip)))
    groups: list[list[tuple]] = []
    for item in found:
        if groups and _continues(groups[-1][-1], item, text):
            groups[-1].append(item)
        else:
            groups.append([item])
    quotes = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        cued = next((g for g in group if g[2] is not None), None)
        signed = _signed_by(text, end, linked)
        if signed is not None:
            source, cue_record, speaker = signed
        elif cued is not None:
            _, _, cue, subject, sentence = cued
            source, speaker = _source_span(subject, sentence.offset, linked)
            cue_record = Span(cue.text, sentence.offset + cue.idx, sentence.offset + cue.idx + len(cue.text))
        else:
            source, speaker, cue_record = None, None, None
        quotes.append(Quote(text[start:end], start, end, "direct", speaker, source, cue_record))
    return quotes


_COLON_OPENER = re.compile(r"[\"“]?(?P<source>(?:[A-Z][\w.'’-]*(?:\s+|(?=:))){1,5}):\s+(?P<content>\S.{10,})")


def _colon_quotes(text: str, linked: LinkedActors) -> list[Quote]:
    """Paragraphs that open with a speaker's name and a colon: headlines and transcripts."""
    quotes, offset = [], 0
    for paragraph in text.split("\n"):
        match = _COLON_OPENER.match(paragraph)
        if match and match.group("source").strip().lower() not in cues().colon_labels:
            s_start, s_end = offset + match.start("source"), offset + match.end("source")
            source_text = text[s_start:s_end].rstrip()
            s_end = s_start + len(source_text)
            c_start, c_end = offset + match.start("content"), offset + len(paragraph.rstrip())
            # a label in capitals names an actor told before in full ("PENCE:")
            speaker = _actor_named(linked, source_text) or linked.actor_at(s_start, s_end)[0]
            if speaker is None:
                speaker = _actor_within(linked, s_start, s_end)
            colon = offset + match.end("source")
            kind = "direct" if text[c_start] in "“\"‘'" else "indirect"
            quotes.append(Quote(text[c_start:c_end], c_start, c_end, kind, speaker,
                                Span(source_text, s_start, s_end), Span(":", colon, colon + 1)))
        offset += len(paragraph) + 1
    return quotes


def _actor_named(linked: LinkedActors, name: str) -> str | None:
    """The one actor of the story whose name or surname a transcript label spells in
    capitals ("PENCE:", "WALLACE:"); None when no actor or several have it."""
    if not name.isupper() or " " in name.strip():
        return None
    wanted = name.strip().lower()
    found = {linked.actor_of.get(id(m)) for m in linked.mentions
             if m.kind == "name" and not m.text.isupper() and m.text.split() and m.text.split()[-1].lower() == wanted}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _actor_within(linked: LinkedActors, start: int, end: int) -> str | None:
    for mention in linked.mentions:
        if start <= mention.start and mention.end <= end:
            return linked.actor_of.get(id(mention))
    return None


def _signed_by(text: str, end: int, linked: LinkedActors) -> tuple[Span, Span, str | None] | None:
    """A quotation signed with a dash after it: “...” ― Sonya Herridge."""
    rest = text[end:end + 80]
    match = re.match(r"[”\"’']?\s*(?P<dash>―|—|–|--)\s*(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,4})", rest)
    if not match:
        return None
    d_start, n_start = end + match.start("dash"), end + match.start("name")
    name = match.group("name").rstrip()
    speaker = _actor_within(linked, n_start, n_start + len(name))
    return (Span(name, n_start, n_start + len(name)),
            Span(match.group("dash"), d_start, d_start + len(match.group("dash"))), speaker)


def _continues(previous: tuple, item: tuple, text: str) -> bool:
    """Whether a quotation goes on from the previous one across its cue, in one paragraph."""
    gap = text[previous[1]:item[0]]
    if "\n" in gap or len(gap.split()) > 40:
        return False
    return item[2] is None or previous[2] is None or item[2] == previous[2]


def _cue_beside(sentences: list[_Sentence], start: int, end: int, skip):
    """The cue verb (with its subject) outside the quotation, nearest to it."""
    best = None
    for sentence in sentences:
        doc = sentence.span.doc
        for i in _possible_cues(sentence.span):
            token = doc[i]
            at = sentence.offset + token.idx
            if start - 1 <= at <= end or not _is_cue_verb(token):
                continue
            subject = _subject(token)
            if subject is None or _in_spans(subject, sentence.offset, skip):
                continue
            if start <= sentence.offset + subject.idx < end:
                continue
            distance = start - at if at < start else at - end
            if best is None or distance < best[0]:
                best = (distance, token, subject, sentence)
    if best is None:
        return None, None, None
    return best[1], best[2], best[3]


def _continue_speakers(quotes: list[Quote], text: str) -> list[Quote]:
    """A direct quote with no cue of its own goes on in the last speaker's voice."""
    last, kept = None, []
    for quote in quotes:
        if quote.kind == "direct" and quote.cue is None:
            if last is None or text.count("\n", last.end, quote.start) > 2:
                continue  # quoted words nobody is said to have said: a title, a slogan
            quote.speaker, quote.source = last.speaker, None
        kept.append(quote)
        last = quote
    return kept
