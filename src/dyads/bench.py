"""`dyads bench`: the whole pipeline beside bare spaCy on the same paragraphs.

Both sides run in this process, alternately, `repeat` times; medians are
reported with the throughput ratio. Model loading is outside the timing.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from dyads import nlp as nlp_module
from dyads.record import Article, Problem
from dyads.sources import read_inputs


def load_corpus(path: Path) -> tuple[list[Article], list[Problem]]:
    """The stories of a folder or JSONL file, and the inputs that were skipped."""
    articles, problems = [], []
    for item in read_inputs([str(path)]):
        (articles if isinstance(item, Article) else problems).append(item)
    return articles, problems


def default_corpus(examples: Path, stories: int) -> list[Article]:
    """The example stories repeated until there are `stories` of them."""
    if not examples.is_dir():
        raise FileNotFoundError(f"{examples}: no examples folder here (run from the repository root)")
    base = [item for item in read_inputs([str(examples)]) if isinstance(item, Article)]
    if not base:
        raise FileNotFoundError(f"{examples}: holds no example story")
    # Each repeat is its own story (its own id), as distinct stories would be in a store.
    return [replace(base[i % len(base)], id=f"{base[i % len(base)].id}/{i}") for i in range(stories)]


def run_benchmark(articles: list[Article], repeat: int = 3, db: bool = False) -> dict:
    """Timings of bare spaCy and of the whole pipeline over the same stories.

    With `db`, also the time to write the coded stories into a new DuckDB store
    (rows, Arrow tables, transactions), beside the coding time.
    """
    from dyads.pipeline import Coder

    coder = Coder()
    # the baseline is spaCy as its package builds it, not dyads's faster attribute step
    # nor its BLAS; the same model on numpy's BLAS tells dyads's own work from that choice
    nlp, numpy_nlp = nlp_module.load_stock(), nlp_module.load_stock(numpy_blas=True)
    paragraphs = [a.text[s:e] for a in articles for s, e in nlp_module.paragraph_spans(a.text)]
    words = sum(len(p.split()) for p in paragraphs)
    # Warm every path once so caches and lazy loads are not timed.
    list(nlp.pipe(paragraphs[:20]))
    list(numpy_nlp.pipe(paragraphs[:20]))
    list(coder.code_articles(articles[:5]))
    spacy_times, numpy_times, dyads_times, store_times = [], [], [], []
    for _ in range(max(1, repeat)):
        spacy_times.append(_time_pipe(nlp, paragraphs))
        with nlp_module.one_blas_thread():
            numpy_times.append(_time_pipe(numpy_nlp, paragraphs))
        started = time.perf_counter()
        records = list(coder.code_articles(articles))
        dyads_times.append(time.perf_counter() - started)
        if db:
            store_times.append(time_store_writes(records))

    def side(times: list[float]) -> dict:
        seconds = statistics.median(times)
        return {"seconds": seconds, "runs": times, "stories_per_s": len(articles) / seconds,
                "words_per_s": words / seconds}

    spacy, numpy_spacy, dyads = side(spacy_times), side(numpy_times), side(dyads_times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = {
        "stories": len(articles), "paragraphs": len(paragraphs), "words": words, "repeat": repeat,
        "spacy": spacy, "spacy_numpy_blas": numpy_spacy, "dyads": dyads, "ratio": spacy["seconds"] / dyads["seconds"],
        "ratio_same_blas": numpy_spacy["seconds"] / dyads["seconds"],
        "peak_rss_mb": peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024,
    }
    if db:
        store = side(store_times)
        report["store"] = store
        report["store_share"] = store["seconds"] / dyads["seconds"]
    return report


def _time_pipe(nlp, paragraphs: list[str]) -> float:
    """Wall seconds of a bare `nlp.pipe` over the paragraphs."""
    started = time.perf_counter()
    for _doc in nlp.pipe(paragraphs, batch_size=nlp_module.BATCH_SIZE):
        pass
    return time.perf_counter() - started


def time_store_writes(records: list) -> float:
    """Seconds to write coded stories into a new store, as `dyads code --db` does."""
    from dyads.sources.dedup import content_hash, signature
    from dyads.store.db import Store
    from dyads.store.sink import StoreSink

    # Hashes and MinHash signatures are made before coding, by the duplicate check,
    # so they are not part of writing.
    fingerprints = []
    for record in records:
        values = signature(record.article.text)
        fingerprints.append((content_hash(record.article.text), None if values is None else [int(v) for v in values]))
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.duckdb")
        started = time.perf_counter()
        sink = StoreSink(store)
        for record, (text_hash, values) in zip(records, fingerprints):
            sink.coded(record, text_hash, values)
        sink.close()
        store.close()
        return time.perf_counter() - started


def _cpu_with_children() -> float:
    """CPU seconds of this process and of its children that have ended (spaCy's n_process)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _time_spacy(nlp, paragraphs: list[str], processes: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds with children) of bare spaCy over the paragraphs."""
    started, cpu = time.perf_counter(), _cpu_with_children()
    for _doc in nlp.pipe(paragraphs, batch_size=nlp_module.BATCH_SIZE, n_process=processes):
        pass
    return time.perf_counter() - started, _cpu_with_children() - cpu


def run_worker_benchmark(articles: list[Article], workers: list[int], repeat: int = 3) -> dict:
    """Stories/s of dyads on N worker processes beside bare spaCy with `n_process=N`, for each N.

    Workers are started and warmed before the timing (each loads the model once);
    spaCy's own processes start inside its timing, as they do in use.
    """
    from dyads.parallel import CoderSettings, ParallelCoder

    nlp = nlp_module.load_stock()  # spaCy as its package builds it
    paragraphs = [a.text[s:e] for a in articles for s, e in nlp_module.paragraph_spans(a.text)]
    words = sum(len(p.split()) for p in paragraphs)
    rows = []
    for count in workers:
        spacy_times, dyads_times, spacy_cpu, dyads_cpu = [], [], [], []
        with ParallelCoder(CoderSettings(), count) as coder:
            coder.warm()
            for _ in range(max(1, repeat)):
                wall, cpu_s = _time_spacy(nlp, paragraphs, count)
                spacy_times.append(wall)
                spacy_cpu.append(cpu_s)
                started, cpu, worker_cpu = time.perf_counter(), time.process_time(), coder.worker_cpu_seconds
                coded = sum(1 for _ in coder.code_items(articles))
                dyads_times.append(time.perf_counter() - started)
                # the parent reads and orders; the workers code
                dyads_cpu.append(time.process_time() - cpu + coder.worker_cpu_seconds - worker_cpu)
                assert coded == len(articles)
        rows.append(_worker_row(count, len(articles), words, (spacy_times, spacy_cpu), (dyads_times, dyads_cpu)))
    return {"stories": len(articles), "words": words, "repeat": repeat, "rows": _with_speedups(rows)}


def _worker_row(count: int, stories: int, words: int, spacy: tuple[list[float], list[float]],
                dyads: tuple[list[float], list[float]]) -> dict:
    """One row of a worker comparison: (wall times, CPU times) of each side, as medians and rates."""
    (spacy_times, spacy_cpu), (dyads_times, dyads_cpu) = spacy, dyads
    spacy_s, dyads_s = statistics.median(spacy_times), statistics.median(dyads_times)
    return {"workers": count, "spacy_seconds": spacy_s, "dyads_seconds": dyads_s,
            "spacy_stories_per_s": stories / spacy_s, "dyads_stories_per_s": stories / dyads_s,
            "dyads_words_per_s": words / dyads_s, "spacy_runs": spacy_times, "dyads_runs": dyads_times,
            "spacy_cpu_seconds": statistics.median(spacy_cpu), "dyads_cpu_seconds": statistics.median(dyads_cpu)}


def _with_speedups(rows: list[dict]) -> list[dict]:
    """The rows, each with its dyads stories/s over the first row's."""
    base = rows[0]["dyads_stories_per_s"]
    for row in rows:
        row["speedup"] = row["dyads_stories_per_s"] / base
    return rows


def run_dask_benchmark(articles: list[Article], workers: list[int], repeat: int = 3,
                       partition_stories: int = 100) -> dict:
    """Stories/s of `dyads code --engine dask` on a LocalCluster of N workers, beside bare
    spaCy with `n_process=N`, for each N.

    Unlike `run_worker_benchmark`, the cluster's start (about 1.5 s) and the loading of
    the shards into a store are inside each timing, as they are in use: the stories go
    through a JSON Lines file, the partitions, Parquet shards and a new DuckDB store.
    CPU time counts the workers' once the cluster is closed (they are our children).
    """
    import json

    from dyads.cluster import run_dask
    from dyads.parallel import CoderSettings
    from dyads.run import RunOptions
    from dyads.sources.dedup import DuplicateIndex
    from dyads.sources.read import ReadOptions
    from dyads.store.db import Store

    nlp = nlp_module.load_stock()  # spaCy as its package builds it
    paragraphs = [a.text[s:e] for a in articles for s, e in nlp_module.paragraph_spans(a.text)]
    words = sum(len(p.split()) for p in paragraphs)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for article in articles:
                out.write(json.dumps({"id": article.id, "text": article.text, "published": article.published}) + "\n")
        for count in workers:
            spacy_times, dask_times, spacy_cpu, dask_cpu = [], [], [], []
            for run in range(max(1, repeat)):
                wall, cpu_s = _time_spacy(nlp, paragraphs, count)
                spacy_times.append(wall)
                spacy_cpu.append(cpu_s)
                store = Store(Path(folder) / f"dask-{count}-{run}.duckdb")
                started, cpu = time.perf_counter(), _cpu_with_children()
                summary = run_dask([str(corpus)], store, CoderSettings(), ReadOptions(fetch=False),
                                   RunOptions(dedup=False), DuplicateIndex(), workers=count,
                                   partition_stories=partition_stories)
                store.close()
                dask_times.append(time.perf_counter() - started)
                dask_cpu.append(_cpu_with_children() - cpu)
                if summary.coded != len(articles):
                    raise RuntimeError(f"the Dask run coded {summary.coded} of {len(articles)} stories")
            rows.append(_worker_row(count, len(articles), words, (spacy_times, spacy_cpu), (dask_times, dask_cpu)))
    return {"stories": len(articles), "words": words, "repeat": repeat, "engine": "dask",
            "partition_stories": partition_stories, "rows": _with_speedups(rows)}


def run_scale_benchmark(examples: Path, sizes: list[int]) -> dict:
    """CPU time a story and peak memory when one process codes runs of each size, the
    examples repeated: the cost of a story should not grow with the run. Peak memory is
    the process's highest so far (it never falls), after each size."""
    from dyads.pipeline import Coder

    coder = Coder()
    rows = []
    for size in sizes:
        articles = default_corpus(examples, size)
        started = time.process_time()
        coded = sum(1 for _ in coder.code_articles(articles))
        cpu = time.process_time() - started
        rows.append({"stories": coded, "cpu_ms_per_story": 1000 * cpu / coded,
                     "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
    return {"rows": rows}
