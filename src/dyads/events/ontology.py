"""The PLOVER 2.0 ontology and the CAMEO event codes (data in `data/`).

Every CAMEO code carries its quad class, Goldstein weight and PLOVER type, mode
and context (`data/cameo.csv`); `data/plover.yaml` holds the 16 types with their
modes, the contexts and the actor sectors.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dyads.yaml_data import load_yaml

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with its PLOVER reading."""

    code: str
    name: str
    quad: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code of the table, by code ("0231")."""
    text = resources.files("dyads.events").joinpath("data/cameo.csv").read_text("utf-8")
    table = {}
    for row in csv.DictReader(io.StringIO(text)):
        table[row["code"]] = CameoCode(
            row["code"], row["name"], int(row["quad"]), float(row["goldstein"]),
            row["plover_type"] or None, row["plover_mode"] or None, row["plover_context"] or None,
        )
    return table


def cameo(code: str) -> CameoCode:
    """The entry of a CAMEO code; KeyError names codes the table lacks."""
    try:
        return cameo_codes()[code]
    except KeyError:
        raise KeyError(f"CAMEO code {code!r} is not in events/data/cameo.csv") from None


@lru_cache(maxsize=1)
def plover() -> dict:
    """The PLOVER ontology: `types` (definition, modes), `contexts`, `sectors`."""
    return load_yaml(resources.files("dyads.events").joinpath("data/plover.yaml").read_text("utf-8"))


def modes_of(event_type: str) -> set[str]:
    """The PLOVER modes of an event type."""
    return set(plover()["types"][event_type].get("modes") or {})
