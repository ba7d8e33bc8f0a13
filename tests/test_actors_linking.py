"""Actors: one actor per real-world actor, with codes resolved on the story's date."""

from __future__ import annotations

import pytest

from dyads.evaluate.expectations import codes_of
from tests.conftest import actor_named


def test_surname_joins_the_full_name(coder):
    record = coder.code_text("Hassan Rouhani arrived in Moscow. Rouhani then met officials.")
    assert [m.text for m in actor_named(record, "Hassan Rouhani").mentions] == ["Hassan Rouhani", "Rouhani"]


def test_a_title_on_a_date_names_the_officeholder_of_that_date(coder):
    record = coder.code_text("The Russian president arrived in Beijing on Tuesday.", published="2010-06-01")
    actor = actor_named(record, "The Russian president")
    assert (actor.name, actor.code, actor.sector) == ("Dmitry Medvedev", "RUS", "GOV")


def test_a_bare_title_with_no_date_stays_the_office(coder):
    record = coder.code_text("The Russian president arrived in Beijing on Tuesday.")
    actor = actor_named(record, "The Russian president")
    assert actor.name == "President of Russia" and actor.code == "RUS"


def test_agents_take_the_country_that_modifies_them(coder):
    record = coder.code_text("Russian troops shelled the town while Iranian officials met Turkish police.")
    assert (actor_named(record, "Russian troops").code, actor_named(record, "Russian troops").sector) == ("RUS", "MIL")
    assert actor_named(record, "Iranian officials").cameo == "IRNGOV"
    assert actor_named(record, "Turkish police").cameo == "TURCOP"


def test_a_capital_is_the_government_as_subject_and_a_place_after_in(coder):
    record = coder.code_text("Moscow rejected the proposal. The delegates later met in Astana.")
    assert actor_named(record, "Moscow").cameo == "RUSGOV"
    # Astana is where they met: a place in Kazakhstan, not Kazakhstan's government
    astana = [a for a in record.actors if any(m.text == "Astana" for m in a.mentions)]
    assert all((a.kind, a.code, a.sector) == ("place", "KAZ", None) for a in astana)


def test_short_forms_and_acronyms_resolve(coder):
    record = coder.code_text("The U.S. and the UK asked the IMF and NATO to act.")
    assert actor_named(record, "U.S.").code == "USA"
    assert actor_named(record, "UK").code == "GBR"
    assert actor_named(record, "IMF").code == "IGO"
    assert actor_named(record, "NATO").code == "IGO"


def test_lower_case_us_is_not_the_united_states(coder):
    record = coder.code_text("They told us the talks had failed.")
    assert all(a.code != "USA" for a in record.actors)


def test_pronoun_goes_to_the_last_subject(coder):
    record = coder.code_text("Joe Biden met Emmanuel Macron in Paris. He said the meeting went well.")
    assert any(m.text == "He" for m in actor_named(record, "Joe Biden").mentions)


def test_organisations_carry_their_cameo_code(coder):
    record = coder.code_text("NATO Secretary General Jens Stoltenberg met the IMF chief.", published="2019-05-01")
    assert actor_named(record, "Jens Stoltenberg").cameo == "IGONAT"
    lagarde = actor_named(record, "the IMF chief")  # a body's title names its head on the day
    assert lagarde.name == "Christine Lagarde" and lagarde.cameo.startswith("IGO")


def test_an_organisation_named_again_where_ner_missed_it_is_the_same_actor(coder):
    record = coder.code_text(
        "WeWork is reportedly being investigated by the New York State Attorney General.\n\n"
        "The attorney general is investigating WeWork over its lending, two people said.", published="2019-10-08")
    wework = [a for a in record.actors if a.name == "WeWork"]
    assert len(wework) == 1 and len(wework[0].mentions) == 2
    assert wework[0].mentions[0].start == 0  # the first sentence's, which names the target of the inquiry


def test_it_is_willing_names_the_country_before_it(coder):
    # "it is clear that" is nobody, but "it is willing to" is someone: Syria
    record = coder.code_text("Syria says it is willing to withdraw its troops from neighboring Lebanon.")
    assert [m.text for m in actor_named(record, "Syria").mentions] == ["Syria", "it"]
    assert not any(m.text == "It" for a in coder.code_text("It is clear that Syria will withdraw.").actors
                   for m in a.mentions)


