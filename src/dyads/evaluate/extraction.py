"""How much of a story survives its web page: token F1 of extracted text against the story.

`evaluate_pages` scores pages whose story text is known, twice: trafilatura's
own output with its default settings, and `Article.text` as dyads reads the page
(trafilatura without comments, headline dropped, furniture lines and dateline
removed by the cleaner). Tokens are lower-cased words and numbers; punctuation
and whitespace (so paragraph breaks) do not count. This is `dyads eval extraction`.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    """The bag of lower-cased word tokens of a text."""
    return Counter(_TOKEN.findall(text.lower()))


def token_scores(gold: str, got: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the tokens of `got` against those of `gold` (bags, not sets)."""
    want, have = tokens(gold), tokens(got)
    if not want and not have:
        return 1.0, 1.0, 1.0
    common = sum((want & have).values())
    precision = common / sum(have.values()) if have else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def token_f1(gold: str, got: str) -> float:
    """Token F1 of `got` against `gold`: 1.0 is the same words, as often, in any order."""
    return token_scores(gold, got)[2]


@dataclass
class Scores:
    """Mean precision, recall and F1 over pages (each page weighs the same)."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def mean(cls, rows: list[tuple[float, float, float]]) -> Scores:
        if not rows:
            return cls(0.0, 0.0, 0.0)
        return cls(*(sum(column) / len(rows) for column in zip(*rows)))


def evaluate_pages(pairs: Iterable[tuple[str, str | bytes]]) -> dict[str, object]:
    """Score `(story text, page HTML)` pairs: trafilatura alone and dyads' `Article.text`.

    Returns {"pages": n, "trafilatura": Scores, "dyads": Scores, "failed": n}; a
    page dyads finds no text in counts as an empty extraction (F1 0), and in
    `failed`.
    """
    import trafilatura

    from dyads.record import Problem
    from dyads.sources.html import article_from_html

    alone, ours, failed = [], [], 0
    for number, (gold, html) in enumerate(pairs, start=1):
        alone.append(token_scores(gold, trafilatura.extract(html) or ""))
        article = article_from_html(f"page {number}", html)
        if isinstance(article, Problem):
            failed += 1
            ours.append(token_scores(gold, ""))
        else:
            ours.append(token_scores(gold, article.text))
    return {
        "pages": len(alone),
        "trafilatura": Scores.mean(alone),
        "dyads": Scores.mean(ours),
        "failed": failed,
    }


def read_page_pairs(folder: Path) -> list[tuple[str, str | bytes]]:
    """(gold text, page HTML) pairs of a folder, in one of three layouts.

    - `ground-truth.json` ({id: {"articleBody": ...}}) with `html/<id>.html(.gz)`,
      the layout of public article-extraction benchmarks;
    - `html/<name>.html` with `text/<name>.txt`;
    - `<name>.html` beside `<name>.txt`.
    """
    truth = folder / "ground-truth.json"
    if truth.is_file():
        pairs = []
        for key, item in sorted(json.loads(truth.read_text("utf-8")).items()):
            page = next((p for p in (folder / "html" / f"{key}.html.gz", folder / "html" / f"{key}.html")
                         if p.is_file()), None)
            if page is None:
                raise FileNotFoundError(f"{folder / 'html'}: no page for {key!r} of ground-truth.json")
            data = page.read_bytes()
            pairs.append((item.get("articleBody") or "", gzip.decompress(data) if page.suffix == ".gz" else data))
        return pairs
    pages = folder / "html" if (folder / "html").is_dir() else folder
    texts = folder / "text" if (folder / "text").is_dir() else folder
    pairs = [
        ((texts / f"{page.stem}.txt").read_text("utf-8"), page.read_bytes())
        for page in sorted(pages.glob("*.htm*")) if (texts / f"{page.stem}.txt").is_file()
    ]
    if not pairs:
        raise FileNotFoundError(
            f"{folder}: no pages with gold text (ground-truth.json + html/, html/ + text/, or x.html + x.txt)"
        )
    return pairs
