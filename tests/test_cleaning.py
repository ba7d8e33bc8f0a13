"""Cleaning: site furniture, datelines and the closing publisher attribution."""

from __future__ import annotations

from dyads.record import Article
from dyads.sources.clean import clean_article, load_rules


def clean(text: str, **meta) -> Article:
    return clean_article(Article(text=text, **meta))


def test_furniture_lines_are_removed_and_recorded():
    article = clean(
        "Iran said it would talk.\nShare this article\n(Reporting by Jo Smith; Editing by Al Roe)\n"
        "© 2021 Dyads Wire\nPhoto: AFP\nFollow us on Twitter\nReporter's code: 4411\nYour Comment"
    )
    assert article.text == "Iran said it would talk."
    assert len(article.removed) == 7


def test_a_story_line_that_mentions_sharing_is_kept():
    text = "Iran and Russia agreed to share intelligence on the border, officials said."
    assert clean(text).text == text


def test_dateline_gives_date_and_publisher_and_leaves_the_text():
    article = clean("TEHRAN, March 17, 2020 (Dyads Wire) -\nIran said it would talk.")
    assert (article.published, article.publisher) == ("2020-03-17", "Dyads Wire")
    assert article.dateline == "TEHRAN, March 17, 2020 (Dyads Wire)"
    assert article.text == "Iran said it would talk."


def test_the_caller_date_wins_over_the_dateline():
    article = clean("MOSCOW, May 2, 2019 (Reuters) - Russia said x.", published="2019-05-03")
    assert article.published == "2019-05-03" and article.text == "Russia said x."


def test_an_all_capitals_opening_is_not_taken_for_a_dateline():
    assert clean("NATO - the alliance met.").text == "NATO - the alliance met."


def test_closing_outlet_attribution_names_the_publisher():
    article = clean("Putin reiterated the importance of cooperation, Iran Press reported.")
    assert article.publisher == "Iran Press"
    assert clean("Putin reiterated it, Rouhani said.").publisher is None


def test_a_user_pattern_file_extends_the_rules(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text('lines:\n  - pattern: "sponsored by .*"\n    why: our site\n', "utf-8")
    article = clean_article(Article(text="Iran said x.\nSponsored by Acme"), load_rules(extra))
    assert article.removed == ["Sponsored by Acme"]


def test_real_page_furniture_lines_are_removed_and_kept():
    # lines seen on real news pages: related links with their headline, image credits,
    # recommendation boxes, graphic links, embedded tweets' signatures
    furniture = [
        "Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing",
        "Main image credit: Getty",
        "Related post: Pickled Brussels Sprouts Recipe",
        "You may also like:",
        "Popular on IndieWire",
        "CLICK FOR FULL STATE SWIM RESULTS",
        "(Graphic: Global assets in 2019 - here)",
        "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019",
    ]
    story = "Iran said the talks would continue. Read more about it in the report."
    article = clean_article(Article(text="\n\n".join(["Alibaba raised money on Tuesday.", *furniture, story])))
    assert article.removed == furniture
    assert article.text == "Alibaba raised money on Tuesday.\n\n" + story


def test_timestamps_credits_and_bracketed_links_of_real_pages_are_furniture():
    # lines left in the text of the real-news dev pages before these patterns
    furniture = [
        "- Published 18 November 2019",
        "Updated at 1:23 p.m.",
        "Contributing: Kristine Phillips",
        "With Post wires",
        "SOURCE: Al Jazeera News",
        "More:",
        "[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]",
    ]
    story = ["Iran said the talks would continue.", "The source said the talks were updated at the last minute.",
             "More than 40 people were hurt, the ministry said."]
    article = clean_article(Article(text="\n\n".join([story[0], *furniture, *story[1:]])))
    assert article.removed == furniture
    assert article.text == "\n\n".join(story)
