"""The project's own labelled sentences (gold/sentences.tsv): over-coding and recall
on single news-style sentences that nobody tuned rules on when they were written.

Each line is a sentence the project wrote itself and the PLOVER types of the events a
careful analyst would code in it (any realis), or NONE. About four in ten are hard
negatives: the trigger words in sport, business, entertainment, accidents and
metaphor ("Liverpool attacked down the left", "the band released a video"), and
plain facts ("the parliament has 450 seats"). The figures per half:

- over-coding: the share of NONE sentences that get any event;
- recall: the share of event sentences where dyads codes one of the labelled types;
- extra: the types dyads codes that the line does not list, per event sentence.

Sentences carry no date and no story around them, so recall here is lower than on
whole stories: many sides' countries are unknown without context, and the
calibrated confidence holds those events back.
"""

from __future__ import annotations

import csv
import io
from importlib import resources
from typing import Any

from dyads.evaluate.halves import HALVES, REPORT_NOT_LISTED, half_of
from dyads.events.ontology import plover


def read_own_sentences() -> list[tuple[str, frozenset[str]]]:
    """(sentence, its PLOVER types; empty for NONE) of every line of gold/sentences.tsv."""
    text = resources.files("dyads.evaluate").joinpath("gold", "sentences.tsv").read_text("utf-8")
    types = set(plover()["types"])
    rows = []
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    if header != ["text", "types"]:
        raise ValueError(f"gold/sentences.tsv: the header must be 'text<TAB>types', not {header}")
    for number, row in enumerate(reader, start=2):
        labels = set(row[1].split()) if len(row) == 2 else set()
        if not labels or labels - types - {"NONE"} or "NONE" in labels and len(labels) > 1:
            raise ValueError(f"gold/sentences.tsv:{number}: expected a sentence, a tab and PLOVER types or NONE")
        rows.append((row[0], frozenset(labels - {"NONE"})))
    return rows


def evaluate_sentences(coder, progress=None) -> dict[str, Any]:
    """Over-coding, recall and extra types per half, and the lines behind them."""
    from dyads.evaluate.actors import code_sentences

    rows = read_own_sentences()
    coded = code_sentences(coder, ((text, None) for text, _ in rows), progress, len(rows))
    tally = {half: {"none": 0, "none_coded": 0, "events": 0, "found": 0, "extra": 0} for half in HALVES}
    wrong = []
    for (text, labels), record in zip(rows, coded):
        half = tally[half_of(text)]
        got = {event.event_type for event in record.events}
        if not labels:
            half["none"] += 1
            half["none_coded"] += bool(got)
            if got:
                wrong.append({"half": half_of(text), "text": text, "labels": [], "coded": sorted(got)})
        else:
            half["events"] += 1
            half["found"] += bool(labels & got)
            half["extra"] += len(got - labels)
            if not labels & got:
                wrong.append({"half": half_of(text), "text": text, "labels": sorted(labels), "coded": sorted(got)})
    return {"halves": {half: _figures(t) for half, t in tally.items()}, "wrong": wrong}


def _figures(t: dict[str, int]) -> dict[str, Any]:
    def share(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    return {"none": t["none"], "over_coding": share(t["none_coded"], t["none"]),
            "event_sentences": t["events"], "recall": share(t["found"], t["events"]),
            "extra_per_sentence": share(t["extra"], t["events"])}


def sentences_text(figures: dict[str, Any], verbose: bool = False, show_report: bool = False) -> str:
    """The figures as a table; `verbose` adds the lines coded wrong (of the tune half unless
    `show_report`)."""
    lines = ["The project's own labelled sentences (gold/sentences.tsv); quote the 'report' half",
             "  half     NONE  over-coded  event sentences  recall  extra types"]
    for half, f in figures["halves"].items():
        lines.append(f"  {half:<7} {f['none']:>5}  {_num(f['over_coding']):>10}  {f['event_sentences']:>15}"
                     f"  {_num(f['recall']):>6}  {_num(f['extra_per_sentence']):>11}")
    if verbose:
        if not show_report:
            lines.append(REPORT_NOT_LISTED)
        for item in figures["wrong"]:
            if item["half"] == "report" and not show_report:
                continue
            lines.append(f"  {item['half']}: labelled {' '.join(item['labels']) or 'NONE'}, coded "
                         f"{' '.join(item['coded']) or 'nothing'} | {item['text']}")
    return "\n".join(lines)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
