"""Names of two places: "Georgia" in an American story is the state, not the Caucasus
country (recognize.yaml `state_namesakes`), and "Congo" is the Congo the story otherwise
names (`shared_country_names`)."""

from __future__ import annotations

from dyads.evaluate.expectations import codes_of


def _codes(coded, name: str) -> set[str | None]:
    return {a.code for a in coded.actors if name in a.name}


def test_a_congressman_of_georgia_is_american(every_event_coder):
    coded = every_event_coder.code_text(
        "Rep. John Lewis of Georgia urged the senators to reject the nomination, as did "
        "Rep. Cedric Richmond of Louisiana.", published="2017-01-11")
    assert _codes(coded, "Georgia") == {"USA"}
    urge = [e for e in coded.events if e.trigger.text == "urged"]
    assert urge and codes_of(coded, urge[0].source) == {"USA"}


def test_georgias_secretary_of_state_is_no_foreign_minister(every_event_coder):
    coded = every_event_coder.code_text(
        "Georgia's secretary of state rejected the claims of fraud Trump made in Michigan.",
        published="2020-11-20")
    secretary = [a for a in coded.actors if "ecretary of" in a.name]
    assert secretary and all(a.code == "USA" and a.sector == "GOV" for a in secretary)
    assert not any(a.code == "GEO" for a in coded.actors)


def test_the_country_beside_another_country_stays_the_country(every_event_coder):
    # an American election story that names states, and Georgia among countries
    coded = every_event_coder.code_text(
        "Putin has used his invasions of Georgia and Ukraine as a threat to NATO, Trump "
        "told voters in Ohio.", published="2016-09-10")
    assert _codes(coded, "Georgia") == {"GEO"}


def test_a_word_of_the_country_keeps_the_country(every_event_coder):
    coded = every_event_coder.code_text(
        "Thousands marched in Tbilisi against the law. Georgia's parliament passed it, "
        "Sen. Jeanne Shaheen of New Hampshire said.", published="2024-05-14")
    assert _codes(coded, "Georgia") == {"GEO"}
    assert {a.code for a in coded.actors if a.name == "parliament"} == {"GEO"}


def test_with_no_american_place_georgia_is_the_country(every_event_coder):
    coded = every_event_coder.code_text(
        "Georgia's prime minister rejected the European Union's criticism.", published="2024-05-14")
    assert _codes(coded, "Georgia") == {"GEO"}


def test_congo_is_the_congo_the_story_otherwise_names(every_event_coder):
    coded = every_event_coder.code_text(
        "Congo rejected the French and Belgian comments as interference, the government in Kinshasa said.",
        published="2022-09-17")
    assert _codes(coded, "Congo") == {"COD"}
    coded = every_event_coder.code_text("Congo and Rwanda traded accusations. Thousands marched in Brazzaville.",
                                        published="2022-09-17")
    assert _codes(coded, "Congo") == {"COG"}


def test_congo_with_no_sign_of_which_is_no_actor(every_event_coder):
    coded = every_event_coder.code_text("Congo rejected the French comments.", published="2022-09-17")
    assert not [a for a in coded.actors if "Congo" in a.name]
