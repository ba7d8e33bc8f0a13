"""The language of a story, with py3langid's bundled model (offline, no downloads)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from importlib import resources

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from dyads.record import Article
from dyads.yaml_data import load_yaml

DEFAULT = "en"
# The first few thousand characters settle the language; the rest only costs time.
MAX_CHARS = 3000
# Below this many letters the model guesses wildly (a headline, "Reuters - NATO").
MIN_LETTERS = 40
# A story counts as another language only when the model is this sure of it.
MIN_PROBABILITY = 0.9


_WORD = re.compile(r"[^\W\d_]+")


@cache
def _english() -> tuple[frozenset[str], float, int]:
    data = load_yaml(resources.files("dyads.sources").joinpath("data/english.yaml").read_text("utf-8"))
    return frozenset(data["words"]), float(data["min_share"]), int(data["min_words"])


def plainly_english(sample: str) -> bool:
    """Whether a text's common words settle that it is English (data/english.yaml),
    so that the language model need not be loaded. Never decides against English."""
    words, min_share, min_words = _english()
    found = _WORD.findall(sample.lower())[:400]
    return len(found) >= min_words and sum(w in words for w in found) >= min_share * len(found)


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The ISO 639-1 language of `text` and the model's probability for it.

    Only the first `MAX_CHARS` characters are read. A text whose common words
    settle it as English is English with probability 1.0, without the model. The
    answer defaults to
    English, with the model's probability *for English*, when the text has fewer
    than `MIN_LETTERS` letters or when the model gives no language at least
    `MIN_PROBABILITY`: English wire copy full of foreign names ("Tehran",
    "Amir-Abdollahian") sometimes scores a little for another language, and
    dyads would rather code such a story than skip it wrongly.
    """
    sample = text[:MAX_CHARS]
    if plainly_english(sample):
        return DEFAULT, 1.0
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return DEFAULT, _probability_of(sample, DEFAULT)
    ranked = _identifier().rank(sample)
    language, probability = ranked[0]
    if language != DEFAULT and probability < MIN_PROBABILITY:
        return DEFAULT, next((float(p) for lang, p in ranked if lang == DEFAULT), 0.0)
    return language, float(probability)


def _probability_of(sample: str, language: str) -> float:
    if not sample.strip():
        return 0.0
    return next((float(p) for lang, p in _identifier().rank(sample) if lang == language), 0.0)


def with_language(article: Article) -> Article:
    """The article with `language` set from its (cleaned) text."""
    return replace(article, language=detect_language(article.text)[0])
