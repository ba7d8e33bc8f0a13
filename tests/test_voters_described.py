"""Support told in a relative clause of a group of the public only says who they are
("voters who backed Hageman"): no event (roles.yaml `described_supporters`). An
officeholder's endorsement told the same way stays one."""

from __future__ import annotations


def test_voters_who_backed_a_candidate_are_no_event(every_event_coder):
    coded = every_event_coder.code_text(
        "In Casper, voters who backed Hageman said the result was about Cheney.", published="2022-08-17")
    assert not [e for e in coded.events if e.event_type == "SUPPORT"]


def test_an_officeholders_endorsement_in_a_relative_clause_stays(every_event_coder):
    coded = every_event_coder.code_text(
        "Rep. Alexandria Ocasio-Cortez, who endorsed Bernie Sanders in October, urged both camps to calm down.",
        published="2020-01-15")
    assert [e for e in coded.events if e.event_type == "SUPPORT" and e.trigger.text == "endorsed"]
