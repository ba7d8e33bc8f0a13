"""Story text as HTML with its actors, triggers and quotes marked, every piece escaped.

A mark is a stretch of the text (an actor's mention, an event's trigger or side)
shown as one `<mark>` carrying its offsets, so a reader (or a test) can check it
against the record. Quotes are shown as a shading under the marks. Marks never
overlap: where two would, the one listed first wins (triggers before actors).
Story text is untrusted; nothing of it reaches the page unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """A stretch of text to mark: offsets into the text, a kind (CSS class) and a tooltip."""

    start: int
    end: int
    kind: str
    title: str = ""
    data: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def without_overlaps(marks: list[Mark]) -> list[Mark]:
    """The marks in text order, dropping any that overlaps one listed before it."""
    kept: list[Mark] = []
    for mark in marks:
        if mark.start >= mark.end or any(mark.start < other.end and other.start < mark.end for other in kept):
            continue
        kept.append(mark)
    return sorted(kept, key=lambda mark: mark.start)


def marked_html(text: str, marks: list[Mark], shaded: list[tuple[int, int]] = (), offset: int = 0) -> Markup:
    """`text` as HTML: each mark a `<mark>`, each shaded stretch (quotes) a `<span class="quoted">`.

    `offset` is where `text` begins in the story, so marks keep story offsets.
    """
    marks = without_overlaps([m for m in marks if offset <= m.start and m.end <= offset + len(text)])
    cuts = {0, len(text)}
    for mark in marks:
        cuts |= {mark.start - offset, mark.end - offset}
    for start, end in shaded:
        cuts |= {min(max(start - offset, 0), len(text)), min(max(end - offset, 0), len(text))}
    edges = sorted(cuts)
    parts: list[str] = []
    open_mark: Mark | None = None
    for left, right in zip(edges, edges[1:]):
        mark = next((m for m in marks if m.start - offset <= left and right <= m.end - offset), None)
        if mark is not open_mark:
            if open_mark is not None:
                parts.append("</mark>")
            if mark is not None:
                parts.append(_open_tag(mark))
            open_mark = mark
        piece = escape(text[left:right])
        if any(start - offset <= left and right <= end - offset for start, end in shaded):
            parts.append(f'<span class="quoted">{piece}</span>')
        else:
            parts.append(str(piece))
    if open_mark is not None:
        parts.append("</mark>")
    return Markup("".join(parts))


def _open_tag(mark: Mark) -> str:
    attributes = {"class": mark.kind, "data-start": str(mark.start), "data-end": str(mark.end),
                  **{f"data-{name}": value for name, value in mark.data.items()}}
    if mark.title:
        attributes["title"] = mark.title
    return "<mark " + " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items()) + ">"


def story_marks(record: dict) -> tuple[list[Mark], list[tuple[int, int]]]:
    """The marks of a coded record (triggers, then actors' mentions) and its quotes' stretches."""
    marks: list[Mark] = []
    for event in record.get("events", []):
        trigger = event.get("trigger")
        if trigger:
            marks.append(Mark(trigger["start"], trigger["end"], "trigger",
                              f"{event['event_type']} ({event['realis']})", {"event": event["event_id"]}))
    for actor in record.get("actors", []):
        label = " · ".join(str(part) for part in (actor["name"], actor.get("cameo") or "country unknown") if part)
        for mention in actor.get("mentions", []):
            marks.append(Mark(mention["start"], mention["end"], f"actor kind-{actor['kind']}", label,
                              {"actor": actor["actor_id"]}))
    shaded = [(quote["start"], quote["end"]) for quote in record.get("quotes", []) if quote.get("start") is not None]
    return marks, shaded


def event_marks(event: dict) -> list[Mark]:
    """The marks of one event in its sentence: its trigger, its source and its target."""
    marks = [Mark(event["trigger_start"], event["trigger_end"], "trigger", event["event_type"])]
    for argument in event.get("arguments", []):
        marks.append(Mark(argument["start"], argument["end"], argument["role"],
                          f"{argument['role']}: {argument['text']}"))
    return marks
