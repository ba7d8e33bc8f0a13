"""A known name inside a longer name NER finds is not that actor: "Democratic Party"
in "the New Democratic Party" is no American party."""

from __future__ import annotations

import pytest

from dyads.evaluate.expectations import codes_of
from tests.conftest import actor_named


def test_a_party_inside_a_longer_party_name_is_not_that_party(coder):
    record = coder.code_text("Jagmeet Singh, the leader of the New Democratic Party, called the allegations "
                             "outrageous.", published="2023-09-20")
    assert "Democratic Party" not in {a.name for a in record.actors}
    assert actor_named(record, "New Democratic Party").code != "USA"
    assert actor_named(record, "Jagmeet Singh").code != "USA"


def test_a_council_inside_a_longer_council_name_is_not_the_un(coder):
    record = coder.code_text("The United States welcomed the decisions taken at the meeting of Somalia's "
                             "National Security Council in February.", published="2018-02-12")
    welcomed = next(e for e in record.events if e.trigger.text == "welcomed")
    assert codes_of(record, welcomed.target) == {"SOM"}


def test_an_agent_named_as_a_whole_keeps_its_sector(coder):
    # "Supreme Court" is an agent noun of two words, not an unknown body ending in "Court"
    record = coder.code_text("The Supreme Court today refused to lift the ban imposed on the Students Islamic "
                             "Movement of India (SIMI) since 2001.")
    assert actor_named(record, "Supreme Court").sector == "JUD"


def test_a_name_particle_does_not_make_a_longer_name(coder):
    record = coder.code_text("MOGADISHU - Two car bombs killed 100 people. President Hassan Sheikh Mohamud "
                             "blamed al Shabaab for the attack.", published="2022-10-30")
    assert "al-Shabaab" in {a.name for a in record.actors}


def test_the_west_that_begins_a_longer_name_is_no_region(coder):
    # "the West Wing" is the presidency's place (metonyms.csv), not the Western powers;
    # a headline's capitals say nothing, and "the West" alone is still the West
    record = coder.code_text("Mr. Trump told reporters in the West Wing that the ruling was a disgrace. "
                             "Russia accused the West of waging war.", published="2017-02-10")
    names = {m.text: a.code for a in record.actors for m in a.mentions}
    assert names.get("West Wing") == "USA" and names.get("the West") == "WST", names
    record = coder.code_text("The West Accuses Russia of Lying", published="2017-02-10")
    assert "WST" in {a.code for a in record.actors}


def test_the_west_of_a_west_african_bloc_is_no_region(coder):
    # "The West African bloc ECOWAS imposed sanctions" had the Western powers sanctioning
    # Niger: the parser hangs "West" and "African" both on "bloc"
    record = coder.code_text("NIAMEY, Aug 3 (Dyads Wire) - The West African bloc ECOWAS imposed sanctions on Niger "
                             "and threatened to use force if Bazoum was not reinstated by Sunday.",
                             published="2023-08-03")
    assert "WST" not in {a.code for a in record.actors}
    assert not any(record.actor(s.actor).code == "WST" for e in record.events for s in e.source)


@pytest.mark.parametrize(("text", "name"), [
    # names the tables give that end in a common noun were never found
    ("The U.N. nuclear watchdog said Iran had enriched uranium to 60 percent.", "International Atomic Energy Agency"),
    ("The UN refugee agency said two million people had fled.", "United Nations High Commissioner for Refugees"),
])
def test_a_bodys_name_ending_in_a_common_noun_is_found(coder, text, name):
    record = coder.code_text(text, published="2025-06-12")
    assert name in {a.name for a in record.actors}, [a.name for a in record.actors]
