"""Agent nouns take their country from anywhere in their noun phrase."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named


@pytest.mark.parametrize(("text", "mention", "code", "sector"), [
    ("Russian civilian advisers were kidnapped on Monday.", "advisers", "RUS", "GOV"),
    ("Afghan rebel leaders said on Wednesday they would meet the envoy.", "leaders", "AFG", None),
    ("Israel's Cabinet met on Sunday.", "Cabinet", "ISR", "GOV"),
    ("A roadside bomb killed one U.S. soldier on Sunday.", "soldier", "USA", "MIL"),
    ("India blamed Pakistan-based militants for the attack.", "militants", "PAK", None),
])
def test_the_country_of_an_agent(coder, text, mention, code, sector):
    record = coder.code_text(text, published="2005-01-01")
    actor = next(a for a in record.actors if a.kind == "agent" and any(mention in m.text for m in a.mentions))
    assert actor.code == code
    if sector:
        assert actor.sector == sector


def test_a_former_president_is_found_by_title_and_surname(coder):
    record = coder.code_text("Former President Obama spoke in Chicago on Monday.", published="2019-05-01")
    obama = actor_named(record, "Barack Obama")
    assert obama.code == "USA" and obama.sector == "ELI" and obama.office is None


def test_an_intergovernmental_body_has_no_sector(coder):
    record = coder.code_text("The United Nations cut food supplies on Tuesday.", published="2005-01-01")
    un = actor_named(record, "United Nations")
    assert (un.code, un.sector) == ("IGO", None) and un.cameo.startswith("IGO")
