"""`--verbose` lists the tune half's items only: a report half that was read is no longer a
clean measure of rules tuned on the other; `--show-report` lists it when a user wants it."""

from __future__ import annotations

import pytest

from dyads.cli import main
from dyads.evaluate.sentences import sentences_text
from dyads.evaluate.statements import statements_text


def _half(mistakes: list[str]) -> dict:
    return {"items": 2, "right": 0.5, "recall": 0.5, "precision": 0.5, "gold_events": 2, "coded": 2,
            "not_located": 0, "mistakes": mistakes}


def test_verbose_statements_list_the_tune_half_only():
    figures = {"tune": _half(["tune item E1"]), "report": _half(["report item E2"])}
    shown = statements_text(figures, verbose=True)
    assert "tune item E1" in shown and "report item E2" not in shown
    assert "--show-report" in shown  # the user is told how to see them
    assert "report item E2" in statements_text(figures, verbose=True, show_report=True)


def test_verbose_sentences_list_the_tune_half_only():
    figures = {"halves": {h: {"none": 1, "over_coding": 0.0, "event_sentences": 1, "recall": 1.0,
                              "extra_per_sentence": 0.0} for h in ("tune", "report")},
               "wrong": [{"half": "tune", "labels": [], "coded": ["ACCUSE"], "text": "a tune sentence"},
                         {"half": "report", "labels": [], "coded": ["ACCUSE"], "text": "a report sentence"}]}
    shown = sentences_text(figures, verbose=True)
    assert "a tune sentence" in shown and "a report sentence" not in shown
    assert "a report sentence" in sentences_text(figures, verbose=True, show_report=True)


def test_show_report_is_an_option_of_the_commands_that_list_items(capsys):
    for command in ("realnews", "statements", "sentences"):
        with pytest.raises(SystemExit):
            main(["eval", command, "--help"])
        assert "--show-report" in capsys.readouterr().out, command
