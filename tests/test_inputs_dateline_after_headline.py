"""A dateline after the headline, or with no date and no agency: American papers write
"Headline\\n\\nWASHINGTON -- President Obama ...". The place is the dateline, never an
actor of the story; a capitalised subhead before a dash is no dateline."""

from __future__ import annotations

from dyads.record import Article
from dyads.sources.clean import clean_article


def cleaned(text: str) -> Article:
    return clean_article(Article(text=text, id="story"))


def test_a_dateline_after_the_headline_is_split_off():
    article = cleaned("Obama cancels meeting with Duterte\n\nVIENTIANE, Laos — President Obama called off a meeting.")
    assert article.dateline == "VIENTIANE, Laos"
    assert article.text == "Obama cancels meeting with Duterte\n\nPresident Obama called off a meeting."


def test_a_known_place_alone_before_a_dash_is_a_dateline():
    assert cleaned("WASHINGTON -- President Obama said it would tell an American story.").dateline == "WASHINGTON"


def test_a_subhead_or_a_label_before_a_dash_is_no_dateline():
    for text in ("QUESTIONABLE MEDICAL CLAIMS — For years, Oz has been dogged.", "NATO: the alliance met.",
                 "BREAKING - Iran said."):
        article = cleaned(text)
        assert article.dateline is None and article.text == text


def test_the_dateline_place_is_no_actor(coder):
    record = coder.code_text("Obama cancels meeting\n\nVIENTIANE, Laos — President Obama called off a planned "
                             "meeting with Philippine President Rodrigo Duterte on Monday.", published="2016-09-06")
    assert not [a for a in record.actors if a.name.upper() == "VIENTIANE"]
