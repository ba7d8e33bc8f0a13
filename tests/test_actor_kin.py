"""A person introduced as another's kin ("his wife, Heidi") takes that person's country."""

from __future__ import annotations

import pytest

from dyads.actors.resolve import EVIDENCE
from tests.conftest import actor_named


@pytest.mark.parametrize(("text", "kin"), [
    ("Ted Cruz spoke in Houston on Monday. His wife, Heidi, joined him at the rally.", "Heidi"),
    ("George W. Bush toured the museum with his wife, Laura, on Saturday.", "Laura"),
    ("Donald Trump's daughter Ivanka Trump spoke at the event.", "Ivanka Trump"),
])
def test_kin_of_a_known_person_share_the_persons_country(coder, text, kin):
    record = coder.code_text(text, published="2016-09-24")
    actor = actor_named(record, kin)
    assert actor.code == "USA" and actor.evidence in EVIDENCE


def test_kin_of_a_person_of_unknown_country_stay_unknown(coder):
    record = coder.code_text("Jane Roeham spoke on Monday. Her husband, Mark, joined her.", published="2016-09-24")
    assert actor_named(record, "Mark").code is None


def test_the_object_of_a_verb_is_not_its_subjects_apposition(coder):
    # "him" is Cruz, not Heidi, the subject of "joined" set beside "his wife"
    record = coder.code_text("Ted Cruz spoke in Houston on Monday. His wife, Heidi, joined him at the rally.",
                             published="2016-09-24")
    assert "him" in [m.text for m in actor_named(record, "Ted Cruz").mentions]
