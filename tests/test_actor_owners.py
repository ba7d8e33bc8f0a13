"""Actors whose country comes from what owns them or from the story as a whole: "its
foreign ministry", a national body whose name ends in a UN body's, and a story that is
one country's although it names a neighbour once."""

from __future__ import annotations

import pytest

from tests.conftest import actor_named


def test_its_body_takes_the_country_named_before(coder):
    record = coder.code_text("Mexico, too, has weighed in. Last summer its foreign ministry sent a formal "
                             "diplomatic note protesting floating barriers that Texas placed in the river.")
    assert actor_named(record, "foreign ministry").code == "MEX"


def test_its_citizens_are_of_the_country_named_before(coder):
    # "France evacuated its citizens" in a story from Niger had made them Nigerien
    record = coder.code_text("NIAMEY, Aug 3 (Dyads Wire) - Thousands of junta supporters rallied in Niamey. "
                             "France evacuated its citizens on military flights.", published="2023-08-03")
    assert actor_named(record, "citizens").code.startswith("FRA")


def test_its_body_after_an_organisation_takes_no_country(coder):
    # the body's own (IGO), as "EU foreign ministers" are: never one member's country
    record = coder.code_text("The European Union said it would respond. Its foreign ministers met on Monday.")
    assert actor_named(record, "foreign ministers").code == "IGO"


def test_a_national_security_council_is_no_un_body(coder):
    record = coder.code_text("A National Security Council spokeswoman said the talks would go on.")
    assert actor_named(record, "spokeswoman").code != "IGO"
    record = coder.code_text("A Security Council spokeswoman said the talks would go on.")
    assert actor_named(record, "spokeswoman").code == "IGO"


STANDOFF = (
    "Twenty-five Republican governors on Thursday backed Texas Gov. Greg Abbott in his standoff with the Biden "
    "administration over razor wire along the border. Florida Gov. Ron DeSantis and Virginia Gov. Glenn Youngkin signed "
    "the statement. The White House was not impressed. Deputy press secretary Andrew Bates accused Abbott of "
    "\"political stunts.\" House Speaker Mike Johnson sided with Abbott, and President Joe Biden said the "
    "Supreme Court had ruled. Mexico has also weighed in.")


def test_a_story_of_one_country_that_names_a_neighbour_once_is_still_that_countrys(coder):
    record = coder.code_text(STANDOFF, published="2024-01-26")
    assert actor_named(record, "Andrew Bates").code == "USA"


def test_a_story_where_another_country_plays_a_part_leaves_its_officials_unknown(coder):
    story = STANDOFF.replace("Mexico has also weighed in.",
                             "Mexico protested. Mexico said Mexico would not accept it. Mexico sent a note.")
    record = coder.code_text(story, published="2024-01-26")
    assert actor_named(record, "Andrew Bates").code is None


def test_latin_american_diplomats_are_no_americans(coder):
    record = coder.code_text("Venezuela expels Latin American diplomats.")
    assert all(actor.code != "USA" for actor in record.actors)
    assert actor_named(record, "diplomats").code is None  # nor Venezuela's own
    record = coder.code_text("American diplomats left Caracas.")
    assert actor_named(record, "American diplomats").code == "USA"


def test_a_party_name_many_countries_share_is_the_story_countrys(coder):
    record = coder.code_text(
        "SEOUL - South Korea's President Yoon Suk Yeol lifted martial law. The main opposition Democratic Party, "
        "which holds a majority in the assembly, said the vote was only the beginning. South Korean lawmakers "
        "voted. Seoul police blocked the gates.", published="2024-12-04")
    assert actor_named(record, "Democratic Party").code == "KOR"
    record = coder.code_text("Democrats in the Senate blocked the bill, and President Trump attacked them.",
                             published="2019-03-01")
    assert actor_named(record, "Democrats").code == "USA"
    # a place of the party's own country in its phrase keeps it theirs, whatever the story
    record = coder.code_text(
        "MOSCOW - Russian President Vladimir Putin said Russia would not expel American diplomats. The Kremlin "
        "said Moscow would respond later, and Russian officials mocked Washington. Many Republicans on Capitol "
        "Hill welcomed the sanctions.", published="2016-12-30")
    assert actor_named(record, "Republicans").code == "USA"


def test_an_object_pronoun_is_never_its_verbs_own_subject(coder):
    record = coder.code_text("The military seized power in Libreville. Government spokesman Olivier Veran said "
                             "Paris condemned it.")
    paris = actor_named(record, "Paris")
    assert "it" not in [m.text for m in paris.mentions]


