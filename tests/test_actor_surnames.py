"""A person named again by the surname alone: hyphenated surnames and family names that come first."""

from __future__ import annotations

from tests.conftest import actor_named


def test_a_hyphenated_surname_is_the_person_named_before(coder):
    record = coder.code_text("Mayor Stephanie Rawlings-Blake spoke on Monday. Rawlings-Blake urged residents "
                             "to keep the peace.", published="2015-05-01")
    assert [m.text for m in actor_named(record, "Stephanie Rawlings-Blake").mentions] == [
        "Stephanie Rawlings-Blake", "Rawlings-Blake"]
    assert "Jerry Rawlings" not in {a.name for a in record.actors}


def test_a_family_name_that_comes_first_is_the_person_named_before(coder):
    record = coder.code_text("Vice Foreign Minister Sun Weidong met the Japanese ambassador. Sun warned that "
                             "Tokyo would bear the consequences.", published="2023-05-22")
    assert [m.text for m in actor_named(record, "Sun Weidong").mentions] == ["Sun Weidong", "Sun"]


def test_a_given_name_is_no_surname(coder):
    record = coder.code_text("Lee Anderson spoke on Monday. He said Anderson was right.", published="2023-11-16")
    assert "He" in [m.text for m in actor_named(record, "Lee Anderson").mentions]


def test_a_surname_after_its_particle_is_the_person_named_before(coder):
    record = coder.code_text("BAGHDAD - Prime Minister Mohammed Shia al-Sudani ordered the expulsion. Sudani said "
                             "the envoy must leave.", published="2023-07-20")
    actor = actor_named(record, "Mohammed Shia al-Sudani")
    assert actor.code == "IRQ" and "Sudani" in [m.text for m in actor.mentions]


def test_a_full_name_with_another_given_name_is_not_the_officeholder_of_that_surname(coder):
    # Rodrigo Duterte held the presidency; Vice President Sara Duterte is someone else
    record = coder.code_text("MANILA - Vice President Sara Duterte said she had arranged for an assassin to kill "
                             "President Ferdinand Marcos Jr.", published="2024-11-25")
    assert "Rodrigo Duterte" not in {a.name for a in record.actors}


def test_a_title_case_headline_names_its_people_not_its_verbs(coder):
    record = coder.code_text("Putin Snubs Obama at Summit\n\nThe two leaders did not meet in Hangzhou on Monday.",
                             published="2016-09-05")
    names = {a.name for a in record.actors}
    assert {"Vladimir Putin", "Barack Obama"} <= names
    assert not [n for n in names if "Snubs" in n]
    record = coder.code_text("Trump Drops Birther Claim, Blames Clinton for Starting It", published="2016-09-17")
    assert not [a.name for a in record.actors if "Blames" in a.name or "Drops" in a.name]


def test_a_headlines_compound_noun_is_no_surname(coder):
    # "Travel Ban", "Border Wall": a capitalised common word before a surname in a headline
    record = coder.code_text("Appeals Court Refuses to Reinstate Trump's Travel Ban, Dealing Another Blow to "
                             "the White House", published="2017-02-10")
    assert not [a for a in record.actors if a.code == "KOR"], [(a.name, a.code) for a in record.actors]
    # a first name before the surname still names the person
    record = coder.code_text("Theresa May Faces Revolt Over Brexit Deal", published="2018-11-15")
    assert "Theresa May" in {a.name for a in record.actors}


def test_a_country_name_that_is_an_introduced_persons_surname_is_that_person(coder):
    record = coder.code_text('Rep. Jim Jordan, an Ohio Republican, criticized the FBI. "He got an immunity '
                             'agreement," Jordan said.', published="2016-09-23")
    assert not [a for a in record.actors if a.code == "JOR"], [(a.name, a.code) for a in record.actors]


def test_a_country_name_used_as_a_country_stays_the_country(coder):
    record = coder.code_text("Rep. Jim Jordan visited Amman. Jordan's king met him, and Jordan closed its border "
                             "with Syria.", published="2016-09-23")
    assert "JOR" in {a.code for a in record.actors}


def test_a_bare_surname_two_serving_officials_share_is_the_prominent_one(coder):
    # Azerbaijan's prosecutor general is an Aliyev too; a story names him in full first
    record = coder.code_text("Aliyev said Azerbaijan would not negotiate with Armenia.", published="2023-06-01")
    assert actor_named(record, "Ilham Aliyev").code == "AZE"


def test_a_former_leaders_figure_row_keeps_the_surname_of_the_office(coder):
    # figures_world.csv, read before the regional files, holds Rouhani after his term:
    # his presidency still makes "Rouhani" a surname
    record = coder.code_text("Rouhani said Iran would not renegotiate the nuclear deal.", published="2019-06-01")
    assert actor_named(record, "Hassan Rouhani").code == "IRN"
