"""A paragraph far longer than news has (a page flattened into one line) is parsed in pieces.

One 1 MB paragraph once ran for over 15 minutes in 2.9 GB, and a line over a
million characters failed with spaCy's raw E088 message; cut at sentence ends,
its time grows with its length and every offset still points at its words.
"""

from __future__ import annotations

import re

from dyads.nlp import MAX_PARSE_CHARS, paragraph_spans

SENTENCE = "Iran condemned Israel on Monday over the raid, officials in Tehran said. "


def test_a_long_line_is_cut_at_sentence_ends_and_loses_nothing():
    text = "Headline words\n" + SENTENCE * 2000 + "\nLast line."
    spans = paragraph_spans(text)
    assert all(end - start <= MAX_PARSE_CHARS for start, end in spans)
    pieces = [text[start:end] for start, end in spans]
    assert all(piece.endswith("said.") for piece in pieces[1:-2])  # whole sentences
    assert re.sub(r"\s", "", "".join(pieces)) == re.sub(r"\s", "", text)


def test_a_line_without_spaces_is_still_cut():
    spans = paragraph_spans("x" * (3 * MAX_PARSE_CHARS + 7))
    assert [end - start for start, end in spans] == [MAX_PARSE_CHARS] * 3 + [7]


def test_a_line_over_a_million_characters_is_parsed_in_pieces_spacy_accepts(coder):
    text = SENTENCE * 15_000  # 1.1 million characters on one line
    spans = paragraph_spans(text)
    assert len(text) > coder.nlp.max_length
    assert max(end - start for start, end in spans) < coder.nlp.max_length


def test_events_deep_in_a_long_paragraph_point_at_their_words(coder):
    filler = "The weather in the region stayed mild for most of the week, forecasters noted. " * 80
    text = ("TEHRAN (Wire) - " + filler + "Iran condemned Israel on Monday over the raid. " + filler
            + "Russia and China held talks in Beijing on Tuesday. " + filler).strip()
    assert len(text) > 2 * MAX_PARSE_CHARS and "\n" not in text
    record = coder.code_text(text, published="2025-03-03")
    found = {event.event_type: event.trigger for event in record.events}
    assert {"ACCUSE", "CONSULT"} <= set(found)
    assert found["CONSULT"].start > 2 * MAX_PARSE_CHARS - 200
    for trigger in found.values():
        assert record.article.text[trigger.start:trigger.end] == trigger.text