def test_a_headline_surname_joins_the_full_name_the_story_gives_later(coder):
    record = coder.code_text("Flynn says Trump was right.\n\nRetired Lt. Gen. Michael Flynn said on Thursday "
                             "that Donald Trump was right.", published="2016-09-08")
    flynn = actor_named(record, "Michael Flynn")
    assert [m.text for m in flynn.mentions] == ["Flynn", "Michael Flynn"]
    assert flynn.code == "USA"


def test_a_surname_two_later_people_share_stays_apart(coder):
    record = coder.code_text("Miller wins.\n\nJane Miller beat Tom Miller in the vote on Sunday.", published="2016-09-08")
    assert len([a for a in record.actors if a.name.endswith("Miller")]) == 3


def test_a_surname_shared_by_officeholders_of_one_country_keeps_the_country(coder):
    # two American presidents named Bush: which one is unknown, the country is not
    record = coder.code_text("President Bush urged valued partners like Saudi Arabia to move toward freedom.")
    assert [a.code for a in record.actors if a.name == "Bush"] == ["USA"]
    # two Kims of two Koreas: neither
    record = coder.code_text("Kim met Moon in Panmunjom.", published="2015-01-01")
    assert all(a.code is None for a in record.actors if a.name in ("Kim", "Moon"))


@pytest.mark.parametrize(("text", "day", "name", "code"), [
    ("President Reagan met Prime Minister Margaret Thatcher in Washington.", "1985-03-01", "Margaret Thatcher", "GBR"),
    ("Soviet leader Mikhail Gorbachev met Egyptian President Hosni Mubarak.", "1990-03-01", "Mikhail Gorbachev", "RUS"),
    ("Indonesian President Suharto met Japanese Prime Minister Yasuhiro Nakasone.", "1985-03-01", "Suharto", "IDN"),
])
def test_leaders_of_the_1980s_have_their_country(coder, text, day, name, code):
    record = coder.code_text(text, published=day)
    assert [a.code for a in record.actors if a.name == name] == [code]


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Soviet troops shelled Afghan villages.", "Soviet troops", "RUS"),
    ("The Yugoslav army attacked Croatian positions.", "Yugoslav army", "SRB"),
])
def test_a_state_that_is_gone_stands_for_the_state_that_continues_it(coder, text, name, code):
    record = coder.code_text(text, published="1985-01-01")
    assert [a.code for a in record.actors if a.name == name] == [code]


def test_his_country_is_the_country_of_the_person_named_before(coder):
    record = coder.code_text("Prime Minister Vladimir Putin said his country will not lift the ban.",
                             published="2011-06-01")
    assert any(a.code == "RUS" and any(m.text == "his country" for m in a.mentions) for a in record.actors)


def test_lifting_a_ban_in_a_sentence_naming_the_eu_is_not_an_act_at_home(every_event_coder):
    record = every_event_coder.code_text(
        "Prime Minister Vladimir Putin said his country will not lift the ban until the EU provides details.",
        published="2011-06-01")
    assert not any(codes_of(record, e.target) == {"RUS"} for e in record.events)


def test_the_government_acted_on_is_the_other_country_of_its_sentence(coder):
    text = ("The United Nations has struggled for years. Mass atrocities continue in the Darfur region of Sudan "
            "as China and Russia support the government. The United States and Britain back the opposition "
            "in Syria, and France agrees.")
    record = coder.code_text(text, published="2016-09-20")
    government = [a for a in record.actors if a.name == "government"]
    assert [a.code for a in government] == ["SDN"] and government[0].evidence == "same-sentence"


@pytest.mark.parametrize(("text", "code"), [
    # no speaker calls its own government "the regime": the other country of its sentence
    ("US authorities said yesterday that removing the sanctions on Burma is currently out of the question as that "
     "would reward the regime for doing nothing.", "MMR"),
    # nor the speaker's country when the sentence names no other
    ("Washington said on Monday that it would not reward the regime.", None),
])
def test_the_regime_in_a_speakers_words_is_never_the_speakers_own(coder, text, code):
    record = coder.code_text(text, published="2003-01-01")
    assert [a.code for a in record.actors if a.name == "regime"] == [code]


def test_the_government_as_a_subject_takes_no_country_from_its_sentence(coder):
    text = ("Germany's foreign minister met his French counterpart in Paris on Monday, and Britain sent an envoy. "
            "The government will not recognize Russia's annexation, the minister said.")
    record = coder.code_text(text, published="2016-09-20")
    assert not any(a.code == "RUS" for a in record.actors if a.name == "government")


