"""Photo captions: the words under a picture are not story text, whether the page marks
them (`<figcaption>`) or a plain-text feed leaves them as a paragraph ending in the
picture's credit. A caption that tells an old arrest must not become this story's event."""

from __future__ import annotations

import pytest

from dyads.record import Article
from dyads.sources.clean import clean_article
from dyads.sources.html import article_from_html

STORY = ("Iran and Russia held talks in Moscow on Tuesday, officials said, the first round since the summer.",
         "The foreign ministers discussed trade and security, the Iranian foreign ministry said on Tuesday evening.",
         "Russian Foreign Minister Sergei Lavrov praised the talks as constructive and said more would follow soon.")


def test_a_figcaption_is_not_story_text(coder):
    html = (f"<html><head><title>Talks resume</title></head><body><article><h1>Iran and Russia resume talks</h1>"
            f"<p>{STORY[0]}</p><figure><img src='a.jpg'><figcaption>Police arrested protesters in Tehran in 2019. "
            f"(Photo: Reuters)</figcaption></figure><p>{STORY[1]}</p><p>{STORY[2]}</p></article></body></html>")
    article = article_from_html("talks.html", html.encode())
    assert "arrested" not in article.text and article.text.startswith(STORY[0])
    assert not any(e.event_type == "COERCE" for e in next(coder.code_articles([article])).events)


@pytest.mark.parametrize("caption", [
    "Police arrested protesters in Tehran on Sunday. Photograph: Atta Kenare/AFP via Getty Images",
    "Police arrested protesters in Tehran on Sunday. (AP Photo/Vahid Salemi)",
    "Police arrested protesters in Tehran on Sunday. (Photo: Reuters)",
    "Police arrested protesters in Tehran on Sunday. REUTERS/Stringer",
])
def test_a_paragraph_ending_in_a_photo_credit_is_a_caption(caption):
    article = clean_article(Article(text="\n\n".join([STORY[0], caption, STORY[1]])))
    assert article.removed == [caption]  # kept aside, not lost
    assert article.text == "\n\n".join([STORY[0], STORY[1]])


@pytest.mark.parametrize("line", [
    "He posted a photo: a man holding a sign outside the embassy.",
    "Ipsos said 40 percent backed him in a Reuters/Ipsos poll.",
])
def test_story_sentences_that_mention_photos_or_wires_stay(line):
    assert clean_article(Article(text="\n\n".join([STORY[0], line]))).removed == []
