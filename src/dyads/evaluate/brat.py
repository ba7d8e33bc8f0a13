"""Reading brat standoff attribution files (PolNeAR): Source, Cue and Content spans."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: who (source), how (cue), what (content)."""

    content: GoldSpan
    source: GoldSpan | None
    cue: GoldSpan | None


def read_attributions(path: Path) -> list[GoldAttribution]:
    """The attributions of one `.ann` file that have a content span."""
    spans: dict[str, GoldSpan] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, *ranges = fields[1].replace(";", " ").split()
            numbers = [int(n) for n in ranges]
            spans[fields[0]] = GoldSpan(min(numbers), max(numbers), fields[2] if len(fields) > 2 else "")
        elif line.startswith("E") and len(fields) >= 2:
            roles = {}
            for part in fields[1].split():
                role, _, ref = part.partition(":")
                roles[role.rstrip("0123456789")] = ref
            events.append(roles)
    out = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        out.append(GoldAttribution(content, spans.get(roles.get("Source", "")), spans.get(roles.get("Cue", ""))))
    return out