def test_them_in_many_of_them_is_the_group_just_named(coder):
    record = coder.code_text("Belarus's foreign ministry said Poland was treating the migrants, many of them Iraqi "
                             "Kurds, in an inhumane way.", published="2021-11-09")
    them = [a for a in record.actors if any(m.text == "them" for m in a.mentions)]
    assert [a.name for a in them] == ["migrants"]


@pytest.mark.parametrize(("text", "pronoun", "name"), [
    # "employees who say they ...": the group that says it, not the body named before
    ("The Labor Department said it was reviewing complaints from former employees who say they were fired for "
     "refusing to meet sales quotas.", "they", "employees"),
    # "X told ..., and he urged": the first clause's subject, not the subject named last
    ("Josh Earnest told reporters that Congress had failed since President Obama asked for money in February, "
     "and he urged lawmakers to act.", "he", "Josh Earnest"),
])
def test_a_pronoun_is_the_one_whose_words_or_clause_it_continues(coder, text, pronoun, name):
    record = coder.code_text(text, published="2016-09-20")
    linked = [a for a in record.actors if any(m.text == pronoun for m in a.mentions)]
    assert [a.name for a in linked] == [name]


@pytest.mark.parametrize(("text", "name"), [
    # Russia is the country named most, but the American bodies make the story two countries'
    ("The Department of Homeland Security and the FBI said on Friday that Russia was behind the hacking of the "
     "Democratic National Committee. Russia denied it. The DNC welcomed the statement, and the FBI said its "
     "inquiry would go on. Officials said sanctions on Russia were being weighed.", "Officials"),
    # a body asked to act on the story's country is not of it
    ("The Department of Homeland Security and the FBI on Friday accused Russia of hacking the Democratic "
     "National Committee. Russia denied it. Russian officials called the charge nonsense, and the Kremlin said "
     "Russia had nothing to do with it. Senator John McCain urged the administration to impose sanctions on "
     "Russia.", "administration"),
])
def test_american_bodies_in_a_story_naming_russia_most_are_not_russian(coder, text, name):
    record = coder.code_text(text, published="2016-10-08")
    assert actor_named(record, name).code != "RUS"


def test_the_council_is_the_body_named_before_with_that_word(coder):
    text = ("North Korea carried out its fifth nuclear test on Friday. The United Nations Security Council scheduled "
            "an emergency meeting. Japan and South Korea condemned the test. Ambassador Samantha Power called on the "
            "council to adopt the strongest possible measures.")
    record = coder.code_text(text, published="2016-09-09")
    assert actor_named(record, "council").name == "United Nations Security Council"


def test_the_department_is_the_department_named_before(coder):
    # "the department had stonewalled Congress" had blamed the lawmakers named after it
    text = ("House Republicans subpoenaed the Justice Department for documents on Wednesday. Chairman Bob Goodlatte "
            "said the department had stonewalled Congress for months and that lawmakers had no choice.")
    record = coder.code_text(text, published="2016-09-07")
    assert actor_named(record, "department").name == "United States Department of Justice"


def test_it_said_by_the_committee_is_the_committee(coder):
    text = ("Hackers broke into the Democratic National Committee last year. The FBI has been investigating the "
            "intrusion since the spring, and the committee has said it is cooperating with the bureau.")
    record = coder.code_text(text, published="2016-10-08")
    it = [a for a in record.actors if any(m.text == "it" for m in a.mentions)]
    assert it and it == [actor_named(record, "Democratic National Committee")], [
        (a.name, [m.text for m in a.mentions]) for a in record.actors]


def test_the_ministry_is_the_ministry_named_just_before_not_the_storys_country(coder):
    # a story on the Czech Republic: "the ministry" is the Russian one of the sentence before
    text = ("The Czech Republic expelled 18 Russian diplomats on Saturday. The Russian foreign ministry summoned the "
            "Czech ambassador on Sunday and told him that 20 Czech diplomats must leave Moscow. In a statement, the "
            "ministry called Prague's move an unfriendly step.")
    record = coder.code_text(text, published="2021-04-19")
    ministry = [a for a in record.actors if any(m.text == "ministry" for m in a.mentions)]
    assert [a.code for a in ministry] == ["RUS"], [(a.name, a.code, [m.text for m in a.mentions])
                                                   for a in record.actors]


