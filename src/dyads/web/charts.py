"""Charts drawn on the server as SVG: a dyad's months, and who acts on whom.

Drawing on the server keeps the dashboard free of chart libraries and of
scripts: the pages work without JavaScript, and every label is escaped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

from markupsafe import Markup, escape

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _text(x: float, y: float, words: str, css: str = "", anchor: str = "start") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"'
            + (f' class="{css}"' if css else "") + f">{escape(words)}</text>")


def every_period(names: list[str], by: str) -> list[str]:
    """The periods from the first named to the last, none left out (a time axis has no gaps)."""
    if not names or by not in ("day", "week", "month", "year"):
        return names
    first, last = min(names), max(names)
    if by == "year":
        return [str(year) for year in range(int(first), int(last) + 1)]
    if by == "month":
        (y1, m1), (y2, m2) = (map(int, first.split("-")), map(int, last.split("-")))
        return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(y1 * 12 + m1 - 1, y2 * 12 + m2)]
    step = timedelta(days=7 if by == "week" else 1)
    day, end, found = date.fromisoformat(first), date.fromisoformat(last), []
    while day <= end:
        found.append(day.isoformat())
        day += step
    return found


def dyad_chart(series: list[dict], link: Callable[[str], str], by: str = "month",
               width: int = 900, height: int = 320) -> Markup:
    """Stacked bars of the four quad classes per period, with the Goldstein sum as a line.

    Each period's bars link to `link(period)`: the list of that period's events.
    """
    periods: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in series:
        for quad in (1, 2, 3, 4):
            periods[row["period"]][f"quad{quad}"] += row[f"quad{quad}"]
        periods[row["period"]]["goldstein"] += row["goldstein"] or 0
    if not periods:
        return Markup('<p class="empty">No dated events between these two sides.</p>')
    names = every_period(sorted(periods), by)
    if len(names) > 400:  # too many bars to read: keep the periods that have events
        names = sorted(periods)
    left, right, top, bottom = 48, 48, 16, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    most = max(sum(periods[p][f"quad{q}"] for q in (1, 2, 3, 4)) for p in names) or 1
    swing = max(abs(periods[p]["goldstein"]) for p in names) or 1
    step = plot_w / len(names)
    bar = max(2.0, min(40.0, step * 0.7))
    parts = [f'<svg class="chart dyad-chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Events per period by quad class, and the Goldstein sum">']
    parts.append(f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}"/>')
    for tick in _ticks(most):
        y = top + plot_h - tick / most * plot_h
        parts.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}"/>')
        parts.append(_text(left - 6, y + 4, f"{tick:g}", "tick", "end"))
    label_every = max(1, math.ceil(len(names) / 12))
    line_points = []
    for i, period in enumerate(names):
        x = left + i * step + (step - bar) / 2
        y = top + plot_h
        total = sum(periods[period][f"quad{q}"] for q in (1, 2, 3, 4))
        parts.append(f'<a href="{escape(link(period))}" class="period" data-period="{escape(period)}">'
                     f'<title>{escape(period)}: {total:g} events, Goldstein {periods[period]["goldstein"]:+.1f}</title>')
        for quad in (1, 2, 3, 4):
            count = periods[period][f"quad{quad}"]
            if not count:
                continue
            h = count / most * plot_h
            y -= h
            parts.append(f'<rect class="quad{quad}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}"/>')
        parts.append(f'<rect class="hit" x="{left + i * step:.1f}" y="{top}" width="{step:.1f}" height="{plot_h}"/>')
        parts.append("</a>")
        if i % label_every == 0:
            parts.append(_text(x + bar / 2, top + plot_h + 16, period, "tick", "middle"))
        middle = top + plot_h / 2
        line_points.append((x + bar / 2, middle - periods[period]["goldstein"] / swing * (plot_h / 2)))
    if len(line_points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in line_points)
        parts.append(f'<polyline class="goldstein" points="{path}"/>')
    for x, y in line_points:
        parts.append(f'<circle class="goldstein" cx="{x:.1f}" cy="{y:.1f}" r="3"/>')
    parts.append(_text(left + plot_w + 6, top + plot_h / 2 + 4, "0", "tick goldstein-axis"))
    parts.append(_text(left + plot_w + 6, top + 10, f"+{swing:g}", "tick goldstein-axis"))
    parts.append(_text(left + plot_w + 6, top + plot_h, f"-{swing:g}", "tick goldstein-axis"))
    parts.append("</svg>")
    return Markup("".join(parts))


def _ticks(most: float) -> list[float]:
    step = 10 ** math.floor(math.log10(most)) if most >= 1 else 1
    if most / step > 5:
        step *= 2
    return [step * i for i in range(1, int(most // step) + 1)]


def network_chart(nodes: list[str], edges: list[dict], link: Callable[[str, str], str],
                  size: int = 760) -> Markup:
    """Actors on a circle, edges from source to target: width by count, colour by mean Goldstein."""
    if not edges:
        return Markup('<p class="empty">No events with a coded source and target for these filters.</p>')
    centre, radius = size / 2, size / 2 - 80
    place = {}
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / len(nodes) - math.pi / 2
        place[node] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle))
    heaviest = max(edge["events"] for edge in edges)
    parts = [f'<svg class="chart network" viewBox="0 0 {size} {size}" role="img" '
             'aria-label="Who acts on whom"><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" '
             'markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"/></marker></defs>']
    for edge in edges:
        (x1, y1), (x2, y2) = place[edge["source"]], place[edge["target"]]
        # stop short of the target's dot so the arrow head shows
        length = math.hypot(x2 - x1, y2 - y1) or 1
        x2, y2 = x2 - (x2 - x1) * 7 / length, y2 - (y2 - y1) * 7 / length
        width = 1 + 5 * edge["events"] / heaviest
        tone = _tone(edge["mean_goldstein"])
        parts.append(
            f'<a href="{escape(link(edge["source"], edge["target"]))}" class="edge">'
            f'<title>{escape(edge["source"])} → {escape(edge["target"])}: {edge["events"]} events, '
            f'mean Goldstein {edge["mean_goldstein"]:+.2f}</title>'
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{tone}" '
            f'stroke-width="{width:.1f}" marker-end="url(#arrow)"/></a>')
    for node, (x, y) in place.items():
        anchor = "start" if x > centre + 1 else "end" if x < centre - 1 else "middle"
        dx = 8 if anchor == "start" else -8 if anchor == "end" else 0
        parts.append(f'<circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="5"/>')
        parts.append(_text(x + dx, y + 4, node, "node-label", anchor))
    parts.append("</svg>")
    return Markup("".join(parts))


def _tone(goldstein: float | None) -> str:
    """Red for conflict, grey for neutral, blue for cooperation (Goldstein -10..+10)."""
    value = max(-10.0, min(10.0, goldstein or 0.0)) / 10
    if value >= 0:
        return f"rgb({int(150 - 120 * value)},{int(150 - 40 * value)},{int(150 + 80 * value)})"
    return f"rgb({int(150 - 60 * value)},{int(150 + 110 * value)},{int(150 + 110 * value)})"
