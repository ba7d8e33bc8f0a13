"""Who did it to whom: the syntax of sources and targets."""

from __future__ import annotations

import pytest

from dyads.evaluate.expectations import codes_of


def _only(record, event_type):
    found = [e for e in record.events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.trigger.text) for e in record.events]
    return found[0]


def test_active_voice(coder):
    record = coder.code_text("Iranian officials accused the United States of economic terrorism.", published="2020-01-05")
    event = _only(record, "ACCUSE")
    assert codes_of(record, event.source) == {"IRN"} and codes_of(record, event.target) == {"USA"}


def test_the_object_of_a_relative_clause_is_the_noun_it_describes(every_event_coder):
    # the one accused is the companies, not the agency named inside the charge
    record = every_event_coder.code_text(
        "The United States imposed sanctions on three Russian companies that the Obama administration accused "
        "of supporting Chinese hacking operations.", published="2016-12-29")
    event = _only(record, "ACCUSE")
    assert codes_of(record, event.source) == {"USA"} and codes_of(record, event.target) == {"RUS"}


def test_passive_voice_with_an_agent(coder):
    record = coder.code_text("The convoy of Malian soldiers was attacked by Islamist rebels near Gao.",
                             published="2013-02-01")
    event = _only(record, "ASSAULT")
    assert "rebels" in " ".join(a.text for a in event.source)


def test_possessive_noun_phrase_gives_source_and_target(coder):
    record = coder.code_text("Rouhani spoke about the US imposition of sanctions on Iran.", published="2020-03-17")
    event = _only(record, "SANCTION")
    assert codes_of(record, event.source) == {"USA"} and codes_of(record, event.target) == {"IRN"}


@pytest.mark.parametrize("text", [
    "China's military began two days of large-scale drills around Taiwan on Thursday.",
    "Russia launched a wave of missile strikes against Ukraine on Monday.",
])
def test_an_act_measured_by_the_verbs_object_is_the_subjects(coder, text):
    record = coder.code_text(text, published="2024-05-23")
    event = record.events[0] if record.events else None
    assert event is not None and event.event_type in ("MOBILIZE", "ASSAULT"), record.events
    assert codes_of(record, event.source) == ({"CHN"} if "China" in text else {"RUS"})
    assert codes_of(record, event.target) == ({"TWN"} if "Taiwan" in text else {"UKR"})


def test_a_past_tense_read_as_a_participle_shares_its_partners_subject(coder):
    record = coder.code_text("The drills were criticised by the opposition Kuomintang, which urged Beijing to exercise "
                             "restraint but also called on Lai to reopen dialogue.", published="2024-05-23")
    appeals = [e for e in record.events if e.trigger.text.startswith("called")]
    assert appeals and codes_of(record, appeals[0].source) == {"TWN"}, record.events


def test_compound_subject_of_a_meeting_is_reciprocal(coder):
    record = coder.code_text("Iran and Russia held talks in Moscow on Tuesday.", published="2020-03-17")
    event = _only(record, "CONSULT")
    assert codes_of(record, event.source) == {"IRN", "RUS"} and event.target == []


def test_the_speaker_of_a_quote_is_the_source_of_we(every_event_coder):
    record = every_event_coder.code_text('"We condemn the attack on our embassy," Foreign Minister Sergei Lavrov said of Ukraine.',
                             published="2015-06-01")
    event = _only(record, "ACCUSE")
    assert codes_of(record, event.source) == {"RUS"}
    assert record.actor(event.source[0].actor).kind == "person"


def test_an_object_pronoun_is_not_the_subject(coder):
    record = coder.code_text("German Chancellor Angela Merkel called Russian President Dmitry Medvedev and urged him "
                             "to halt the operations.", published="2008-08-11")
    event = _only(record, "REQUEST")
    assert codes_of(record, event.source) == {"DEU"} and codes_of(record, event.target) == {"RUS"}


def test_an_object_pronoun_of_a_participle_is_not_the_clauses_subject(coder):
    record = coder.code_text('Donald Trump attacked Hillary Clinton in a speech in Ohio, calling her "a disaster".',
                             published="2016-09-15")
    clinton = next(a for a in record.actors if a.name == "Hillary Clinton")
    assert "her" in [m.text for m in clinton.mentions]
    # one accusation of Clinton, not a second one of Trump's own country
    assert [(e.event_type, e.target[0].actor) for e in record.events] == [("ACCUSE", clinton.actor_id)]


def test_the_content_of_a_request_is_not_a_second_event(coder):
    record = coder.code_text("The United Nations urged Myanmar's military to release the detained leaders.",
                             published="2021-02-02")
    assert [e.event_type for e in record.events] == ["REQUEST"]


def test_the_day_and_place_of_an_event(coder):
    record = coder.code_text("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi "
                             "on Monday.", published="2021-09-30")
    event = _only(record, "CONSULT")
    assert event.date == "2021-09-27"  # the Monday before a Thursday story
    assert event.location["name"] == "Sochi" and event.location["country"] == "RUS"
    assert event.location["geonameid"] and event.location["lat"]


def test_a_reaction_targets_the_doer_of_the_act_told_before(coder):
    record = coder.code_text("Russia vetoed the resolution on Wednesday. Mali's foreign minister welcomed the veto.",
                             published="2023-08-31")
    event = _only(record, "SUPPORT")
    assert codes_of(record, event.target) == {"RUS"}
    assert event.target[0].text == "the veto"  # the words in its own sentence that stand for Russia's act


def test_where_a_meeting_happens_decides_visit_host_or_third_place(coder):
    third = _only(coder.code_text("Iranian President Ebrahim Raisi met French President Emmanuel Macron in New York "
                                  "on Tuesday.", published="2022-09-21"), "CONSULT")
    assert (third.cameo, third.mode) == ("044", "third-party")
    host = _only(coder.code_text("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in "
                                 "Sochi on Monday.", published="2021-09-30"), "CONSULT")
    assert host.cameo == "043"


@pytest.mark.parametrize("text", [
    "Secretary of State John Kerry traveled to Geneva for talks with Russian Foreign Minister Sergei Lavrov.",
    "Secretary of State John Kerry traveled to Geneva to meet Russian Foreign Minister Sergei Lavrov.",
])
def test_a_trip_to_a_third_country_to_meet_someone_is_a_meeting_with_them_there(coder, text):
    record = coder.code_text(text, published="2016-09-09")
    event = _only(record, "CONSULT")
    assert codes_of(record, event.target) == {"RUS"} and (event.cameo, event.mode) == ("044", "third-party")


def test_a_trip_to_the_counterparts_own_country_stays_a_visit(coder):
    record = coder.code_text("Secretary of State John Kerry traveled to Moscow to meet Russian Foreign Minister "
                             "Sergei Lavrov.", published="2016-09-09")
    event = _only(record, "CONSULT")
    assert codes_of(record, event.target) == {"RUS"} and event.cameo == "042"


def test_a_state_acting_in_its_own_capital_targets_its_own_country(coder):
    record = coder.code_text("Chile's fare protests spread. President Sebastián Piñera declared a state of emergency "
                             "in the capital on Friday.", published="2019-10-20")
    event = _only(record, "COERCE")
    assert codes_of(record, event.source) == {"CHL"} and codes_of(record, event.target) == {"CHL"}
    assert event.target[0].text == "the capital"


def test_two_countries_sharing_one_head_noun_are_both_parties(coder):
    record = coder.code_text("Philippine and U.S. troops began their largest-ever joint military exercises on Tuesday.",
                             published="2023-04-11")
    event = _only(record, "COOPERATE")
    assert codes_of(record, event.source) >= {"PHL", "USA"}


def test_an_amount_of_aid_is_aid(coder):
    record = coder.code_text("The European Union released 3.5 million euros in emergency humanitarian aid for "
                             "Mozambique on Tuesday.", published="2019-03-20")
    event = _only(record, "AID")
    assert codes_of(record, event.source) == {"IGO"} and codes_of(record, event.target) == {"MOZ"}


