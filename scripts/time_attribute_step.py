"""CPU time of the attribute step alone, stock AttributeRuler or dyads' FastAttributeRuler (issue 14).

    PYTHONPATH=src python scripts/time_attribute_step.py stock
    PYTHONPATH=src python scripts/time_attribute_step.py fast

The first 2,000 texts of the shared dev data (ConfliBERT sentences) are parsed up to
the parser once; the step then runs over fresh copies of those docs 7 times. The
first run of the fast ruler includes filling its lookup; the median is the steady state.
"""

from __future__ import annotations

import statistics
import sys
import time

from check_fast_attributes import shared_texts
from spacy.tokens import DocBin

from dyads import nlp as nlp_module


def main(which: str) -> None:
    nlp = nlp_module.load_stock() if which == "stock" else nlp_module.load()
    texts = shared_texts()[:2000]
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        docs = list(nlp.pipe(texts, batch_size=nlp_module.BATCH_SIZE))
    data = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "SENT_START", "SPACY"], docs=docs).to_bytes()
    step = nlp.get_pipe("attribute_ruler")
    runs = []
    for _ in range(7):
        fresh = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
        started = time.process_time()
        for doc in fresh:
            step(doc)
        runs.append(time.process_time() - started)
    print(f"{type(step).__name__}: {len(texts)} texts, {sum(len(d) for d in docs)} tokens; CPU s a run "
          f"{[round(r, 3) for r in runs]}, first {runs[0]:.3f}, median {statistics.median(runs):.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fast")
