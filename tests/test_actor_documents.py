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
