"""Every country's leaders of today resolve, by name and by title.

Generated from the officeholder tables themselves, one case per country: a
name the recogniser cannot find, a title it does not read or a clash between two
entries shows up as the country that fails.
"""

from __future__ import annotations

from datetime import date

import pytest

from dyads.actors.kb_files import default_kb

TODAY = date(2026, 11, 28)


def _current_leaders() -> list[tuple[str, str, str]]:
    kb = default_kb()
    cases = []
    for key, entity in sorted(kb.entities.items()):
        if not key.startswith("country:"):
            continue
        iso3 = entity.code
        for office in ("head_of_government", "head_of_state"):
            term = kb.holder(iso3, kb.offices.get((iso3, office), [None])[0].title, TODAY) \
                if kb.offices.get((iso3, office)) else None
            if term is not None and term.office == office:
                cases.append((iso3, entity.name, term.person))
                break
    return cases


CASES = _current_leaders()


def test_nearly_every_country_has_a_leader_today():
    assert len(CASES) >= 190


@pytest.mark.parametrize(("iso3", "country", "person"), CASES, ids=[c[0] for c in CASES])
def test_todays_leader_resolves_by_name_with_the_country_code(coder, iso3, country, person):
    record = coder.code_text(f"{person} spoke to reporters on Tuesday.", published=TODAY.isoformat())
    found = [a for a in record.actors if a.kind == "person"]
    assert found and found[0].name == person and found[0].code == iso3, [(a.name, a.code) for a in found]
    assert found[0].office, "in office on the day, so the office is known"


@pytest.mark.parametrize(("iso3", "country", "person"), CASES, ids=[c[0] for c in CASES])
def test_todays_leader_resolves_by_title_and_country(coder, iso3, country, person):
    term = next(t for t in default_kb().terms_of(person) if t.body == iso3 and t.holds_on(TODAY))
    text = f"The {term.title} of {country} spoke to reporters on Tuesday."
    record = coder.code_text(text, published=TODAY.isoformat())
    assert person in {a.name for a in record.actors}, (text, [a.name for a in record.actors])
