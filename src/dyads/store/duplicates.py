"""The duplicate check of a run that writes into a store, in memory that does not grow.

A run into a store must know every stored story: its id (a story coded before is
passed over) and its text (a copy of it is kept as a duplicate, not coded again).
Holding them all took about 2 KB a story, 2 GB for a million. Here the store answers
from disk instead: the run reads its stories a batch ahead, and asks the store once
per batch for the ids it holds and for the stories sharing a key of the duplicate
index (`article_bands`). The stories of this run that may not be written yet are held
in memory, in generations of `GENERATION` stories: at each batch, an older generation
is let go once the store holds all its stories, so a run holds about two generations
and a batch.

The answers are those of an index holding everything: an exact copy is of the oldest
story with the text, a near copy of the most similar (ties to the smaller id).
"""

from __future__ import annotations

import numpy as np

from dyads.sources.dedup import Copy, DuplicateIndex, band_keys, best_copy, exact_key
from dyads.store.bands import story_keys
from dyads.store.db import Store

# Stories of a run held in memory at once, in each of two generations: far more than
# are ever coded but not yet written (a few batches of each worker, and the sink's batch).
GENERATION = 20_000


class StoredDuplicates:
    """What a run into a store knows of the stories before: the store's, and its own."""

    def __init__(self, store: Store, generation: int = GENERATION) -> None:
        self.store = store
        self.generation = generation
        self._generations = [DuplicateIndex()]
        self._stored: dict[str, str | None] = {}  # of the ids looked ahead, those stored
        self._by_key: dict[int, list[tuple[str, str, np.ndarray | None]]] = {}

    # -- asking the store, a batch at a time -------------------------------------------

    def look_ahead_ids(self, ids: list[str]) -> None:
        """The ids of the next stories: which of them the store holds, in one question.

        The run's older generations whose stories the store now holds are let go first:
        from here on the store's answers include them.
        """
        while len(self._generations) > 1:
            held = self._generations[0].seen_ids()
            if len(self.store.stored_hashes(held)) < len(held):
                break  # some of its stories are still being coded: held a while longer
            self._generations.pop(0)
        self._stored = self.store.stored_hashes(list(dict.fromkeys(ids)))

    def look_ahead_texts(self, texts: list[tuple[str, np.ndarray | None]]) -> None:
        """The (content hash, MinHash) of the next stories to check for copies: the stored
        stories sharing a key with any of them, in one question."""
        keys = {key for text_hash, values in texts for key in story_keys(text_hash, values)}
        self._by_key = {}
        for key, story_id, text_hash, signature in self.store.stories_with_keys(sorted(keys)):
            values = None if signature is None else np.asarray(signature, dtype=np.uint64)
            self._by_key.setdefault(key, []).append((story_id, text_hash, values))

    # -- the ids seen ------------------------------------------------------------------

    def knows(self, story_id: str) -> bool:
        """Whether the store holds a story of this id, or the run saw one."""
        return story_id in self._stored or any(g.knows(story_id) for g in self._generations)

    def hash_of(self, story_id: str) -> str | None:
        """The content hash of the story of this id, stored or seen in the run."""
        if story_id in self._stored:
            return self._stored[story_id]
        return next((g.hash_of(story_id) for g in reversed(self._generations) if g.knows(story_id)), None)

    def remember(self, story_id: str, text_hash: str | None) -> None:
        """Note that the run saw this story, whatever became of it."""
        if self._generations[-1].seen_count() >= self.generation:
            self._generations.append(DuplicateIndex())
        self._generations[-1].remember(story_id, text_hash)

    # -- copies ------------------------------------------------------------------------

    def add(self, story_id: str, text_hash: str, values: np.ndarray | None) -> None:
        """Remember a story of the run that is to be coded (its hash and MinHash)."""
        self._generations[-1].add(story_id, text_hash, values)

    def copy_of(self, text_hash: str, values: np.ndarray | None) -> Copy | None:
        """The stored or earlier story this one copies, if any: an exact copy first."""
        stored = next((story_id for story_id, their_hash, _ in self._by_key.get(exact_key(text_hash), ())
                       if their_hash == text_hash), None)
        if stored is None:
            stored = next((found for g in self._generations if (found := g.exact_copy(text_hash))), None)
        if stored is not None:
            return Copy(stored, "exact", 1.0)
        if values is None:
            return None
        candidates: dict[str, tuple[str, np.ndarray, int]] = {}
        for key in band_keys(values):
            for story_id, _, theirs in self._by_key.get(int(key), ()):
                if theirs is not None:
                    candidates[story_id] = (story_id, theirs[:-1].astype(np.uint32), int(theirs[-1]))
        for g in self._generations:
            for candidate in g.near_candidates(values):
                candidates.setdefault(candidate[0], candidate)
        return best_copy(values, candidates.values())