def test_a_reaction_to_an_act_named_by_its_object_targets_that_acts_doer(every_event_coder):
    # "the bans" are the three countries' bans, not the EU embargo told after them
    record = every_event_coder.code_text(
        "The row erupted after Poland, Hungary and Slovakia imposed their own bans on Ukrainian grain last Friday, "
        "when a European Union embargo that had protected farmers in five member states expired. The bans were "
        "also condemned by Kyiv's trade representative, Taras Kachka.", published="2023-09-21")
    event = _only(record, "ACCUSE")
    assert codes_of(record, event.source) == {"UKR"} and codes_of(record, event.target) == {"POL", "HUN", "SVK"}


def test_a_reaction_to_a_definite_act_noun_of_the_type_told_before_targets_its_doer(coder):
    # "the arrest" is not the word of "detained", but the lexicon makes both an arrest
    record = coder.code_text("Police in Lagos detained the opposition leader Bola Tinubu on Monday. "
                             "The Nigerian Bar Association condemned the arrest.", published="2020-03-03")
    event = _only(record, "ACCUSE")
    assert codes_of(record, event.target) == {"NGA"} and event.target[0].text == "the arrest"


def test_the_move_judged_after_appeals_and_pledges_is_the_deed_told_before_them(coder):
    # Britain's appeal and the EU's pledge are words; "the move" is Russia's quitting, and
    # whom the name says it hurts ("to countries in the Horn of Africa") is no target
    record = coder.code_text(
        "Russia quit the Black Sea grain deal on Monday. The European Union pledged that it would keep "
        "helping Ukraine export its grain. British Foreign Secretary James Cleverly called on Russia to "
        "return to the deal. Korir Sing'oei, the top civil servant at the foreign ministry in Nairobi, called "
        "the move \"a stab in the back\" to countries in the Horn of Africa already hit by drought.",
        published="2023-07-18")
    kenyan = [e for e in record.events if e.event_type == "ACCUSE" and codes_of(record, e.source) == {"KEN"}]
    assert len(kenyan) == 1 and codes_of(record, kenyan[0].target) == {"RUS"}


def test_a_possessive_pronoun_owning_a_thing_is_no_target(every_event_coder):
    # "his cookout", "her returns": what one owns is no one acted on
    record = every_event_coder.code_text("Hillary Clinton released her tax returns on Friday. Senator Bobby Scott "
                                         "hosted his Labor Day cookout in Newport News.", published="2016-09-08")
    assert not [e for e in record.events if e.target and codes_of(record, e.target)], \
        [(e.event_type, e.trigger.text, [a.text for a in e.target]) for e in record.events]


@pytest.mark.parametrize(("text", "source", "pair"), [
    ("Mexico broke off relations with Ecuador after Ecuadorean police raided the Mexican embassy in Quito. "
     "The United States urged both countries to resolve their differences through dialogue.", "USA", {"MEX", "ECU"}),
    ("Russia and the United States suspended talks on Syria on Monday. Russia blamed the United States. "
     "U.N. Secretary-General Antonio Guterres urged both powers to keep the door open.", "IGO", {"RUS", "USA"}),
])
def test_an_appeal_to_both_countries_is_to_the_storys_pair(coder, text, source, pair):
    record = coder.code_text(text, published="2024-04-07")
    appeals = [e for e in record.events if e.event_type == "REQUEST"]
    assert len(appeals) == 1 and codes_of(record, appeals[0].source) == {source}
    assert codes_of(record, appeals[0].target) == pair


def test_a_reaction_to_an_act_named_by_its_own_word_targets_all_its_makers(coder):
    # "the strikes" are the ones "struck" told first, not the later attacks of the other side
    record = coder.code_text("U.S. and British warplanes struck Houthi targets in Yemen on Friday. The Houthis "
                             "have launched dozens of missile attacks on merchant ships since November. Iran's "
                             "foreign ministry spokesman, Nasser Kanaani, condemned the strikes as arbitrary.",
                             published="2024-01-12")
    event = _only(record, "ACCUSE")
    assert codes_of(record, event.target) == {"USA", "GBR"}


def test_a_warning_or_pledge_takes_the_code_of_what_it_announces(coder):
    warning = _only(coder.code_text("The European Union warned Belarus on Friday that it could impose new "
                                    "sanctions on the government.", published="2020-10-03"), "THREATEN")
    assert (warning.cameo, warning.mode) == ("1312", "restrict")
    expel = _only(coder.code_text("Turkey threatened to expel the Dutch ambassador.", published="2017-03-12"),
                  "THREATEN")
    assert expel.cameo == "1313"
    pledge = _only(coder.code_text("Kenya and Somalia agreed on Monday to start talks on their maritime border.",
                                   published="2020-03-03"), "AGREE")
    assert pledge.cameo == "036"


def test_a_number_of_the_people_named_is_the_object(every_event_coder):
    # "returned 14 of the 20 hostages": the number heads the object, the hostages are what it counts
    record = every_event_coder.code_text("The rebels returned 14 of the 20 hostages to the Red Cross in Nigeria.",
                                         published="2020-03-03")
    event = _only(record, "RETREAT")
    assert event.cameo == "0841"


@pytest.mark.parametrize(("text", "day", "event_type", "source", "target"), [
    # a statement speaks for whoever issued it
    ("The Arab League issued a statement condemning the Israeli strikes on Gaza.", "2021-05-12", "ACCUSE",
     {"IGO"}, {"ISR"}),
    # the object's own partner comes before a phrase the parser hangs on the verb
    ("Nicaragua broke diplomatic relations with Ecuador in solidarity with Mexico.", "2024-04-06", "SANCTION",
     {"NIC"}, {"ECU"}),
    # a past tense the parser hangs on a relative clause of another tense is the main verb's
    ("Rahul Gandhi refused on Saturday to apologise for the remark that has cost him his seat in parliament, and "
     "accused Prime Minister Narendra Modi of having him thrown out.", "2023-03-25", "ACCUSE", {"IND"}, {"IND"}),
    # an act in words in an active verb's "with" phrase is the subject's
    ("Michigan Governor Rick Snyder opened with an apology to the people of Flint.", "2016-03-17", "CONCEDE",
     {"USA"}, {"USA"}),
    # "many of them" set off by commas is no verb's subject
    ("Belarus's foreign ministry said Poland was treating the migrants, many of them Iraqi Kurds, in an "
     "\"inhumane\" way and accused Warsaw of violating international law.", "2021-11-10", "ACCUSE", {"BLR"}, {"POL"}),
    # "the raid" as a noun is an attack in the lexicon; police raiding is an arrest, so it
    # names the arrest told before
    ("Ecuadorean police forced their way into the Mexican embassy and arrested former Vice President Jorge "
     "Glas. President Andres Manuel Lopez Obrador called the raid \"an authoritarian act\".", "2024-04-06", "ACCUSE",
     {"MEX"}, {"ECU"}),
    # condemning the coup judges those who seized power
    ("Gabonese army officers seized power in Libreville on Wednesday and placed President Ali Bongo under house "
     "arrest. The African Union condemned the coup.", "2023-08-30", "ACCUSE", {"IGO"}, {"GAB"}),
    # a possessive pronoun that owns a judged word names the target
    ("Prime Minister Narendra Modi attacked Pakistan in a speech. Pakistan's foreign ministry condemned his "
     "remarks.", "2023-09-20", "ACCUSE", {"PAK"}, {"IND"}),
    # an object moved past what it is called: "condemned as X the Y"
    ("Kenya on Monday condemned as a grave provocation Somalia's seizure of the fishing boats.", "2023-05-15",
     "ACCUSE", {"KEN"}, {"SOM"}),
    # disagreeing with someone disapproves of them (coding guide); with no one, it is no event
    ("Hillary Clinton disagrees with President Obama on the JASTA veto.", "2016-09-23", "ACCUSE", {"USA"}, {"USA"}),
    # a second verb of a clause before a trailing cue is the clause subject's, never the relayer's
    ("U.N. Secretary-General Antonio Guterres was deeply concerned by the fighting and called on Azerbaijan to "
     "withdraw its troops, his spokesman said.", "2022-09-17", "REQUEST", {"IGO"}, {"AZE"}),
    # a perfect joined to a reported clause, like the main verb and unlike the clause, is the
    # main verb's; its object pronoun is then no one but the one told
    ("President Trump had told Prime Minister Malcolm Turnbull that the agreement was the worst deal ever and had "
     "accused him of trying to export the next Boston bombers.", "2017-02-02", "ACCUSE", {"USA"}, {"AUS"}),
    # an embassy's staff expelled are diplomats expelled (SANCTION expel), not people deported
    ("Prague expelled 18 Russian embassy staff on Saturday.", "2021-04-18", "SANCTION", {"CZE"}, {"RUS"}),
])
def test_the_sides_of_the_one_event_of_a_sentence(coder, text, day, event_type, source, target):
    record = coder.code_text(text, published=day)
    event = _only(record, event_type)
    assert codes_of(record, event.source) == source and codes_of(record, event.target) == target