def test_an_official_at_a_ministry_serves_its_country(coder):
    record = coder.code_text("Lawmakers in Washington voted. An official at Saudi Arabia's Foreign Ministry said the "
                             "law was \"a source of great concern\" to the kingdom.", published="2016-09-29")
    assert actor_named(record, "official").code == "SAU"


def test_the_speaker_of_a_quote_is_no_one_the_quote_names(coder):
    record = coder.code_text("Donald Trump spoke in Manchester on Friday. \"Hillary Clinton's corruption is on a "
                             "scale we have never seen before,\" he said.", published="2016-10-29")
    assert [actor_named(record, "he").name] == ["Donald Trump"]


def test_a_candidates_staff_take_the_candidates_country(coder):
    record = coder.code_text(
        "Hillary Clinton watched the debate. Jennifer Palmieri, Clinton's communications director, told reporters "
        "that Pence had lied. A spokesman for Clinton's campaign, Glen Caplin, wrote that the answer was bad. "
        "Robby Mook, Clinton's campaign manager, said it was over.", published="2016-10-05")
    assert {actor_named(record, name).code for name in ("Jennifer Palmieri", "Glen Caplin", "Robby Mook")} == {"USA"}


def test_the_groups_official_serves_the_organisation_named_before(coder):
    record = coder.code_text("The Houthis vowed revenge on Friday. Mohammed Abdulsalam, the group's chief negotiator, "
                             'said there was "no justification" for the strikes.', published="2024-01-12")
    assert actor_named(record, "Mohammed Abdulsalam").code == "YEM"
    record = coder.code_text("The Houthis vowed revenge on Friday. U.S. officials said the strikes had not "
                             "targeted the group's leaders.", published="2024-01-12")
    assert actor_named(record, "leaders").code == "YEM"


@pytest.mark.parametrize(("text", "published", "name", "code"), [
    # the story is about Russia: before, "an Obama administration official" took Russia's code
    ("Barack Obama spoke on Monday. A senior Obama administration official said Russia was to blame for the hacks.",
     "2016-10-10", "administration official", "USA"),
    ("Donald Trump met Enrique Pena Nieto in Mexico City. Trump spokesman Jason Miller said Mexico would pay for "
     "the wall.", "2016-08-31", "Jason Miller", "USA"),
    ("Hillary Clinton spoke in Ohio. Clinton campaign spokesman Brian Fallon said Donald Trump was unfit.",
     "2016-08-31", "Brian Fallon", "USA"),
    # a rival or an ally named with a leader keeps their own country
    ("Vladimir Putin met Viktor Orban. Putin ally Viktor Orban said the sanctions were illegal.",
     "2019-10-30", "Viktor Orbán", "HUN"),
])
def test_staff_named_with_their_principal_have_the_principals_country(coder, text, published, name, code):
    assert actor_named(coder.code_text(text, published=published), name).code == code


BREXIT = ("Britain voted to leave the European Union. British Prime Minister David Cameron said he would resign. "
          "Britain's pound fell. ")


@pytest.mark.parametrize(("text", "words"), [
    (BREXIT + '"They took their country back," the presumptive Republican presidential nominee told reporters.',
     "nominee"),
    (BREXIT + "A Republican senator said it was a great thing.", "Senator"),
])
def test_a_party_adjective_gives_the_partys_country_in_a_story_of_another(coder, text, words):
    # before, the story's own country: British
    assert actor_named(coder.code_text(text, published="2016-06-24"), words).code == "USA"


@pytest.mark.parametrize(("words", "name"), [("Democratic lawmakers", "lawmakers"), ("The Democrats", "Democrats")])
def test_a_party_word_a_party_of_the_story_country_answers_to_is_that_countrys(coder, words, name):
    record = coder.code_text(f"South Korea impeached President Park Geun-hye. {words} said the vote was historic. "
                             "South Korea will hold an election.", published="2016-12-09")
    assert actor_named(record, name).code == "KOR"


def test_the_administration_is_the_one_named_country_whose_executive_the_news_calls_so(coder):
    # before, the country the story names most: Britain
    record = coder.code_text(BREXIT + "President Barack Obama said he respected the vote. House Speaker Paul Ryan "
                             "called on the administration to begin work on a trade deal with London.",
                             published="2016-06-24")
    assert actor_named(record, "administration").code == "USA"


