"""How sure a figure is: the range a ratio takes over resamples of whole stories.

A precision of 0.52 on 167 events from 54 stories is not as sure as 167 independent
events would make it: one misread actor spoils every event of its story. Resampling
stories, each drawn whole (a cluster bootstrap), keeps that dependence. The draws
use a fixed seed, so the same gold and the same code print the same range.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

DRAWS = 2000
LEVEL = 0.95


def story_range(counts: Sequence[tuple[int, int]], draws: int = DRAWS, level: float = LEVEL,
                seed: int = 0) -> tuple[float, float] | None:
    """The middle `level` of sum(hits) / sum(totals) over `draws` resamples of the
    stories' (hits, total) counts; None when no story has a total."""
    if not any(total for _, total in counts):
        return None
    draw = random.Random(seed)
    n = len(counts)
    ratios = []
    for _ in range(draws):
        hits = total = 0
        for _ in range(n):
            h, t = counts[draw.randrange(n)]
            hits += h
            total += t
        if total:
            ratios.append(hits / total)
    ratios.sort()
    cut = (1 - level) / 2
    low = ratios[int(cut * (len(ratios) - 1))]
    high = ratios[int((1 - cut) * (len(ratios) - 1))]
    return round(low, 3), round(high, 3)