def test_a_second_act_before_a_trailing_cue_is_the_clause_subjects(every_event_coder):
    record = every_event_coder.code_text("Sri Lanka has established diplomatic ties with and opened an embassy in "
                                         "Tehran, the foreign ministry said on Wednesday.", published="2023-01-11")
    opened = next(e for e in record.events if e.trigger.text.startswith("opened"))
    assert codes_of(record, opened.source) == {"LKA"}


def test_a_disagreement_with_no_one_named_is_no_event(every_event_coder):
    record = every_event_coder.code_text("Experts disagree about whether North Korea can strike the United States.",
                                         published="2016-09-10")
    assert not [e for e in record.events if e.event_type == "ACCUSE"]


def test_a_thing_carried_is_no_statement_of_the_one_who_acts_on_its_carrier(every_event_coder):
    record = every_event_coder.code_text("Police in Lagos detained a man holding a banner denouncing the president.",
                                         published="2021-05-12")
    assert not [e for e in record.events if e.event_type == "ACCUSE" and codes_of(record, e.source)]


def test_the_agent_of_an_instrument_subject_is_the_source(coder):
    record = coder.code_text("A missile launched by the Syrian army struck a Turkish village on Friday.",
                             published="2019-10-11")
    event = _only(record, "ASSAULT")
    assert codes_of(record, event.source) == {"SYR"} and codes_of(record, event.target) == {"TUR"}


def test_the_target_of_an_announced_act(coder):
    record = coder.code_text("Japan has promised to send emergency food aid to Sri Lanka.", published="2022-06-01")
    codes = {(e.event_type, frozenset(codes_of(record, e.target))) for e in record.events}
    assert ("AGREE", frozenset({"LKA"})) in codes or ("AID", frozenset({"LKA"})) in codes, codes


def test_a_threat_of_an_act_against_another_country(coder):
    record = coder.code_text("The militia threatened to launch fresh rocket attacks on Israel.", published="2022-06-01")
    event = _only(record, "THREATEN")
    assert codes_of(record, event.target) == {"ISR"}


def test_a_one_sided_act_in_a_named_town_targets_its_country(every_event_coder):
    record = every_event_coder.code_text("Riot police stormed a protest camp in Marseille on Sunday.",
                                         published="2022-06-01")
    event = _only(record, "ASSAULT")
    assert codes_of(record, event.target) == {"FRA"}


def test_a_place_one_phrase_down_or_at_the_doer_targets_its_country(every_event_coder):
    record = every_event_coder.code_text("Israeli tanks fired shells at positions near Hebron.", published="2022-06-01")
    assert codes_of(record, _only(record, "ASSAULT").target) == {"PSE"}
    record = every_event_coder.code_text("Soldiers in Mali seized weapons from a militia.", published="2022-06-01")
    assert codes_of(record, _only(record, "COERCE").target) == {"MLI"}


def test_an_attack_targeting_someone_targets_them(coder):
    record = coder.code_text("Gunmen carried out a string of attacks targeting the Nigerian army.", published="2022-06-01")
    assert codes_of(record, _only(record, "ASSAULT").target) == {"NGA"}


def test_an_apposition_chain_names_the_actor(coder):
    record = coder.code_text("Emmanuel Macron will meet his counterpart, Germany's Chancellor Olaf Scholz, in Paris.",
                             published="2023-06-01")
    targets = [codes_of(record, e.target) for e in record.events]
    assert {"DEU"} in targets, [(e.event_type, e.target) for e in record.events]


def test_the_doer_of_a_gerund_after_by_is_the_main_subject(coder):
    record = coder.code_text("Norway answered the crisis by sending emergency food aid to Yemen.", published="2022-06-01")
    assert codes_of(record, _only(record, "AID").source) == {"NOR"}


def test_aid_goes_to_the_country_it_is_spent_in(coder):
    record = coder.code_text("Canada gave 40 million dollars to rebuild schools and clinics in Haiti.", published="2022-06-01")
    assert codes_of(record, _only(record, "AID").target) == {"HTI"}


def test_the_doer_of_a_when_clause_did_the_killing(coder):
    record = coder.code_text("Four soldiers were killed when al-Shabaab fighters stormed a base near Mogadishu.",
                             published="2022-06-01")
    killed = [e for e in record.events if e.event_type == "ASSAULT"]
    assert killed and all(codes_of(record, e.source) for e in killed), [(e.trigger.text, e.source) for e in killed]


def test_an_accident_in_a_when_clause_has_no_doer(every_event_coder):
    record = every_event_coder.code_text("Three people were killed when their bus overturned near Nairobi.",
                                         published="2022-06-01")
    assert not any(codes_of(record, e.source) for e in record.events)


def test_the_receiver_of_a_gift_may_stand_before_it(coder):
    record = coder.code_text("Turkey gave Azerbaijan a batch of armed drones on Friday.", published="2022-06-01")
    assert codes_of(record, _only(record, "AID").target) == {"AZE"}


def test_a_team_of_doctors_and_medicine_sent_abroad_is_aid(coder):
    record = coder.code_text("Cuba sent a team of doctors, medicine and equipment to Haiti.", published="2022-06-01")
    event = _only(record, "AID")
    assert codes_of(record, event.source) == {"CUB"} and codes_of(record, event.target) == {"HTI"}


def test_the_country_a_refusal_is_voiced_in_is_not_its_target(every_event_coder):
    record = every_event_coder.code_text("In Canada, both main parties have opposed the new pipeline deal.",
                                         published="2022-06-01")
    assert not any(codes_of(record, e.target) == {"CAN"} for e in record.events if e.event_type == "REJECT")


def test_rejecting_accusations_is_no_statement_about_the_speakers_own_country(every_event_coder):
    record = every_event_coder.code_text("China's foreign ministry on Monday rejected the accusations as groundless.",
                                         published="2019-03-01")
    assert any(e.event_type == "REJECT" for e in record.events)  # the refusal itself is read
    assert not any(codes_of(record, e.target) == {"CHN"} for e in record.events if e.event_type == "REJECT")


def test_being_opposed_to_something_is_opposing_it(coder):
    record = coder.code_text("Greece is opposed to Turkish drilling in the disputed waters.", published="2022-06-01")
    event = _only(record, "REJECT")
    assert codes_of(record, event.source) == {"GRC"} and codes_of(record, event.target) == {"TUR"}



def test_a_name_misread_as_modified_by_its_past_tense_verb_is_the_doer(coder):
    # "Berg, an adviser, called on X" is parsed as a noun with a relative verb: a past
    # tense is no passive participle, the name is who called
    record = coder.code_text("Barack Obama spoke in 2016. Tom Berg, a former Obama adviser, called on Howard Dean "
                             "to apologize to Donald Trump.", published="2016-09-28")
    request = _only(record, "REQUEST")
    assert (codes_of(record, request.source), codes_of(record, request.target)) == ({"USA"}, {"USA"})


