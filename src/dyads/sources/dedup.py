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
from functools import lru_cache

import numpy as np

NUM_PERM = 64
# The MinHash of datasketch 2's "affine32" scheme with seed 1, computed here with numpy
# (bit for bit the same values, which stores keep; tests/test_dedup.py compares the
# two): importing datasketch loads scipy, a second of every run's start.
SCHEME = "affine32"
SEED = 1
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
    hashed = np.fromiter((int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in shingles),
                         dtype=np.uint32, count=len(shingles))
    a, b = _permutations()
    with np.errstate(over="ignore"):
        values = (_fmix32(hashed)[:, None] * a + b).min(axis=0)
    return np.append(values.astype(np.uint64), np.uint64(len(shingles)))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations a*h + b mod 2^32 (a odd), drawn as datasketch draws them."""
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (a bijection that spreads the input hashes)."""
    with np.errstate(over="ignore"):
        values = values ^ (values >> np.uint32(16))
        values = values * np.uint32(0x85EBCA6B)
        values = values ^ (values >> np.uint32(13))
        values = values * np.uint32(0xC2B2AE35)
        return values ^ (values >> np.uint32(16))


def similarity(jaccard: float, size_a: int, size_b: int) -> float:
    """How much two texts are one: their Jaccard, or the shorter's containment if that passes.

    From the Jaccard J and the two shingle counts, the shingles in common are
    J (a + b) / (1 + J), and the shorter text's containment is that over its count.
    """
    common = jaccard * (size_a + size_b) / (1 + jaccard)
    containment = min(1.0, common / max(1, min(size_a, size_b)))
    return containment if containment >= CONTAINMENT_THRESHOLD else jaccard


# The LSH banding datasketch chooses for LOOKUP_THRESHOLD and NUM_PERM (14 bands of 4
# values): a story is a candidate when one band of its signature equals a stored one.
BANDS, ROWS = 14, 4
# New stories are looked through one by one until this many, then merged into the
# sorted band tables (each merge sorts them once).
PENDING_LIMIT = 4096
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5], dtype=np.uint64)


