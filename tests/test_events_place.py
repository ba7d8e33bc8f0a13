"""Event places: a city's own name wins over another city's old name."""

from __future__ import annotations

import pytest

from dyads.events.where import place


@pytest.mark.parametrize("name, country", [
    ("Islamabad", "PAK"),   # also an old name of Chattogram (Bangladesh)
    ("Berlin", "DEU"),
    ("Tehran", "IRN"),
    ("Kyiv", "UKR"),
    ("Bombay", "IND"),      # an alternate name still finds its city
])
def test_city_names_find_their_country(name, country):
    found = place(name)
    assert found is not None and found["country"] == country


def test_a_country_name_is_a_place_without_coordinates():
    found = place("Japan")
    assert found["country"] == "JPN" and found["lat"] is None