def test_a_name_opening_a_paragraph_misread_as_a_command_is_the_doer(coder):
    # spaCy reads a paragraph-first "Trump" as the verb "to trump", with "admires" its object
    record = coder.code_text("Donald Trump spoke on Monday.\n\nTrump openly admires Russian President Vladimir Putin "
                             "as a “strong leader,” comparing him favorably to President Obama.", published="2016-09-10")
    support = _only(record, "SUPPORT")
    assert (codes_of(record, support.source), codes_of(record, support.target)) == ({"USA"}, {"RUS"})


@pytest.mark.parametrize(("text", "event_type", "target"), [
    ("In response, the IDF attacked 15 positions belonging to terrorist groups in the Gaza Strip.", "ASSAULT", "PSE"),
    ("The United States reduced tariffs on $120 billion of China's exports.", "RETREAT", "CHN"),
])
def test_a_thing_named_for_its_owner_targets_the_owner(coder, text, event_type, target):
    record = coder.code_text(text, published="2018-01-01")
    assert codes_of(record, _only(record, event_type).target) == {target}



@pytest.mark.parametrize("text, event_type, source, target", [
    ("Soldiers firing on the crowd killed three protesters in Yangon, witnesses said.", "ASSAULT", "Soldiers", "crowd"),
    ("A video showed police beating protesters in Minsk.", "ASSAULT", "police", "protesters"),
])
def test_the_noun_a_present_participle_describes_does_it(every_event_coder, text, event_type, source, target):
    """"Soldiers firing on the crowd": the participle's doer is its noun, not nobody."""
    record = every_event_coder.code_text(text, published="2021-03-01")
    found = [e for e in record.events if e.event_type == event_type and e.trigger.text.split()[0] in text
             and any(a.text == target for a in e.target)]
    assert found and all(any(a.text == source for a in e.source) for e in found), \
        [(e.event_type, e.trigger.text, [a.text for a in e.source]) for e in record.events]


def test_a_participle_of_an_abstract_noun_gives_no_side(every_event_coder):
    record = every_event_coder.code_text("The law banning imports from Israel was passed on Monday.",
                                         published="2021-03-01")
    assert all(not e.source for e in record.events)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Saudi-led coalition bombed Houthi positions in Yemen.", {"SAU"}, {"YEM"}),
    ("Saudi-led airstrikes wounded dozens of Houthi fighters in Yemen.", {"SAU"}, {"YEM"}),
    ("The US-led coalition struck Islamic State positions in Raqqa.", {"USA"}, {"IMG"}),
])
def test_the_leader_of_a_led_coalition_acts(coder, text, source, target):
    record = coder.code_text(text, published="2019-05-01")
    event = _only(record, "ASSAULT")
    assert codes_of(record, event.source) == source and target <= codes_of(record, event.target)


def test_a_backer_is_not_the_one_who_acts(every_event_coder):
    record = every_event_coder.code_text("Russian-backed separatists shelled Mariupol.", published="2019-05-01")
    assert all("RUS" not in codes_of(record, e.source) for e in record.events)


def test_a_standing_body_led_by_a_country_is_not_that_country(every_event_coder):
    record = every_event_coder.code_text("Kazakhstan asked a Russian-led military alliance for help.",
                                         published="2022-01-05")
    assert all("RUS" not in codes_of(record, e.target) for e in record.events)


@pytest.mark.parametrize(("text", "owner"), [
    ("Trump's critics blasted the Chinese decision.", "USA"),
    ("Critics of Netanyahu condemned the Iranian plan.", "ISR"),
    ("Erdogan's rivals condemned the Greek move.", "TUR"),
])
def test_critics_and_rivals_are_not_the_one_they_oppose(every_event_coder, text, owner):
    record = every_event_coder.code_text(text, published="2019-11-15")
    assert record.events and all(owner not in codes_of(record, e.source) for e in record.events)


