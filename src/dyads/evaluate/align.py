"""Mapping offsets in a cleaned text back to the raw text it came from."""

from __future__ import annotations

from collections.abc import Callable


def clean_to_raw_offsets(clean: str, raw: str) -> Callable[[int], int]:
    """A function from an offset in `clean` to the same character's offset in `raw`.

    Cleaning keeps whole lines (stripped at the right, a leading dateline cut) and
    drops others, so each cleaned line is found in order among the raw lines.
    """
    raw_norm = raw.replace("\r", " ").replace("\u00a0", " ").replace("\t", " ")
    starts: list[tuple[int, int]] = []  # (clean line start, raw start of the same text)
    search_from = 0
    clean_pos = 0
    for line in clean.split("\n"):
        if line:
            found = raw_norm.find(line, search_from)
            if found < 0:
                found = search_from
            starts.append((clean_pos, found))
            search_from = found + len(line)
        clean_pos += len(line) + 1

    def to_raw(offset: int) -> int:
        base_clean, base_raw = 0, 0
        for clean_start, raw_start in starts:
            if clean_start > offset:
                break
            base_clean, base_raw = clean_start, raw_start
        return base_raw + (offset - base_clean)

    return to_raw
