"""Offices beyond heads of state and government and foreign and defence ministers
(cabinets, central banks, chiefs of defence, UN ambassadors, heads of UN agencies and
NGOs, armed groups, spokespeople), looked up by phrase and date.

The expectations (tests/data/office_lookups_more/offices.csv) were written by a
helper who never read the officeholder tables: they check the tables against facts
known independently. The share right is a figure of the knowledge base; misses are
phrasings the recogniser does not read yet ("the head of Ukraine's presidential office")
or offices the tables leave out as uncertain.
"""

from __future__ import annotations

import csv
from pathlib import Path

from dyads.actors.knowledge import loose_key

LOOKUPS = Path(__file__).parent / "data" / "office_lookups_more" / "offices.csv"


def test_most_offices_beyond_the_leaders_resolve_to_the_holder_of_the_day(coder):
    rows = list(csv.DictReader(line for line in LOOKUPS.read_text("utf-8").splitlines() if not line.startswith("#")))
    assert len(rows) >= 150
    right = 0
    for row in rows:
        record = coder.code_text(f"{row['mention']} spoke on Tuesday.", published=row["date"])
        right += loose_key(row["expected"]) in {loose_key(a.name) for a in record.actors if a.kind == "person"}
    assert right / len(rows) >= 0.88, f"{right}/{len(rows)} right"
