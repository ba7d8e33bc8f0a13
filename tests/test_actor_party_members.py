"""A party's member named by a singular noun stands for the party, as the plural does:
"One Republican threatened ...". Never a modifier ("Republican senators" are senators)
nor another party's member ("a Liberal Democrat" is British)."""

from __future__ import annotations

from dyads.evaluate.expectations import codes_of


def _codes(coder, text: str) -> dict[str, str | None]:
    record = coder.code_text(text, published="2016-09-20")
    return {mention.text: actor.code for actor in record.actors for mention in actor.mentions}


def test_a_singular_party_noun_is_the_party(coder):
    codes = _codes(coder, "One Republican threatened to make the official testify in a public setting.")
    assert codes.get("Republican") == "USA"
    codes = _codes(coder, "A Democrat on the committee said the decision was outrageous.")
    assert codes.get("Democrat") == "USA"


def test_the_party_word_as_a_modifier_names_no_party(coder):
    codes = _codes(coder, "Republican senators criticized the plan on Tuesday.")
    assert "Republican" not in codes


def test_another_partys_member_is_not_american(coder):
    codes = _codes(coder, "A Liberal Democrat criticized the Conservative government in London.")
    assert all(code != "USA" for code in codes.values())


def test_a_leader_set_beside_a_known_partys_name_is_of_its_country(coder):
    # before Canada's New Democratic Party was in the tables, this leader took the
    # country of the story (India, in a story about the two states' row)
    codes = _codes(coder, "Jagmeet Singh, the leader of the New Democratic Party, called the allegations an "
                          "outrageous affront.")
    assert codes.get("Jagmeet Singh") == "CAN"
    assert codes.get("New Democratic Party") == "CAN"


def test_a_party_adjective_on_what_a_party_does_names_the_party(coder):
    record = coder.code_text("Senate Majority Leader Mitch McConnell rejected Democratic demands for a special "
                             "prosecutor.", published="2017-05-10")
    rejections = [e for e in record.events if e.event_type == "REJECT"]
    assert rejections and codes_of(record, rejections[0].target) == {"USA"}


def test_a_party_adjective_on_a_contest_names_no_party(coder):
    record = coder.code_text("Ossoff won the Democratic primary in Georgia.", published="2017-05-10")
    assert not any(a.sector == "PTY" for a in record.actors)
