"""A general CAMEO code made specific by what the sentence says (events/data/refinements.yaml):
users who count humanitarian aid apart from military aid, or summit-side meetings apart from
visits, need the specific code."""

from __future__ import annotations

import pytest

from dyads.events.ontology import cameo
from dyads.events.refinements import refinement_rules


@pytest.mark.parametrize(("text", "code"), [
    ("The European Union released 3.5 million euros in emergency humanitarian aid for Mozambique.", "073"),
    ("The United States sent military assistance to Ukraine.", "072"),
    ("Japan provided economic aid to Sri Lanka.", "071"),
    ("The EU gave aid to the military of Mali.", "070"),  # the military receives it: no kind of aid
    # a weapon system is military aid; a payment system is nothing
    ("Germany sent two more air defense systems to Ukraine.", "072"),
    ("The United States delivered HIMARS rocket launchers to Ukraine.", "072"),
])
def test_aid_is_coded_by_its_kind(coder, text, code):
    record = coder.code_text(text, published="2020-01-01")
    assert [e.cameo for e in record.events if e.event_type == "AID"] == [code]


def test_a_meeting_on_the_sidelines_of_a_gathering_is_at_a_third_place(coder):
    # the assembly's place is not in the sentence: the sidelines alone say it was neither's home
    record = coder.code_text("Iranian President Ebrahim Raisi met French President Emmanuel Macron on Tuesday "
                             "on the sidelines of the assembly.", published="2022-09-21")
    assert [e.cameo for e in record.events if e.event_type == "CONSULT"] == ["044"]


def test_a_plain_meeting_keeps_the_general_code(coder):
    record = coder.code_text("Iranian President Ebrahim Raisi met French President Emmanuel Macron on Tuesday.",
                             published="2022-09-21")
    assert [e.cameo for e in record.events if e.event_type == "CONSULT"] == ["040"]


def test_every_refined_code_stays_in_its_type():
    rules = refinement_rules()
    aid = rules["aid_kinds"]
    for code in aid["words"].values():
        assert cameo(str(code)).plover_type == cameo(aid["general"]).plover_type
    third = rules["third_place"]
    assert cameo(third["code"]).plover_type == cameo(third["general"]).plover_type


def test_a_gathering_whose_place_is_given_is_a_visit_to_the_host(coder):
    record = coder.code_text("Indian Prime Minister Atal Bihari Vajpayee held talks with Pakistani President Pervez "
                             "Musharraf on the sidelines of a South Asian summit in Islamabad on Monday.",
                             published="2004-01-06")
    assert [e.cameo for e in record.events if e.event_type == "CONSULT"] == ["042"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Poland, Hungary and Slovakia imposed their own bans on Ukrainian grain last Friday.", "SANCTION"),
    ("Russia imposed a ban on imports of Georgian wine.", "SANCTION"),
    ("The Egyptian government imposed a ban on opposition rallies in Cairo.", "COERCE"),
])
def test_a_ban_on_another_countrys_goods_is_an_embargo(every_event_coder, text, event_type):
    record = every_event_coder.code_text(text, published="2023-09-18")
    assert [e.event_type for e in record.events if e.event_type in ("SANCTION", "COERCE")][:1] == [event_type]


def test_a_system_that_is_no_weapon_is_no_aid(coder):
    record = coder.code_text("The bank will provide its payment system to Kenyan lenders.", published="2020-01-01")
    assert not [e for e in record.events if e.event_type == "AID"]
