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

from dyads.actors.coref import LinkedActors
from dyads.nlp import Paragraph
from dyads.quotes.cues import Cues, Sentence, cues
from dyads.quotes.direct import colon_quotes, continue_speakers, direct_quotes
from dyads.quotes.marks import overlap_len, quoted_spans
from dyads.quotes.reported import reported_speech
from dyads.record import Article, Quote

__all__ = ["Cues", "cues", "find_quotes", "overlap_len", "quoted_spans"]

MIN_QUOTE_WORDS = 4  # shorter quoted words are scare quotes or titles, not quotes


def find_quotes(
    article: Article, paragraphs: list[Paragraph], linked: LinkedActors,
    skip: list[tuple[int, int]] = (),
) -> list[Quote]:
    """Every direct, indirect and mixed quote of an article, in text order."""
    text = article.text
    sentences = [Sentence(s, p.offset) for p in paragraphs for s in p.doc.sents]
    all_marks = quoted_spans(text)
    marks = [(s, e) for s, e in all_marks if len(text[s:e].split()) >= MIN_QUOTE_WORDS]
    reported = reported_speech(sentences, linked, skip)
    quotes: list[Quote] = []
    used_marks: set[tuple[int, int]] = set()
    for quote in reported:
        if quote.cue and any(s <= quote.cue.start < e for s, e in all_marks):
            continue  # speech reported inside a quotation belongs to the quotation
        touching = [m for m in marks if overlap_len(quote.start, quote.end, *m)]
        if touching and _words_outside(text, quote.start, quote.end, touching) < 1:
            # the clause is the quotation itself ('said that "we will win"'): the direct quote
            # tells it; 'said Trump was "a bigot"' keeps the subject outside the marks
            continue
        if any(m[0] < quote.start - 1 or m[1] > quote.end + 1 for m in touching):
            continue  # a quotation that runs on past the clause: the direct quote tells it
        inside = touching
        if inside:
            quote.kind = "mixed"
            used_marks.update(inside)
        quotes.append(quote)
    quotes += direct_quotes(text, sentences, [m for m in marks if m not in used_marks], linked, skip)
    # A transcript's turn may sit in quotation marks that open before its label
    # ('"PENCE: Well, look, ...'): the labelled turn, not an unattributed quotation.
    colon = colon_quotes(text, linked)
    quotes = [q for q in quotes if not (q.kind == "direct" and q.cue is None and any(
        c.speaker and overlap_len(q.start, q.end, c.start, c.end) and q.start <= c.source.start for c in colon))]
    # Speech told inside a labelled turn belongs to the turn, as inside a quotation:
    # "PENCE: Well, look, Hillary Clinton apparently thinks this is ..." is Pence's.
    quotes = [q for q in quotes if not (q.cue is not None and q.cue.text != ":" and any(
        c.speaker and c.start <= q.cue.start < c.end for c in colon))]
    taken = [(q.start, q.end) for q in quotes]
    quotes += [q for q in colon if not any(overlap_len(q.start, q.end, *t) for t in taken)]
    return continue_speakers(sorted(quotes, key=lambda q: q.start), text)


def _words_outside(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> int:
    chars = list(text[start:end])
    for s, e in marks:
        for i in range(max(s - 1, start), min(e + 1, end)):
            chars[i - start] = " "
    return len([w for w in re.findall(r"\w+", "".join(chars)) if w.lower() not in LINKING_WORDS])


# Words that only link a reported clause to its cue ('said that "..."'), no part of what was said.
LINKING_WORDS = frozenset({"that", "if", "whether"})
