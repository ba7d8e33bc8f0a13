"""Names of documents are no actors: a treaty or a law stands where an actor would
("signed on to the North American Free Trade Agreement") but speaks for no one, and
the country word inside its name is no country's voice."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Back when it signed on to the North American Free Trade Agreement more than 20 years ago, the United States "
    "pledged that it would lift restrictions on Mexican trucks.",
    "Republicans in Congress voted again to repeal the Affordable Care Act on Tuesday.",
])
def test_a_document_named_like_a_body_is_no_actor(coder, text):
    record = coder.code_text(text, published="2016-09-28")
    names = [a.name for a in record.actors]
    assert not [n for n in names if n.endswith(("Agreement", "Act"))], names


def test_a_body_named_after_a_document_is_still_an_actor(coder):
    # the head word decides: a commission is a body, whatever it is named for
    record = coder.code_text("The Treaty Implementation Commission criticised Serbia on Monday.", published="2016-09-28")
    assert "Treaty Implementation Commission" in [a.name for a in record.actors]


@pytest.mark.parametrize(("text", "place"), [
    ("The United States withdrew from the Paris climate agreement on Wednesday.", "Paris"),
    ("Kazakhstan hosted another round of the Astana process talks.", "Astana"),
])
def test_the_place_a_document_is_named_after_is_no_party_to_it(coder, text, place):
    record = coder.code_text(text, published="2020-11-04")
    assert place not in [a.name for a in record.actors]
    assert not any(e.target and any(t.text == place for t in e.target) for e in record.events)


def test_a_country_before_a_deal_is_still_its_party(coder):
    # "the Iran nuclear deal": Iran is a party, as analysts code the US withdrawal
    record = coder.code_text("The United States withdrew from the Iran nuclear deal in May.", published="2018-05-09")
    assert "Iran" in [a.name for a in record.actors]
