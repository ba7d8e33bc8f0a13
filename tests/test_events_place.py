"""Event places: a city's own name wins over another city's old name."""

from __future__ import annotations

import pytest

from dyads.places import place


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


def _the(record, event_type):
    found = [e for e in record.events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.trigger.text) for e in record.events]
    return found[0]


def test_the_place_of_a_gathering_is_where_a_meeting_on_its_sidelines_happens(coder):
    # no verb governs "in Osaka": it says where the summit was, so where the meeting was
    record = coder.code_text("Australian Prime Minister Scott Morrison met Indian Prime Minister Narendra Modi on "
                             "the margins of the G20 summit in Osaka on Friday.", published="2019-06-29")
    event = _the(record, "CONSULT")
    assert event.location["country"] == "JPN" and event.cameo == "044"


def test_the_country_beside_a_place_name_decides_which_place_it_is(coder):
    # "Bali" alone is also a town in Cameroon; "Bali, Indonesia" is not
    record = coder.code_text("Kenya's finance minister met the World Bank president on Friday at a conference "
                             "in Bali, Indonesia.", published="2018-10-13")
    event = _the(record, "CONSULT")
    assert event.location["country"] == "IDN"


@pytest.mark.parametrize(("text", "country"), [
    # Britain's, Canada's and the United States' Cambridge: no one knows which
    ("Police arrested 20 protesters in Cambridge on Friday.", None),
    # the sides say which
    ("British police arrested 20 protesters in Cambridge on Friday.", "GBR"),
    ("Police arrested 20 protesters in Istanbul on Friday.", "TUR"),
])
def test_a_city_whose_name_several_countries_share_places_an_event_only_by_its_sides(every_event_coder, text,
                                                                                     country):
    record = every_event_coder.code_text(text, published="2020-01-01")
    event = _the(record, "COERCE")
    assert (event.location or {}).get("country") == country


def test_a_place_the_tables_give_another_country_than_the_gazetteers_town(coder):
    # the gazetteer's only Bali is a town in Cameroon; places.csv gives the island to Indonesia
    record = coder.code_text("Pakistan's finance minister Asad Umar met IMF chief Christine Lagarde in Bali on "
                             "Thursday.", published="2018-10-11")
    event = _the(record, "CONSULT")
    assert event.location["country"] == "IDN"


def test_acts_across_a_country_are_placed_in_it_not_at_the_dateline(coder):
    record = coder.code_text("LVIV (Reuters) — Russian drones struck energy facilities across Ukraine overnight, "
                             "Ukrainian officials said.", published="2024-03-01")
    assert _the(record, "ASSAULT").location["name"] == "Ukraine"


def test_a_place_in_a_clause_that_tells_of_another_act_is_not_the_events(every_event_coder):
    # "in Jordan" is where the drone attack the strikes answer killed the soldiers
    record = every_event_coder.code_text(
        "The United States carried out strikes on Iranian-backed militias in Iraq and Syria on Friday in "
        "retaliation for a drone attack that killed three American soldiers in Jordan.", published="2024-02-03")
    strikes = next(e for e in record.events if e.trigger.text.startswith("carried out"))
    assert (strikes.location or {}).get("country") != "JOR"


def test_a_place_in_a_clause_that_dates_the_sentence_is_another_acts(coder):
    # "hours after Hezbollah fired rockets at northern Israel" had placed Israel's strikes
    # on Lebanon in Israel; the strikes' own verb says southern Lebanon
    record = coder.code_text("BEIRUT (Dyads Wire) - Israeli air strikes killed at least 20 people in southern "
                             "Lebanon on Tuesday, the Lebanese health ministry said, hours after Hezbollah fired "
                             "dozens of rockets at northern Israel.", published="2024-09-01")
    strikes = [e for e in record.events if e.trigger.text == "strikes"]
    assert strikes and strikes[0].location and strikes[0].location["country"] == "LBN", record.events
