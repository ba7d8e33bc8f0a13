"""The event scorers, and the dev-set figures the README reports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from dyads.evaluate.actors import code_sentences
from dyads.evaluate.events import phoenix_quad, score_plover_types, score_quads, score_spans
from dyads.evaluate.gold import read_conflibert_classes, read_conflibert_ner, read_plover_gsr
from dyads.pipeline import MIN_CONFIDENCE


def test_conflibert_classes_read_cameo_codes_the_phoenix_way():
    assert phoenix_quad("020") == 0  # an appeal is a statement there
    assert phoenix_quad("036") == 1 and phoenix_quad("073") == 2
    assert phoenix_quad("163") == 3  # sanctions are verbal conflict there
    assert phoenix_quad("145") == 4 and phoenix_quad("190") == 4


def _at_default(coded: list) -> list:
    """The records as the default threshold writes them (it is the coder's last step)."""
    return [replace(r, events=[e for e in r.events if e.confidence >= MIN_CONFIDENCE]) for r in coded]


def test_plover_dev_figures_hold(every_event_coder, shared_data: Path):
    records = read_plover_gsr(shared_data / "plover-gsr" / "PLOVER_GSR_CAMEO.json")
    coded = code_sentences(every_event_coder, ((r.text, r.date) for r in records))
    every = score_plover_types(records, coded)
    # Every event (--min-confidence 0): 0.764 and 0.357 on 2026-12-03; issue 11 asks >= 0.75.
    assert every.recall >= 0.74, every.recall
    default = score_plover_types(records, _at_default(coded))
    # The default keeps events whose sides' countries are known: 0.441 and 0.081 (README);
    # 0.121 extra since public figures became known (2026-12-07): Desmond Tutu's call for
    # sanctions on Nigeria is a REQUEST the record, coding one ACCUSE, does not hold.
    # Issue 11 asks at most 0.2; this guards against a slide.
    assert default.recall >= 0.42, default.recall
    assert default.extra_per_sentence < 0.125, default.extra_per_sentence


def test_conflibert_dev_figures_hold(every_event_coder, shared_data: Path):
    folder = shared_data / "conflibert-cameo"
    pairs = read_conflibert_classes(folder / "class-train.tsv")
    coded = code_sentences(every_event_coder, ((t, None) for t, _ in pairs))
    labels = [label for _, label in pairs]
    # 0.807 with every event, 0.588 at the default (README, 2026-12-03); issue 11 asks >= 0.78.
    assert score_quads(labels, coded).macro_f1 >= 0.78
    assert score_quads(labels, _at_default(coded)).macro_f1 >= 0.56
    sentences = read_conflibert_ner(folder / "ner-train.txt")
    spans = score_spans(sentences, code_sentences(every_event_coder, ((s.text, None) for s in sentences)))
    assert spans["source"][2] >= 0.74, spans  # 0.770 with every event
    assert spans["target"][2] >= 0.61, spans  # 0.643 with every event


def test_plover_scoring_checks_the_sides_of_the_event_it_found():
    from dyads.evaluate.gold import GoldActor, GsrRecord
    from dyads.record import Actor, Argument, Article, CodedArticle, Event, Span

    record = GsrRecord("r1", "Iran accused the United States.", "ACCUSE", None, None,
                       source=[GoldActor("Iran", 0, "IRN", None)], target=[GoldActor("United States", 17, "USA", None)])
    actors = [Actor("a1", "Iran", "country", "IRN"), Actor("a2", "United States", "country", "USA"),
              Actor("a3", "Russia", "country", "RUS")]

    def coded(target_actor: str) -> CodedArticle:
        event = Event("e1", "ACCUSE", None, [], [Argument("a1", "Iran", 0, 4)], [Argument(target_actor, "x", 17, 30)],
                      "112", 3, -2.0, 0, Span("accused", 5, 12))
        return CodedArticle(Article(text=record.text), actors, [], [event])

    right = score_plover_types([record], [coded("a2")])
    wrong = score_plover_types([record], [coded("a3")])
    assert (right.source_agreement, right.target_agreement) == (1.0, 1.0)
    assert (wrong.source_agreement, wrong.target_agreement) == (1.0, 0.0)
