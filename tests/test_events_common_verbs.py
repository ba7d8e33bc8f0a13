"""Acts said with a common verb made specific by its object or its clause: expelling or
recalling envoys, charging officers over a death, challenging someone to act."""

from __future__ import annotations

import pytest

from dyads.evaluate.expectations import codes_of


def test_ordering_an_envoy_out_and_recalling_ones_own_are_two_sanctions(every_event_coder):
    record = every_event_coder.code_text(
        "Iraq ordered Sweden's ambassador to leave the country on Thursday and recalled its own "
        "charge d'affaires from Stockholm.", published="2023-07-20")
    sanctions = [e for e in record.events if e.event_type == "SANCTION"]
    assert len(sanctions) == 2, record.events
    for event in sanctions:
        assert codes_of(record, event.source) == {"IRQ"}  # the recall too, though parsed under "leave"
        assert codes_of(record, event.target) == {"SWE"}


@pytest.mark.parametrize("text", [
    # the parser hangs "persona non grata" off the verb as a conjunct ...
    "On Thursday Ecuador declared Mexico's ambassador, Raquel Serur, persona non grata.",
    # ... or as a clause whose subject is the ambassador
    "On Thursday Ecuador declared Mexico's ambassador, Raquel Serur, persona non grata after Lopez Obrador "
    "suggested that the murder of a candidate had swung the election.",
])
def test_declaring_an_envoy_persona_non_grata_is_an_expulsion(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2024-04-06")
    sanctions = [e for e in record.events if e.event_type == "SANCTION"]
    assert sanctions and codes_of(record, sanctions[0].source) == {"ECU"}, record.events
    assert codes_of(record, sanctions[0].target) == {"MEX"}


@pytest.mark.parametrize(("text", "event_type"), [
    ("India summoned Canada's high commissioner, Cameron MacKay, on Tuesday.", "ACCUSE"),
    ("Canada expelled India's high commissioner on Monday.", "SANCTION"),
])
def test_a_high_commissioner_is_an_envoy(every_event_coder, text, event_type):
    record = every_event_coder.code_text(text, published="2023-09-21")
    found = [e for e in record.events if e.event_type == event_type]
    assert found and codes_of(record, found[0].target) == ({"CAN"} if "Canada's" in text else {"IND"}), record.events


def test_a_veto_of_a_bill_is_aimed_at_the_legislature_at_home(every_event_coder):
    record = every_event_coder.code_text("Georgia's parliament passed the law in May. President Salome Zourabichvili "
                                         "vetoed the bill on May 18.", published="2024-05-28")
    vetoes = [e for e in record.events if e.event_type == "REJECT"]
    assert vetoes and codes_of(record, vetoes[0].target) == {"GEO"}, record.events


def test_ordering_ones_envoy_home_is_no_expulsion(every_event_coder):
    record = every_event_coder.code_text("Iran ordered its ambassador to return home from London.")
    assert not [e for e in record.events if e.event_type == "SANCTION" and codes_of(record, e.target) == {"IRN"}]


def test_officers_charged_in_a_death_are_prosecuted_not_accused(every_event_coder):
    record = every_event_coder.code_text(
        "Baltimore's top prosecutor on Friday charged six police officers in the death of Freddie Gray.")
    assert [e.event_type for e in record.events] == ["COERCE"]


def test_challenging_someone_to_act_is_an_appeal_and_challenging_a_ruling_is_none(every_event_coder):
    record = every_event_coder.code_text("Senator Durbin challenged other Republican senators to meet Judge Garland.")
    assert [e.event_type for e in record.events] == ["REQUEST"]
    record = every_event_coder.code_text("Senator McConnell challenged the ruling in court.")
    assert not [e for e in record.events if e.event_type == "REQUEST"]


def test_a_country_named_before_an_inquiry_is_what_it_is_about(every_event_coder):
    record = every_event_coder.code_text(
        'Barr called the Russia investigation "a grave injustice done to a sitting president."')
    assert not [e for e in record.events if "RUS" in codes_of(record, e.source) | codes_of(record, e.target)]
    record = every_event_coder.code_text("The FBI investigation of Clinton angered Democrats.")
    assert any(codes_of(record, e.source) == {"USA"} for e in record.events)


def test_striking_a_port_with_missiles_is_an_attack(every_event_coder):
    record = every_event_coder.code_text("Russia struck the Ukrainian port of Odesa with missiles and drones overnight.")
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and codes_of(record, attacks[0].source) == {"RUS"} and codes_of(record, attacks[0].target) == {"UKR"}


def test_protesters_gathering_is_a_protest_and_officials_gathering_is_none(every_event_coder):
    record = every_event_coder.code_text("Several thousand protesters gathered outside the government building.")
    assert [e.event_type for e in record.events] == ["PROTEST"]
    record = every_event_coder.code_text("Officials gathered in Geneva for talks.")
    assert not [e for e in record.events if e.event_type == "PROTEST"]


def test_farmers_blocking_a_border_crossing_protest(every_event_coder):
    record = every_event_coder.code_text("Polish farmers blocked a border crossing for several hours on Thursday.")
    assert [e.event_type for e in record.events] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Now he is attacking a woman's weight.",
    "Trump has repeatedly attacked the judiciary since the order.",
])
def test_attacking_a_persons_traits_or_an_institution_is_words(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2017-02-09")
    assert [e.event_type for e in record.events] == ["ACCUSE"]


@pytest.mark.parametrize(("text", "kind"), [
    # a candidate or a senator commands no force: their attack on police or an army is words
    ("Hillary Clinton attacked law enforcement officers nationwide on Tuesday.", "ACCUSE"),
    ("Senator John McCain attacked the Russian army for its bombing of Aleppo.", "ACCUSE"),
    # a head of government's attack on an armed group may be their forces'
    ("Netanyahu attacked Hamas in Gaza.", "ASSAULT"),
])
def test_an_attack_by_a_person_who_commands_no_force_is_words(every_event_coder, text, kind):
    record = every_event_coder.code_text(text, published="2016-09-21")
    assert [e.event_type for e in record.events] == [kind]


@pytest.mark.parametrize("text", [
    "Democrats in the House of Representatives impeached President Donald Trump on Wednesday.",
    "South Korea's National Assembly voted to impeach President Yoon Suk Yeol on Saturday.",
])
def test_an_impeachment_is_a_legislatures_formal_charge(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2024-12-14")
    charge = next(e for e in record.events if e.event_type == "ACCUSE")
    assert charge.cameo == "112" and charge.mode == "allege"
    assert codes_of(record, charge.target) in ({"USA"}, {"KOR"})


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Germany stands with Israel.", "DEU", "ISR"),
    ("Germany's foreign minister said Berlin stood firmly by Israel's side.", "DEU", "ISR"),
    ("Japan stands in solidarity with Turkey.", "JPN", "TUR"),
    ("Hungary sided with Russia in the vote.", "HUN", "RUS"),
])
def test_standing_with_another_is_support(every_event_coder, text, source, target):
    record = every_event_coder.code_text(text, published="2023-05-01")
    support = [e for e in record.events if e.event_type == "SUPPORT"]
    assert len(support) == 1, record.events
    assert codes_of(record, support[0].source) == {source}
    assert codes_of(record, support[0].target) == {target}


