"""A request's CAMEO code says what it asks for (events/data/intent.yaml `appeal_for`,
`demand_for`): ICEWS- and GDELT-style users count appeals for aid apart from appeals to
release prisoners."""

from __future__ import annotations

import pytest

from dyads.evaluate.expectations import codes_of
from dyads.pipeline import Coder


@pytest.fixture(scope="module")
def coder_all(coder):
    return Coder(kb=coder.kb, nlp=coder.nlp, min_confidence=0.0)


@pytest.mark.parametrize(("text", "code"), [
    ("Britain called on Iran to release the seized tanker.", "0253"),
    ("Pakistan has formally asked the International Monetary Fund for a bailout.", "0231"),
    ("France urged Russia and Ukraine to hold talks.", "026"),
    ("The United States demanded that China release the detained journalists.", "1053"),
    ("Merkel urged Medvedev to halt Russia's military operations in Georgia.", "0256"),
    ("The envoy urged the government to show restraint.", "020"),  # nothing named: stays generic
])
def test_a_request_is_coded_by_what_it_asks_for(coder_all, text, code):
    record = coder_all.code_text(text, published="2020-01-01")
    requests = [e for e in record.events if e.event_type == "REQUEST"]
    assert [e.cameo for e in requests] == [code]


def test_halting_military_operations_is_de_escalation_and_a_companys_is_nothing(coder_all):
    record = coder_all.code_text("Russia halted its military operations in Georgia on Tuesday. "
                                 "Shell halted operations at its plant in Russia.", published="2008-08-12")
    assert [(e.event_type, e.cameo, e.sentence) for e in record.events] == [("RETREAT", "087", 0)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("China told the United States to stop interfering in Hong Kong.", "CHN", "USA"),
    ("Washington wants Beijing to release the detained Canadians.", "USA", "CHN"),
    ("Macron told Putin to end the war.", "FRA", "RUS"),
])
def test_telling_or_wanting_someone_to_act_is_a_request_to_them(coder_all, text, source, target):
    assert _request_sides(coder_all, text, "2023-03-01") == [({source}, {target})]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Lebanon's foreign minister demanded on Monday that Israel withdraw its troops from southern Lebanon.",
     "LBN", "ISR"),
    ("The Kremlin demanded that NATO pull its forces out of Poland.", "RUS", "IGO"),
])
def test_a_demand_that_another_act_asks_its_doer_not_the_place_it_names(coder_all, text, source, target):
    # the act asked for names a place too; the appeal is to whoever is asked to do it
    assert _request_sides(coder_all, text, "2024-07-30") == [({source}, {target})]


def test_an_appeal_the_parser_hangs_in_what_was_said_is_still_the_speakers(coder_all):
    # "called on" joined to "had loaded", inside what Reid said: the quote knows who spoke
    text = ("Senator Harry Reid countered that Republicans had loaded the bill with poison pills and called on "
            "Mitch McConnell to bring up a clean bill.")
    record = coder_all.code_text(text, published="2016-09-07")
    appeal = next(e for e in record.events if e.event_type == "REQUEST")
    assert [a.text for a in appeal.source] == ["Senator Harry Reid"], appeal


def test_an_appeal_misread_as_its_subjects_modifier_is_still_its_subjects(coder_all):
    # "called" read as a participle of "manager" (the sentence's root is "said"): a past tense
    text = ("Her campaign manager, Robby Mook, called on Donald Trump to release the foundation's records and said "
            "the order showed a pattern of cutting corners.")
    record = coder_all.code_text(text, published="2016-10-04")
    appeal = next(e for e in record.events if e.event_type == "REQUEST")
    assert appeal.source and codes_of(record, appeal.source) == {"USA"}, appeal


def _request_sides(coder, text: str, published: str) -> list[tuple[set[str], set[str]]]:
    """The source and target codes of each request coded from the text."""
    record = coder.code_text(text, published=published)
    return [(codes_of(record, e.source), codes_of(record, e.target)) for e in record.events
            if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Biden told reporters that the talks with China went well.",
    "The French president wants to visit China next year.",
])
def test_telling_or_wanting_without_anyone_asked_to_act_is_no_request(coder_all, text):
    record = coder_all.code_text(text, published="2023-03-01")
    assert not [e for e in record.events if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Bernie Sanders urged his supporters to back Hillary Clinton.",
    "Donald Trump called on his supporters to watch polling places in Philadelphia.",
    # an addressee of unknown country is still the one asked, never the country it should punish
    "Senator John McCain urged the panel to impose sanctions on Russia.",
])
def test_an_appeal_to_people_no_actor_names_asks_no_one_in_what_they_are_asked(coder_all, text):
    # the one asked is "his supporters": neither Clinton nor Philadelphia is asked anything
    record = coder_all.code_text(text, published="2016-09-30")
    requests = [e for e in record.events if e.event_type == "REQUEST"]
    assert requests and all(not codes_of(record, e.target) for e in requests), record.events


def test_an_appeal_to_the_administration_asks_washington_never_the_country_to_punish(coder_all):
    record = coder_all.code_text("Senator John McCain urged the administration to impose sanctions on Russia.",
                                 published="2016-09-30")
    requests = [e for e in record.events if e.event_type == "REQUEST"]
    assert requests and all(codes_of(record, e.target) == {"USA"} for e in requests), record.events


@pytest.mark.parametrize("text", [
    "Merkel called Putin on Monday to discuss the crisis in Ukraine.",
    "On Nov. 2, US Secretary of State Rex Tillerson called Russian Foreign Minister Sergey Lavrov to discuss "
    "a number of Syria-related topics.",
])
def test_a_call_on_a_day_is_no_appeal(every_event_coder, text):
    # the "on" of a day, after or before the verb, is not "called on X to"
    record = every_event_coder.code_text(text, published="2017-11-03")
    assert not [e for e in record.events if e.event_type == "REQUEST"]


def test_called_on_after_a_day_is_still_an_appeal(every_event_coder):
    record = every_event_coder.code_text("The EU on Wednesday called on Israel to halt settlement building.",
                                         published="2017-11-03")
    assert [e.event_type for e in record.events if e.trigger.text.startswith("called")] == ["REQUEST"]
