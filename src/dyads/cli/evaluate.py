"""`dyads eval`: dyads against gold data."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dyads.cli.common import DEFAULT_POLNEAR, data_option, progress_bar
from dyads.events.confidence import FEATURES

# Items of a report half are listed only when asked: a half that was read is no longer a
# clean measure (the project tunes on 'tune' and quotes 'report').
SHOW_REPORT_HELP = ("with --verbose, list the report half's items too; once read, that half no longer "
                    "measures rules honestly")


def add_eval_commands(commands) -> None:
    """The `eval` command and its gold sets."""
    evaluate = commands.add_parser("eval", help="score dyads against gold data")
    sets = evaluate.add_subparsers(title="gold sets", metavar="SET")
    polnear = sets.add_parser(
        "polnear", help="quotes against PolNeAR attribution annotations",
        description="Code the PolNeAR articles in FOLDER/text and score the quotes against the brat "
        "annotations in FOLDER/attributions: content precision, recall and F1 (a match covers more "
        "than half the gold span; exact: same bounds), and source and cue accuracy of matched quotes.",
    )
    polnear.add_argument("folder", type=Path, nargs="?", default=DEFAULT_POLNEAR)
    polnear.add_argument("--json", action="store_true", help="print the figures as JSON")
    polnear.set_defaults(handler=run_eval_polnear)

    extraction = sets.add_parser(
        "extraction", help="main text of web pages against gold text",
        description="Read each page as dyads does and score its text against the gold text (token "
        "precision, recall and F1, mean over pages), beside trafilatura alone with its defaults. "
        "FOLDER holds ground-truth.json with html/<id>.html(.gz) (the layout of public article-"
        "extraction benchmarks), or html/ with text/, or x.html beside x.txt.",
    )
    extraction.add_argument("folder", type=Path)
    extraction.add_argument("--json", action="store_true", help="print the figures as JSON")
    extraction.set_defaults(handler=run_eval_extraction)

    _scored_on_shared_data(
        sets, "actors", run_eval_actors,
        help="actor codes against PLOVER GSR and spans against ConfliBERT",
        description="Code the PLOVER gold sentences and score their source and target actors: "
        "found (a dyads mention overlaps the gold words), country/IGO code right, wrong or unknown, "
        "code and sector right, per half (quote 'all report'). Then code the ConfliBERT NER sentences "
        "and report how many source, target and reciprocal spans dyads finds an actor in, and the "
        "actor codes of the project's real-news gold.",
    )

    realnews = sets.add_parser(
        "realnews", help="events and actors against the project's real-news gold",
        description="Code the hand-coded real pages (../shared/data/realnews-dev) and PolNeAR articles "
        "whose gold the project keeps (dyads/evaluate/gold, docs/coding-guide.md) and print, per gold set "
        "and half: strict precision (type, source code and target code right), distinct precision "
        "(the same, an event the story tells twice right once), core recall, realis "
        "agreement, actor codes right/wrong/unknown, a table per type, a reliability table (confidence "
        "against precision), how sure each figure is (the middle 95% of 2,000 resamples of whole "
        "stories) and the events per page on the pages that are not political. Quote the "
        "'report' half: rules are tuned on 'tune'.",
    )
    scored_events_options(realnews)
    realnews.add_argument("--half", choices=("tune", "report"), default="report",
                          help="the half shown per type, in the reliability table and in the ranges (default report)")
    realnews.add_argument("--verbose", action="store_true",
                          help="also list the actors with a wrong code, of the tune halves")
    realnews.add_argument("--show-report", action="store_true", help=SHOW_REPORT_HELP)
    realnews.add_argument("--json", action="store_true", help="print the figures as JSON")
    realnews.add_argument("--fit-confidence", nargs="*", default=None, metavar="FEATURE",
                          help="instead of scoring, fit the confidence calibration on the tune half and print "
                          "it in the form of dyads/events/data/confidence.yaml; given feature names "
                          f"(of {', '.join(FEATURES)}), fit only their weights and keep the package's others")
    realnews.set_defaults(handler=run_eval_realnews)

    statements = sets.add_parser(
        "statements", help="statement events against the project's PolNeAR attribution gold",
        description="Code the PolNeAR dev articles behind the project's 80 hand-coded attributions "
        "(dyads/evaluate/gold/statements.yaml) and print, per half: the share of attributions coded "
        "right (the gold event with its type, source code and target code, or no event where the gold "
        "has none), how sure that share is (the middle 95% of 2,000 resamples of whole articles), the "
        "recall of the gold events and the precision of the events dyads codes at them. "
        "Quote the 'report' half: rules are tuned on 'tune'.",
    )
    scored_events_options(statements)
    statements.add_argument("--verbose", action="store_true",
                            help="also list the attributions coded wrong, of the tune half")
    statements.add_argument("--show-report", action="store_true", help=SHOW_REPORT_HELP)
    statements.add_argument("--json", action="store_true", help="print the figures as JSON")
    statements.set_defaults(handler=run_eval_statements)

    _scored_on_shared_data(
        sets, "agreement", run_eval_agreement,
        help="how far two analysts agree on the real-news gold",
        description="Score the second, independent coding of 12 PolNeAR articles (dyads/evaluate/gold/"
        "second/, six of each half) against the package's gold, as 'dyads eval realnews' scores dyads: "
        "events per 1000 words of each coder, the share of the second coder's events the gold also codes, "
        "and the share of each coder's core events the other found. It bounds dyads' own figures.",
    )

    sentences = sets.add_parser(
        "sentences", help="over-coding and recall on the project's own labelled sentences",
        description="Code the project's own labelled news-style sentences (dyads/evaluate/gold/"
        "sentences.tsv: each with the PLOVER types an analyst would code, or NONE; four in ten are "
        "hard negatives such as sport, business and accidents) and print, per half: the share of NONE "
        "sentences that get an event, the share of event sentences where a labelled type is found, "
        "and the extra types per event sentence. Needs no shared data.",
    )
    sentences.add_argument("--min-confidence", type=float, default=None, metavar="X",
                           help="score only events at or above this confidence (default: the coder's)")
    sentences.add_argument("--verbose", action="store_true",
                           help="also list the sentences coded wrong, of the tune half")
    sentences.add_argument("--show-report", action="store_true", help=SHOW_REPORT_HELP)
    sentences.add_argument("--json", action="store_true", help="print the figures as JSON")
    sentences.set_defaults(handler=run_eval_sentences)

    for name, helptext, description in (
        ("seed", "events of the seed story against its expected coding",
         "Code ../shared/data/seed/iran-russia-call.txt (and, with --examples, every story in "
         "examples/) and compare the events with the analyst's expected coding: required events "
         "found or missing, and extra events that match neither the required nor the allowed list."),
        ("plover", "event types against the PLOVER gold records",
         "Code the 322 PLOVER GSR sentences: per-type precision, recall and F1 (a sentence's gold "
         "type is found when dyads codes an event of that type in it), the extra events per "
         "sentence, and the confusion of gold type with dyads' most confident event."),
        ("conflibert", "quad classes and source/target spans against ConfliBERT",
         "Code the ConfliBERT sentences: quad-class macro-F1 and confusion matrix (a sentence's class "
         "is its most confident event's quad, 0 with no event) on class-train.tsv, and source and "
         "target span precision, recall and F1 on ner-train.txt."),
    ):
        command = sets.add_parser(name, help=helptext, description=description)
        scored_events_options(command)
        command.add_argument("--json", action="store_true", help="print the figures as JSON")
        if name == "seed":
            command.add_argument("--examples", type=Path, nargs="?", const=Path("examples"), default=None,
                                 metavar="FOLDER", help="also check every story of FOLDER (default examples/)")
            command.add_argument("--verbose", action="store_true", help="list missing and extra events")
        command.set_defaults(handler=run_eval_events, gold_set=name)


def run_eval_extraction(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from dyads.evaluate.extraction import evaluate_pages, read_page_pairs

    try:
        pairs = read_page_pairs(args.folder)
    except (OSError, ValueError) as error:
        print(f"dyads: {error}", file=sys.stderr)
        return 2
    figures = evaluate_pages(pairs)
    figures = {key: asdict(value) if hasattr(value, "f1") else value for key, value in figures.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{figures['pages']} pages ({figures['failed']} with no text found by dyads); token scores, mean over pages")
    print(f"  {'':<20}{'precision':>10}{'recall':>8}{'F1':>8}")
    for side in ("trafilatura", "dyads"):
        row = figures[side]
        label = "trafilatura alone" if side == "trafilatura" else "dyads Article.text"
        print(f"  {label:<20}{row['precision']:>10.3f}{row['recall']:>8.3f}{row['f1']:>8.3f}")
    return 0


def run_eval_polnear(args: argparse.Namespace) -> int:
    from dyads.evaluate.polnear import evaluate_polnear
    from dyads.pipeline import Coder

    if not (args.folder / "text").is_dir() or not (args.folder / "attributions").is_dir():
        print(f"dyads: {args.folder}: expected a PolNeAR folder with text/ and attributions/",
              file=sys.stderr)
        return 2
    progress = progress_bar("articles") if sys.stderr.isatty() else None
    counts, articles = evaluate_polnear(args.folder, Coder(), progress)
    figures = counts.figures()
    if args.json:
        print(json.dumps({"articles": articles, "gold": counts.gold, "predicted": counts.predicted,
                          "matched": counts.matched, **figures, "by_kind": counts.by_kind}, indent=2))
        return 0
    print(f"PolNeAR quotes, {articles} articles, {counts.gold} gold attributions, "
          f"{counts.predicted} predicted, {counts.matched} matched")
    print(f"  content (overlap > half of gold)  P {figures['content_precision']:.3f}  "
          f"R {figures['content_recall']:.3f}  F1 {figures['content_f1']:.3f}")
    print(f"  content (exact bounds)            P {figures['exact_precision']:.3f}  "
          f"R {figures['exact_recall']:.3f}  F1 {figures['exact_f1']:.3f}")
    print(f"  source right, of matched          {figures['source_accuracy']:.3f}")
    print(f"  cue right, of matched             {figures['cue_accuracy']:.3f}")
    for kind, (predicted, matched) in sorted(counts.by_kind.items()):
        print(f"  {kind:<9} predicted {predicted:>5}, matched {matched:>5}")
    return 0


def run_eval_actors(args: argparse.Namespace) -> int:
    from dyads.evaluate.actors import code_sentences, score_ner_spans, score_plover_actors
    from dyads.evaluate.gold import read_conflibert_ner, read_plover_gsr
    from dyads.evaluate.realnews import actor_figures
    from dyads.pipeline import Coder

    gsr_path = args.data / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    ner_path = args.data / "conflibert-cameo" / "ner-train.txt"
    for path in (gsr_path, ner_path):
        if not path.is_file():
            print(f"dyads: {path}: not found (give the shared data folder with --data)", file=sys.stderr)
            return 2
    coder = Coder()
    progress = progress_bar("sentences") if sys.stderr.isatty() else None
    records = read_plover_gsr(gsr_path)
    coded = code_sentences(coder, ((r.text, r.date) for r in records), progress, len(records))
    plover = score_plover_actors(records, coded)
    sentences = read_conflibert_ner(ner_path)
    coded = code_sentences(coder, ((s.text, None) for s in sentences), progress, len(sentences))
    spans = score_ner_spans(sentences, coded)
    realnews = actor_figures(coder, args.data, progress) if (args.data / "realnews-dev").is_dir() else {}
    if args.json:
        print(json.dumps({
            "plover_gsr": {role: {"gold": c.gold, **c.figures()} for role, c in plover.items()},
            "conflibert_ner": {role: {"gold": g, "found": round(f / g, 3) if g else 0.0}
                               for role, (g, f) in spans.items()},
            "realnews": realnews,
        }, indent=2))
        return 0
    print(f"PLOVER GSR actors ({len(records)} sentences; halves by record id, quote 'all report')")
    print(f"  {'role':<12}{'gold':>6}{'found':>8}{'right':>8}{'wrong':>8}{'unknown':>9}{'of found':>10}"
          f"{'code+sector':>13}")
    for role, c in plover.items():
        f = c.figures()
        print(f"  {role:<12}{c.gold:>6}{f['found']:>8.3f}{f['code_right']:>8.3f}{f['code_wrong']:>8.3f}"
              f"{f['code_unknown']:>9.3f}{f['code_right_of_found']:>10.3f}{f['code_and_sector_right_of_found']:>13.3f}")
    wrong = ", ".join(f"{g}->{d}: {n}" for (g, d), n in plover["all"].misses.most_common(8))
    print(f"  commonest wrong codes (gold->dyads): {wrong}")
    print(f"ConfliBERT NER spans ({len(sentences)} sentences): share with a dyads actor in them")
    for role, (gold, found) in spans.items():
        name = {"S": "source", "T": "target", "R": "reciprocal"}.get(role, role)
        print(f"  {name:<11}{gold:>6}  {found / gold if gold else 0:.3f}")
    if realnews:
        print("Real-news gold actors (dyads eval realnews): code right / wrong / unknown / not found")
        for key, row in realnews.items():
            print(f"  {key:<16}{row['gold']:>5}  {row['right']:.3f} / {row['wrong']:.3f} / {row['unknown']:.3f}"
                  f" / {row['missing']:.3f}")
    return 0


def run_eval_realnews(args: argparse.Namespace) -> int:
    from dyads.evaluate.realnews import evaluate_realnews, realnews_text

    for needed in (args.data / "realnews-dev" / "pages.json", args.data / "polnear-dev" / "text"):
        if not needed.exists():
            print(f"dyads: {needed}: not found (give the shared data folder with --data)", file=sys.stderr)
            return 2
    progress = progress_bar("stories") if sys.stderr.isatty() else None
    if args.fit_confidence is not None:
        unknown = sorted(set(args.fit_confidence) - set(FEATURES))
        if unknown:
            print(f"dyads: --fit-confidence: no such feature: {', '.join(unknown)} "
                  f"(the features: {', '.join(FEATURES)})", file=sys.stderr)
            return 2
        return _print_fitted_confidence(args.data, progress, frozenset(args.fit_confidence))
    coder = _coder_for(args)
    figures = evaluate_realnews(coder, args.data, progress)
    print(json.dumps(figures, indent=2) if args.json else realnews_text(figures, args.half, args.verbose, args.show_report))
    return 0


def _print_fitted_confidence(data: Path, progress, only: frozenset[str]) -> int:
    from dyads.evaluate.realnews import fitted_confidence

    model, events, right = fitted_confidence(data, progress, only)
    print(f"# fitted on the tune half of the real-news gold: {events} events, {right} strictly right"
          + (f"; only {', '.join(sorted(only))} fitted, the other weights the package's" if only else ""))
    print(f"intercept: {model.intercept}")
    print("weights: {" + ", ".join(f"{k}: {v}" for k, v in model.weights.items()) + "}")
    return 0


def _scored_on_shared_data(sets, name: str, handler, help: str, description: str) -> argparse.ArgumentParser:
    """An eval command that reads the shared data folder and can print JSON."""
    command = sets.add_parser(name, help=help, description=description)
    data_option(command)
    command.add_argument("--json", action="store_true", help="print the figures as JSON")
    command.set_defaults(handler=handler)
    return command


def scored_events_options(command: argparse.ArgumentParser) -> None:
    """The shared data folder and the confidence threshold of an event scorer."""
    data_option(command)
    command.add_argument("--min-confidence", type=float, default=None, metavar="X",
                         help="score only events at or above this confidence (default: the coder's)")


def _coder_for(args: argparse.Namespace):
    """A coder at the threshold the user gave, else the default one."""
    from dyads.pipeline import MIN_CONFIDENCE, Coder

    return Coder(min_confidence=MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence)


def run_eval_statements(args: argparse.Namespace) -> int:
    from dyads.evaluate.statements import evaluate_statements, statements_text

    needed = args.data / "polnear-dev" / "text"
    if not needed.is_dir():
        print(f"dyads: {needed}: not found (give the shared data folder with --data)", file=sys.stderr)
        return 2
    coder = _coder_for(args)
    progress = progress_bar("articles") if sys.stderr.isatty() else None
    figures = evaluate_statements(coder, args.data, progress)
    print(json.dumps(figures, indent=2) if args.json else statements_text(figures, args.verbose, args.show_report))
    return 0


def run_eval_agreement(args: argparse.Namespace) -> int:
    from dyads.evaluate.agreement import agreement_figures, agreement_text

    needed = args.data / "polnear-dev" / "text"
    if not needed.is_dir():
        print(f"dyads: {needed}: not found (give the shared data folder with --data)", file=sys.stderr)
        return 2
    figures = agreement_figures(args.data)
    print(json.dumps(figures, indent=2) if args.json else agreement_text(figures))
    return 0


def run_eval_sentences(args: argparse.Namespace) -> int:
    from dyads.evaluate.sentences import evaluate_sentences, sentences_text

    progress = progress_bar("sentences") if sys.stderr.isatty() else None
    figures = evaluate_sentences(_coder_for(args), progress)
    print(json.dumps(figures, indent=2) if args.json else sentences_text(figures, args.verbose, args.show_report))
    return 0


def run_eval_events(args: argparse.Namespace) -> int:
    from dyads.evaluate import report

    coder = _coder_for(args)
    progress = progress_bar("sentences") if sys.stderr.isatty() else None
    try:
        figures, text = report.evaluate(args.gold_set, args, coder, progress)
    except FileNotFoundError as error:
        print(f"dyads: {error} (give the shared data folder with --data)", file=sys.stderr)
        return 2
    print(json.dumps(figures, indent=2) if args.json else text)
    return 0
