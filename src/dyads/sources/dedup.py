"""Duplicate stories: the same text twice (exact) or nearly the same (MinHash).

Wire stories are republished by many sites with a changed headline, a byline or
a trimmed last paragraph. Coding each copy would count one real event many
times, so a copy is recorded as a mention of the story already coded instead.

Exact copies are found by a hash of the normalised text; near copies by MinHash
over word five-grams with locality-sensitive hashing, confirmed by the
estimated Jaccard similarity, or by containment when one text is the other
trimmed (a site that drops the last paragraphs of a wire story). The index can be seeded with the signatures of
stories already in a store, so a second run finds copies of the first's stories.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
# Named so stored signatures stay comparable if datasketch changes its default.
SCHEME = "affine32"
SHINGLE_WORDS = 5
# Share of five-word shingles two texts must have in common to be one story: wire
# copies with a different headline or a changed sentence score 0.85-0.95, two
# stories on the same event told in different words score well under 0.5.
NEAR_THRESHOLD = 0.8
# Or the share of the shorter text's shingles found in the longer: a five-paragraph
# story without its last paragraph has a Jaccard of about 0.75 with the whole, but
# all of it is in the whole.
CONTAINMENT_THRESHOLD = 0.9
# Candidates are looked up at this Jaccard, low enough to reach trimmed copies.
LOOKUP_THRESHOLD = 0.5
# Below this many words a story has too few shingles for MinHash to mean much;
# only exact copies are looked for.
MIN_WORDS_FOR_NEAR = 40

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Copy:
    """A story found to be a copy: of which story, how (exact or near), how similar."""

    of: str
    kind: str  # exact | near
    similarity: float


def normalised_words(text: str) -> list[str]:
    """The words of a text, lowercased, without punctuation or spacing differences."""
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    """A hash of the normalised text: equal for copies differing only in spacing or case."""
    return hashlib.sha1(" ".join(normalised_words(text)).encode("utf-8")).hexdigest()


def signature(text: str) -> np.ndarray | None:
    """The MinHash values of a text's word five-grams, or None if it is too short.

    The last value is the number of distinct five-grams, which containment needs.
    """
    words = normalised_words(text)
    if len(words) < MIN_WORDS_FOR_NEAR:
        return None
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")
                for i in range(len(words) - SHINGLE_WORDS + 1)}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    minhash.update_batch(list(shingles))
    return np.append(minhash.hashvalues, np.uint64(len(shingles)))


def similarity(jaccard: float, size_a: int, size_b: int) -> float:
    """How much two texts are one: their Jaccard, or the shorter's containment if that passes.

    From the Jaccard J and the two shingle counts, the shingles in common are
    J (a + b) / (1 + J), and the shorter text's containment is that over its count.
    """
    common = jaccard * (size_a + size_b) / (1 + jaccard)
    containment = min(1.0, common / max(1, min(size_a, size_b)))
    return containment if containment >= CONTAINMENT_THRESHOLD else jaccard


class DuplicateIndex:
    """Stories seen so far, by exact hash and by MinHash; answers "is this a copy?"."""

    def __init__(self) -> None:
        self._hashes: dict[str, str] = {}
        self._lsh = MinHashLSH(threshold=LOOKUP_THRESHOLD, num_perm=NUM_PERM)
        self._signatures: dict[str, tuple[LeanMinHash, int]] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, story_id: str, text_hash: str, values: np.ndarray | None) -> None:
        """Remember a coded story (its hash and signature) under its id."""
        self._hashes.setdefault(text_hash, story_id)
        if values is not None and story_id not in self._signatures:
            minhash = LeanMinHash(seed=1, hashvalues=values[:-1], scheme=SCHEME)
            self._signatures[story_id] = (minhash, int(values[-1]))
            self._lsh.insert(story_id, minhash)

    def copy_of(self, text_hash: str, values: np.ndarray | None) -> Copy | None:
        """The story this one copies, if any: an exact copy first, else the most similar."""
        if text_hash in self._hashes:
            return Copy(self._hashes[text_hash], "exact", 1.0)
        if values is None:
            return None
        minhash = LeanMinHash(seed=1, hashvalues=values[:-1], scheme=SCHEME)
        size = int(values[-1])
        scored = []
        for candidate in self._lsh.query(minhash):
            other, other_size = self._signatures[candidate]
            score = similarity(float(minhash.jaccard(other)), size, other_size)
            scored.append((-score, candidate))
        scored.sort()
        if not scored or -scored[0][0] < NEAR_THRESHOLD:
            return None
        return Copy(scored[0][1], "near", round(-scored[0][0], 3))
