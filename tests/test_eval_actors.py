"""`dyads eval actors`: the gold readers, the scorer, and the dev figures the README reports."""

from __future__ import annotations

from pathlib import Path

from dyads.evaluate.actors import ActorCounts, actor_at, code_sentences, score_ner_spans, score_plover_actors
from dyads.evaluate.gold import read_conflibert_ner, read_plover_gsr
from dyads.record import Actor, Span


def test_conflibert_tokens_become_text_with_role_spans(tmp_path):
    path = tmp_path / "ner.txt"
    path.write_text("Iraqi B-S\ntroops I-S\nattacked O\nthe B-T\nrebels I-T\n. O\n\nIran B-R\nmet O\nRussia B-R\n. O\n",
                    "utf-8")
    first, second = read_conflibert_ner(path)
    assert first.text == "Iraqi troops attacked the rebels."
    assert [(s.role, s.text) for s in first.spans] == [("S", "Iraqi troops"), ("T", "the rebels")]
    assert [(s.role, s.text) for s in second.spans] == [("R", "Iran"), ("R", "Russia")]


def test_a_gold_actor_goes_to_the_mention_that_covers_it_most():
    country = Actor("a1", "Mozambique", "country", "MOZ", None, mentions=[Span("Mozambique", 4, 14)])
    agent = Actor("a2", "government", "agent", "MOZ", "GOV", mentions=[Span("government", 15, 25)])
    assert actor_at([country, agent], 4, 25) is agent  # tie on overlap: the head comes last
    assert actor_at([country, agent], 30, 40) is None


def test_dev_figures_hold(coder, shared_data: Path):
    records = read_plover_gsr(shared_data / "plover-gsr" / "PLOVER_GSR_CAMEO.json")
    assert len(records) == 322 and {r.event_type for r in records} <= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    counts: ActorCounts = score_plover_actors(records, code_sentences(coder, ((r.text, r.date) for r in records)))["all"]
    figures = counts.figures()
    # Measured 0.726 / 0.847 when written (README); these guard against a slide.
    assert figures["code_right"] >= 0.70, figures
    assert figures["code_right_of_found"] >= 0.82, figures

    sentences = read_conflibert_ner(shared_data / "conflibert-cameo" / "ner-train.txt")
    spans = score_ner_spans(sentences, code_sentences(coder, ((s.text, None) for s in sentences)))
    gold, found = spans["all"]
    assert gold > 2000 and found / gold >= 0.86