def band_keys(values: np.ndarray) -> np.ndarray:
    """One 64-bit key per band of a signature (a collision only adds a candidate, which is checked)."""
    bands = values[:BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        return (bands * _MIX).sum(axis=1, dtype=np.uint64) ^ np.arange(BANDS, dtype=np.uint64)


def exact_key(text_hash: str) -> int:
    """A 64-bit key of a content hash, kept beside the band keys in a store (a collision only
    adds a candidate, which is checked against the whole hash)."""
    return int(text_hash[:16], 16)


def best_copy(values: np.ndarray, candidates) -> Copy | None:
    """The most similar of the candidates (story id, 64 MinHash values, shingle count) that is
    similar enough to be one story with the one of these `values`; ties go to the smaller id."""
    size = int(values[-1])
    mine = values[:-1].astype(np.uint32)
    scored = []
    for story_id, theirs, their_size in candidates:
        jaccard = float(np.count_nonzero(theirs == mine)) / NUM_PERM
        scored.append((-similarity(jaccard, size, int(their_size)), story_id))
    scored.sort()
    if not scored or -scored[0][0] < NEAR_THRESHOLD:
        return None
    return Copy(scored[0][1], "near", round(-scored[0][0], 3))


class DuplicateIndex:
    """Stories seen so far, by exact hash and by MinHash; answers "is this a copy?".

    Compact: a story costs its id, its hash, its 64 MinHash values as 32-bit
    numbers and 14 band keys, about 0.9 KB (datasketch's own LSH index took
    9.4 KB). A run without a store holds its stories here; a run into a store
    asks the store instead and holds only its recent stories here
    (`store/duplicates.py`).
    """

    def __init__(self) -> None:
        self._seen: dict[str, str | None] = {}
        self._hashes: dict[str, str] = {}
        self._ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._values = np.zeros((0, NUM_PERM), dtype=np.uint32)
        self._sizes = np.zeros(0, dtype=np.uint32)
        self._count = 0
        self._sorted_keys = [np.zeros(0, dtype=np.uint64) for _ in range(BANDS)]
        self._sorted_rows = [np.zeros(0, dtype=np.uint32) for _ in range(BANDS)]
        self._pending_keys = np.zeros((PENDING_LIMIT, BANDS), dtype=np.uint64)
        self._pending_rows = np.zeros(PENDING_LIMIT, dtype=np.uint32)
        self._pending = 0

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, story_id: str, text_hash: str, values: np.ndarray | None) -> None:
        """Remember a coded story (its hash and signature) under its id."""
        self._hashes.setdefault(text_hash, story_id)
        if values is None or story_id in self._row_of:
            return
        row = self._count
        if row == len(self._values):  # grow by half again: amortised appends
            grown = max(1024, row + row // 2)
            self._values = np.resize(self._values, (grown, NUM_PERM))
            self._sizes = np.resize(self._sizes, grown)
        self._values[row] = values[:-1]
        self._sizes[row] = values[-1]
        self._count += 1
        self._ids.append(story_id)
        self._row_of[story_id] = row
        self._pending_keys[self._pending] = band_keys(values)
        self._pending_rows[self._pending] = row
        self._pending += 1
        if self._pending == PENDING_LIMIT:
            self._merge_pending()

    def _merge_pending(self) -> None:
        keys, rows = self._pending_keys[:self._pending], self._pending_rows[:self._pending]
        for band in range(BANDS):
            merged_keys = np.concatenate([self._sorted_keys[band], keys[:, band]])
            merged_rows = np.concatenate([self._sorted_rows[band], rows])
            order = np.argsort(merged_keys, kind="stable")
            self._sorted_keys[band], self._sorted_rows[band] = merged_keys[order], merged_rows[order]
        self._pending = 0

    def _candidates(self, keys: np.ndarray) -> set[int]:
        found: set[int] = set()
        for band in range(BANDS):
            table = self._sorted_keys[band]
            left, right = np.searchsorted(table, keys[band], "left"), np.searchsorted(table, keys[band], "right")
            found.update(int(row) for row in self._sorted_rows[band][left:right])
        if self._pending:
            hits = (self._pending_keys[:self._pending] == keys).any(axis=1)
            found.update(int(row) for row in self._pending_rows[:self._pending][hits])
        return found

    def copy_of(self, text_hash: str, values: np.ndarray | None) -> Copy | None:
        """The story this one copies, if any: an exact copy first, else the most similar."""
        if text_hash in self._hashes:
            return Copy(self._hashes[text_hash], "exact", 1.0)
        if values is None or not self._count:
            return None
        return best_copy(values, self.near_candidates(values))

    def near_candidates(self, values: np.ndarray) -> list[tuple[str, np.ndarray, int]]:
        """The stories sharing a band with these MinHash values: (id, values, shingle count)."""
        if not self._count:
            return []
        rows = self._candidates(band_keys(values))
        return [(self._ids[row], self._values[row], int(self._sizes[row])) for row in rows]

    def exact_copy(self, text_hash: str) -> str | None:
        """The id of the story held with this content hash, if any."""
        return self._hashes.get(text_hash)

    # -- the ids a run has seen (any outcome), with their texts' hashes --------------

    def knows(self, story_id: str) -> bool:
        """Whether a story of this id was seen before (stored, or earlier in the run)."""
        return story_id in self._seen

    def hash_of(self, story_id: str) -> str | None:
        """The content hash of the story seen under this id (None when not known)."""
        return self._seen.get(story_id)

    def remember(self, story_id: str, text_hash: str | None) -> None:
        """Note that a story of this id was seen, whatever became of it."""
        self._seen[story_id] = text_hash

    def seen_ids(self) -> list[str]:
        """The ids remembered, in the order seen."""
        return list(self._seen)

    def seen_count(self) -> int:
        """How many ids are remembered."""
        return len(self._seen)

    def look_ahead_ids(self, ids: list[str]) -> None:
        """Told the ids of the next stories before they are checked one by one: an index held
        whole in memory needs nothing ahead (a store's, `store/duplicates.py`, asks the store)."""

    def look_ahead_texts(self, texts: list[tuple[str, np.ndarray | None]]) -> None:
        """Told the (content hash, MinHash) of the next stories to check for copies (see above)."""
