"""The rows of `article_bands`, the duplicate index a store keeps on disk.

Each coded story has one row for the key of its content hash and, when its text is
long enough for a MinHash, one row per band of it (`sources/dedup.py`): a later copy
shares the first key (an exact copy) or one band key (a near copy) with it.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyarrow as pa

from dyads.sources.dedup import band_keys, exact_key


def story_keys(text_hash: str | None, values: np.ndarray | None) -> list[int]:
    """The duplicate-index keys of one story: its hash's, then its bands'."""
    keys = [exact_key(text_hash)] if text_hash else []
    if values is not None:
        keys += [int(k) for k in band_keys(values)]
    return keys


def band_rows(stories: Iterable[tuple[str, str | None, list[int] | None]]) -> pa.Table:
    """The `article_bands` rows of coded stories given as (id, content hash, signature)."""
    keys: list[np.ndarray] = []
    ids: list[str] = []
    for story_id, text_hash, signature in stories:
        values = None if signature is None else np.asarray(signature, dtype=np.uint64)
        found = story_keys(text_hash, values)
        keys.append(np.array(found, dtype=np.uint64))
        ids += [story_id] * len(found)
    key_column = np.concatenate(keys) if keys else np.zeros(0, dtype=np.uint64)
    return pa.table({"key": pa.array(key_column, pa.uint64()), "article_id": pa.array(ids, pa.string())})


__all__ = ["band_rows", "story_keys"]
