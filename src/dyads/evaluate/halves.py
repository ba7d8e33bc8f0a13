"""The two halves of every dev set: one to tune rules and data on, one to report from.

A figure that rises on the tuned half while it falls on the other is over-fitting.
An item's half is fixed by a hash of a stable key of it (a record id, a file name,
a sentence), so it never changes between runs or machines. Stories told twice
(two outlets' pages of one story) share a key, and so a half; the real-news gold
files name their half themselves.
"""

from __future__ import annotations

import hashlib

HALVES = ("tune", "report")
# What `--verbose` says in place of a report half's items (`--show-report` lists them): a
# half that was read is no longer a clean measure.
REPORT_NOT_LISTED = "(the report half's items are not listed: it is quoted, never tuned on; --show-report lists them)"


def half_of(key: str) -> str:
    """"tune" or "report" for an item's stable key."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return HALVES[int(digest[:8], 16) % 2]


def split(items, key) -> dict[str, list]:
    """The items in each half ({"tune": [...], "report": [...]}), order kept."""
    halves: dict[str, list] = {half: [] for half in HALVES}
    for item in items:
        halves[half_of(key(item))].append(item)
    return halves