def test_attacking_a_plan_is_criticism_not_force(coder):
    record = coder.code_text("The Iranian foreign minister attacked the US decision to withdraw.", published="2018-05-09")
    event = _only(record, "ACCUSE")
    assert codes_of(record, event.source) == {"IRN"} and codes_of(record, event.target) == {"USA"}
    assert not [e for e in record.events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Russian opposition activist Ivan Petrov was arrested on Friday. Russia has jailed many critics.",
    "Two Russian journalists were detained in Moscow on Friday. Russia has jailed many critics.",
])
def test_a_passive_act_of_justice_is_done_by_the_state_of_its_people(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2025-03-07")
    event = next(e for e in record.events if e.event_type == "COERCE" and e.sentence == 0)
    assert codes_of(record, event.source) == {"RUS"} and codes_of(record, event.target) == {"RUS"}
    assert event.source[0].text in ("arrested", "Moscow")  # the words that imply the doer


@pytest.mark.parametrize("text", [
    "An American journalist was detained in Moscow last week. The United States protested.",
    "Two Britons were arrested on Friday in a crackdown on smugglers. Britain and the United Arab Emirates "
    "have a treaty on prisoners.",
])
def test_a_passive_act_of_justice_abroad_has_no_implied_doer(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2025-03-07")
    events = [e for e in record.events if e.event_type == "COERCE" and e.sentence == 0]
    assert events and all(not codes_of(record, e.source) for e in events)


def test_charging_a_states_officers_is_a_prosecution(coder):
    record = coder.code_text("French prosecutors charged two police officers with manslaughter on Tuesday.",
                             published="2023-07-04")
    assert [e.event_type for e in record.events] == ["COERCE"]


@pytest.mark.parametrize(("text", "target"), [
    ("Serbian military police launched an investigation into alleged crimes committed by Croat forces against "
     "Serb civilians.", "HRV"),
    ("Japan lifted travel curbs to and from North Korea on Friday.", "PRK"),
    ("Azerbaijani hackers launched cyber attacks on a number of Armenian state and media websites.", "ARM"),
    # the source's own envoy, of no country the text gives, is passed by
    ("Argentina withdrew its ambassador to Nicaragua on Monday.", "NIC"),
])
def test_the_target_can_sit_down_the_object_phrase(every_event_coder, text, target):
    record = every_event_coder.code_text(text, published="2019-05-10")
    assert any(codes_of(record, e.target) == {target} for e in record.events), \
        [(e.event_type, [a.text for a in e.target]) for e in record.events]


def test_a_states_own_troops_are_what_it_acts_with(every_event_coder):
    record = every_event_coder.code_text("Pakistan massed a million troops along its border, Pakistani officials "
                                         "said. Pakistan's president said the troops would stay.", published="2002-01-10")
    troops = next(a for a in record.actors if a.name == "troops")
    assert troops.code == "PAK"  # the story's country: the rule below is what keeps it out
    assert all(troops.actor_id not in [a.actor for a in e.target] for e in record.events)


@pytest.mark.parametrize(("text", "target"), [
    ("Australia has offered to send troops to help the Philippines army in its fight against Islamic State.", "PHL"),
    ("The United States deployed warships to protect Kuwaiti oil tankers in the Gulf.", "KWT"),
])
def test_whom_the_forces_sent_are_to_help_is_the_target(every_event_coder, text, target):
    # the troops are the sender's own (what it acts with); the one they are sent to help
    # is whom the act is for
    record = every_event_coder.code_text(text, published="2017-06-20")
    assert any(target in codes_of(record, e.target) for e in record.events), [
        (e.event_type, codes_of(record, e.target)) for e in record.events]


@pytest.mark.parametrize(("text", "source"), [
    ("Iran rejected the sanctions imposed by the European Union.", "IGO"),
    ("Russia denied the allegations made by Britain.", "GBR"),
])
def test_a_participle_after_an_acts_noun_names_its_doer(every_event_coder, text, source):
    record = every_event_coder.code_text(text, published="2018-03-14")
    sides = [codes_of(record, e.target) for e in record.events if e.event_type == "REJECT"] + \
            [codes_of(record, e.source) for e in record.events if e.event_type == "ACCUSE"]
    assert {source} in sides, [(e.event_type, e.source, e.target) for e in record.events]
    # denying an accusation is no accusation by the one who denies it
    assert not any(e.event_type == "ACCUSE" and codes_of(record, e.source) == {"RUS"} for e in record.events)


@pytest.mark.parametrize(("text", "source"), [
    ("Several countries, including France and Germany, recalled their ambassadors from Iran.", {"FRA", "DEU"}),
    ("Critics, including the European Commission, accuse Hungary of attacking civil society.", {"IGO"}),
    ("Several governments, such as Italy and Spain, rejected the plan.", {"ITA", "ESP"}),
])
def test_the_named_members_of_a_group_act_for_it(every_event_coder, text, source):
    record = every_event_coder.code_text(text, published="2024-05-01")
    assert record.events and codes_of(record, record.events[0].source) == source


def test_a_group_with_its_own_code_stays_one_actor(every_event_coder):
    record = every_event_coder.code_text("Arab states, such as Egypt and Jordan, rejected the plan.",
                                         published="2024-05-01")
    assert codes_of(record, record.events[0].source) == {"ARB"}


def test_a_verb_the_tagger_took_for_a_noun_still_shares_its_subject(every_event_coder):
    # the small model tags "rejects" NNS here, though the parser gives it the subject
    record = every_event_coder.code_text("The Palestinian government, thus, rejects and condemns the US "
                                         "administration's decision.", published="2018-05-01")
    accusation = next(e for e in record.events if e.event_type == "ACCUSE")
    assert codes_of(record, accusation.source) == {"PSE"}


def test_an_uncoded_object_gives_way_to_a_coded_actor_in_its_phrase(every_event_coder):
    record = every_event_coder.code_text("Police opened an investigation into Australian medal winner Tom Walker "
                                         "over war crimes.", published="2019-05-01")
    assert codes_of(record, record.events[0].target) == {"AUS"}


def test_an_ally_or_backer_is_not_the_one_acted_on(every_event_coder):
    record = every_event_coder.code_text("The intelligence agency blamed the Taliban-allied Haqqani Network for "
                                         "the bombing in Kabul.", published="2019-05-01")
    blame = next(e for e in record.events if e.event_type == "ACCUSE")
    assert "Taliban" not in [a.text for a in blame.target]


@pytest.mark.parametrize("text", [
    "Thousands of Kenyan students marched through the streets on Saturday to demand lower fees. "
    "Kenya's government has raised fees twice.",
    "Tens of thousands of Indonesian workers staged a strike on Monday over wages in Indonesia.",
])
def test_a_peoples_protest_with_no_target_is_aimed_at_their_own_state(coder, text):
    record = coder.code_text(text, published="2025-03-08")
    event = next(e for e in record.events if e.event_type == "PROTEST" and e.sentence == 0)
    code = codes_of(record, event.source).pop()
    assert codes_of(record, event.target) == {code}


@pytest.mark.parametrize("text", [
    "Thousands of Pakistani students marched in London on Saturday. Pakistan's government has raised fees.",
    "Thousands of Kenyan students marched on Saturday to demand lower fees. Uganda has raised fees too.",
])
def test_a_protest_abroad_or_in_a_story_of_two_countries_is_not_aimed_at_home(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2025-03-08")
    events = [e for e in record.events if e.event_type == "PROTEST" and e.sentence == 0]
    # London's country may be the target (a protest held there), the marchers' own never
    assert events and all(not codes_of(record, e.target) & codes_of(record, e.source) for e in events)


@pytest.mark.parametrize(("text", "code"), [
    ("Egypt has lifted a three-month-old state of emergency on Thursday.", "EGY"),
    ("Saudi Arabia eased curfew hours during the month of Ramadan.", "SAU"),
])
def test_easing_emergency_rule_at_home_is_aimed_at_the_own_country(coder, text, code):
    record = coder.code_text(text, published="2020-05-01")
    event = next(e for e in record.events if e.event_type == "CONCEDE")
    assert codes_of(record, event.source) == {code} and codes_of(record, event.target) == {code}
    assert event.target[0].start == event.trigger.start  # the words that imply it


def test_easing_emergency_rule_in_a_story_of_two_countries_names_no_target(every_event_coder):
    record = every_event_coder.code_text("Egypt has lifted a three-month-old state of emergency on Thursday. "
                                         "Israel welcomed the move.", published="2020-05-01")
    event = next(e for e in record.events if e.event_type == "CONCEDE")
    assert not codes_of(record, event.target)


@pytest.mark.parametrize(("text", "parties"), [
    ("The foreign ministers of India and Pakistan met in New York on Monday.", {"IND", "PAK"}),
    ("Officials from the United States and China held talks in Geneva.", {"USA", "CHN"}),
])
def test_the_coordinated_owners_of_a_meetings_subject_are_all_parties(coder, text, parties):
    record = coder.code_text(text, published="2023-03-01")
    event = _only(record, "CONSULT")
    assert codes_of(record, event.source) == parties and not event.target


def test_a_present_progressive_misread_as_a_predicate_noun_keeps_its_subject(coder):
    record = coder.code_text("Qatar is mediating between Hamas and Israel.", published="2023-03-01")
    event = _only(record, "CONSULT")
    assert codes_of(record, event.source) == {"QAT"} and codes_of(record, event.target) == {"ISR", "PSE"}


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    ("The European Union imposed sanctions on four Chinese officials on Monday. "
     "China's foreign ministry urged the bloc to correct its mistake.", "REQUEST", "CHN", "IGO"),
    ("NATO held exercises in Norway. Russia warned the alliance against provocations.", "THREATEN", "RUS", "IGO"),
    ("Saudi Arabia executed 81 men on Saturday. Human Rights Watch condemned the kingdom.", "ACCUSE", "NGO", "SAU"),
])
def test_the_bloc_the_alliance_the_kingdom_stand_for_the_actor_named_before(every_event_coder, text, event_type,
                                                                             source, target):
    record = every_event_coder.code_text(text, published="2021-03-22")
    event = _only(record, event_type)
    assert codes_of(record, event.source) == {source} and codes_of(record, event.target) == {target}


def test_an_appeal_to_someone_unknown_is_not_about_the_speakers_own_country(every_event_coder):
    record = every_event_coder.code_text("China's foreign ministry urged the bloc to correct its mistake.",
                                         published="2021-03-22")
    assert not any(codes_of(record, e.target) == {"CHN"} for e in record.events)


def test_a_judgement_of_sanctions_told_before_is_about_their_maker(every_event_coder):
    record = every_event_coder.code_text(
        "The United States on Thursday imposed sanctions on Iran's foreign minister.\n\n"
        "Russia's foreign ministry called the sanctions \"a big mistake\".", published="2019-08-01")
    event = _only(record, "ACCUSE")
    assert codes_of(record, event.source) == {"RUS"} and codes_of(record, event.target) == {"USA"}


@pytest.mark.parametrize("text", [
    "Venezuela's neighbours condemned Maduro.",
    "Guaido has since been recognised by the United States, Canada and most of Venezuela's Latin American neighbours.",
])
def test_a_countrys_neighbours_are_not_that_country(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2019-02-03")
    assert record.events and not any("VEN" in codes_of(record, e.source) for e in record.events)


@pytest.mark.parametrize(("text", "source"), [
    ("Russia was responsible for the shelling of the hospital in Aleppo.", {"RUS"}),
    ("Iran was behind the attack on the tanker.", {"IRN"}),
    ("A military coalition led by Saudi Arabia is implicated in the bombing of schools in Yemen.", {"SAU"}),
])
def test_the_one_held_responsible_for_an_act_told_by_its_noun_did_it(every_event_coder, text, source):
    record = every_event_coder.code_text(text, published="2016-09-20")
    event = _only(record, "ASSAULT")
    assert codes_of(record, event.source) == source


def test_a_coalition_led_by_a_country_named_before_it_is_that_countrys(every_event_coder):
    record = every_event_coder.code_text("The State Department urged the Saudi-led coalition to ensure that civilian "
                                         "casualties are avoided.", published="2016-10-09")
    event = _only(record, "REQUEST")
    assert codes_of(record, event.target) == {"SAU"}


def test_the_compound_before_an_object_names_its_kind(every_event_coder):
    record = every_event_coder.code_text("Belarus has moved Iskander missile systems close to its western border.",
                                         published="2023-05-01")
    assert [e.event_type for e in record.events] == ["MOBILIZE"]


def test_releasing_a_record_of_something_frees_no_one(every_event_coder):
    record = every_event_coder.code_text("Federal prosecutors in Texas released the body camera footage on Monday.",
                                         published="2023-05-01")
    assert not [e for e in record.events if e.event_type == "RETREAT"]


def test_a_sit_in_is_a_protest(every_event_coder):
    record = every_event_coder.code_text("Students staged a sit-in outside the education ministry in Dhaka.",
                                         published="2023-05-01")
    assert "PROTEST" in [e.event_type for e in record.events]


def test_health_officials_warning_people_is_no_demand(coder):
    record = coder.code_text("Officials warned people to stay indoors as the plague spread.", published="2019-11-14")
    assert record.events == []


def test_a_loan_received_is_aid_from_the_lender(coder):
    record = coder.code_text("Pakistan received a 3 billion dollar loan from the IMF on Friday.", published="2023-07-14")
    aid = [e for e in record.events if e.event_type == "AID"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in aid] == [({"IGO"}, {"PAK"})]


def test_a_day_before_the_verb_is_no_particle_of_the_trigger(every_event_coder):
    # "on Wednesday called on": the trigger's words are "called on", its evidence exact
    record = every_event_coder.code_text("Iran on Wednesday called on Iraq to free the prisoners.",
                                         published="2016-09-28")
    requests = [e for e in record.events if e.event_type == "REQUEST"]
    assert [e.trigger.text for e in requests] == ["called on"]
    assert record.article.text[requests[0].trigger.start:requests[0].trigger.end] == "called on"


def test_who_told_it_is_never_the_target(every_event_coder):
    # "according to a Washington Post database": the source of the figure, not the one shot
    record = every_event_coder.code_text(
        "He is one of at least 707 people shot and killed by police so far this year and the fourth person shot and "
        "killed by a Charlotte-Mecklenburg police officer, according to a Washington Post database tracking such "
        "deaths.", published="2016-09-22")
    assert all("Post" not in a.text for e in record.events for a in e.target), record.events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Twenty Indian soldiers were killed in a clash with Chinese troops in the Galwan Valley.", {"CHN"}, {"IND"}),
    ("Ten people were killed in an exchange of fire.", set(), None),  # no other side named: no one
])
def test_an_agentless_killing_in_a_clash_was_done_by_the_other_side(every_event_coder, text, source, target):
    from dyads.evaluate.expectations import codes_of

    record = every_event_coder.code_text(text, published="2020-06-16")
    killing = [e for e in record.events if e.event_type == "ASSAULT"][0]
    assert codes_of(record, killing.source) == source
    if target is not None:
        assert codes_of(record, killing.target) == target


