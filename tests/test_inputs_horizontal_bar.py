"""HuffPost's dash is the horizontal bar (U+2015), which spaCy reads as a word: the
parser is given an em dash in its place, one character for one, so the story's own
text and every offset stay as they were."""

from __future__ import annotations

from dyads.evaluate.expectations import codes_of

TEXT = ("Tulsa police released video on Monday of last week's shooting. Crutcher, 40 \u2015 a father and "
        "student who sang at church every week \u2015 was shot and killed by a white officer after his "
        "vehicle stalled in the middle of a roadway.")


def test_a_sentence_between_horizontal_bars_is_parsed_as_between_dashes(every_event_coder):
    record = every_event_coder.code_text(TEXT, published="2016-09-20")
    shootings = [e for e in record.events if e.event_type == "ASSAULT"]
    assert shootings and codes_of(record, shootings[0].source) == {"USA"}


def test_the_story_keeps_its_own_dashes_and_offsets(every_event_coder):
    record = every_event_coder.code_text(TEXT, published="2016-09-20")
    assert record.article.text.count("\u2015") == 2
    for event in record.events:
        assert record.article.text[event.trigger.start:event.trigger.end] == event.trigger.text