def test_standing_with_someone_at_a_podium_is_where_one_stands(every_event_coder):
    record = every_event_coder.code_text("Zelensky stood with Biden at the podium in the Rose Garden.",
                                         published="2023-05-01")
    assert not [e for e in record.events if e.event_type == "SUPPORT"]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # ruling out talks refuses to meet, not a meeting that failed to happen
    ("Pakistan ruled out talks with India.", "REJECT", "PAK", "IND"),
    # signalling openness to talks is an intent to meet
    ("The Kremlin signaled openness to talks with Washington.", "AGREE", "RUS", "USA"),
    # lifting a veto gives up a block: a concession, no veto
    ("Turkey lifted its veto on Sweden's NATO membership.", "CONCEDE", "TUR", "SWE"),
    # whoever joins another in condemning condemns
    ("France joined Germany in condemning Russia.", "ACCUSE", "FRA", "RUS"),
])
def test_common_verbs_made_specific(every_event_coder, text, event_type, source, target):
    record = every_event_coder.code_text(text, published="2023-05-01")
    events = [e for e in record.events if e.confidence >= 0.2]
    assert [e.event_type for e in events] == [event_type], record.events
    assert codes_of(record, events[0].source) == {source}
    assert codes_of(record, events[0].target) == {target}


@pytest.mark.parametrize(("text", "event_type"), [
    # an ad that attacks is words, and releasing it frees no one
    ("Hillary Clinton's campaign released an ad attacking Donald Trump over his tax returns.", "ACCUSE"),
    # firing back at a rival, between persons, is words
    ("Hillary Clinton fired back at Donald Trump during the rally.", "ACCUSE"),
    # distancing oneself from another's words disapproves of their maker
    ("House Speaker Paul Ryan distanced himself from Donald Trump's comments about the judge.", "ACCUSE"),
    # campaigning for someone backs them
    ("Barack Obama campaigned for Hillary Clinton in Ohio on Monday.", "SUPPORT"),
])
def test_campaign_words_between_politicians(every_event_coder, text, event_type):
    record = every_event_coder.code_text(text, published="2016-10-01")
    events = [e for e in record.events if e.confidence >= 0.2]
    assert [e.event_type for e in events] == [event_type], record.events
    assert codes_of(record, events[0].source) == {"USA"}
    assert codes_of(record, events[0].target) == {"USA"}


