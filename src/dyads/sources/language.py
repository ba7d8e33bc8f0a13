"""The language of a story, with py3langid's bundled model (offline, no downloads)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from dyads.record import Article

DEFAULT = "en"
# The first few thousand characters settle the language; the rest only costs time.
MAX_CHARS = 3000
# Below this many letters the model guesses wildly (a headline, "Reuters - NATO").
MIN_LETTERS = 40
# A story counts as another language only when the model is this sure of it.
MIN_PROBABILITY = 0.9


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The ISO 639-1 language of `text` and the model's probability for it.

    Only the first `MAX_CHARS` characters are read. The answer defaults to
    English, with the model's probability *for English*, when the text has fewer
    than `MIN_LETTERS` letters or when the model gives no language at least
    `MIN_PROBABILITY`: English wire copy full of foreign names ("Tehran",
    "Amir-Abdollahian") sometimes scores a little for another language, and
    dyads would rather code such a story than skip it wrongly.
    """
    sample = text[:MAX_CHARS]
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
