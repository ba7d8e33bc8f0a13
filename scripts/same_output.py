#!/usr/bin/env python3
"""Code a fixed corpus and compare its JSON Lines with a reference run, byte for byte.

    python scripts/same_output.py save  BEFORE.jsonl [CORPUS ...]   # the reference
    python scripts/same_output.py check BEFORE.jsonl [CORPUS ...]   # code again, compare

The corpus defaults to the bundled examples, the PolNeAR dev texts, the
real-news dev pages and the ConfliBERT sentences (../shared/data/), coded with
`--min-confidence 0` so every event the coder finds is written. `check` codes the
corpus again and reports the lines compared and every line that differs (with the
first differing field), so a speed change can show it changed no output. Exit
status 0 only if all are equal.

dyads runs as a subprocess (`python -m dyads`): run this with the Python that has
the dyads under test importable (PYTHONPATH=src). Issue 14.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DEFAULT_CORPUS = [ROOT / "examples", SHARED / "polnear-dev" / "text", SHARED / "realnews-dev" / "html",
                  SHARED / "conflibert-cameo"]


def code(corpus: list[Path], out: Path) -> None:
    """Code the corpus into `out` with every event written."""
    with tempfile.TemporaryDirectory() as folder:
        inputs = [readable(path, Path(folder) / str(n)) for n, path in enumerate(corpus)]
        command = [sys.executable, "-m", "dyads", "code", *map(str, inputs), "--min-confidence", "0",
                   "--offline", "--no-progress", "--out", str(out)]
        subprocess.run(command, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})


def readable(path: Path, folder: Path) -> Path:
    """The corpus part as dyads reads it: a folder of `.html.gz` pages (dyads reads no .gz
    page) as a folder of `.html` copies, and the ConfliBERT sentences (2,502 short texts,
    where a change to name look-ups shows first) as a JSON Lines file of one story each."""
    if (path / "class-train.tsv").exists():
        return sentences_file(path, folder)
    pages = sorted(path.glob("*.html.gz")) if path.is_dir() else []
    if not pages:
        return path
    folder.mkdir()
    for page in pages:
        (folder / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    return folder


def sentences_file(path: Path, folder: Path) -> Path:
    from dyads.evaluate.gold import read_conflibert_classes, read_conflibert_ner

    texts = [s.text for s in read_conflibert_ner(path / "ner-train.txt")]
    texts += [text for text, _ in read_conflibert_classes(path / "class-train.tsv")]
    folder.mkdir()
    out = folder / "conflibert.jsonl"
    out.write_text("".join(json.dumps({"id": f"conflibert-{n}", "text": text}) + "\n"
                           for n, text in enumerate(texts)), "utf-8")
    return out


def first_difference(a: object, b: object, path: str = "") -> str:
    """Where two decoded records first differ, as a dotted path."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return first_difference(a.get(key), b.get(key), f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
    return f"{path or '.'}: {json.dumps(a)[:120]} != {json.dumps(b)[:120]}"


def compare(before: Path, after: Path) -> int:
    """Print the differing lines; return how many differ (a missing line counts)."""
    old = before.read_bytes().splitlines()
    new = after.read_bytes().splitlines()
    differ = 0
    for number in range(max(len(old), len(new))):
        a = old[number] if number < len(old) else None
        b = new[number] if number < len(new) else None
        if a == b:
            continue
        differ += 1
        if a is None or b is None:
            print(f"line {number + 1}: only in {'after' if a is None else 'before'}")
        else:
            print(f"line {number + 1}: {first_difference(json.loads(a), json.loads(b))}")
    events = sum(len(json.loads(line).get("events") or []) for line in old)
    print(f"{len(old)} lines before ({events} events), {len(new)} after, {differ} differ; "
          f"byte-identical: {before.read_bytes() == after.read_bytes()}")
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("reference", type=Path)
    parser.add_argument("corpus", nargs="*", type=Path)
    args = parser.parse_args()
    corpus = args.corpus or [p for p in DEFAULT_CORPUS if p.exists()]
    if args.action == "save":
        code(corpus, args.reference)
        print(f"saved {len(args.reference.read_bytes().splitlines())} lines to {args.reference}")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        after = Path(folder) / "after.jsonl"
        code(corpus, after)
        return 1 if compare(args.reference, after) else 0


if __name__ == "__main__":
    sys.exit(main())