@pytest.mark.parametrize("text", [
    # an endorsement taken back is no endorsement, and no troops pulled back
    "Senator John McCain withdrew his endorsement of Donald Trump.",
    # campaigning for an office is one's own run
    "When you are campaigning for president, this is one reason Donald Trump is hurting.",
])
def test_campaign_acts_that_are_no_event(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2016-10-01")
    assert not [(e.event_type, e.realis) for e in record.events
                if e.confidence >= 0.2 or e.event_type == "RETREAT" or e.realis == "asserted"]


def test_an_expulsion_is_sanction_expel_and_a_recall_sanction_withdraw(every_event_coder):
    # the coding guide's modes: "Peru recalled its ambassador (withdraw)"; expelling another's is expel
    record = every_event_coder.code_text("Iraq expelled Sweden's ambassador on Thursday and recalled its own "
                                         "charge d'affaires from Stockholm.", published="2023-07-20")
    codes = sorted((e.cameo, e.mode) for e in record.events if e.event_type == "SANCTION")
    assert codes == [("161", "withdraw"), ("166", "expel")], record.events


def test_missiles_launched_at_a_country_are_an_assault_on_it(every_event_coder):
    record = every_event_coder.code_text("Iran launched hundreds of drones and missiles at Israel.",
                                         published="2024-04-14")
    events = [e for e in record.events if e.confidence >= 0.2]
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in events] == [
        ("ASSAULT", {"IRN"}, {"ISR"})], record.events


def test_throwing_ones_support_behind_another_backs_them(every_event_coder):
    record = every_event_coder.code_text("Bernie Sanders threw his support behind Hillary Clinton on Tuesday.",
                                         published="2016-07-12")
    support = _support_of(record)
    assert codes_of(record, support.target) == {"USA"}
    assert "Clinton" in " ".join(a.text for a in support.target)


def _support_of(record):
    found = [e for e in record.events if e.event_type == "SUPPORT"]
    assert len(found) == 1, record.events
    return found[0]


def test_a_vow_to_respond_to_anothers_strike_threatens_it_a_refusal_to_respond_says_nothing(every_event_coder):
    record = every_event_coder.code_text(
        "Iran vowed to respond to Israel's strike on its consulate in Damascus. The White House declined "
        "to respond to questions about the strike.", published="2024-04-02")
    threats = [e for e in record.events if e.event_type == "THREATEN"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in threats] == [({"IRN"}, {"ISR"})]
    assert not any(codes_of(record, e.source) == {"USA"} for e in record.events), record.events


@pytest.mark.parametrize(("text", "event_type", "target"), [
    ("South Korea's foreign ministry expressed regret over Japan's decision to release the water.", "ACCUSE", {"JPN"}),
    ("China expressed strong dissatisfaction with the U.S. sanctions.", "ACCUSE", {"USA"}),
    # regret for one's own country's deeds is an apology
    ("Japan's prime minister expressed regret for the suffering caused by Japan's wartime actions.", "CONCEDE", None),
])
def test_regret_over_anothers_act_deplores_it_regret_for_ones_own_apologises(every_event_coder, text, event_type,
                                                                              target):
    record = every_event_coder.code_text(text, published="2024-03-01")
    event = next(e for e in record.events if e.trigger.text.startswith("expressed"))
    assert event.event_type == event_type, record.events
    if target:
        assert codes_of(record, event.target) == target


@pytest.mark.parametrize(("text", "strike"), [
    ("The RMT union called a national rail strike for next week.", True),
    ('British Prime Minister Rishi Sunak called the strikes "limited, necessary and proportionate action in '
     'self-defence."', False),
])
def test_calling_a_strike_is_one_calling_air_strikes_something_is_none(every_event_coder, text, strike):
    record = every_event_coder.code_text("LONDON (Reuters) — " + text, published="2024-01-12")
    assert ("PROTEST" in [e.event_type for e in record.events]) is strike, record.events


@pytest.mark.parametrize(("text", "call"), [
    ("U.S. Secretary of State Antony Blinken also called Armenian Prime Minister Nikol Pashinyan on Tuesday.", True),
    ("Biden called Netanyahu on Sunday to discuss the hostages.", True),
    # a person called something, an election called, an appeal: no telephone call
    ("Trump called Putin a killer in an interview.", False),
    ('Trump called Putin "a very smart guy" in an interview.', False),
    ("The prime minister called elections for January.", False),
    ("Clinton called on Trump to release his tax returns.", False),
])
def test_calling_a_named_person_is_a_telephone_call(every_event_coder, text, call):
    record = every_event_coder.code_text(text, published="2023-09-20")
    assert ("041" in [e.cameo for e in record.events]) is call, record.events


