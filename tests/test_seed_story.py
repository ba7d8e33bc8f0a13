"""The first real input: the Iran Press story of the Rouhani-Putin phone call."""

from __future__ import annotations

import json

import pytest

from dyads.sources import read_inputs
from tests.conftest import SEED, actor_named


@pytest.fixture(scope="module")
def seed(coder, shared_data):
    article = next(read_inputs([str(SEED)]))
    return next(coder.code_articles([article]))


@pytest.fixture(scope="module")
def expected(shared_data):
    return json.loads(SEED.with_name("iran-russia-call.expected.json").read_text("utf-8"))


def test_boilerplate_lines_are_removed_and_kept(seed, expected):
    assert seed.article.removed == expected["boilerplate_removed"]
    assert "Reporter" not in seed.article.text and "Your Comment" not in seed.article.text


def test_publisher_is_iran_press_and_never_a_speaker_or_actor(seed):
    assert seed.article.publisher == "Iran Press"
    assert all("Iran Press" not in m.text for a in seed.actors for m in a.mentions)
    assert all(q.source is None or "Iran Press" not in q.source.text for q in seed.quotes)


def test_every_expected_actor_with_its_codes_and_mentions(seed, expected):
    for want in expected["actors"]:
        actor = actor_named(seed, want["name"])
        assert (actor.code, actor.kind) == (want["code"], want["kind"]), want["name"]
        if "sector" in want:
            assert actor.sector == want["sector"], want["name"]
        texts = {m.text for m in actor.mentions}
        for mention in want.get("mentions_include", []):
            assert mention in texts, f"{mention!r} not linked to {want['name']}"


def test_the_titles_link_to_the_right_president(seed):
    assert any(m.text == "the President" for m in actor_named(seed, "Hassan Rouhani").mentions)
    assert any(m.text == "The Russian president" for m in actor_named(seed, "Vladimir Putin").mentions)


def test_no_false_actors(seed, expected):
    names = {m.text for a in seed.actors for m in a.mentions} | {a.name for a in seed.actors}
    for wrong in expected["not_actors"]:
        assert wrong not in names


def test_the_five_quotes_with_their_speakers(seed, expected):
    for want in expected["quotes"]:
        quote = next((q for q in seed.quotes if want["text_contains"] in q.text), None)
        assert quote is not None, want["text_contains"]
        speaker = seed.actor(quote.speaker)
        assert speaker is not None and speaker.name == want["speaker"], want["text_contains"]
        assert quote.kind == want["kind"], want["text_contains"]


def test_quote_offsets_index_the_cleaned_text(seed):
    text = seed.article.text
    for quote in seed.quotes:
        assert text[quote.start:quote.end] == quote.text
        for span in (quote.source, quote.cue):
            if span is not None:
                assert text[span.start:span.end] == span.text
    for actor in seed.actors:
        for mention in actor.mentions:
            assert text[mention.start:mention.end] == mention.text


def test_with_the_date_the_offices_are_those_of_march_2020(coder, shared_data):
    record = coder.code_text(SEED.read_text("utf-8"), published="2020-03-17")
    rouhani = actor_named(record, "Hassan Rouhani")
    assert (rouhani.code, rouhani.sector, rouhani.office) == ("IRN", "GOV", "President of Iran")
    assert actor_named(record, "Vladimir Putin").office == "President of Russia"


def test_every_required_event_and_nothing_outside_the_lists(seed, expected):
    from dyads.evaluate.expectations import check_events

    check = check_events(expected, seed)
    assert not check.missing, [m["why"] for m in check.missing]
    assert not check.extra, [(e.event_type, e.trigger.text) for e in check.extra]


def test_events_point_at_their_words_and_never_at_the_publisher(seed):
    text = seed.article.text
    for event in seed.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        for argument in event.source + event.target:
            assert text[argument.start:argument.end] == argument.text
            assert "Iran Press" not in argument.text
        assert event.quad in (1, 2, 3, 4) and -10 <= event.goldstein <= 10
        assert 0 <= event.confidence <= 1


def test_the_phone_call_is_consult_phone_between_the_presidents(seed):
    call = next(e for e in seed.events if e.event_type == "CONSULT" and e.mode == "phone")
    assert call.cameo == "041" and call.realis == "asserted"
    names = {seed.actor(a.actor).name for a in call.source + call.target}
    assert names == {"Hassan Rouhani", "Vladimir Putin"}