def test_leaders_acting_on_the_story_countrys_capital_are_not_of_it(coder):
    # "Beijing" here stands for China's state, not for a place where the leaders met
    text = ("China rebuked the Group of Seven on Monday. China's foreign ministry said the summit had smeared China, "
            "and China lodged a protest with Japan. At the summit in Hiroshima, leaders agreed to reduce their "
            "economic reliance on Beijing.")
    record = coder.code_text(text, published="2023-05-22")
    assert actor_named(record, "leaders").code != "CHN"


def test_the_company_is_the_business_named_before(coder):
    record = coder.code_text("Google Inc said it might pull out of China after cyber attacks. The company said it "
                             "would hold talks with Beijing in the coming weeks.", published="2010-01-13")
    company = [a for a in record.actors if any(m.text == "company" for m in a.mentions)]
    assert [(a.name, a.code) for a in company] == [("Google", "USA")]


def test_a_country_in_a_hyphened_adjective_is_no_one_a_pronoun_means(coder):
    # "the Iran-aligned movement ... it fired missiles": the movement fired them, not Iran
    record = coder.code_text("The Iran-aligned movement said it fired missiles at the ship on Friday.",
                             published="2024-01-12")
    iran = next(a for a in record.actors if a.code == "IRN")
    assert [m.text for m in iran.mentions] == ["Iran"]
    assert not any(e.source and record.actor(e.source[0].actor) is iran for e in record.events)


def test_a_name_beside_a_word_for_one_person_is_a_person_whatever_the_name_finder_said(every_event_coder):
    # the small model labels "Dmitry Polyanskiy" an organisation; "He" is then no one, or
    # the last person named before him
    record = every_event_coder.code_text(
        "China's ambassador, Zhang Jun, urged restraint. Russia's deputy ambassador, Dmitry Polyanskiy, blamed joint "
        "military drills for pushing the North into a corner. He dismissed as fabrications reports that Moscow had "
        "helped Pyongyang.", published="2023-11-28")
    rejection = next(e for e in record.events if e.event_type == "REJECT")
    assert [record.actor(a.actor).name for a in rejection.source] == ["Dmitry Polyanskiy"]
    assert codes_of(record, rejection.source) == {"RUS"}


@pytest.mark.parametrize(("text", "code"), [
    # an office held now, in a story filed from the country it names most
    ("TBILISI, May 28 (Reuters) - Georgia's parliament overrode the president's veto on Tuesday. Parliament "
     "Speaker Shalva Papuashvili said he would sign the law within days. The United States criticised the vote.",
     "GEO"),
    # no dateline: the speaker's country is not guessed
    ("Georgia's parliament overrode the president's veto on Tuesday. Parliament Speaker Shalva Papuashvili said he "
     "would sign the law within days. The United States criticised the vote.", None),
    # an office left: the former speaker may be anyone's
    ("TBILISI, May 28 (Reuters) - Georgia's parliament overrode the president's veto on Tuesday. Former Speaker "
     "Shalva Papuashvili said he would sign the law within days. The United States criticised the vote.", None),
])
def test_an_official_with_no_country_said_holds_an_office_of_the_country_the_story_is_filed_from(coder, text, code):
    actor = actor_named(coder.code_text(text, published="2024-05-28"), "Shalva Papuashvili")
    assert actor.code == code


@pytest.mark.parametrize(("text", "kinsman"), [
    ("President Joe Biden pardoned Hunter Biden on Sunday.", "Hunter Biden"),
    ("Donald Trump praised Eric Trump on Sunday.", "Eric Trump"),
])
def test_a_kinsman_sharing_a_surname_is_not_the_officeholder(coder, text, kinsman):
    # a sentence dense with names is no title-case headline: its verb is in lower case
    record = coder.code_text(text, published="2024-12-01")
    actor = actor_named(record, kinsman)
    assert actor.name == kinsman and [m.text for m in actor.mentions] == [kinsman]