def test_a_general_assembly_in_a_story_of_one_state_is_its_own_legislature(coder):
    record = coder.code_text("Kentucky Governor Matt Bevin conceded on Thursday. Governor-elect Andy Beshear promised "
                             "to work with the Republican-controlled General Assembly in Kentucky.",
                             published="2019-11-14")
    assembly = actor_named(record, "General Assembly")
    assert (assembly.code, assembly.sector) == ("USA", "LEG")  # before: the UN's (IGO)


def test_a_general_assembly_after_the_un_is_the_uns(coder):
    record = coder.code_text("North Korea tested a bomb. The U.N. has passed five resolutions and had a major General "
                             "Assembly vote condemning North Korea.", published="2016-09-10")
    assert actor_named(record, "United Nations General Assembly").code == "IGO"


HACKS = ("Russia hacked the Democrats, US intelligence agencies said. Russia denied it. Members of Congress demanded "
         "sanctions on Russia. Russia said Russia would respond. Congress will vote next week. The Senate will "
         "vote first, and the House voted in July.")


@pytest.mark.parametrize(("words", "code"), [
    ("Democratic Party", "USA"),  # before: Russia's, the story's country; no Russian party answers to the name
    ("Members of Congress", "USA"),  # before: Russia's
    ("Congress", "USA"),
    ("Senate", "USA"),  # before: Russia's
    ("House", "USA"),  # before: Russia's
])
def test_americas_parties_and_congress_in_a_story_on_another_country_stay_american(coder, words, code):
    assert actor_named(coder.code_text(HACKS, published="2016-10-08"), words).code == code



def test_the_outgoing_administration_in_a_russian_leaders_words_is_washingtons(coder):
    record = coder.code_text("Russian President Vladimir Putin announced that Moscow would not expel a single American "
                             "diplomat in response to the sanctions President Barack Obama ordered, leaving the "
                             "outgoing administration's retaliation looking like a tantrum.", published="2016-12-30")
    assert actor_named(record, "administration").code == "USA"


def test_forces_a_state_sends_are_its_own(coder):
    # "China launched drills, sending warships" in a story filed from Taipei had made the
    # warships Taiwan's; what Kyiv says Russia deployed is Russia's
    record = coder.code_text("TAIPEI, May 23 (Dyads Wire) - China launched military drills around Taiwan on "
                             "Thursday, sending warships and fighter jets to surround the island.",
                             published="2024-05-23")
    assert actor_named(record, "warships").code.startswith("CHN")
    assert actor_named(record, "fighter jets").code.startswith("CHN")
    record = coder.code_text("KYIV, May 23 (Dyads Wire) - Ukraine said Russia had deployed more troops near "
                             "the border.", published="2024-05-23")
    assert actor_named(record, "troops").code.startswith("RUS")


def test_diplomats_a_state_expels_are_not_its_own(coder):
    # "ordered the expulsion of diplomats from seven Latin American countries" in a story
    # from Caracas had made them Venezuela's; their own words still say whose they are
    record = coder.code_text("CARACAS, July 30 (Dyads Wire) - Venezuela ordered the expulsion of diplomats from "
                             "seven Latin American countries that questioned the result.", published="2024-07-30")
    assert not (actor_named(record, "diplomats").code or "").startswith("VEN")
    record = coder.code_text("MOSCOW (Dyads Wire) - Russia expelled 23 British diplomats on Saturday.",
                             published="2018-03-17")
    assert actor_named(record, "British diplomats").code.startswith("GBR")


@pytest.mark.parametrize(("text", "noun", "country"), [
    # an envoy sent, an army commanded, an alliance's troops: the sender's, not the
    # country the story is filed from or about
    ("DOHA, Jan 15 (Dyads Wire) - Qatar's prime minister said the truce would begin on Sunday. Netanyahu's office "
     "said Israel would not send a delegation until Hamas backed down.", "delegation", "ISR"),
    ("PRISTINA, May 30 (Dyads Wire) - Police clashed with protesters in Kosovo. Serbian President Aleksandar Vucic "
     "put the army on the highest level of combat readiness.", "army", "SRB"),
    ("PRISTINA, May 30 (Dyads Wire) - NATO said on Tuesday it would send 700 more troops to northern Kosovo.",
     "troops", "IGO"),
])
def test_those_a_state_or_alliance_sends_or_commands_are_its_own(coder, text, noun, country):
    record = coder.code_text(text, published="2023-05-30")
    assert actor_named(record, noun).code.startswith(country)