def test_accusing_troops_of_crossing_a_line_is_an_accusation_of_aggression(every_event_coder):
    record = every_event_coder.code_text("Chinese foreign ministry spokesman Zhao Lijian accused Indian troops of "
                                         "crossing the Line of Actual Control twice on Monday.", published="2020-06-16")
    assert [e.cameo for e in record.events if e.event_type == "ACCUSE"] == ["1123"]


@pytest.mark.parametrize(("text", "target"), [
    # the speaker's own name for the act told before: about its doer, not what it breaches
    ("North Korea conducted its fifth nuclear test on Friday. U.N. Secretary General Ban Ki-moon condemned "
     "what he called a brazen breach of Security Council resolutions.", {"PRK"}),
    ("Russia expelled two Estonian diplomats on Monday. Estonia condemned what it called an unfriendly step.",
     {"RUS"}),
    # a breach is a deed: never another's condemnation of it, nor a meeting called about it
    ("North Korea conducted its fifth nuclear test on Friday. President Obama condemned the test as provocative. "
     "U.N. Secretary General Ban Ki-moon condemned what he called a brazen breach of U.N. resolutions.", {"PRK"}),
    ("North Korea conducted its fifth nuclear test on Friday. Japan called an emergency meeting with South Korea to "
     "discuss the test. U.N. Secretary General Ban Ki-moon condemned what he called a brazen breach of U.N. "
     "resolutions.", {"PRK"}),
    # a state does not react to its own government's act
    ("Serbia's government said it was recalling its ambassador from Washington. Serbia would never recognize "
     "what the prime minister called a false state.", set()),
])
def test_condemning_what_the_speaker_called_an_act_is_about_its_doer(every_event_coder, text, target):
    from dyads.evaluate.expectations import codes_of

    record = every_event_coder.code_text(text, published="2016-09-10")
    reactions = [e for e in record.events if e.trigger.text in ("condemned", "recognize")
                 and e.event_type in ("ACCUSE", "REJECT")]
    assert reactions and codes_of(record, reactions[-1].target) == target


@pytest.mark.parametrize(("text", "event_type", "target"), [
    ("The United Nations Security Council on Friday made a strong condemnation of North Korea's latest nuclear "
     "test and pledged to impose further sanctions.", "THREATEN", {"PRK"}),
    ("The EU condemned Russia's annexation of Crimea and agreed to impose sanctions.", "SANCTION", {"RUS"}),
])
def test_a_hostile_act_announced_while_condemning_is_aimed_at_the_condemned(every_event_coder, text, event_type,
                                                                            target):
    from dyads.evaluate.expectations import codes_of

    record = every_event_coder.code_text(text, published="2016-09-10")
    hostile = [e for e in record.events if e.event_type == event_type]
    assert hostile and codes_of(record, hostile[0].target) == target


def test_a_meeting_called_while_condemning_is_not_aimed_at_the_condemned(every_event_coder):
    from dyads.evaluate.expectations import codes_of

    record = every_event_coder.code_text("France condemned the Russian strikes on Kyiv and called an emergency "
                                         "meeting of the European Union.", published="2016-09-10")
    assert all("RUS" not in codes_of(record, e.target) for e in record.events if e.event_type == "CONSULT")


def test_country_hung_from_the_noun_before_the_act_is_its_doer(coder):
    # spaCy hangs "US" from "drone", not from "strikes"
    record = coder.code_text("US drone strikes have killed dozens of Taliban commanders this year.",
                             published="2012-06-01")
    killed = [e for e in record.events if e.trigger.text == "killed"]
    assert killed and codes_of(record, killed[0].source) == {"USA"}


@pytest.mark.parametrize("sentence, doer", [
    ("Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian population "
     "of the province, according to the US government.", "SRB"),
])
def test_engaged_in_an_act_does_it(coder, sentence, doer):
    record = coder.code_text(sentence, published="1999-04-01")
    event = _only(record, "ASSAULT")
    assert codes_of(record, event.source) == {doer}



@pytest.mark.parametrize(("sentence", "doer"), [
    ("Al-Shabaab claimed responsibility for the bombing in Mogadishu.", "SOM"),
    ("The Taliban claimed responsibility for the attack, which killed 12 soldiers.", "AFG"),
])
def test_whoever_claims_an_attack_made_it(every_event_coder, sentence, doer):
    record = every_event_coder.code_text(sentence, published="2020-01-01")
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(codes_of(record, e.source) == {doer} for e in attacks)


def test_denying_responsibility_names_no_doer(every_event_coder):
    record = every_event_coder.code_text("The Taliban denied responsibility for the attack on the school.",
                                         published="2020-01-01")
    assert all(not e.source for e in record.events if e.event_type == "ASSAULT")


