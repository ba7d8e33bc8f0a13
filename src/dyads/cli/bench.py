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
    bench.add_argument("--stories", type=int,
                       help="size of the default corpus (300), or with --serve of the store (10000)")
    bench.add_argument("--repeat", type=int, default=3, help="runs of each side; medians are reported (3)")
    bench.add_argument("--db", action="store_true",
                       help="also time writing the coded stories into a new DuckDB store (the aim: under "
                       "a tenth of the coding time)")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--workers", dest="worker_counts", metavar="N,N",
                       help="compare coding on these numbers of worker processes (e.g. 1,2) beside bare spaCy "
                       "with n_process set the same")
    bench.add_argument("--engine", choices=("processes", "dask"), default="processes",
                       help="with --workers: local worker processes (processes, the default) or "
                       "dyads code --engine dask on a LocalCluster of that many workers, shards and "
                       "store loading included")
    bench.add_argument("--scale", metavar="N,N",
                       help="code runs of these sizes (e.g. 100,1000,10000) in one process and report the "
                       "CPU time a story and peak memory: the cost should stay flat")
    bench.add_argument("--partition", type=int, default=100,
                       help="with --engine dask: stories per partition (100)")
    serve = bench.add_argument_group(
        "the server under load (--serve)",
        "Code the corpus into a store, copy it to --stories stories, start dyads serve on it and ask "
        "/api/events and /api/dyads with --clients clients for --seconds each (wrk: apt-get install wrk)")
    serve.add_argument("--serve", action="store_true", help="measure dyads serve instead of coding")
    serve.add_argument("--clients", type=int, default=50, help="concurrent clients (50)")
    serve.add_argument("--seconds", type=int, default=30, help="seconds per endpoint (30)")
    serve.add_argument("--serve-workers", type=int, default=1, help="server processes (1)")
    serve.add_argument("--cache-mb", type=int, default=64, help="the server's answer cache (64; 0 for none)")
    bench.set_defaults(handler=run_bench)


def run_bench(args: argparse.Namespace) -> int:
    from dyads.bench import default_corpus, load_corpus, run_benchmark

    if args.serve:
        return run_serve_bench(args)
    args.stories = args.stories or 300
    counts = _worker_counts(args.worker_counts) if args.worker_counts else None
    if args.worker_counts and counts is None:
        print(f"dyads: --workers {args.worker_counts!r}: give numbers of 1 or more, e.g. 1,2", file=sys.stderr)
        return 2
    if args.scale:
        return _run_scale(args)
    if args.engine == "dask" and not counts:
        print("dyads: --engine dask needs --workers, e.g. --workers 1,2", file=sys.stderr)
        return 2
    if args.engine == "dask" and args.partition < 1:
        print(f"dyads: --partition {args.partition}: give 1 or more stories per partition", file=sys.stderr)
        return 2

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
    if counts and args.engine == "dask":
        from dyads.bench import run_dask_benchmark
        from dyads.cluster import ClusterError

        try:
            report = run_dask_benchmark(articles, counts, repeat=args.repeat, partition_stories=args.partition)
        except ClusterError as error:
            print(f"dyads: {error}", file=sys.stderr)
            return 1
        print(json.dumps(report, indent=2) if args.json else workers_text(report))
        return 0
    if counts:
        from dyads.bench import run_worker_benchmark

        report = run_worker_benchmark(articles, counts, repeat=args.repeat)
        print(json.dumps(report, indent=2) if args.json else workers_text(report))
        return 0
    report = run_benchmark(articles, repeat=args.repeat, db=args.db)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(report_text(report))
    return 0


def _worker_counts(text: str) -> list[int] | None:
    try:
        counts = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        return None
    return counts if counts and all(count >= 1 for count in counts) else None


def workers_text(report: dict) -> str:
    """The worker comparison as a table a person reads."""
    how = ("dyads code --engine dask: cluster start, partitions, shards and store loading inside the timing"
           if report.get("engine") == "dask" else "workers started and warm before timing")
    lines = [f"corpus: {report['stories']} stories, {report['words']} words; {report['repeat']} runs each, "
             f"medians, wall time ({how})",
             f"  {'workers':>7}{'spaCy stories/s':>17}{'dyads stories/s':>17}{'dyads words/s':>15}"
             f"{'dyads / spaCy':>15}{'speed-up':>10}{'CPU s spaCy':>13}{'CPU s dyads':>13}"]
    for row in report["rows"]:
        lines.append(f"  {row['workers']:>7}{row['spacy_stories_per_s']:>17.1f}{row['dyads_stories_per_s']:>17.1f}"
                     f"{row['dyads_words_per_s']:>15.0f}{row['dyads_stories_per_s'] / row['spacy_stories_per_s']:>15.2f}"
                     f"{row['speedup']:>10.2f}{row['spacy_cpu_seconds']:>13.1f}{row['dyads_cpu_seconds']:>13.1f}")
    return "\n".join(lines)