@pytest.mark.parametrize(("text", "suspension"), [
    ("The African Union suspended Gabon on Thursday.", True),
    ("The Commonwealth suspended Fiji after the coup.", True),
    # a member of a party, operations or talks: no member state suspended
    ("The Labour Party suspended Corbyn in 2020.", False),
    ("The company suspended operations in Russia.", False),
])
def test_a_body_suspending_a_member_state_sanctions_it(every_event_coder, text, suspension):
    record = every_event_coder.code_text(text, published="2023-08-31")
    assert ("160" in [e.cameo for e in record.events]) is suspension, record.events


@pytest.mark.parametrize(("text", "seizure"), [
    ("The Taliban captured Kabul on Sunday.", {"AFG"}),
    ("Russian forces captured Kherson on Wednesday.", {"UKR"}),
    # a person captured is no territory taken
    ("Police captured Smith after a chase.", None),
])
def test_capturing_a_named_city_seizes_territory(every_event_coder, text, seizure):
    record = every_event_coder.code_text(text, published="2022-03-03")
    assert _targets_coded(record, "192") == ([seizure] if seizure else []), record.events


@pytest.mark.parametrize(("text", "stopped"), [
    ("Canada halted arms sales to Iran.", {"IRN"}),
    ("Britain suspended weapons deliveries to Israel.", {"ISR"}),
    # sales of anything else stop no military help
    ("The factory halted sales of cars to Iran.", None),
])
def test_stopping_arms_sales_stops_military_help(every_event_coder, text, stopped):
    record = every_event_coder.code_text(text, published="2023-05-10")
    assert _targets_coded(record, "1622") == ([stopped] if stopped else []), record.events


def _targets_coded(record, code):
    """The target countries of each event of this CAMEO code."""
    return [codes_of(record, e.target) for e in record.events if e.cameo == code]


@pytest.mark.parametrize(("text", "code", "target"), [
    # a treaty held in abeyance or ended, supplies cut, advisers sent home
    ("India on Wednesday suspended a decades-old water-sharing treaty with Pakistan.", "160", {"PAK"}),
    ("Nigeria cut electricity supplies to its neighbour Niger.", "160", {"NER"}),
    ("India ordered Pakistani military advisers to leave the country.", "166", {"PAK"}),
    # ending a war or a strike is no cut in ties
    ("The two sides agreed to end the war.", "160", None),
])
def test_suspending_a_treaty_or_cutting_supplies_reduces_ties(every_event_coder, text, code, target):
    record = every_event_coder.code_text(text, published="2025-04-23")
    assert _targets_coded(record, code) == ([target] if target else []), record.events


def test_speaking_to_a_named_leader_is_a_meeting_wherever_the_story_is_filed(every_event_coder):
    # a dateline says nothing of where they talked (it may be a call): no visit to India
    record = every_event_coder.code_text("NEW DELHI, April 24 (Dyads Wire) - U.S. President Donald Trump spoke to "
                                         "Modi and offered his full support.", published="2025-04-24")
    assert _targets_coded(record, "040") == [{"IND"}], record.events
    record = every_event_coder.code_text("Trump spoke to reporters at the White House.", published="2025-04-24")
    assert not [e for e in record.events if e.event_type == "CONSULT" and e.target], record.events


@pytest.mark.parametrize(("text", "target"), [
    ("VIENNA (Dyads Wire) - The U.N. nuclear watchdog's board on Thursday declared Iran in breach of its "
     "non-proliferation obligations.", {"IRN"}),
    ("The court found Russia in violation of the convention.", {"RUS"}),
    # a state of emergency declared in breach of the constitution accuses no one
    ("The government declared a state of emergency in breach of the constitution.", None),
])
def test_declaring_a_state_in_breach_accuses_it(every_event_coder, text, target):
    record = every_event_coder.code_text(text, published="2025-06-12")
    assert _targets_coded(record, "112") == ([target] if target else []), record.events


def test_dismissing_officials_from_their_posts_rejects_nothing(every_event_coder):
    record = every_event_coder.code_text(
        "ANKARA (Dyads Wire) - Turkish authorities have suspended or dismissed tens of thousands of soldiers, judges "
        "and teachers since the attempted coup.", published="2016-10-03")
    assert not [e for e in record.events if e.event_type == "REJECT"], record.events