def test_people_held_captive_were_held_not_holders(every_event_coder):
    record = every_event_coder.code_text(
        "Eighteen Italian fishermen, held captive in Libya for more than 100 days, have been freed.",
        published="2020-12-18")
    held = [e for e in record.events if e.event_type == "ASSAULT"]
    assert held and all(codes_of(record, e.source) != {"ITA"} for e in held)
    assert any(codes_of(record, e.target) == {"ITA"} for e in held)


def test_participles_joined_by_and_share_their_agent(every_event_coder):
    record = every_event_coder.code_text("The journalist was beaten and detained by police in Minsk.",
                                         published="2020-08-12")
    assert [codes_of(record, e.source) for e in record.events] and all(
        codes_of(record, e.source) == {"BLR"} for e in record.events)


def test_an_agent_after_a_later_participle_with_its_own_words_is_its_own(every_event_coder):
    record = every_event_coder.code_text("The activist was arrested on Monday and charged by prosecutors with treason.",
                                         published="2020-08-12")
    arrests = [e for e in record.events if e.trigger.text.startswith("arrested")]
    assert arrests and all("prosecutors" not in [a.text for a in e.source] for e in arrests)


def test_a_protest_is_aimed_at_whom_its_purpose_names(coder):
    record = coder.code_text("Islamic fundamentalists continued their hunger strike to demand the resignation of "
                             "Algerian President Ahmed Ben Bella.", published="1964-06-01")
    protests = [e for e in record.events if e.event_type == "PROTEST"]
    assert protests and [a.text for a in protests[0].target] == ["Ahmed Ben Bella"]


def test_a_participle_clause_befell_its_subject(every_event_coder):
    # "Asked whether ...": the senator was asked, he asked no one
    record = every_event_coder.code_text(
        "Asked whether he would vote to confirm Merrick Garland, Sen. Mark Kirk would not say.",
        published="2016-03-29")
    assert all(not e.source for e in record.events if e.event_type == "REQUEST")
    backed = every_event_coder.code_text("Backed by Russia, Syrian troops advanced on the town.",
                                         published="2016-03-29")
    support = _only(backed, "SUPPORT")
    assert codes_of(backed, support.source) == {"RUS"} and codes_of(backed, support.target) == {"SYR"}


@pytest.mark.parametrize("text", [
    'Warren, asked directly, stood by her version: "I was there. I know what was said."',
    'Senator Elizabeth Warren, asked about the meeting, said she was "disappointed" in Bernie Sanders.',
])
def test_a_participle_set_off_after_its_subject_befell_it(every_event_coder, text):
    # the parser makes "asked" the subject's own verb; she was asked, she asked no one
    record = every_event_coder.code_text(text, published="2020-01-15")
    assert all(not e.source for e in record.events if e.event_type == "REQUEST"), \
        [(e.event_type, [a.text for a in e.source]) for e in record.events]


def test_a_speaker_is_no_doer_of_a_passive_act_in_the_quote(every_event_coder):
    record = every_event_coder.code_text(
        '"Federal officers are being injured every single night," Attorney General William Barr said.',
        published="2020-07-28")
    assert all(not e.source for e in record.events if e.event_type == "ASSAULT")


def test_a_judged_acts_doers_in_a_by_phrase_hung_on_the_verb_are_all_targets(coder):
    # the parser makes "by the United States, ..." the agent of "blamed"
    record = coder.code_text("Russia's ambassador blamed joint military drills by the United States, South Korea "
                             "and Japan for raising tensions.", published="2023-11-27")
    blame = _only(record, "ACCUSE")
    assert codes_of(record, blame.target) == {"USA", "KOR", "JPN"}


@pytest.mark.parametrize(("text", "targets"), [
    ("Hundreds of Armenians rallied outside the Russian embassy in Yerevan on Tuesday.", {"RUS"}),
    ("Tens of thousands of Yemenis rallied in Sanaa after Friday prayers, chanting slogans against America and "
     "Israel.", {"USA", "ISR"}),
    # the chanting joined to another participle, in a story filed from the capital
    ("SANAA (Reuters) — Tens of thousands of people rallied in Sanaa after Friday prayers, waving Yemeni and "
     "Palestinian flags and chanting slogans against the United States and Israel.", {"USA", "ISR"}),
])
def test_a_protest_is_aimed_at_the_premises_it_gathers_at_or_what_it_chants_against(every_event_coder, text,
                                                                                    targets):
    record = every_event_coder.code_text(text, published="2024-01-12")
    protests = [e for e in record.events if e.event_type == "PROTEST"]
    assert protests and codes_of(record, protests[0].target) == targets


@pytest.mark.parametrize(("text", "target"), [
    ("Russia has vetoed four previous resolutions on Syria.", set()),
    ("Russia and China vetoed a resolution to tighten sanctions on Pyongyang.", set()),
    ("Russia vetoed a resolution drafted by France on the war in Mali.", {"FRA"}),
    ("Russia vetoed a French resolution on Mali.", {"FRA"}),
])
def test_a_veto_reaches_the_drafter_of_the_text_never_its_topic(every_event_coder, text, target):
    record = every_event_coder.code_text(text, published="2023-11-28")
    vetoes = [e for e in record.events if e.event_type == "REJECT"]
    assert vetoes and codes_of(record, vetoes[0].target) == target


@pytest.mark.parametrize(("text", "target"), [
    # the parser reads the one named as a predicate, what he is called as its apposition
    ("US President Donald Trump on Tuesday called Britain's ambassador to the United States a very stupid guy.",
     "GBR"),
    # or "Trump called ..." as a noun phrase with two predicates
    ("Trump called Kim Jong Un a madman on Friday.", "PRK"),
])
def test_whom_a_leader_calls_names_is_the_target_however_the_parser_reads_it(every_event_coder, text, target):
    record = every_event_coder.code_text(text, published="2019-07-10")
    accusations = [e for e in record.events if e.event_type == "ACCUSE"]
    assert [codes_of(record, e.target) for e in accusations] == [{target}]


@pytest.mark.parametrize("text", [
    "Iraq expelled the Swedish ambassador hours after protesters stormed the Swedish embassy in Baghdad.",
    "Iraq expelled the Swedish ambassador on Thursday, after hundreds of protesters stormed the Swedish embassy "
    "in Baghdad.",
])
def test_an_act_told_in_a_when_or_after_clause_is_an_act_of_its_own(every_event_coder, text):
    # the clause says when the expulsion happened; it is not what the expulsion is about
    record = every_event_coder.code_text(text, published="2023-07-20")
    assert sorted(e.event_type for e in record.events) == ["PROTEST", "SANCTION"]
    protest = _only(record, "PROTEST")
    assert codes_of(record, protest.source) == {"IRQ"}


@pytest.mark.parametrize(("text", "target"), [
    ("France asked for an emergency meeting of the U.N. Security Council.", {"IGO"}),
    ("The opposition called for the resignation of President Ali Bongo.", {"GAB"}),
])
def test_the_phrase_of_a_verbs_own_particle_holds_its_object(every_event_coder, text, target):
    # "for" is no circumstance after "asked" or "called": it says what is asked
    record = every_event_coder.code_text(text, published="2023-08-31")
    appeal = _only(record, "REQUEST")
    assert codes_of(record, appeal.target) == target


def test_police_force_that_names_no_one_meets_the_protest_just_told(every_event_coder):
    text = ("Thousands of Georgian protesters rallied outside parliament in Tbilisi on Tuesday against the law. "
            "Georgian police fired water cannon to clear the avenue.")
    record = every_event_coder.code_text(text, published="2024-05-14")
    force = _only(record, "ASSAULT")
    assert codes_of(record, force.target) == {"GEO"}
    assert "protesters" in " ".join(a.text for a in force.target)
    # no protest told: no one is guessed
    record = every_event_coder.code_text("Georgian police fired water cannon to clear the avenue.",
                                         published="2024-05-14")
    assert not codes_of(record, _only(record, "ASSAULT").target)