def test_the_bloc_is_the_international_body_named_before_not_the_last_organisation(coder):
    # "EU" is named only as an adjective of its ministers; a Chinese bureau is named after it
    record = coder.code_text(
        "EU foreign ministers approved travel bans on four Chinese officials and on the Xinjiang Production and "
        "Construction Corps Public Security Bureau. The bloc accused them of abuses.", published="2021-03-22")
    bloc = next(a for a in record.actors if any(m.text == "bloc" for m in a.mentions))
    assert bloc.code == "IGO"


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The security chiefs, Kamchybek Tashiev of Kyrgyzstan and Saimumin Yatimov of Tajikistan, signed a ceasefire.",
     "Saimumin Yatimov", "TJK"),
    # a state of a country is no country: the senator's country is not read from it
    ("Sen. Bob Smithers of Ohio condemned the bank.", "Bob Smithers", None),
])
def test_a_person_of_a_named_country_is_of_that_country(coder, text, name, code):
    record = coder.code_text(text, published="2022-09-17")
    assert actor_named(record, name).code == code


def test_riot_police_at_a_sentences_start_are_police_not_a_persons(coder):
    record = coder.code_text(
        "TBILISI, May 28, 2024 (Reuters) - Georgia's parliament overrode the president's veto on Tuesday. Thousands "
        "of protesters gathered outside the parliament building in Tbilisi. Riot police lined the building's "
        "entrances.\n\nThe Georgian government said the law would take effect in Georgia next month.",
        published="2024-05-28")
    assert not [a for a in record.actors if a.name == "Riot"]
    assert actor_named(record, "Riot police").code == "GEO"


def test_police_are_of_the_place_their_paragraph_opens_on(coder):
    record = coder.code_text(
        "STOCKHOLM, July 20, 2023 (Reuters) - Sweden condemned the storming of its embassy in Iraq. Swedish "
        "officials said Sweden would protect its diplomats. Sweden's foreign minister spoke to reporters in Stockholm."
        "\n\nIn Baghdad, protesters climbed the embassy walls overnight. Riot police later drove them out with water "
        "cannon.", published="2023-07-20")
    assert actor_named(record, "Riot police").code == "IRQ"


def test_two_peoples_campaigns_are_two_actors_and_the_administration_is_the_one_named(coder):
    record = coder.code_text("The Clinton campaign attacked the Trump campaign on Monday.", published="2016-09-20")
    assert {"Clinton campaign", "Trump campaign"} <= {a.name for a in record.actors}
    # a bare "the administration" after one owned administration is that one
    record = coder.code_text("The Obama administration criticised Russia on Monday. The administration said the "
                             "sanctions would stay.", published="2016-09-20")
    administration = actor_named(record, "Obama administration")
    assert [m.text for m in administration.mentions] == ["administration", "administration"]


@pytest.mark.parametrize(("text", "cities"), [
    # the entity tagger reads these cities as people: as the object of a verb of war,
    # the gazetteer's city is the side acted on
    ("Russian missiles struck Kharkiv.", {"Kharkiv": "UKR"}),
    ("Russian missiles struck Odesa and Kherson.", {"Odesa": "UKR", "Kherson": "UKR"}),
])
def test_a_city_acted_on_is_a_place_of_its_country(coder, text, cities):
    record = coder.code_text(text, published="2022-05-10")
    assert {a.name: a.code for a in record.actors if a.name in cities} == cities


def test_a_person_the_story_named_is_no_city_when_attacked(coder):
    record = coder.code_text("Senator Elizabeth Warren spoke on Monday. Trump attacked Warren on Twitter.",
                             published="2019-05-10")
    assert not [a for a in record.actors if a.kind == "place"]


def test_them_is_not_the_place_where_it_happened(coder):
    # "accusing them" had made Britain accuse the West Bank (Palestine) at 0.84
    record = coder.code_text("LONDON (Dyads Wire) - Britain on Thursday imposed sanctions on six Israeli settlers "
                             "and two settler outposts in the occupied West Bank, accusing them of violence against "
                             "Palestinians.", published="2024-02-01")
    accused = [e for e in record.events if e.event_type == "ACCUSE"]
    assert accused and all(record.actor(a.actor).code.startswith("ISR") for e in accused for a in e.target)


def test_it_is_not_a_court_named_only_as_where_a_case_goes(coder):
    # "challenge the law in court. The ACLU called it unconstitutional" had the ACLU
    # blaming the court, at 0.76
    record = coder.code_text("PHOENIX (Dyads Wire) - Arizona Governor Doug Ducey signed a bill on Monday that makes "
                             "it a state crime to enter Arizona illegally. Civil rights groups said they would "
                             "challenge the law in court. The American Civil Liberties Union called it "
                             "unconstitutional.", published="2024-03-04")
    court = next((a for a in record.actors if a.name == "court"), None)
    assert court is None or all(court.actor_id not in [a.actor for a in e.target] for e in record.events)
