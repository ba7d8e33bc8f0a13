"""`dyads eval agreement`: the second coding points at its articles' words, and the
agreement figures see a difference between two codings."""

from __future__ import annotations

from dataclasses import replace

from dyads.cli import main
from dyads.evaluate.agreement import Agreement, add_story, second_codings
from dyads.evaluate.realnews import GoldEvent, GoldStory, gold_article, read_gold, sentence_spans


def test_every_second_coded_event_points_at_words_of_its_article(shared_data):
    first = {story.page: story for story in read_gold("polnear")}
    for half in ("tune", "report"):
        stories = second_codings(half)
        assert len(stories) == 6
        for story in stories:
            assert first[story.page].half == half  # a report article stays in the report half
            text = gold_article(first[story.page], shared_data).text
            lost = [e.id for e in story.events if not sentence_spans(text, e.snippets[0])]
            assert not lost, (story.page, lost)


def _story(*events: GoldEvent) -> GoldStory:
    return GoldStory("polnear", "test.txt", "tune", "2016-09-20", None, list(events), [])


def test_a_core_event_coded_with_another_target_is_no_agreement():
    text = "Clinton criticized Trump on Monday. Trump praised Putin on Tuesday."
    accusation = GoldEvent("e1", "ACCUSE", "USA", "USA", True, "asserted", True, ["Clinton criticized Trump"])
    praise = GoldEvent("e2", "SUPPORT", "USA", "RUS", True, "asserted", True, ["Trump praised Putin"])
    same = Agreement()
    add_story(same, _story(accusation, praise), _story(accusation, praise), text)
    assert same.figures()["second_precision"] == 1.0 and same.figures()["first_core_recall"] == 1.0
    other = Agreement()
    add_story(other, _story(accusation, praise), _story(accusation, replace(praise, target="USA")), text)
    figures = other.figures()
    assert figures["second_precision"] == 0.5
    assert figures["first_core_recall"] == 0.5 and figures["second_core_recall"] == 0.5
    assert figures["first"]["per_1000_words"] == round(1000 * 2 / len(text.split()), 1)


def test_the_command_prints_both_halves(shared_data, capsys):
    assert main(["eval", "agreement", "--data", str(shared_data)]) == 0
    out = capsys.readouterr().out
    assert "tune" in out and "report" in out and "second P" in out
