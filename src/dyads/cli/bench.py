"""`dyads bench`: speed and memory beside bare spaCy."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_bench_command(commands) -> None:
    """The `bench` command."""
    bench = commands.add_parser(
        "bench", help="measure speed and memory against bare spaCy",
        description="Code a corpus and report stories/s, words/s and peak memory beside bare spaCy "
        "nlp.pipe over the same paragraphs. A benchmark, not a test: quote medians and the ratio.",
    )
    bench.add_argument("corpus", nargs="?", type=Path,
                       help="a folder or .jsonl file; default: examples/ repeated to --stories stories")
    bench.add_argument("--stories", type=int, default=300, help="size of the default corpus (300)")
    bench.add_argument("--repeat", type=int, default=3, help="runs of each side; medians are reported (3)")
    bench.add_argument("--db", action="store_true",
                       help="also time writing the coded stories into a new DuckDB store (the aim: under "
                       "a tenth of the coding time)")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.set_defaults(handler=run_bench)


def run_bench(args: argparse.Namespace) -> int:
    from dyads.bench import default_corpus, load_corpus, run_benchmark

    if args.corpus is not None:
        articles, problems = load_corpus(args.corpus)
        for problem in problems:
            print(problem, file=sys.stderr)
    else:
        try:
            articles = default_corpus(Path("examples"), args.stories)
        except FileNotFoundError as error:
            print(f"dyads: {error}; give a corpus (folder or .jsonl)", file=sys.stderr)
            return 2
    if not articles:
        print("dyads: the corpus holds no story to code", file=sys.stderr)
        return 2
    report = run_benchmark(articles, repeat=args.repeat, db=args.db)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(report_text(report))
    return 0


def report_text(report: dict) -> str:
    lines = [
        f"corpus: {report['stories']} stories, {report['paragraphs']} paragraphs, {report['words']} words; "
        f"{report['repeat']} runs each, medians",
        f"  {'':<22}{'seconds':>9}{'stories/s':>11}{'words/s':>10}",
    ]
    for side in ("spacy", "dyads"):
        row = report[side]
        label = "bare spaCy nlp.pipe" if side == "spacy" else "dyads (whole pipeline)"
        lines.append(f"  {label:<22}{row['seconds']:>9.2f}{row['stories_per_s']:>11.1f}{row['words_per_s']:>10.0f}")
    lines.append(f"  throughput ratio dyads / spaCy: {report['ratio']:.2f} (the aim is at least 0.80)")
    if "store" in report:
        lines.append(f"  writing to a DuckDB store: {report['store']['seconds']:.2f} s, "
                     f"{report['store_share']:.3f} of the coding time (the aim is under 0.10)")
    lines.append(f"  peak memory of this process: {report['peak_rss_mb']:.0f} MB")
    return "\n".join(lines)