@pytest.mark.parametrize(("text", "target"), [
    # a protest in the protesters' own country is against their state, though the story
    # names another country
    ("JERUSALEM, March 27 (Reuters) - Israel's biggest labour federation declared a general strike on Monday. "
     "The United States urged a compromise.", {"ISR"}),
    # abroad, against whom the story says, or no one
    ("LONDON, March 27 (Reuters) - Hundreds of Pakistani students protested outside the embassy on Monday. "
     "The United States urged calm.", set()),
])
def test_a_protest_where_its_people_live_is_aimed_at_their_state(every_event_coder, text, target):
    record = every_event_coder.code_text(text, published="2023-03-27")
    assert codes_of(record, _only(record, "PROTEST").target) == target


@pytest.mark.parametrize("text", [
    "Israel held Hamas responsible for the rocket fire.",  # the adjective hung on the object
    "Israel holds Hamas fully responsible for the attack.",  # read as a clause of its own
])
def test_holding_someone_responsible_blames_them_however_it_is_parsed(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2023-05-01")
    blame = _only(record, "ACCUSE")
    assert codes_of(record, blame.source) == {"ISR"}
    assert codes_of(record, blame.target) == {"PSE"}


def test_holding_those_responsible_to_account_blames_no_one_named(every_event_coder):
    record = every_event_coder.code_text('"The Iraqi authorities must now hold those responsible to account," '
                                         "Sweden's foreign minister said.", published="2023-07-20")
    assert not [e for e in record.events if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Ukraine says Russia is to blame for the strike on the hospital.",
    '"Russia is to blame for this tragedy," the Ukrainian president said.',
])
def test_whoever_is_to_blame_is_blamed_by_the_speaker(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2023-05-01")
    blame = _only(record, "ACCUSE")
    assert codes_of(record, blame.source) == {"UKR"}
    assert codes_of(record, blame.target) == {"RUS"}


@pytest.mark.parametrize("text", [
    "Kyrgyzstan and Tajikistan accused each other on Saturday of violating a ceasefire.",
    "Iran and Israel threatened each other with retaliation.",
])
def test_an_act_done_to_each_other_is_one_event_each_way(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2022-09-17")
    dyads = sorted((tuple(sorted(codes_of(record, e.source))), tuple(sorted(codes_of(record, e.target))))
                   for e in record.events)
    first, second = sorted({c for pair in dyads for side in pair for c in side})
    assert dyads == [((first,), (second,)), ((second,), (first,))], record.events


def test_a_meeting_of_two_parties_stays_one_event(every_event_coder):
    record = every_event_coder.code_text("Putin and Xi met in Beijing on Tuesday.", published="2023-03-21")
    assert len([e for e in record.events if e.event_type == "CONSULT"]) == 1


def test_an_appeal_said_again_without_its_verb_asks_its_second_addressees_too(every_event_coder):
    record = every_event_coder.code_text(
        "Russia called on Pyongyang to halt its nuclear activity and on Washington and Seoul to refrain "
        "from military exercises.", published="2016-09-09")
    appeal = next(e for e in record.events if e.event_type == "REQUEST")
    assert codes_of(record, appeal.target) == {"PRK", "USA", "KOR"}


def test_both_leaders_are_the_storys_two_countries(every_event_coder):
    record = every_event_coder.code_text(
        "Kyrgyzstan and Tajikistan traded fire on their border. The presidents of Kyrgyzstan and Tajikistan "
        "spoke by phone. Russia urged both leaders to take all measures to prevent escalation.",
        published="2022-09-17")
    appeal = next(e for e in record.events if e.event_type == "REQUEST")
    assert codes_of(record, appeal.target) == {"KGZ", "TJK"}
    # the event points at its own words, not at where the story first named each country
    assert {a.text for a in appeal.target} == {"both leaders"}


def test_a_clause_of_its_own_never_borrows_the_main_subject(every_event_coder):
    # "hours after airstrikes killed ...": the parser hangs "airstrikes" on "after", but the
    # killing is still the airstrikes', never the White House's
    record = every_event_coder.code_text(
        "The White House said it would review its military support for the Saudi-led coalition fighting in "
        "Yemen, hours after airstrikes on a crowded funeral hall in the capital killed more than 140 people.",
        published="2016-10-09")
    killing = next(e for e in record.events if e.trigger.text == "killed")
    assert "USA" not in codes_of(record, killing.source)
    # the subject hung on the conjunction is the clause's doer
    record = every_event_coder.code_text("Ukraine's president said talks were impossible since Russia invaded his "
                                         "country.", published="2022-05-01")
    invasion = next(e for e in record.events if e.trigger.text == "invaded")
    assert codes_of(record, invasion.source) == {"RUS"}


@pytest.mark.parametrize(("text", "target"), [
    # the doer its "by" phrase names, never whom the act befell
    ("Iran condemned the assassination of Qassem Soleimani by the United States.", {"USA"}),
    ("Iran condemned the killing of its general by the United States.", {"USA"}),
    ("The EU condemned the detention of opposition leaders by the Belarusian authorities.", {"BLR"}),
    # in the speaker's own name for the act, wherever the parser hangs the "by"
    ("Russia denounced what it called interference by the United States in its internal affairs.", {"USA"}),
    ("Iran condemned what it described as an act of aggression by Israel.", {"ISR"}),
    # a voted text's drafter is left to the object's own words
    ("Russia vetoed a UN draft resolution presented by Britain.", {"IGO"}),
])
def test_a_reaction_to_an_act_told_with_its_doer_is_aimed_at_the_doer(coder, text, target):
    record = coder.code_text(text, published="2020-01-05")
    reaction = next(e for e in record.events if e.trigger.text in ("condemned", "denounced", "vetoed"))
    assert codes_of(record, reaction.target) == target


@pytest.mark.parametrize(("text", "enemy"), [
    # help asked for or given against someone: the one it is against is not the one asked
    ("Ukraine pleaded for more help against Russian missile strikes.", "RUS"),
    ("Mali's president appealed for international support against Russian mercenaries.", "RUS"),
    ("Germany promised Kyiv more weapons against Russian drones.", "RUS"),
])
def test_whom_help_is_against_is_never_the_target(every_event_coder, text, enemy):
    record = every_event_coder.code_text(text, published="2024-03-04")
    acts = [e for e in record.events if e.event_type in ("REQUEST", "AGREE", "AID", "SUPPORT")]
    assert acts and all(enemy not in codes_of(record, e.target) for e in acts), \
        [(e.event_type, e.trigger.text, codes_of(record, e.target)) for e in record.events]


def test_a_call_for_sanctions_against_a_country_is_still_aimed_at_it(coder):
    record = coder.code_text("French lawmakers called for new sanctions against Iran.", published="2024-03-04")
    assert _only(record, "REQUEST") and codes_of(record, _only(record, "REQUEST").target) == {"IRN"}



def test_the_storys_pair_is_two_countries_never_one_named_two_ways(every_event_coder):
    # "the United States" and "Washington" are one country of the pair, Russia the other
    record = every_event_coder.code_text(
        "The United States and Russia suspended talks on Syria on Monday. Washington blamed Moscow for the "
        "collapse, and Washington said the truce was dead. The U.N. envoy urged both powers to keep the door "
        "open.", published="2016-10-04")
    appeal = next(e for e in record.events if e.trigger.text == "urged")
    assert codes_of(record, appeal.target) == {"USA", "RUS"}


def test_what_a_deal_calls_for_is_not_its_brokers_appeal(every_event_coder):
    # "The deal, brokered by the African Union, calls for ..." had the AU asking the
    # Tigrayan fighters to disarm, at 0.86; a missile's firer still strikes
    record = every_event_coder.code_text(
        "The deal, brokered by the African Union in Pretoria, calls for the disarmament of Tigrayan fighters.",
        published="2022-11-02")
    assert not [e for e in record.events if e.event_type == "REQUEST" and e.source], record.events
    record = every_event_coder.code_text("The missiles fired by the Israeli military struck a school in Gaza.",
                                         published="2024-01-02")
    assert [codes_of(record, e.source) for e in record.events if e.event_type == "ASSAULT"] == [{"ISR"}]
