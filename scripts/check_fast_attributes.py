"""Compare the dyads pipeline with the stock model token by token over a big corpus (issue 14).

Not a test (it takes minutes): it parses every text given with the stock
en_core_web_sm and with dyads.nlp.load() (its FastAttributeRuler in place of the
attribute_ruler, its FastLemmatizer in place of the lemmatizer) and counts the tokens whose attributes differ, which should be none.

    PYTHONPATH=src python scripts/check_fast_attributes.py            # the shared dev data
    PYTHONPATH=src python scripts/check_fast_attributes.py a.txt ...  # lines of these files

The shared data (../shared/data): ConfliBERT sentences (class and NER files),
PLOVER GSR texts, PolNeAR articles (one text a line) and the realnews pages' text
(HTML stripped crudely: menus and all, which is the point).
"""

from __future__ import annotations

import gzip
import html
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG

from dyads import nlp as nlp_module

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
ATTRS = [ORTH, SPACY, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_TYPE, ENT_IOB, NORM, SENT_START]
NAMES = ["ORTH", "SPACY", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "NORM",
         "SENT_START"]


def shared_texts() -> list[str]:
    """Every text of the shared dev data, as lines."""
    texts = []
    for line in (SHARED / "conflibert-cameo/class-train.tsv").read_text(encoding="utf-8").splitlines():
        texts.append(line.rsplit("\t", 1)[0])
    words: list[str] = []
    for line in (SHARED / "conflibert-cameo/ner-train.txt").read_text(encoding="utf-8").splitlines():
        if line.strip():
            words.append(line.rsplit(" ", 1)[0])
        elif words:
            texts.append(" ".join(words))
            words = []
    texts.append(" ".join(words))
    for record in json.loads((SHARED / "plover-gsr/PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8")):
        texts.append(record.get("text") or "")
    for path in sorted((SHARED / "polnear-dev/text").glob("*.txt")):
        texts += path.read_text(encoding="utf-8").splitlines()
    for path in sorted((SHARED / "realnews-dev/html").glob("*.html.gz")):
        page = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
        texts += html.unescape(re.sub(r"<[^>]+>", "\n", page)).splitlines()
    return [t.strip() for t in texts if t.strip()]


def main(paths: list[str]) -> int:
    texts = [line for p in paths for line in Path(p).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = texts or shared_texts()
    stock, dyads = nlp_module.load_stock(), nlp_module.load()
    print(f"stock {stock.pipe_names} {type(stock.get_pipe('attribute_ruler')).__name__}; "
          f"dyads {dyads.pipe_names} {type(dyads.get_pipe('attribute_ruler')).__name__}")
    started = time.perf_counter()
    docs = tokens = sentences = bad_docs = 0
    bad: dict[str, int] = {}
    pairs = zip(stock.pipe(texts, batch_size=64), dyads.pipe(texts, batch_size=64))
    for a, b in pairs:
        docs += 1
        tokens += len(a)
        sentences += sum(1 for _ in a.sents)
        x, y = a.to_array(ATTRS), b.to_array(ATTRS)
        if x.shape != y.shape or not np.array_equal(x, y):
            bad_docs += 1
            if x.shape == y.shape:
                for col, name in enumerate(NAMES):
                    bad[name] = bad.get(name, 0) + int((x[:, col] != y[:, col]).sum())
            if bad_docs <= 5:
                print("DIFFERS:", a.text[:200])
    print(f"{docs} texts, {sentences} sentences, {tokens} tokens compared in "
          f"{time.perf_counter() - started:.0f} s: {bad_docs} texts differ {bad}")
    return 1 if bad_docs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
