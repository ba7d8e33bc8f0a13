"""Companies, state enterprises and news outlets the tables name (issue 11): a story's
bank or oil company takes its home country and the BUS sector, its officers work for
it, and a company whose name is also a common word or place is not found in ordinary
use of that word, nor lends its country to a hall named after it."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named


def test_a_bank_named_in_a_story_takes_its_country_and_sector(coder):
    record = coder.code_text("US regulators fined Deutsche Bank $40 million on Tuesday over weak money-laundering "
                             "controls.", published="2023-07-20")
    bank = actor_named(record, "Deutsche Bank")
    assert (bank.code, bank.sector, bank.evidence) == ("DEU", "BUS", "kb-name")


def test_a_state_company_sanctioned_is_its_countrys_business(every_event_coder):
    record = every_event_coder.code_text("The European Union sanctioned Sovcomflot on Friday.",
                                         published="2024-02-23")
    shipper = actor_named(record, "Sovcomflot")
    assert (shipper.code, shipper.sector) == ("RUS", "BUS")
    assert any(shipper.actor_id in [s.actor for s in e.target] for e in record.events)


def test_a_companys_chief_executive_is_in_business_not_government(coder):
    record = coder.code_text("Barclays chief executive Thomas Whitcombe told lawmakers the bank had done nothing "
                             "wrong.", published="2022-03-01")
    boss = actor_named(record, "Thomas Whitcombe")
    assert (boss.code, boss.sector) == ("GBR", "BUS")


def test_the_rainforest_is_not_a_company(coder):
    # Amazon.com is in the tables, bare 'Amazon' is not (the river, the rainforest).
    record = coder.code_text("Brazil's government sent troops to the Amazon after a swift rise in fires.",
                             published="2024-09-01")
    assert not [a for a in record.actors if a.sector == "BUS"], [(a.name, a.code) for a in record.actors]
    record = coder.code_text("Luxembourg's data regulator fined Amazon.com on Friday.", published="2021-07-30")
    assert actor_named(record, "Amazon.com").code == "USA"


def test_a_hall_named_after_a_company_is_not_the_companys_country(coder):
    record = coder.code_text("The band plays Irving, TX @ Toyota Music Factory on October 9.", published="2019-11-18")
    assert all(a.code != "JPN" for a in record.actors), [(a.name, a.code) for a in record.actors]


def test_a_companys_spokesperson_speaks_for_business(coder):
    record = coder.code_text("A WeWork spokesperson declined to comment on the investigation by the New York "
                             "attorney general.", published="2019-11-18")
    spokesperson = actor_named(record, "spokesperson")
    assert (spokesperson.code, spokesperson.sector) == ("USA", "BUS")


def test_a_news_agency_reports_and_never_speaks(coder):
    record = coder.code_text("Spain's foreign minister condemned the attack, EFE reported.", published="2024-01-10")
    agency = actor_named(record, "EFE")
    assert (agency.code, agency.sector) == ("ESP", "MED")
    assert all(agency.actor_id not in [s.actor for s in e.source] for e in record.events)


@pytest.mark.parametrize(("text", "code", "sector"), [
    ("The American Civil Liberties Union sued the administration on Tuesday.", "USA", "HRI"),
    ("The Arms Control Association said the sanctions were not working.", "USA", "EDU"),
    ("Histadrut called a general strike on Monday.", "ISR", "LAB"),
])
def test_a_countrys_civil_society_body_is_of_that_country(coder, text, code, sector):
    record = coder.code_text(text, published="2017-02-01")
    body = next(a for a in record.actors if a.kind == "organization")
    assert (body.code, body.sector) == (code, sector), (body.name, body.code, body.sector)


@pytest.mark.parametrize(("text", "code"), [
    ("The Alternative for Germany won 20 percent of the vote.", "DEU"),
    ("Pakatan Harapan won the election in Malaysia.", "MYS"),
])
def test_a_party_of_another_country_is_of_that_country(coder, text, code):
    record = coder.code_text(text, published="2020-01-01")
    assert any(a.kind == "organization" and (a.code, a.sector) == (code, "PTY") for a in record.actors), \
        [(a.name, a.code, a.sector) for a in record.actors]


def test_a_drug_is_no_foreign_party_in_american_news(coder):
    record = coder.code_text("The senator said the man had been high on PCP when police stopped him.",
                             published="2016-09-21")
    assert not any(a.sector == "PTY" and a.code != "USA" for a in record.actors)


@pytest.mark.parametrize(("text", "code"), [
    ("The Karen National Union attacked an army base on Monday.", "MMR"),
    ("Seleka fighters attacked the town on Monday.", "CAF"),
])
def test_an_armed_group_is_of_the_country_it_fights_in(coder, text, code):
    record = coder.code_text(text, published="2020-01-01")
    assert any(a.code == code and a.sector in ("REB", "UAF", "INS", "SEP") for a in record.actors), \
        [(a.name, a.code, a.sector) for a in record.actors]
