"""Turning a Wikidata export of people into an officeholder file.

Input: the JSON Wikidata gives out, either `{"entities": {"Q…": {…}}}` (as from
Special:EntityData) or a JSON array or JSON Lines of entity objects (as in the
dumps). Each person's "position held" (P39) statements become rows of the
officeholder format (`kb/README.md`), with start (P580) and end (P582) dates.

A position is placed by, in order: the user's positions table (a CSV of
`position,body,office,title[,sector]`), or the position's own entity in the same
export when its English label reads "<title> of <country>" ("President of Iran").
Positions placed neither way are reported, not guessed.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dyads.actors.knowledge import KnowledgeBase, title_key

COLUMNS = ["body", "office", "title", "name", "aliases", "start", "end", "sector", "wikidata", "note"]


@dataclass(frozen=True)
class Position:
    """Where a Wikidata position sits in the officeholder format."""

    body: str
    office: str
    title: str
    sector: str = "GOV"


@dataclass
class Import:
    """The rows an export gives and what could not be imported, with why."""

    rows: list[dict[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def csv_text(self) -> str:
        """The rows as an officeholder CSV file."""
        out = io.StringIO()
        writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows)
        return out.getvalue()


def read_entities(path: Path) -> list[dict]:
    """The entity objects of a Wikidata JSON export, in any of its three shapes."""
    text = path.read_text("utf-8").strip()
    if not text:
        raise ValueError("the file is empty")
    if text.startswith("{") and "\n{" in text and not text.startswith('{"entities"'):
        return [json.loads(line.rstrip(",")) for line in text.splitlines() if line.strip().startswith("{")]
    data = json.loads(text)
    if isinstance(data, dict) and "entities" in data:
        return list(data["entities"].values())
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and "id" in data:
        return [data]
    raise ValueError("not a Wikidata entity export (no 'entities', list or entity object)")


def read_positions(path: Path) -> dict[str, Position]:
    """A user's table of positions: `position,body,office,title[,sector]`."""
    table = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            table[row["position"].strip()] = Position(
                row["body"].strip(), row["office"].strip(), row["title"].strip(),
                (row.get("sector") or "GOV").strip(),
            )
    return table


def import_people(
    entities: Iterable[dict], kb: KnowledgeBase, positions: dict[str, Position] | None = None
) -> Import:
    """Officeholder rows for every dated "position held" statement of the people given."""
    entities = list(entities)
    placed = dict(positions or {})
    for entity in entities:
        position = _position_from_label(entity, kb)
        if position is not None and entity["id"] not in placed:
            placed[entity["id"]] = position
    result = Import()
    for entity in entities:
        for statement in entity.get("claims", {}).get("P39", []):
            _import_statement(entity, statement, placed, result)
    result.rows.sort(key=lambda r: (r["body"], r["office"], r["start"]))
    return result


def _import_statement(entity: dict, statement: dict, placed: dict[str, Position], result: Import) -> None:
    name = _label(entity)
    if statement.get("rank") == "deprecated":
        return
    position_id = _item_id(statement.get("mainsnak", {}))
    if position_id is None:
        result.skipped.append(f"{entity.get('id')} {name}: a P39 statement with no position")
        return
    position = placed.get(position_id)
    if position is None:
        result.skipped.append(f"{entity.get('id')} {name}: position {position_id} is not placed "
                              "(give it in --positions, or include its entity in the export)")
        return
    qualifiers = statement.get("qualifiers", {})
    start, end = _day(qualifiers.get("P580")), _day(qualifiers.get("P582"))
    if start is None:
        result.skipped.append(f"{entity.get('id')} {name}: {position.title} of {position.body} has no start date")
        return
    result.rows.append({
        "body": position.body, "office": position.office, "title": position.title,
        "name": name, "aliases": "|".join(_aliases(entity)), "start": start, "end": end or "",
        "sector": position.sector, "wikidata": entity.get("id", ""), "note": f"Wikidata {position_id}",
    })


def _position_from_label(entity: dict, kb: KnowledgeBase) -> Position | None:
    """"President of Iran" -> IRN head_of_state President, using the base's country names."""
    label = _label(entity)
    title, of, place = label.partition(" of ")
    if not of:
        return None
    place = place.removeprefix("the ")
    countries = [e.code for e in kb.by_name(place) if e.kind == "country" and e.code]
    bodies = countries + [e.key[4:] for e in kb.by_name(place) if e.key.startswith("org:")]
    if not bodies:
        return None
    body, key = bodies[0], title_key(title)
    known = kb.titles.get((body, key))
    if known:
        office = known[0].office  # the base already files this title under an office
    else:
        kinds = kb.title_offices.get(key, [])
        kinds = [k for k in kinds if k != "head"] if countries else [k for k in kinds if k == "head"]
        if not kinds:
            return None
        office = kinds[0]
    return Position(body, office, title[:1].upper() + title[1:])


def _label(entity: dict) -> str:
    labels = entity.get("labels", {})
    return (labels.get("en") or next(iter(labels.values()), {"value": entity.get("id", "?")}))["value"]


def _aliases(entity: dict) -> Iterator[str]:
    seen = {_label(entity)}
    for alias in entity.get("aliases", {}).get("en", []):
        if alias["value"] not in seen:
            seen.add(alias["value"])
            yield alias["value"]


def _item_id(snak: dict) -> str | None:
    value = snak.get("datavalue", {}).get("value")
    return value.get("id") if isinstance(value, dict) else None


def _day(snaks: list[dict] | None) -> str | None:
    """A Wikidata time ("+2013-08-03T00:00:00Z", precision 9-11) as YYYY-MM-DD."""
    for snak in snaks or []:
        value = snak.get("datavalue", {}).get("value", {})
        time = value.get("time") if isinstance(value, dict) else None
        if not time:
            continue
        year, month, day = time.lstrip("+").split("T")[0].split("-")
        precision = value.get("precision", 11)
        month = month if precision >= 10 and month != "00" else "01"
        day = day if precision >= 11 and day != "00" else "01"
        return f"{int(year):04d}-{month}-{day}"
    return None
