"""The world map: countries shaded by their events, event places as dots (SVG, drawn on the server).

The country shapes are Natural Earth's 1:110m countries (public domain), as the
`geopandas` 0.14 wheel carries them; only the data files are read, with the
standard library, so geopandas' own dependencies are not needed:
`pip install --no-deps geopandas==0.14.4` (`make install` does it). Without
them the map page lists the countries instead of drawing them.
"""

from __future__ import annotations

import importlib.util
import math
import struct
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

GEOMETRY_PACKAGE = "geopandas==0.14.4"
WIDTH, HEIGHT = 1000, 500


def _shapefile_stem() -> Path | None:
    # find_spec locates the package without importing it (its imports need pandas)
    spec = importlib.util.find_spec("geopandas")
    if spec is None or not spec.submodule_search_locations:
        return None
    stem = Path(list(spec.submodule_search_locations)[0]) / "datasets" / "naturalearth_lowres" / "naturalearth_lowres"
    return stem if stem.with_suffix(".shp").exists() else None


def _polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Each shape of a polygon shapefile as its rings of (lon, lat)."""
    shapes, at = [], 100  # a 100-byte file header
    while at < len(data):
        _number, words = struct.unpack(">2i", data[at:at + 8])
        record = data[at + 8:at + 8 + words * 2]
        at += 8 + words * 2
        if struct.unpack("<i", record[:4])[0] != 5:  # a null shape (type 0)
            shapes.append([])
            continue
        parts, points = struct.unpack("<2i", record[36:44])
        starts = [*struct.unpack(f"<{parts}i", record[44:44 + 4 * parts]), points]
        numbers = struct.unpack(f"<{2 * points}d", record[44 + 4 * parts:44 + 4 * parts + 16 * points])
        pairs = list(zip(numbers[0::2], numbers[1::2]))
        shapes.append([pairs[starts[i]:starts[i + 1]] for i in range(parts)])
    return shapes


def _records(data: bytes) -> list[dict[str, str]]:
    """The attribute rows of a dBase file (names and codes as text)."""
    count, header, size = struct.unpack("<IHH", data[4:12])
    fields, at = [], 32
    while data[at] != 0x0D:
        fields.append((data[at:at + 11].split(b"\0")[0].decode("ascii"), data[at + 16]))
        at += 32
    rows = []
    for i in range(count):
        record, at, row = data[header + i * size:header + (i + 1) * size], 1, {}
        for name, length in fields:
            row[name] = record[at:at + length].decode("latin-1").strip()
            at += length
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def country_shapes() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 -> (country name, SVG path in the map's equirectangular frame); empty without the data."""
    stem = _shapefile_stem()
    if stem is None:
        return {}
    shapes = _polygons(stem.with_suffix(".shp").read_bytes())
    rows = _records(stem.with_suffix(".dbf").read_bytes())
    paths: dict[str, tuple[str, list[str]]] = {}
    for row, rings in zip(rows, shapes):
        code = row.get("iso_a3", "")
        code = "XKX" if row.get("name") == "Kosovo" else code  # Natural Earth leaves Kosovo without one
        name, pieces = paths.setdefault(code, (row.get("name", code), []))
        for ring in rings:
            pieces.append("M" + "L".join("{:.1f},{:.1f}".format(*project(lat, lon)) for lon, lat in ring) + "Z")
    return {code: (name, "".join(pieces)) for code, (name, pieces) in paths.items() if len(code) == 3}


def project(lat: float, lon: float) -> tuple[float, float]:
    """Map coordinates of a place (equirectangular: the shapes are plain WGS84 degrees)."""
    return (lon + 180.0) * WIDTH / 360.0, (90.0 - lat) * HEIGHT / 180.0


def world_map(counts: dict[str, int], places: list[dict]) -> Markup:
    """The map: each country shaded by its events (log scale), each place with coordinates a dot."""
    shapes = country_shapes()
    if not shapes:
        return Markup(f'<p class="empty">The map needs the country shapes: <code>pip install --no-deps '
                      f'{GEOMETRY_PACKAGE}</code> (make install does it). The counts are listed below.</p>')
    most = max(counts.values(), default=0)
    parts = [f'<svg class="chart world-map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             'aria-label="Events per country, and event places"><rect class="sea" width="100%" height="100%"/>']
    for code, (name, path) in sorted(shapes.items()):
        events = counts.get(code, 0)
        level = 0 if not events else 1 + min(4, int(4 * math.log1p(events) / math.log1p(most)))
        parts.append(f'<a href="/events?country={escape(code)}" class="country level{level}" '
                     f'data-country="{escape(code)}" data-events="{events}"><title>{escape(name)}: {events} '
                     f'events</title><path d="{path}" fill-rule="evenodd"/></a>')
    for place in places:
        x, y = project(place["lat"], place["lon"])
        parts.append(f'<circle class="place" cx="{x:.1f}" cy="{y:.1f}" r="{2 + min(6, math.sqrt(place["events"])):.1f}">'
                     f'<title>{escape(place["place"] or "")}: {place["events"]} events</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))
