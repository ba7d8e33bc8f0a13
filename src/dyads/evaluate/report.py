"""Running one event evaluation and writing its figures as a table and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from dyads.evaluate.actors import code_sentences
from dyads.evaluate.events import score_plover_types, score_quads, score_spans
from dyads.evaluate.expectations import check_events, codes_of
from dyads.evaluate.gold import read_conflibert_classes, read_conflibert_ner, read_plover_gsr
from dyads.evaluate.halves import split
from dyads.events.ontology import QUADS

SEED = Path("seed/iran-russia-call.txt")


def _need(path: Path) -> Path:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: not found")
    return path


def evaluate(gold_set: str, args, coder, progress=None) -> tuple[dict, str]:
    """(figures, readable text) of one gold set: seed, plover or conflibert."""
    return {"seed": _seed, "plover": _plover, "conflibert": _conflibert}[gold_set](args, coder, progress)


def _seed(args, coder, progress) -> tuple[dict, str]:
    from dyads.sources.read import read_file

    stories = [_need(args.data / SEED)]
    if args.examples is not None:
        stories += sorted(Path(args.examples).glob("*.txt"))
    lines, totals, per_story = [], {"required": 0, "found": 0, "extra": 0}, {}
    for story in stories:
        expected = json.loads(_need(story.with_name(story.stem + ".expected.json")).read_text("utf-8"))
        record = next(coder.code_items(read_file(story)))
        if not hasattr(record, "events"):
            raise FileNotFoundError(f"{story}: could not be coded ({record})")
        check = check_events(expected, record)
        per_story[story.name] = {"required": len(check.found) + len(check.missing),
                                 "found": len(check.found), "extra": len(check.extra)}
        for key in totals:
            totals[key] += per_story[story.name][key]
        lines.append(f"  {story.name:<45} required {len(check.found)}/{len(check.found) + len(check.missing)}"
                     f"   extra {len(check.extra)}")
        if getattr(args, "verbose", False):
            for item in check.missing:
                lines.append(f"      missing {item['event_type']}: {item.get('why', '')[:90]}")
            for event in check.extra:
                lines.append(f"      extra   {event.event_type} {event.realis} '{event.trigger.text}' "
                             f"{sorted(codes_of(record, event.source))} -> {sorted(codes_of(record, event.target))}")
    share = totals["found"] / totals["required"] if totals["required"] else 0.0
    text = "\n".join([f"Expected codings, {len(stories)} stories: required events found "
                      f"{totals['found']}/{totals['required']} ({share:.3f}), extra events {totals['extra']}",
                      *lines])
    return {"stories": per_story, **totals, "found_share": round(share, 3)}, text


def _plover(args, coder, progress) -> tuple[dict, str]:
    records = read_plover_gsr(_need(args.data / "plover-gsr" / "PLOVER_GSR_CAMEO.json"))
    coded = code_sentences(coder, ((r.text, r.date) for r in records), progress, len(records))
    scores = score_plover_types(records, coded)
    halves = {half: score_plover_types(*zip(*pairs)) for half, pairs in
              split(list(zip(records, coded)), lambda pair: pair[0].id).items()}
    table = scores.by_type()
    lines = [f"PLOVER GSR, {scores.sentences} sentences: type recall {scores.recall:.3f}, "
             f"extra events per sentence {scores.extra_per_sentence:.3f}",
             f"  of the sentences found: source code right {scores.source_agreement:.3f} "
             f"({scores.with_source}), target code right {scores.target_agreement:.3f} ({scores.with_target}); "
             f"target right of all {scores.gold_targets} with a gold target {scores.target_right_of_all:.3f}",
             *(f"  {half} half ({h.sentences}): type recall {h.recall:.3f}, extra events per sentence "
               f"{h.extra_per_sentence:.3f}, source right {h.source_agreement:.3f}, target right "
               f"{h.target_agreement:.3f} (of all with one {h.target_right_of_all:.3f})" for half, h in halves.items()),
             f"  {'type':<10}{'gold':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for event_type, (p, r, f, gold) in table.items():
        lines.append(f"  {event_type:<10}{gold:>6}{p:>7.2f}{r:>7.2f}{f:>7.2f}")
    figures = {"sentences": scores.sentences, "recall": round(scores.recall, 3),
               "extra_per_sentence": round(scores.extra_per_sentence, 3),
               "source_agreement": round(scores.source_agreement, 3),
               "target_agreement": round(scores.target_agreement, 3),
               "halves": {half: {"sentences": h.sentences, "recall": round(h.recall, 3),
                                 "extra_per_sentence": round(h.extra_per_sentence, 3),
                                 "source_agreement": round(h.source_agreement, 3),
                                 "target_agreement": round(h.target_agreement, 3),
                                 "target_right_of_all": round(h.target_right_of_all, 3)} for half, h in halves.items()},
               "by_type": {t: {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "gold": g}
                           for t, (p, r, f, g) in table.items()}}
    return figures, "\n".join(lines)


def _conflibert(args, coder, progress) -> tuple[dict, str]:
    folder = args.data / "conflibert-cameo"
    pairs = read_conflibert_classes(_need(folder / "class-train.tsv"))
    coded = code_sentences(coder, ((text, None) for text, _ in pairs), progress, len(pairs))
    quads = score_quads([label for _, label in pairs], coded)
    quad_halves = {half: score_quads([label for (_, label), _ in items], [r for _, r in items]) for half, items in
                   split(list(zip(pairs, coded)), lambda item: item[0][0]).items()}
    sentences = read_conflibert_ner(_need(folder / "ner-train.txt"))
    coded = code_sentences(coder, ((s.text, None) for s in sentences), progress, len(sentences))
    spans = score_spans(sentences, coded)
    span_halves = {half: score_spans([s for s, _ in items], [r for _, r in items]) for half, items in
                   split(list(zip(sentences, coded)), lambda item: item[0].text).items()}
    names = {0: "statement", **QUADS}
    lines = [f"ConfliBERT classes, {len(pairs)} sentences: quad macro-F1 {quads.macro_f1:.3f}, "
             f"accuracy {quads.accuracy:.3f}",
             f"  {'class':<24}{'P':>7}{'R':>7}{'F1':>7}   confusion (rows gold, columns dyads 0-4)"]
    for quad, (p, r, f) in quads.per_class().items():
        row = " ".join(f"{quads.confusion[(quad, q)]:>4}" for q in range(5))
        lines.append(f"  {quad} {names[quad]:<22}{p:>7.2f}{r:>7.2f}{f:>7.2f}   {row}")
    for half, q in quad_halves.items():
        statements = sum(q.confusion[(0, p)] for p in range(5))
        lines.append(f"  {half} half: quad macro-F1 {q.macro_f1:.3f}, accuracy {q.accuracy:.3f}; plain statements "
                     f"(class 0) read as verbal cooperation: {q.confusion[(0, 1)]} of {statements}")
    lines.append(f"ConfliBERT spans, {len(sentences)} sentences:")
    for role, (p, r, f) in spans.items():
        lines.append(f"  {role:<8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   "
                     + "   ".join(f"{half} F1 {h[role][2]:.3f}" for half, h in span_halves.items()))
    figures = {"quad_macro_f1": round(quads.macro_f1, 3), "quad_accuracy": round(quads.accuracy, 3),
               "halves": {half: {"quad_macro_f1": round(quad_halves[half].macro_f1, 3),
                                 "source_f1": round(span_halves[half]["source"][2], 3),
                                 "target_f1": round(span_halves[half]["target"][2], 3)} for half in quad_halves},
               "per_class": {str(q): [round(x, 3) for x in v] for q, v in quads.per_class().items()},
               "confusion": [[quads.confusion[(g, p)] for p in range(5)] for g in range(5)],
               "spans": {role: {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
                         for role, (p, r, f) in spans.items()}}
    return figures, "\n".join(lines)
