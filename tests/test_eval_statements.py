"""The statement gold and its scorer (`dyads eval statements`), and calibrated confidence."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dyads.evaluate.statements import evaluate_statements, read_statement_gold
from dyads.events.confidence import calibration_from
from dyads.pipeline import Coder


def test_every_gold_attribution_points_at_its_cue_in_the_article(shared_data: Path):
    from importlib import resources

    rows = yaml.safe_load(resources.files("dyads.evaluate").joinpath("gold", "statements.yaml").read_text("utf-8"))
    assert len(rows["items"]) >= 80
    for row in rows["items"]:
        text = (shared_data / "polnear-dev" / "text" / row["article"]).read_text("utf-8")
        assert text[row["cue"]["start"]:row["cue"]["end"]] == row["cue"]["text"], row
        assert row.get("note"), row  # every decision says why


def test_both_halves_hold_statements_with_and_without_an_event():
    items = read_statement_gold()
    for half in ("tune", "report"):
        mine = [i for i in items if i.half == half]
        assert any(i.event_type for i in mine) and any(i.event_type is None for i in mine)


def test_statement_figures_hold(coder, shared_data: Path):
    figures = evaluate_statements(coder, shared_data)
    report = figures["report"]
    # Measured 0.347 right, recall 0.135, precision 0.556 on 2026-12-03 (README); issue 12 asks 0.75.
    assert report["right"] >= 0.28, report
    assert report["recall"] >= 0.12, report
    assert report["not_located"] == 0, report
    # report items of articles read while tuning on the real-news gold are no clean measure
    assert report["left_out"] > 0 and report["items"] + report["left_out"] == len(
        [i for i in read_statement_gold() if i.half == "report"])
    # how sure the figure is: a range that holds it, from resampling whole articles
    low, high = report["right_range"]
    assert low < report["right"] < high


def test_a_full_dyad_is_surer_than_the_same_act_with_no_target_country():
    calibrated = Coder(calibrated=True, min_confidence=0.0)
    full = calibrated.code_text("Russian troops attacked Ukraine on Monday.", published="2022-03-01").events
    half = calibrated.code_text("Russian troops attacked the village on Monday.", published="2022-03-01").events
    assert full and half
    assert 0.0 <= half[0].confidence < full[0].confidence <= 1.0


def test_an_appeal_of_several_with_no_target_is_no_surer_than_one_of_one(coder):
    # a meeting of two is whole without a target; an appeal of two is not
    two = coder.code_text("The United States and Britain called for respect for the rule of law.",
                          published="2023-05-10")
    assert not [e for e in two.events if e.event_type == "REQUEST"], two.events
    met = coder.code_text("Putin and Xi met in Beijing on Tuesday.", published="2023-03-21")
    assert [e.event_type for e in met.events] == ["CONSULT"]


def test_a_calibration_with_an_unknown_feature_is_refused():
    with pytest.raises(ValueError, match="unknown features"):
        calibration_from({"intercept": 0, "weights": {"colour": 1.0}})


def test_the_fitted_calibration_prints_in_the_form_the_package_reads(shared_data: Path, capsys):
    from dyads.cli import main

    assert main(["eval", "realnews", "--data", str(shared_data), "--fit-confidence"]) == 0
    printed = yaml.safe_load(capsys.readouterr().out)
    model = calibration_from(printed)
    assert model.weights["full_dyad"] > 0  # an event with both sides known is surer


def test_a_verb_that_names_the_act_makes_a_full_dyad_surer(coder):
    # "accused" says what the act is; "said ... was illegal" leaves it to be inferred: on
    # every tune and blind set the first kind is right more often (README, issue 11)
    named = coder.code_text("France accused the United States of violating the treaty on Monday.",
                            published="2020-01-15").events
    inferred = coder.code_text("France said the United States' decision was illegal on Monday.",
                               published="2020-01-15").events
    assert [e.event_type for e in named] == [e.event_type for e in inferred] == ["ACCUSE"]
    assert named[0].confidence > inferred[0].confidence
    assert named[0].confidence >= 0.8  # kept at --min-confidence 0.8


@pytest.mark.parametrize(("named", "refusal"), [
    ("Venezuela rejected the criticism from Argentina on Monday.",
     "Venezuela refused the criticism from Argentina on Monday."),
    ("Venezuela rejected the criticism from Argentina on Monday.",
     "Venezuela denied the criticism from Argentina on Monday."),
])
def test_a_refusal_or_a_denial_is_less_sure_than_a_rejection(coder, named, refusal):
    # "refused" and "denied" name a rejection, but whom it answers is the content's to
    # give: on the tune halves they were right 17 times in 27 at 0.8 and over
    sure = [e for e in coder.code_text(named, published="2024-07-30").events if e.event_type == "REJECT"]
    less = [e for e in coder.code_text(refusal, published="2024-07-30").events if e.event_type == "REJECT"]
    assert sure and less and sure[0].confidence >= 0.8 > less[0].confidence


def test_a_cue_verb_is_known_in_its_inflected_forms():
    from dyads.events.statement_words import statement_words

    words = statement_words()
    kinds = {w: (k.event_type if (k := words.cue_kind(w)) else None) for w in (
        "accused", "accusing", "slammed", "decried", "criticises", "called on", "lashed out at",
        "urged", "praised", "denied", "refuses", "called", "said", "illegal")}
    assert kinds == {"accused": "ACCUSE", "accusing": "ACCUSE", "slammed": "ACCUSE", "decried": "ACCUSE",
                     "criticises": "ACCUSE", "called on": "REQUEST", "lashed out at": "ACCUSE", "urged": "REQUEST",
                     "praised": "SUPPORT", "denied": "REJECT", "refuses": "REJECT", "called": None, "said": None,
                     "illegal": None}


def test_fitting_an_unknown_feature_is_refused_before_any_coding(capsys):
    from dyads.cli import main

    assert main(["eval", "realnews", "--fit-confidence", "colour"]) == 2
    assert "no such feature: colour" in capsys.readouterr().err


def test_a_promise_read_from_a_quote_is_no_surer_than_a_judgement_inferred_from_one(coder):
    # a quote makes a statement's sides surer, not a promise's: the promise's other side
    # is the content's to give, and on the tune halves quoted promises were right 3 in 12
    promise = coder.code_text("Germany promised Poland on Monday that it would deliver the tanks.",
                              published="2020-01-15").events
    judgement = coder.code_text("France said on Monday the United States' decision was illegal.",
                                published="2020-01-15").events
    assert [e.event_type for e in promise] == ["AGREE"] and promise[0].quote is not None
    assert [e.event_type for e in judgement] == ["ACCUSE"]
    assert promise[0].confidence < judgement[0].confidence
