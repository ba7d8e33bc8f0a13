"""`dyads eval polnear`: quotes scored against PolNeAR attribution annotations.

Content is matched one to one when the predicted span covers more than half of
the gold span (`overlap`), or has the same bounds after trimming punctuation
(`exact`). For matched quotes, the source and cue are right when they overlap the
gold source and cue. Articles annotated by several annotators are scored against
the first annotation file (by name), so each article weighs the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dyads.evaluate.align import clean_to_raw_offsets
from dyads.evaluate.brat import GoldAttribution, read_attributions
from dyads.record import Article, Quote
from dyads.sources.clean import clean_article

TRIM = " \t\n.,;:!?\"'“”‘’—–-()"


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    source_gold: int = 0  # matched quotes whose gold has a source
    source_right: int = 0
    cue_gold: int = 0
    cue_right: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [predicted, matched]

    def add(self, other: Counts) -> None:
        for name in ("gold", "predicted", "matched", "exact", "source_gold", "source_right", "cue_gold", "cue_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for kind, (p, m) in other.by_kind.items():
            mine = self.by_kind.setdefault(kind, [0, 0])
            mine[0] += p
            mine[1] += m

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 (overlap and exact), source and cue accuracy."""
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        pe = self.exact / self.predicted if self.predicted else 0.0
        re_ = self.exact / self.gold if self.gold else 0.0
        return {
            "content_precision": p, "content_recall": r, "content_f1": f1(p, r),
            "exact_precision": pe, "exact_recall": re_, "exact_f1": f1(pe, re_),
            "source_accuracy": self.source_right / self.source_gold if self.source_gold else 0.0,
            "cue_accuracy": self.cue_right / self.cue_gold if self.cue_gold else 0.0,
        }


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters two spans share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def score_article(raw: str, gold: list[GoldAttribution], predicted: list[tuple[Quote, int, int, tuple | None, tuple | None]]) -> Counts:
    """Counts for one article; `predicted` holds each quote with raw-text offsets of
    its content, source and cue."""
    counts = Counts(gold=len(gold), predicted=len(predicted))
    pairs = []
    for gi, g in enumerate(gold):
        for pi, (_, ps, pe, _, _) in enumerate(predicted):
            shared = overlap(g.content.start, g.content.end, ps, pe)
            if shared * 2 > g.content.end - g.content.start:
                pairs.append((shared, gi, pi))
    used_g, used_p = set(), set()
    for quote, *_ in predicted:
        counts.by_kind.setdefault(quote.kind, [0, 0])[0] += 1
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, (quote, ps, pe, source, cue) = gold[gi], predicted[pi]
        counts.matched += 1
        counts.by_kind[quote.kind][1] += 1
        if _trimmed(raw, ps, pe) == _trimmed(raw, g.content.start, g.content.end):
            counts.exact += 1
        if g.source is not None:
            counts.source_gold += 1
            if source and overlap(g.source.start, g.source.end, *source) > 0:
                counts.source_right += 1
        if g.cue is not None:
            counts.cue_gold += 1
            if cue and overlap(g.cue.start, g.cue.end, *cue) > 0:
                counts.cue_right += 1
    return counts


def gold_files(folder: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs: one annotation file per article, the first by name."""
    texts = {p.stem: p for p in (folder / "text").glob("*.txt")}
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in texts and stem not in chosen:
            chosen[stem] = ann
    return [(texts[s], chosen[s]) for s in sorted(chosen)]


def evaluate_polnear(folder: Path, coder, progress: Iterable | None = None) -> tuple[Counts, int]:
    """Code every PolNeAR article in the folder and score its quotes."""
    pairs = gold_files(folder)
    if not pairs:
        raise FileNotFoundError(f"{folder}: no text/*.txt with attributions/*.ann beside it")
    raws = [text.read_text("utf-8") for text, _ in pairs]
    articles = [clean_article(Article(text=raw, origin=str(t))) for raw, (t, _) in zip(raws, pairs)]
    total = Counts()
    coded = coder.code_articles(articles)
    if progress is not None:
        coded = progress(coded, total=len(articles))
    for raw, (_, ann), record in zip(raws, pairs, coded):
        to_raw = clean_to_raw_offsets(record.article.text, raw)
        predicted = []
        for quote in record.quotes:
            ps, pe = to_raw(quote.start), to_raw(quote.end - 1) + 1
            source = (to_raw(quote.source.start), to_raw(quote.source.end - 1) + 1) if quote.source else None
            cue = (to_raw(quote.cue.start), to_raw(quote.cue.end - 1) + 1) if quote.cue else None
            predicted.append((quote, ps, pe, source, cue))
        total.add(score_article(raw, read_attributions(ann), predicted))
    return total, len(pairs)