def report_text(report: dict) -> str:
    lines = [
        f"corpus: {report['stories']} stories, {report['paragraphs']} paragraphs, {report['words']} words; "
        f"{report['repeat']} runs each, medians",
        f"  {'':<22}{'seconds':>9}{'stories/s':>11}{'words/s':>10}",
    ]
    labels = {"spacy": "bare spaCy nlp.pipe", "spacy_numpy_blas": "  the same, numpy BLAS",
              "dyads": "dyads (whole pipeline)"}
    for side, label in labels.items():
        row = report[side]
        lines.append(f"  {label:<22}{row['seconds']:>9.2f}{row['stories_per_s']:>11.1f}{row['words_per_s']:>10.0f}")
    lines.append(f"  throughput ratio dyads / spaCy: {report['ratio']:.2f} (the aim is at least 0.95); "
                 f"dyads / spaCy on the BLAS dyads uses: {report['ratio_same_blas']:.2f}")
    if "store" in report:
        lines.append(f"  writing to a DuckDB store: {report['store']['seconds']:.2f} s, "
                     f"{report['store_share']:.3f} of the coding time (the aim is under 0.10)")
    lines.append(f"  peak memory of this process: {report['peak_rss_mb']:.0f} MB")
    return "\n".join(lines)


def run_serve_bench(args: argparse.Namespace) -> int:
    """Code the examples (or the corpus) into a store and load `dyads serve` on a grown copy of it."""
    import tempfile

    from dyads.pipeline import Coder
    from dyads.run import code_run
    from dyads.sources import read_inputs
    from dyads.store.db import Store
    from dyads.store.sink import StoreSink
    from dyads.web.load import LoadError, load_test

    corpus = args.corpus or Path("examples")
    if not corpus.exists():
        print(f"dyads: {corpus}: no such corpus; give a folder or .jsonl of stories", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="dyads-bench-serve-") as folder:
        seed = Path(folder) / "seed.duckdb"
        with Store(seed) as store:
            code_run(read_inputs([str(corpus)]), Coder(), StoreSink(store))
        try:
            report = load_test(seed, stories=args.stories or 10_000, clients=args.clients,
                               seconds=args.seconds, workers=args.serve_workers, cache_mb=args.cache_mb)
        except LoadError as error:
            print(f"dyads: {error}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"store: {report['stories']} stories, {report['events']} events; {report['clients']} clients for "
          f"{report['seconds']} s per endpoint (wrk, 127.0.0.1); {report['workers']} server process(es), "
          f"answer cache {report['cache_mb']} MB")
    print(f"  {'endpoint':<14}{'URLs':>6}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name, row in report["endpoints"].items():
        print(f"  /api/{name:<9}{row['urls']:>6}{row['requests_per_s']:>9.1f}{row['p50_ms']:>9.1f}"
              f"{row['p95_ms']:>9.1f}{row['p99_ms']:>9.1f}{row['errors'] + row['non_2xx']:>8}")
    return 0


def _run_scale(args: argparse.Namespace) -> int:
    from dyads.bench import run_scale_benchmark

    sizes = _worker_counts(args.scale)
    if sizes is None:
        print(f"dyads: --scale {args.scale!r}: give numbers of stories of 1 or more, e.g. 100,1000", file=sys.stderr)
        return 2
    if not Path("examples").is_dir():
        print("dyads: examples: no examples folder here (run from the repository root)", file=sys.stderr)
        return 2
    report = run_scale_benchmark(Path("examples"), sizes)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        lines = ["one process, the examples repeated; CPU time a story, peak memory so far",
                 f"  {'stories':>8}{'CPU ms a story':>16}{'peak MB':>9}"]
        lines += [f"  {r['stories']:>8}{r['cpu_ms_per_story']:>16.0f}{r['peak_mb']:>9.0f}" for r in report["rows"]]
        print("\n".join(lines))
    return 0
