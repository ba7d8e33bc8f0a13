"""Quotation marks: the words inside each pair, straight or curly, across paragraphs."""

from __future__ import annotations

import re

OPENING = {"“": "”", "„": "“", "«": "»", "‘": "’"}
STRAIGHT = '"'
_MARKS = re.compile("[" + "".join(sorted({*OPENING, *OPENING.values(), STRAIGHT})) + "]")

def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks.

    Curly and guillemet quotes pair by shape, straight quotes alternately, each
    within a paragraph; a paragraph that leaves a quote open and a next paragraph
    that opens one again continue the same quotation (wire style for long quotes).
    """
    # Two single quotes or two backticks stand for a double quote in some
    # archives (''like this''); same length, so offsets hold.
    text = text.replace("''", '"\x00').replace("``", '"\x00')
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    pending_open: int | None = None  # a quote left open at the end of a paragraph
    offset = 0
    for paragraph in text.split("\n"):
        for mark in _MARKS.finditer(paragraph):  # only quotation marks open or close a quote
            i, ch = mark.start(), mark.group()
            if open_at is None:
                if ch in OPENING and not (ch == "‘" and _is_apostrophe(paragraph, i)):
                    open_at, closer = offset + i + 1, OPENING[ch]
                elif ch == STRAIGHT:
                    open_at, closer = offset + i + 1 + (paragraph[i + 1: i + 2] == "\x00"), STRAIGHT
                if open_at is not None and pending_open is not None and i <= 1:
                    open_at = pending_open  # the quotation goes on from the last paragraph
                pending_open = None if open_at is not None else pending_open
            elif _closes(ch, closer) and not (closer == "’" and _is_apostrophe(paragraph, i)):
                spans.append((open_at, offset + i))
                open_at = None
        if open_at is not None:
            # Still open at the end of the paragraph: keep it for a continuation.
            pending_open, open_at = open_at, None
            spans.append((pending_open, offset + len(paragraph)))
        else:
            pending_open = None
        offset += len(paragraph) + 1
    return _merge_continuations(spans, text)


def _closes(ch: str, closer: str) -> bool:
    # Hand-typed text mixes straight and curly double quotes.
    return ch == closer or {ch, closer} == {"”", STRAIGHT}


def _is_apostrophe(paragraph: str, i: int) -> bool:
    before = paragraph[i - 1] if i > 0 else " "
    after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
    return before.isalnum() and after.isalnum() or before.isalnum() and paragraph[i] == "’" and after in "s "


def _merge_continuations(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif merged and start == merged[-1][0]:
            merged[-1] = (start, max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    # A span opened at the end of one paragraph and re-opened at the start of the next.
    out: list[tuple[int, int]] = []
    for start, end in merged:
        if out and re.fullmatch(r"\s*\n\s*[“\"«]?", text[out[-1][1]:start]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return [(s, e) for s, e in out if text[s:e].strip("\x00 ")]


def overlap_len(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters two spans share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))
