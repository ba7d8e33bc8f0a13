"""The coder: runs the stages in order over batches of articles.

sources -> clean (already done by the readers) -> paragraphs -> spaCy ->
actors -> quotes -> events -> CodedArticle. A stage only reads what the stages
before it made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language

from dyads import nlp as nlp_module
from dyads.actors.coref import link_mentions
from dyads.actors.kb_files import default_kb
from dyads.actors.knowledge import KnowledgeBase
from dyads.actors.namesakes import story_knowledge
from dyads.actors.recognize import find_mentions
from dyads.actors.resolve import parse_day
from dyads.events.coder import code_events
from dyads.events.confidence import calibrate
from dyads.events.lexicon import Lexicon, default_lexicon
from dyads.events.relevance import cap_unpolitical, story_relevance
from dyads.nlp import Paragraph
from dyads.quotes import find_quotes
from dyads.record import Article, CodedArticle, Problem
from dyads.sources.clean import CleaningRules, clean_article, publisher_spans

BATCH_ARTICLES = 32
# Events below this confidence are not written unless the user asks (--min-confidence).
# Confidence is calibrated (events/confidence.py): the chance that type, source and
# target are all right. On real pages nearly every event below 0.2 lacks a side's
# country and was almost never fully right (2 in 100 on the report half).
MIN_CONFIDENCE = 0.2


class Coder:
    """Codes articles into `CodedArticle` records; load once, use for many stories."""

    def __init__(
        self, kb: KnowledgeBase | None = None, nlp: Language | None = None,
        rules: CleaningRules | None = None, lexicon: Lexicon | None = None,
        min_confidence: float = MIN_CONFIDENCE, calibrated: bool = True,
    ) -> None:
        self.kb = kb or default_kb()
        self.nlp = nlp or nlp_module.load()
        self.rules = rules
        self.lexicon = lexicon or default_lexicon()
        self.min_confidence = min_confidence
        # False keeps the coder's own scores: what the calibration is fitted on
        self.calibrated = calibrated

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code cleaned articles, batching their paragraphs through spaCy."""
        articles = iter(articles)
        while batch := list(islice(articles, BATCH_ARTICLES)):
            parsed = nlp_module.parse_texts((a.text for a in batch), self.nlp)
            for article, paragraphs in zip(batch, parsed):
                yield self.code_parsed(article, paragraphs)

    def code_items(self, items: Iterable[Article | Problem]) -> Iterator[CodedArticle | Problem]:
        """Code the articles among the items, passing problems through in order.

        A story that fails inside the coder becomes a `Problem` naming it; the
        others are still coded.
        """
        items = iter(items)
        while batch := list(islice(items, BATCH_ARTICLES)):
            articles = [item for item in batch if isinstance(item, Article)]
            try:
                coded = list(self.code_articles(articles))
            except Exception:  # noqa: BLE001 - find the story at fault, code the rest
                coded = [self._code_one_safely(article) for article in articles]
            results = iter(coded)
            for item in batch:
                yield item if isinstance(item, Problem) else next(results)

    def _code_one_safely(self, article: Article) -> CodedArticle | Problem:
        try:
            return next(self.code_articles([article]))
        except Exception as error:  # noqa: BLE001
            return Problem(article.origin or article.id or "?", f"internal error while coding: {error!r}")

    def code_parsed(self, article: Article, paragraphs: list[Paragraph]) -> CodedArticle:
        """Code one article whose paragraphs are already parsed."""
        day = parse_day(article.published)
        skip = publisher_spans(article.text, self.rules) if article.publisher else []
        mentions = find_mentions(paragraphs, self.kb, skip)
        kb = story_knowledge(paragraphs, mentions, self.kb)
        if kb is not self.kb:  # "Georgia" is the American state here, "Congo" one Congo: find the mentions again
            mentions = find_mentions(paragraphs, kb, skip)
        linked = link_mentions(mentions, kb, day, article.dateline)
        quotes = find_quotes(article, paragraphs, linked, skip)
        events = code_events(article, paragraphs, linked, quotes, self.lexicon, day)
        article.relevance = story_relevance(paragraphs, linked.actors)
        if self.calibrated:
            events = calibrate(events, linked.actors)
        events = cap_unpolitical(events, linked.actors, article.relevance)
        events = [e for e in events if e.confidence >= self.min_confidence]
        return CodedArticle(article, linked.actors, quotes, events)

    def code_text(self, text: str, **meta: str | None) -> CodedArticle:
        """Clean and code one story given as plain text (`published=`, `publisher=`, …)."""
        article = clean_article(Article(text=text, **meta), self.rules)
        return next(self.code_articles([article]))
