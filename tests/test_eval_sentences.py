"""`dyads eval sentences`: the project's own labelled sentences, hard negatives among them."""

from __future__ import annotations

import subprocess
import sys

from dyads.evaluate.sentences import evaluate_sentences, read_own_sentences


def test_every_line_has_a_sentence_and_its_types():
    rows = read_own_sentences()
    assert len(rows) >= 1400
    negatives = sum(1 for _, labels in rows if not labels)
    assert 0.3 < negatives / len(rows) < 0.5  # hard negatives are a large share, by design
    assert len({text for text, _ in rows}) == len(rows)


def test_sport_business_and_accidents_get_no_political_events(coder):
    # "Liverpool attacked down the left", "the band released a video": at the default
    # threshold no more than one NONE sentence in fifty may get an event, in either half
    figures = evaluate_sentences(coder)
    for half, f in figures["halves"].items():
        assert f["over_coding"] <= 0.02, (half, [w for w in figures["wrong"] if not w["labels"]])
        assert f["recall"] > 0.25, half  # the rules still find events in plain sentences


def test_the_command_says_what_it_measures():
    result = subprocess.run([sys.executable, "-m", "dyads", "eval", "sentences", "--help"],
                            capture_output=True, text=True, check=True)
    assert "hard negatives" in result.stdout
