"""Direct quotes: quotations with their cues, labelled turns ("PENCE: ..."), signed
lines, and quotations that continue the previous speaker's."""

from __future__ import annotations

import re

from dyads.actors.coref import LinkedActors
from dyads.quotes.cues import Sentence, cues
from dyads.quotes.reported import cue_subject, in_spans, is_cue_verb, possible_cues, source_span
from dyads.record import Quote, Span


def direct_quotes(text, sentences, marks, linked, skip) -> list[Quote]:
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
            source, speaker = source_span(subject, sentence.offset, linked)
            cue_record = Span(cue.text, sentence.offset + cue.idx, sentence.offset + cue.idx + len(cue.text))
        else:
            source, speaker, cue_record = None, None, None
        quotes.append(Quote(text[start:end], start, end, "direct", speaker, source, cue_record))
    return quotes


_COLON_OPENER = re.compile(r"[\"“]?(?P<source>(?:[A-Z][\w.'’-]*(?:\s+|(?=:))){1,5}):\s+(?P<content>\S.{10,})")


def colon_quotes(text: str, linked: LinkedActors) -> list[Quote]:
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


def _cue_beside(sentences: list[Sentence], start: int, end: int, skip):
    """The cue verb (with its subject) outside the quotation, nearest to it."""
    best = None
    for sentence in sentences:
        doc = sentence.span.doc
        for i in possible_cues(sentence.span):
            token = doc[i]
            at = sentence.offset + token.idx
            if start - 1 <= at <= end or not is_cue_verb(token):
                continue
            subject = cue_subject(token)
            if subject is None or in_spans(subject, sentence.offset, skip):
                continue
            if start <= sentence.offset + subject.idx < end:
                continue
            distance = start - at if at < start else at - end
            if best is None or distance < best[0]:
                best = (distance, token, subject, sentence)
    if best is None:
        return None, None, None
    return best[1], best[2], best[3]


def continue_speakers(quotes: list[Quote], text: str) -> list[Quote]:
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
