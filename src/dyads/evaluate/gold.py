"""Readers for the shared gold sets (../shared/data): PLOVER GSR and ConfliBERT.

They turn each file into plain records with character offsets, so the scorers
(`actors.py`, `events.py`) never see the files' own quirks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

# PLOVER GSR is PLOVER 0.5; its README maps the old types to PLOVER 2.0.
OLD_PLOVER_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
# CAMEO country codes that differ from ISO 3166 alpha-3.
CAMEO_COUNTRY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# CAMEO sector codes that PLOVER names otherwise.
CAMEO_SECTORS = {"JRN": "MED", "CIV": "CVL"}


@dataclass(frozen=True)
class GoldActor:
    """An actor of a gold record: its words, where they are, and its codes."""

    text: str
    start: int | None  # in the record's text; None when the words are not found in it
    code: str | None
    sector: str | None


@dataclass
class GsrRecord:
    """One PLOVER gold-standard sentence."""

    id: str
    text: str
    event_type: str
    mode: str | None
    date: str | None
    source: list[GoldActor] = field(default_factory=list)
    target: list[GoldActor] = field(default_factory=list)


def read_plover_gsr(path: Path) -> list[GsrRecord]:
    """The event records of PLOVER_GSR_CAMEO.json (the documentation record left out)."""
    records = []
    for item in json.loads(path.read_text("utf-8")):
        if item.get("event") in (None, "DOCUMENT") or not item.get("text"):
            continue
        text = item["text"]
        old = item["event"]
        records.append(GsrRecord(
            id=item["id"], text=text, event_type=OLD_PLOVER_TYPES.get(old, old),
            mode="investigate" if old == "INVESTIGATE" else None, date=item.get("date"),
            source=_gold_actors(item.get("source"), text), target=_gold_actors(item.get("target"), text),
        ))
    return records


def _gold_actors(value, text: str) -> list[GoldActor]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []  # "" for no target
    actors = []
    for item in value:
        if not isinstance(item, dict) or not item.get("actorText"):
            continue
        words = item["actorText"]
        start = text.find(words)
        if start < 0:
            start = text.lower().find(words.lower())
        code = item.get("code") or None
        sector = (item.get("sector") or "")[:3].upper() or None
        actors.append(GoldActor(
            words, start if start >= 0 else None,
            CAMEO_COUNTRY_CODES.get(code, code), None if sector == "***" else CAMEO_SECTORS.get(sector, sector),
        ))
    return actors


@dataclass(frozen=True)
class GoldSpan:
    role: str  # S (source), T (target) or R (reciprocal party)
    start: int
    end: int
    text: str


@dataclass
class NerSentence:
    """A ConfliBERT sentence rebuilt from its tokens, with its argument spans."""

    text: str
    spans: list[GoldSpan]


NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "'s", "’s", "%", "'", "n't"}


def read_conflibert_ner(path: Path) -> list[NerSentence]:
    """Sentences of ner-train.txt (token TAB-or-space tag, blank line between sentences)."""
    sentences, tokens = [], []
    for line in path.read_text("utf-8").splitlines() + [""]:
        if not line.strip():
            if tokens:
                sentences.append(_rebuild(tokens))
                tokens = []
            continue
        word, _, tag = line.rpartition(" ")
        if not word:
            word, tag = tag, "O"
        tokens.append((word, tag))
    return sentences


def _rebuild(tokens: list[tuple[str, str]]) -> NerSentence:
    text, spans, current = "", [], None
    for word, tag in tokens:
        if text and word not in NO_SPACE_BEFORE and not text.endswith("("):
            text += " "
        start = len(text)
        text += word
        kind, _, role = tag.partition("-")
        if kind == "B" or (kind == "I" and (current is None or current[0] != role)):
            if current:
                spans.append(current)
            current = [role, start, len(text)]
        elif kind == "I":
            current[2] = len(text)
        else:
            if current:
                spans.append(current)
            current = None
    if current:
        spans.append(current)
    return NerSentence(text, [GoldSpan(r, s, e, text[s:e]) for r, s, e in spans])


def read_conflibert_classes(path: Path) -> list[tuple[str, int]]:
    """(sentence, quad class 0-4) pairs of class-train.tsv."""
    pairs = []
    for line in path.read_text("utf-8").splitlines():
        sentence, _, label = line.rpartition("\t")
        if sentence and label.strip().isdigit():
            pairs.append((sentence, int(label)))
    return pairs
