"""The PolNeAR scorer, and the figures on the dev split that the README reports."""

from __future__ import annotations

from pathlib import Path

from dyads.evaluate.align import clean_to_raw_offsets
from dyads.evaluate.brat import read_attributions
from dyads.evaluate.polnear import evaluate_polnear, score_article
from dyads.record import Quote
from tests.conftest import POLNEAR

RAW = "Title.\n\nThe Post reports that the team avoided the hospital.\n\nRead the rest here."


def _ann(tmp_path: Path) -> Path:
    ann = tmp_path / "a_x.ann"
    ann.write_text(
        "T1\tSource 8 16\tThe Post\nT2\tCue 17 24\treports\nT3\tContent 25 61\tthat the team avoided the hospital.\n"
        "T4\tAttribution 17 24\treports\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n", "utf-8")
    return ann


def test_brat_attributions_are_read_with_their_roles(tmp_path):
    [gold] = read_attributions(_ann(tmp_path))
    assert (gold.source.text, gold.cue.text, gold.content.start, gold.content.end) == ("The Post", "reports", 25, 61)


def test_overlap_over_half_matches_and_source_is_checked(tmp_path):
    gold = read_attributions(_ann(tmp_path))
    good = (Quote("the team avoided the hospital", 30, 59, "indirect"), 30, 59, (8, 16), (17, 24))
    short = (Quote("the team", 30, 38, "indirect"), 30, 38, (8, 16), (17, 24))
    counts = score_article(RAW, gold, [good])
    assert (counts.matched, counts.source_right, counts.cue_right) == (1, 1, 1)
    assert score_article(RAW, gold, [short]).matched == 0


def test_offsets_in_cleaned_text_map_back_to_the_raw_text():
    clean = "Title.\n\nThe Post reports that the team avoided the hospital."
    to_raw = clean_to_raw_offsets(clean, "Share this\n" + RAW)
    assert to_raw(clean.index("reports")) == ("Share this\n" + RAW).index("reports")


def test_dev_split_figures_hold(coder, shared_data):
    counts, articles = evaluate_polnear(POLNEAR, coder)
    figures = counts.figures()
    assert articles == 84
    assert figures["content_f1"] >= 0.65, figures
    assert figures["source_accuracy"] >= 0.80, figures
