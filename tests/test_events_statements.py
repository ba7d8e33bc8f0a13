"""What leaders say about each other is an event (issue 12): each statement form, as a case.

A quote or attribution whose speaker is an actor and whose cue or content judges,
asks of, refuses or threatens another actor is one event, pointing at its quote;
a plain report is none; a news agency is never a source; a statement whose cue is
already a trigger is one event, not two."""

from __future__ import annotations

import pytest

from dyads.evaluate.expectations import codes_of
from dyads.events.statement_words import statement_words_from
from tests.conftest import actor_named


def statements_of(coder, text):
    record = coder.code_text(text, published="2020-01-15")
    return record, [e for e in record.events if e.quote is not None]


def quoted(record, event_type):
    """The record's events of this type that code a quote."""
    return [e for e in record.events if e.event_type == event_type and e.quote is not None]


def targets_of(record, events, field):
    """For each event, a field ("name", "sector") of each of its targets."""
    return [[getattr(record.actor(a.actor), field) for a in e.target] for e in events]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # evaluative words in the content of a neutral cue
    ("France's foreign ministry said Washington's decision was illegal and unacceptable.", "ACCUSE", "FRA", "USA"),
    # an appeal whose subject is its addressee
    ('"Israel must stop the settlement construction now," the Egyptian foreign minister said.',
     "REQUEST", "EGY", "ISR"),
    # the cue says the kind; the addressee is its object
    ("Germany's chancellor urged Russia to withdraw its troops from the border.", "REQUEST", "DEU", "RUS"),
    # the judgement is the content's word, not the cue's
    ("Britain's foreign secretary said Russia's conduct was intolerable.", "ACCUSE", "GBR", "RUS"),
    # "US" is the country, not the pronoun "us"; the wished-for act is the appeal's content
    ("Japan's prime minister said the US must be ready to lift the tariffs.", "REQUEST", "JPN", "USA"),
    # naming the one behind an act is blaming them
    ("Ukraine's president said Russia was behind the attack on the dam.", "ACCUSE", "UKR", "RUS"),
    # and so is naming whose work it was, or who was responsible for it
    ("Iraq's interior ministry said the bombing was the work of the Islamic State group.", "ACCUSE", "IRQ", "IMG"),
    ("Syria said Israel was responsible for the air strike near Damascus.", "ACCUSE", "SYR", "ISR"),
    # a decision called a win for someone is praise of its maker
    ("The German chancellor said the French decision was a victory for Europe.", "SUPPORT", "DEU", "FRA"),
    # what the words are said of: the maker of the thing judged
    ('"It is a historic step," the French foreign minister said of Germany\'s decision.', "SUPPORT", "FRA", "DEU"),
    # what the speaker insists another do is an appeal to it
    ("Russia's foreign ministry insisted that Pyongyang stop its dangerous escapades.", "REQUEST", "RUS", "PRK"),
    # saying another is absolutely right backs them
    ("The Japanese prime minister said the American president was absolutely right.", "SUPPORT", "JPN", "USA"),
    # a proposal ruled out is rejected
    ("Iran's foreign minister said the American proposal was out of the question.", "REJECT", "IRN", "USA"),
    # disregard of rules or demands is said only to condemn it
    ("Germany's foreign ministry said Russia had shown blatant disregard for international law.",
     "ACCUSE", "DEU", "RUS"),
    # whoever regards a thing as something holds the view; the thing's maker is judged
    ('The Kremlin said Putin regarded the American strike on Syria as "aggression against a sovereign state."',
     "ACCUSE", "RUS", "USA"),
])
def test_a_statement_about_another_actor_is_an_event_of_the_speaker(coder, text, event_type, source, target):
    record, statements = statements_of(coder, text)
    assert [e.event_type for e in statements] == [event_type], record.events
    event = statements[0]
    assert codes_of(record, event.source) == {source}
    assert codes_of(record, event.target) == {target}
    assert record.quotes[event.quote].speaker == event.source[0].actor  # the event points at its quote


def test_a_plain_report_of_plans_is_no_statement_event(coder):
    _, statements = statements_of(
        coder, "The Egyptian foreign minister said Israel's prime minister would arrive in Cairo next week.")
    assert statements == []


def test_a_news_agency_is_never_the_source_of_a_statement(coder):
    record, statements = statements_of(coder, "Reuters reported that Israel's decision was illegal.")
    assert all("Reuters" not in a.text for e in statements for a in e.source), statements


def test_a_statement_whose_cue_is_a_trigger_is_one_event(coder):
    record = coder.code_text("Egypt condemned Israel's decision, the foreign ministry said.", published="2020-01-15")
    accusations = [e for e in record.events if e.event_type == "ACCUSE"]
    assert len(accusations) == 1, record.events


def test_a_negated_welcome_is_no_support_that_happened(coder):
    record, _ = statements_of(
        coder, "Egypt's foreign ministry said it did not welcome Israel's decision to annex the valley.")
    assert [e.realis for e in record.events if e.event_type == "SUPPORT"] in ([], ["negated"]), record.events


def test_saying_someone_is_not_welcome_rebukes_them(coder):
    record, _ = statements_of(
        coder, 'Former Mexican President Vicente Fox said Donald Trump was "not welcome" in Mexico.')
    assert [(e.event_type, codes_of(record, e.target)) for e in record.events if e.quote is not None] == [
        ("ACCUSE", {"USA"})], record.events  # before: a refusal (REJECT)


def test_the_statement_lexicon_needs_an_appeal_entry():
    with pytest.raises(ValueError, match="REQUEST"):
        statement_words_from({"cues": {}, "content": {"ACCUSE": {"cameo": "111", "words": ["illegal"]}}})


def test_a_statement_event_points_at_its_word_in_a_later_paragraph_of_the_quote(every_event_coder):
    text = ('The German foreign minister said on Monday: "We have waited long enough for an answer.\n\n'
            '"The Russian government is guilty of a shameful violation of the border."')
    record = every_event_coder.code_text(text, published="2020-01-15")
    statements = [e for e in record.events if e.quote is not None]
    assert [e.event_type for e in statements] == ["ACCUSE"], record.events
    for event in statements:
        assert record.article.text[event.trigger.start:event.trigger.end] == event.trigger.text, event


def test_every_word_of_the_statement_and_cue_lexicons_is_a_word():
    """YAML reads a bare on, no, yes or off as true or false: such a word would never match."""
    from importlib import resources

    import yaml

    def words(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                yield key
                yield from words(inner)
        elif isinstance(value, list):
            for inner in value:
                yield from words(inner)
        else:
            yield value

    for package, name in (("dyads.events", "data/statements.yaml"), ("dyads", "lexicon/quote_cues.yaml")):
        data = yaml.safe_load(resources.files(package).joinpath(name).read_text("utf-8"))
        assert not [w for w in words(data) if isinstance(w, bool)], name


def test_no_before_an_evaluative_word_cancels_the_accusation(coder):
    _, statements = statements_of(
        coder, "Egypt's foreign minister said Israel's decision was no violation of the treaty.")
    assert [e.event_type for e in statements if e.event_type == "ACCUSE"] == [], statements


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # a document speaks for whoever issued it
    ("A statement from the Turkish foreign ministry said the Greek decision was a violation of the treaty.",
     "ACCUSE", "TUR", "GRC"),
    ("According to a communique from the Russian foreign ministry, the Ukrainian decision was a provocation.",
     "ACCUSE", "RUS", "UKR"),
    # a spokesperson speaks for the body its "for" names
    ("A spokesman for the Kremlin said the British accusations were baseless.", "REJECT", "RUS", "GBR"),
    # the maker of what is judged, named by "by"
    ("The Kremlin said the accusations made by British officials were baseless.", "REJECT", "RUS", "GBR"),
])
def test_a_statement_is_coded_for_whom_the_speaker_speaks(coder, text, event_type, source, target):
    record, statements = statements_of(coder, text)
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in statements] == [
        (event_type, {source}, {target})], record.events


def test_a_statement_judging_a_named_act_is_coded_beside_the_act(coder):
    """'the Malian army's seizure of power was illegal' judges an act the content names:
    the judgement is the speaker's event; a content that reports an act ('said Russia
    attacked ...') stays that act alone."""
    _, statements = statements_of(
        coder, "The French president said the Malian army's seizure of power was illegal.")
    assert [e.event_type for e in statements] == ["ACCUSE"], statements
    _, statements = statements_of(coder, "The French president said the Malian army seized power illegally.")
    assert statements == [], statements


def test_the_actor_a_quote_judges_may_be_named_sentences_later_in_the_quote(coder):
    text = ('The American defence secretary spoke to reporters in Hanoi on Tuesday. "This intimidation is '
            'unacceptable. We will stand with our partners in the region. China is the country behind it," he said.')
    record, statements = statements_of(coder, text)
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in statements] == [
        ("ACCUSE", {"USA"}, {"CHN"})], record.events


def test_two_actors_named_later_in_the_quote_leave_the_target_unknown(coder):
    text = ('The American defence secretary spoke to reporters in Hanoi on Tuesday. "This intimidation is '
            'unacceptable. China is near, and Russia is watching," he said.')
    _, statements = statements_of(coder, text)
    assert statements == [], statements


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    ("The Iranian foreign minister lashed out at Saudi Arabia over the executions.", "ACCUSE", "IRN", "SAU"),
    ("The Turkish president railed against the European Union's decision.", "ACCUSE", "TUR", "IGO"),
    # the particle carries whom it judges, as "at" and "against" do
    ("The Iranian foreign minister tore into Saudi Arabia over the executions.", "ACCUSE", "IRN", "SAU"),
    ("The German chancellor thanked France for its help with the refugees.", "SUPPORT", "DEU", "FRA"),
    ("The Egyptian president appealed to Israel to halt the raids.", "REQUEST", "EGY", "ISR"),
    # the words of partisan attack
    ("Iranian officials seized upon the Saudi crown prince's remarks about the war.", "ACCUSE", "IRN", "SAU"),
    ("Turkish lawmakers grilled the Greek ambassador over the border incident.", "ACCUSE", "TUR", "GRC"),
])
def test_every_statement_cue_makes_a_quote_and_its_event(coder, text, event_type, source, target):
    record, statements = statements_of(coder, text)
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in statements] == [
        (event_type, {source}, {target})], record.events


def test_every_statement_cue_is_a_quote_cue():
    from dyads.events.statement_words import statement_words
    from dyads.quotes import cues

    vocabulary = cues()
    known = vocabulary.verbs | vocabulary.object_verbs | set(vocabulary.object_particles)
    words = statement_words()
    missing = (set(words.cue_lemmas) | set(words.cue_particles)) - known
    assert not missing, sorted(missing)


def test_a_ministry_naming_its_own_capital_does_not_target_it(coder):
    record, statements = statements_of(coder, "China's foreign ministry said Beijing would respond to the hostile move.")
    assert not [e for e in statements if codes_of(record, e.target) == {"CHN"}], statements


@pytest.mark.parametrize("text", [
    "Dmitry Peskov said Russia would respond to Britain's move.",
    "A Russian scholar said the Kremlin would respond.",
    "Analysts said Iran would retaliate against Israel.",
])
def test_a_threat_told_of_another_is_not_the_speakers_threat_against_it(coder, text):
    # the one who would respond is the threatener: never the target of the one who reports it
    record, statements = statements_of(coder, text)
    assert not [e for e in statements if e.event_type == "THREATEN"], statements


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Joe Biden warned that Russia would pay a heavy price.", {"USA"}, {"RUS"}),
    ("North Korea's defence ministry said South Korea would \"pay dearly\" for its decision.", {"PRK"}, {"KOR"}),
])
def test_the_one_who_would_pay_a_price_is_threatened(coder, text, source, target):
    record, statements = statements_of(coder, text)
    threats = [e for e in statements if e.event_type == "THREATEN"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in threats] == [(source, target)]


def test_an_iron_fist_is_a_threat(coder):
    record, statements = statements_of(coder, "Iran's foreign minister said Tehran would answer any Israeli "
                                              "aggression with an iron fist.")
    threats = [e for e in statements if e.event_type == "THREATEN"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in threats] == [({"IRN"}, {"ISR"})]


def test_a_word_that_names_a_group_judges_no_one(coder):
    # "criminals" is the group named, not a judgement of someone in the content
    _, statements = statements_of(coder, (
        "Donald Trump spoke in Herndon, Virginia on Monday. President Obama and the FBI were in Washington. "
        "He said the nation has become \"more interested in protecting the criminals than in making sure that "
        "we're strong.\""))
    assert not [e for e in statements if e.event_type == "ACCUSE"], statements


def test_the_demands_of_others_are_no_appeal_of_the_speaker(coder):
    record, statements = statements_of(
        coder, "The International Atomic Energy Agency said North Korea had displayed complete disregard of the "
                      "repeated demands of the international community.")
    assert not [e for e in statements if e.event_type == "REQUEST"], statements


def test_a_demand_worded_with_blame_is_a_demand(coder):
    record, statements = statements_of(coder, "Jordan's foreign minister said Israel must halt its illegal settlement "
                                              "expansion.")
    assert [e.event_type for e in statements] == ["REQUEST"], record.events
    assert codes_of(record, statements[0].target) == {"ISR"}


def test_praise_and_blame_in_equal_measure_is_no_statement_event(coder):
    _, statements = statements_of(coder, "Kenya's president said the Ugandan decision was courageous but dangerous.")
    assert statements == []


def test_an_appeal_made_while_telling_someone_is_addressed_to_them(coder):
    record, statements = statements_of(coder, "Sen. Ben Sasse told Hawk Sawyer, the director of the Bureau of Prisons, "
                                              "repeatedly calling for an explanation of the failure.")
    assert [(e.event_type, codes_of(record, e.target)) for e in statements] == [("REQUEST", {"USA"})]


def test_an_appeal_made_while_telling_reporters_is_not_aimed_at_them(coder):
    record, statements = statements_of(coder, "Sen. Ben Sasse told reporters on Monday, repeatedly calling for an "
                                              "explanation of the failure.")
    assert not [e for e in statements if e.target], statements


def test_an_allegation_against_a_doer_of_unknown_country_never_targets_the_victims(coder):
    record, statements = statements_of(coder, "Prosecutors in New York alleged that Tom Berg abused girls at his homes "
                                              "in Manhattan.")
    assert not [e for e in statements if e.target], [(e.event_type, e.target) for e in statements]


def test_a_judgement_on_no_named_actor_in_a_one_country_story_is_about_that_country(coder):
    record, statements = statements_of(coder, 'Senator Ben Sasse called the death of the inmate "a crisis of '
                                              'public trust" in the federal prison system of the United States.')
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in statements] \
        == [("ACCUSE", {"USA"}, {"USA"})]
    assert statements[0].target[0].text == "crisis"  # the word the judgement rests on


def test_a_judgement_on_no_named_actor_in_a_story_of_two_countries_is_no_event(coder):
    _, statements = statements_of(coder, 'Senator Ben Sasse called the death of the inmate "a crisis of '
                                         'public trust" after talks between the United States and Mexico.')
    assert statements == []


def test_an_appeal_cue_that_is_a_trigger_and_names_no_one_is_about_the_speakers_country(coder):
    text = ('"You are in this job because of this crisis," Senator Ben Sasse told the prisons director, repeatedly '
            'calling for an explanation of how the prison system failed. The United States holds 150,000 federal '
            'inmates.')
    record, statements = statements_of(coder, text)
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target), e.trigger.text)
            for e in statements] == [("REQUEST", {"USA"}, {"USA"}, "calling for")]


@pytest.mark.parametrize("judged", ["the sanctions were illegal", "the decision was a mistake"])
def test_a_statement_on_an_act_told_before_is_about_its_maker(every_event_coder, judged):
    record = every_event_coder.code_text(
        "The United States on Thursday imposed sanctions on Iran's foreign minister.\n\n"
        f"Russia's foreign ministry said {judged}.", published="2019-08-01")
    accusations = [e for e in record.events if e.event_type == "ACCUSE"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in accusations] == [({"RUS"}, {"USA"})]


def test_a_plan_against_a_wrong_blames_no_one(every_event_coder):
    # "fraud" is what the plan eliminates, not a charge against the speaker's own country
    record = every_event_coder.code_text("Trump says he would pay for it by eliminating the system's fraud.",
                                         published="2016-09-21")
    assert not [e for e in record.events if e.event_type == "ACCUSE"]
    record = every_event_coder.code_text("Senator Elizabeth Warren said Wells Fargo's behavior was a fraud.",
                                         published="2016-09-21")
    assert [e.event_type for e in record.events] == ["ACCUSE"]


def test_a_denial_is_not_a_statement_about_the_speakers_own_country(every_event_coder):
    record = every_event_coder.code_text("Turkish President Recep Tayyip Erdogan's government denies that the "
                                         "investigations are politically motivated.", published="2025-03-19")
    assert not any(codes_of(record, e.target) == {"TUR"} for e in record.events if e.event_type == "REJECT")
    # denying a thing asked for is a refusal
    record = every_event_coder.code_text("Ankara's Cankaya district administration has denied land allocation "
                                         "for the construction of an Alewite temple.", published="2005-01-01")
    assert [e.event_type for e in record.events] == ["REJECT"]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Moscow said it would take military-technical measures if Finland allowed NATO bases on its soil.",
     "RUS", "FIN"),
    ("Pakistan's foreign office said Islamabad would reconsider its entire relationship with Kabul if "
     "cross-border attacks continued.", "PAK", "AFG"),
])
def test_a_conditional_act_of_the_speakers_side_is_a_threat(every_event_coder, text, source, target):
    record = every_event_coder.code_text(text, published="2022-05-01")
    threats = [e for e in record.events if e.event_type == "THREATEN"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in threats] == [({source}, {target})]
    assert threats[0].quote is not None


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The European Union said it would send aid to Ukraine if the war ended.", "IGO", "UKR"),
    ("Hamas said it would release the hostages if Israel agreed to a ceasefire.", None, None),
])
def test_a_cooperative_act_offered_on_a_condition_is_an_offer_not_a_threat(every_event_coder, text, source, target):
    record = every_event_coder.code_text(text, published="2023-11-01")
    assert not [e for e in record.events if e.event_type == "THREATEN"]
    offers = [e for e in record.events if e.event_type == "AGREE"]
    assert offers and offers[0].cameo.startswith("03")
    if source:
        assert (codes_of(record, offers[0].source), codes_of(record, offers[0].target)) == ({source}, {target})


@pytest.mark.parametrize("text", [
    "China said it would impose sanctions on Lithuania if the office opened.",
    "North Korea said it would not resume talks with Seoul unless the drills were cancelled.",
])
def test_a_hostile_act_on_a_condition_or_any_act_unless_is_still_a_threat(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2022-01-01")
    assert [e for e in record.events if e.event_type == "THREATEN"]


def test_a_forecast_on_a_condition_is_no_threat(every_event_coder):
    record = every_event_coder.code_text("The German finance minister said the economy would grow if the central "
                                         "bank cut interest rates.", published="2022-05-01")
    assert not [e for e in record.events if e.event_type == "THREATEN"]


def test_condemning_an_act_told_before_as_a_noun_is_about_its_owner(coder):
    record = coder.code_text("The Security Council made a strong condemnation of North Korea's latest nuclear test.\n\n"
                             "President Obama condemned Friday's test as provocative and destabilizing.",
                             published="2016-09-10")
    obama = [e for e in record.events if e.event_type == "ACCUSE" and e.trigger.text == "condemned"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in obama] == [({"USA"}, {"PRK"})]


def test_obama_in_2016_is_the_american_president(coder):
    record = coder.code_text("Obama condemned the test on Friday.", published="2016-09-10")
    assert [(a.name, a.code) for a in record.actors if a.name.endswith("Obama")] == [("Barack Obama", "USA")]


def test_insisting_that_something_is_so_is_no_appeal(coder):
    record = coder.code_text("The Iranian foreign minister insisted that the talks with France were going well.",
                             published="2016-09-10")
    assert not [e for e in record.events if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    # the verb of force introduces a quote
    'Senator John McCain attacked Hillary Clinton on Tuesday: "She lied about the emails and she knows it."',
    # a participle of saying in its clause does
    'Donald Trump attacked Hillary Clinton in a speech in Ohio, calling her "a disaster".',
    # no quote, but a senator does it to a candidate
    "Senator Ted Cruz attacked Donald Trump on Monday.",
    # a named person of no known sector speaks too
    'David Axelrod attacked Howard Dean on Wednesday: "That was outrageous, and he knows it."',
    # a candidate's attacks on a judge, told as a noun, and on a verb
    "WASHINGTON — Donald Trump's attacks on the federal judge grew sharper on Tuesday.",
    "WASHINGTON — Donald Trump attacked the federal judge again on Tuesday.",
])
def test_an_attack_told_in_words_is_an_accusation(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2016-09-15")
    assert [e.event_type for e in record.events] == ["ACCUSE"], record.events


@pytest.mark.parametrize("text", [
    # armed doers and states or places attacked keep their force, words or not
    'The militants attacked the army base, saying "this is revenge for our brothers".',
    "Russian President Vladimir Putin attacked Ukraine on Thursday, saying it threatened Russia.",
    "Israeli Prime Minister Benjamin Netanyahu attacked Hamas on Monday.",
    # a private person's attack is no speech
    "A man attacked a police officer in Paris, saying he wanted revenge.",
])
def test_an_attack_by_arms_or_on_a_state_stays_an_assault(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2016-09-15")
    assert "ACCUSE" not in [e.event_type for e in record.events], record.events
    assert "ASSAULT" in [e.event_type for e in record.events], record.events


@pytest.mark.parametrize(("text", "target"), [
    ("The Chinese government protested the visit of the Japanese prime minister.", "JPN"),
    ("The Chinese foreign ministry protested strongly against the remarks by the Japanese minister.", "JPN"),
    ("On Wednesday Poland's foreign ministry summoned Ukraine's ambassador to Warsaw to protest against "
     "Zelensky's remarks.", "UKR"),
])
def test_a_states_protest_is_a_complaint_in_words(every_event_coder, text, target):
    record = every_event_coder.code_text(text, published="2023-09-21")
    complaints = [e for e in record.events if e.event_type == "ACCUSE" and e.cameo == "114"]
    assert complaints and codes_of(record, complaints[0].target) == {target}, record.events
    assert "PROTEST" not in [e.event_type for e in record.events]


@pytest.mark.parametrize(("text", "event_type"), [
    # dismissing someone named belittles them
    ('In July, Newt Gingrich dismissed NATO member Estonia as being in the "suburbs of St. Petersburg."',
     "ACCUSE"),
    # dismissing what was said or proposed refuses it
    ("Estonia's foreign minister dismissed Newt Gingrich's proposal as dangerous.", "REJECT"),
])
def test_dismissing_someone_is_blame_and_dismissing_a_claim_a_refusal(every_event_coder, text, event_type):
    record = every_event_coder.code_text(text, published="2016-09-10")
    assert [e.event_type for e in record.events if e.trigger.text.startswith("dismissed")] == [event_type], \
        record.events


def test_people_who_protest_still_demonstrate(every_event_coder):
    record = every_event_coder.code_text("Thousands of students protested against the verdict in Dhaka on Friday.",
                                         published="2023-09-21")
    assert [e.event_type for e in record.events] == ["PROTEST"], record.events


def test_a_meeting_at_a_quotes_cue_takes_no_target_from_what_was_said(coder):
    # "spoke to white voters about police shootings" quotes what she said; those it is
    # about are no party to a meeting
    record = coder.code_text("Hillary Clinton spoke directly to white voters in Charlotte on Tuesday about police"
                             ' shootings. "We have to do better," Clinton said.', published="2016-09-20")
    assert [e for e in record.events if e.event_type == "CONSULT"] == []


def test_an_appeal_told_only_by_its_words_asks_no_one_when_it_names_no_one(coder):
    # "has to be a key element of any tax reform" names no addressee: no appeal to the
    # speaker's own country (a judgement of a state of affairs still falls back on it)
    _, statements = statements_of(coder, "U.S. Senator Elizabeth Warren spoke in Boston on Monday about the American"
                                  ' tax code. "The message is, that has to be a key element of any tax reform,"'
                                  " she added.")
    assert [e.event_type for e in statements] == []


def test_the_one_a_word_of_blame_says_is_wronged_is_not_the_one_judged(coder):
    _, statements = statements_of(coder, '"Mitt Romney was a worthy foe in presidential politics. I think it\'s very '
                                  'unfair to Mitt Romney to put them in the same category," Sen. Claire McCaskill '
                                  "(D-Mo.) said.")
    assert [e.event_type for e in statements] != ["ACCUSE"], statements


def test_a_negated_opinion_denies_the_judgement_it_holds(coder):
    # "I don't think X is illegal" calls nothing illegal; "I think X is illegal" does
    _, denied = statements_of(coder, '"I don\'t think the decision by Washington is illegal," the French foreign '
                              "minister said.")
    _, held = statements_of(coder, '"I think the decision by Washington is illegal," the French foreign minister said.')
    assert [e.event_type for e in denied] == [] and [e.event_type for e in held] == ["ACCUSE"]


@pytest.mark.parametrize(("text", "threats"), [
    # reported speech: "it" is the speaker, and the act is aimed at the "against" phrase
    ("Russia said it would retaliate against the Czech Republic.", [("RUS", "CZE")]),
    # the speaker's own state as the subject
    ("Russia's foreign ministry said Moscow would retaliate against the Czech Republic.", [("RUS", "CZE")]),
    # another's act is told, not threatened
    ("Germany said Russia would retaliate against the Czech Republic.", []),
    # aimed at the maker of the act it would answer, named by "by"
    ("Iran said it would retaliate against any attack by Israel.", [("IRN", "ISR")]),
])
def test_the_speakers_own_announced_reprisal_is_a_threat(every_event_coder, text, threats):
    record = every_event_coder.code_text(text, published="2021-04-17")
    found = [e for e in record.events if e.event_type == "THREATEN"]
    assert [(*codes_of(record, e.source), *codes_of(record, e.target)) for e in found] == threats


def test_an_option_said_to_be_not_up_for_discussion_is_refused(every_event_coder):
    record = every_event_coder.code_text(
        'Unions in France went on strike. Prime Minister Elisabeth Borne said the government was open to discussing '
        'the reform, but that raising the retirement age to 64 was "not up for discussion".', published="2023-01-19")
    refusals = [e for e in record.events if e.event_type == "REJECT"]
    assert [(codes_of(record, e.source), e.realis) for e in refusals] == [({"FRA"}, "asserted")]


STORY_OF_A_CLAIMED_BOMBING = (
    "At least 100 people were killed when two car bombs exploded at a busy junction in Mogadishu on Saturday. "
    "President Hassan Sheikh Mohamud blamed al Shabaab for the attack.\n\n"
    "The African Union Transition Mission in Somalia condemned the bombing as a cowardly attack on civilians.")


def test_condemning_an_attack_is_about_the_one_the_story_blames_for_it(coder):
    record = coder.code_text(STORY_OF_A_CLAIMED_BOMBING, published="2022-10-30")
    condemned = [e for e in record.events if e.trigger.text == "condemned"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in condemned] == [({"IGO"}, {"SOM"})]


def test_condemning_an_attack_no_one_claimed_names_no_one(every_event_coder):
    story = STORY_OF_A_CLAIMED_BOMBING.replace(" blamed al Shabaab for the attack", " visited the wounded")
    record = every_event_coder.code_text(story, published="2022-10-30")
    assert not [e for e in record.events if e.trigger.text == "condemned" and codes_of(record, e.target)]


def test_what_a_group_of_the_public_should_have_is_a_principle_not_an_appeal(coder):
    # "voters shouldn't lose their right": the voters are the ones the speaker stands up
    # for, not an actor asked to act; an authority in the same place is still asked
    opening = "Ohio Democratic Party Chairman David Pepper spoke in Columbus on Friday about the court ruling. "
    _, principle = statements_of(coder, opening + '"Voters shouldn\'t lose their right to vote simply because they '
                                 'vote infrequently," Pepper said in a statement.')
    assert [e.event_type for e in principle] == []
    _, appeal = statements_of(coder, opening + '"The Ohio secretary of state must restore these voters to the rolls,"'
                              " Pepper said in a statement.")
    assert [e.event_type for e in appeal] == ["REQUEST"]


@pytest.mark.parametrize(("text", "accuser"), [
    ("Labor leader Amir Peretz vigorously denied charges from Yisrael Beytenu chairman Avigdor Liberman on "
     "Thursday that he had made a deal with Likud.", "Avigdor Liberman"),
    ("Iran's foreign ministry on Monday strongly rejected accusations by Netanyahu that Tehran was behind the "
     "attack.", "Netanyahu"),
    ("Russia denied Ukraine's accusations of shelling the plant.", "Ukraine"),
    ("China rejected US criticism of its human rights record.", "US"),
])
def test_a_denial_answers_its_accuser(every_event_coder, text, accuser):
    record = every_event_coder.code_text(text, published="2021-07-01")
    denials = [e for e in record.events if e.event_type == "REJECT"]
    assert [[a.text for a in e.target] for e in denials] == [[accuser]]


@pytest.mark.parametrize(("text", "accuser"), [
    ("House Democrats accused Attorney General William Barr of turning the Justice Department into a personal "
     "law firm for the president. Barr rejected that characterization.", "Democrats"),
    ("Mike Pence accused Tim Kaine of lying about the Clinton Foundation. Kaine dismissed that charge as "
     '"nonsense".', "Pence"),
    # words that deny a charge answer its maker too, never the speaker's own country
    ("House Democrats accused Attorney General William Barr of turning the Justice Department into a personal "
     'law firm for the president. Barr said he had done "nothing wrong."', "Democrats"),
    # a claim told in words no accusation was coded from: whoever said it, before it was dismissed
    ('"Experts are telling us that Russian state actors broke into the DNC," campaign manager Robby Mook '
     "told CNN. Trump's campaign dismissed the claim.", "Mook"),
])
def test_a_denial_of_an_accusation_told_before_answers_whoever_made_it(every_event_coder, text, accuser):
    record = every_event_coder.code_text(text, published="2020-07-28")
    denials = [e for e in record.events if e.event_type == "REJECT"]
    assert denials and denials[0].target and denials[0].target[0].actor
    answered = record.actor(denials[0].target[0].actor)
    assert any(accuser in name for name in [answered.name, *(m.text for m in answered.mentions)])


@pytest.mark.parametrize("text", [
    "Illinois Governor Rod Blagojevich has denied charges that he tried to sell US President-elect Barack "
    "Obama's vacant Federal Senate seat.",
    "The Chinese government has rejected any accusations of genocide and other human rights violations in Xinjiang.",
    "Saudi Arabia has long denied any role in the 2001 attacks, in which 15 of the 19 hijackers were Saudi citizens.",
    # a denial inside a statement's content: the government is what the claim is about
    'Interior Minister Rana Sanaullah said the arrest had been carried out "strictly according to law" and '
    "denied that the government had ordered it.",
])
def test_a_denial_with_no_accuser_named_targets_no_one_the_charges_name(every_event_coder, text):
    # kept as a refusal of no one, never aimed at whom the charges name
    record = every_event_coder.code_text(text, published="2021-07-01")
    denials = [e for e in record.events if e.event_type == "REJECT"]
    assert denials and all(not e.target for e in denials)


@pytest.mark.parametrize("text", [
    "US officials said Russia would invade Ukraine within weeks.",
    "Iran's foreign minister has said he hopes Japan and the European Union will persuade newly inaugurated U.S. "
    "President Joe Biden to lift crippling economic sanctions imposed on Tehran.",
])
def test_a_forecast_or_a_wish_of_anothers_act_is_no_intent_of_its_doer(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2021-02-01")
    assert not [e for e in record.events if e.realis == "asserted" and e.event_type in ("AGREE", "THREATEN")]


@pytest.mark.parametrize("text", [
    "Senator Lindsey Graham called the measure a sham even as he said he might still support it.",
    "Rudy Giuliani said that if he were running the campaign, he would tell Donald Trump to skip the debates.",
    # a past-tense verb of mind after "if" is contrary to fact: a reproach, no threat
    '"If Mark Kirk really believed the Senate should do its job, he\'d be pressuring his own leader instead of '
    'posing for pictures," Tammy Duckworth said.',
])
def test_a_possible_or_counterfactual_act_announces_no_intent(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2016-09-30")
    assert not [e for e in record.events if e.realis == "asserted" and e.event_type in ("AGREE", "THREATEN")]


@pytest.mark.parametrize("text", [
    "The Kremlin said Putin would visit Turkey next month.",
    "German Foreign Minister Heiko Maas will visit Albania in June, the Albanian embassy said.",
])
def test_a_plan_told_by_the_doers_side_or_its_host_is_an_intent(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2021-02-01")
    assert [e.event_type for e in record.events if e.realis == "asserted"] == ["AGREE"]


def test_an_accusation_told_beside_a_deed_is_an_act_of_its_own(every_event_coder):
    record = every_event_coder.code_text("Ethiopia expelled seven senior UN officials, accusing them of meddling in "
                                         "its internal affairs.", published="2021-10-01")
    assert sorted(e.event_type for e in record.events) == ["ACCUSE", "COERCE"]


def test_an_appeal_that_names_whom_it_asks_is_not_aimed_at_the_listener(coder):
    record = coder.code_text('"Our staff are safe, but the Iraqi authorities must now hold those responsible to '
                             "account,\" Swedish Foreign Minister Tobias Billstrom told Sweden's public broadcaster SVT.",
                             published="2023-07-20")
    appeal = next(e for e in record.events if e.event_type == "REQUEST")
    assert codes_of(record, appeal.target) == {"IRQ"}
    # "you" is the one told
    record = coder.code_text('"You should resign," Senator Elizabeth Warren told Wells Fargo chief executive John '
                             "Stumpf.", published="2016-09-20")
    appeal = next(e for e in record.events if e.event_type == "REQUEST")
    assert "John Stumpf" in [a.text for a in appeal.target]


def test_the_named_maker_of_what_is_judged_outranks_an_owner_in_its_purpose(coder):
    record = coder.code_text("Trump has called climate change a hoax perpetrated by China to hurt U.S. business.",
                             published="2016-09-22")
    judged = next(e for e in record.events if e.event_type == "ACCUSE")
    assert codes_of(record, judged.target) == {"CHN"}


def test_no_need_is_no_appeal_but_a_need_is(coder):
    story = 'WASHINGTON - Sen. Tim Kaine spoke in Richmond on Monday. "{}," Rep. Gregory Meeks said.'
    record = coder.code_text(story.format("Just because he has not had to raise money does not mean he cannot "
                                          "raise it"), published="2016-09-08")
    assert not [e for e in record.events if e.event_type == "REQUEST"]
    record = coder.code_text(story.format("He has to raise more money"), published="2016-09-08")
    assert [e for e in record.events if e.event_type == "REQUEST"]


def test_an_officials_own_state_is_the_target_only_when_no_one_else_is_named(every_event_coder):
    record = every_event_coder.code_text(
        "Polish Prime Minister Mateusz Morawiecki warned that Warsaw could extend its ban to more Ukrainian "
        "products if Kyiv escalated the dispute.", published="2023-09-21")
    threats = [e for e in record.events if e.event_type == "THREATEN"]
    assert threats and codes_of(record, threats[0].target) == {"UKR"}
    record = every_event_coder.code_text(
        "Prime Minister Elisabeth Borne said the government was open to talks, but that raising the retirement "
        'age to 64 was "not up for discussion".', published="2023-01-19")
    assert [codes_of(record, e.target) for e in record.events if e.event_type == "REJECT"] == [{"FRA"}]


@pytest.mark.parametrize("text", [
    "North Korea launched a spy satellite. South Korea's ambassador, Hwang Joon-kook, spoke next. "
    'Seoul would respond "immediately and overwhelmingly" to any provocation, he warned.',
    "Moscow blamed the attack on Ukrainian sea drones, and President Vladimir Putin promised that Russia "
    "would respond.",
    '"These strikes are a clear message that the United States will not tolerate attacks on our personnel," '
    "President Joe Biden said in a statement about the Houthis in Yemen.",
])
def test_an_official_speaking_for_the_own_country_does_not_aim_at_it(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2024-01-12")
    for event in record.events:
        if event.confidence >= 0.4:
            assert not (codes_of(record, event.source) & codes_of(record, event.target)), event


def test_a_body_judging_its_own_country_in_a_story_of_that_country_stays_coded(every_event_coder):
    # PLOVER and ConfliBERT code a state's judgement of its own country's affairs as domestic
    record = every_event_coder.code_text(
        "Ankara's Cankaya district administration has denied land allocation for the construction of an "
        "Alewite temple in the district.", published="2017-10-01")
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in record.events
            if e.event_type == "REJECT"] == [({"TUR"}, {"TUR"})]
    record = every_event_coder.code_text(
        "Chancellor Angela Merkel has defended Germany's decision to advise against the use of AstraZeneca "
        "for under-60s in the country.", published="2021-03-31")
    assert [codes_of(record, e.target) for e in record.events if e.event_type == "SUPPORT"] == [{"DEU"}]


@pytest.mark.parametrize("text", [
    "At the debate, moderator Chris Wallace of Fox News asked Trump whether he would respect the result.",
    "Duterte bristled when asked how he would respond if Obama brought up the drug war.",
    "Warren, asked directly, stood by her version.",
    # the question is quoted before the verb that asks it
    '"What exactly would using this label accomplish?" Obama asked at the Treasury Department.',
    '"Why would anyone trust him?" Clinton asked the crowd in Ohio.',
])
def test_a_question_is_no_request_and_no_statement_of_the_one_asked(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2016-09-06")
    assert not [e for e in record.events if e.event_type in ("REQUEST", "THREATEN")], record.events


def test_asking_someone_to_act_is_still_a_request(every_event_coder):
    record = every_event_coder.code_text("Iran asked Russia to deliver the missiles.")
    assert [(e.event_type, codes_of(record, e.target)) for e in record.events] == [("REQUEST", {"RUS"})]


def test_where_words_were_said_is_not_whom_they_are_about(every_event_coder):
    record = every_event_coder.code_text("President Obama dismissed the polls on Twitter, citing his record.",
                                         published="2016-09-22")
    assert not [e for e in record.events if e.target and any(a.text == "Twitter" for a in e.target)]


def test_a_threat_to_answer_an_act_is_aimed_at_its_maker(every_event_coder):
    record = every_event_coder.code_text('Deputy Foreign Minister Sergei Ryabkov warned that Russia would respond "in '
                                         'kind" to any new U.S. sanctions.', published="2016-10-03")
    threats = [e for e in record.events if e.event_type == "THREATEN"]
    assert threats and codes_of(record, threats[0].target) == {"USA"}


@pytest.mark.parametrize(("text", "event_type", "speaker"), [
    ("Senator Ben Cardin of Maryland said Duterte's comments were \"beneath the office he holds\" and praised Obama "
     "for canceling the meeting.", "SUPPORT", "Ben Cardin"),
    ('House Speaker Paul Ryan said Clinton "has nobody but herself to blame" and called on James Clapper, the '
     "director of national intelligence, to suspend the classified briefings.", "REQUEST", "Paul Ryan"),
])
def test_a_judgement_or_appeal_joined_to_a_reported_clause_is_the_speakers(every_event_coder, text, event_type,
                                                                            speaker):
    record = every_event_coder.code_text(text, published="2016-10-30")
    found = [e for e in record.events if e.event_type == event_type]
    assert found and [a.text for a in found[0].source] == [speaker]



def test_a_price_someone_will_have_to_pay_is_a_threat_not_an_appeal(every_event_coder):
    record = every_event_coder.code_text(
        "The Houthis' deputy foreign minister, Hussein al-Ezzi, said America and Britain \"will have to prepare "
        'to pay a heavy price."', published="2024-01-12")
    threats = [e for e in record.events if e.event_type == "THREATEN"]
    assert threats and codes_of(record, threats[0].source) == {"YEM"} and "USA" in codes_of(record, threats[0].target)
    assert not [e for e in record.events if e.event_type == "REQUEST"]


def test_a_threat_to_answer_what_the_speaker_called_a_hostile_step_targets_its_maker(every_event_coder):
    record = every_event_coder.code_text(
        "The Czech Republic is expelling 18 Russian diplomats. Russia's foreign ministry said Moscow would respond "
        'to what it called a "hostile step".', published="2021-04-17")
    threats = [e for e in record.events if e.event_type == "THREATEN"]
    assert threats and codes_of(record, threats[0].source) == {"RUS"} and codes_of(record, threats[0].target) == {"CZE"}


def test_thanking_ones_supporters_on_twitter_is_aimed_at_no_one_named(every_event_coder):
    record = every_event_coder.code_text(
        "Israeli Prime Minister Benjamin Netanyahu fired Defence Minister Yoav Gallant on Sunday, and tens of "
        "thousands of Israelis protested across Israel. Israel's largest union called a strike. Gallant himself "
        "thanked his supporters on Twitter and said the security of Israel was his mission.", published="2023-03-27")
    thanks = [e for e in record.events if e.event_type == "SUPPORT" and e.confidence >= 0.2]
    assert not thanks, [(e.trigger.text, [a.text for a in e.target]) for e in thanks]


def test_what_a_speaker_calls_the_moves_of_a_state_judges_that_state(every_event_coder):
    record = every_event_coder.code_text(
        "North Korea's ambassador, Kim Song, said his country had \"every legitimate right\" to put satellites "
        "into orbit to watch what he called \"the reckless military moves of the United States and its "
        'followers."', published="2023-11-28")
    judged = [e for e in record.events if e.event_type == "ACCUSE" and e.confidence >= 0.2]
    assert judged and codes_of(record, judged[0].source) == {"PRK"} and codes_of(record, judged[0].target) == {"USA"}


def test_a_refusal_to_say_is_not_aimed_at_whom_the_question_names(every_event_coder):
    record = every_event_coder.code_text(
        "Donald Trump again refused to say whether he believed Barack Obama was born in the United States.",
        published="2016-09-16")
    assert not [e for e in record.events if e.event_type == "REJECT"], [
        (e.trigger.text, [a.text for a in e.target]) for e in record.events]


def test_a_refusal_to_answer_a_bodys_questions_rejects_that_body(every_event_coder):
    record = every_event_coder.code_text(
        "Iran refused to answer the IAEA's questions about the undeclared sites.", published="2021-05-31")
    refusals = [e for e in record.events if e.event_type == "REJECT"]
    assert refusals and codes_of(record, refusals[0].source) == {"IRN"} and codes_of(record, refusals[0].target) == {"IGO"}


@pytest.mark.parametrize(("text", "appeal"), [
    ('"The government has to listen to the unions," said Laurent Berger, the leader of France\'s largest union.', True),
    ('"The government will have to listen to the unions," said Laurent Berger, the leader of France\'s largest union.',
     False),
    ('"Paris has to listen to its farmers," Polish Prime Minister Mateusz Morawiecki said.', True),
    ('"Paris would have to listen to its farmers," Polish Prime Minister Mateusz Morawiecki said.', False),
])
def test_an_obligation_foretold_is_no_appeal(every_event_coder, text, appeal):
    record = every_event_coder.code_text(text, published="2023-03-20")
    appeals = [e for e in record.events if e.event_type == "REQUEST"]
    assert bool(appeals) == appeal, [(e.trigger.text, [a.text for a in e.target]) for e in record.events]


@pytest.mark.parametrize(("text", "event_type"), [
    ('The U.S. Commerce Department said it "firmly opposes" the decision by China to ban Micron chips.', "ACCUSE"),
    ("The Chinese government strongly opposes the arms sale by the United States to Taiwan.", "ACCUSE"),
    ("The Chinese government opposes the arms sale by the United States to Taiwan.", "REJECT"),
])
def test_opposition_said_with_force_judges_the_act(every_event_coder, text, event_type):
    record = every_event_coder.code_text(text, published="2023-05-22")
    assert [e.event_type for e in record.events if e.event_type in ("ACCUSE", "REJECT")] == [event_type]


@pytest.mark.parametrize("text", [
    'Russia said it was "deeply disappointed" by the American decision to quit the treaty.',
    "Russia said it was disappointed by the American decision to quit the treaty.",
    # the act named inside "the decision to ..." is judged, not reported as the content's news
    "Russia said it was disappointed by the American decision to impose sanctions on Moscow.",
])
def test_disappointment_at_an_act_judges_its_maker(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2019-08-03")
    judged = [e for e in record.events if e.event_type == "ACCUSE"]
    assert judged and codes_of(record, judged[0].source) == {"RUS"} and codes_of(record, judged[0].target) == {"USA"}


@pytest.mark.parametrize("text", [
    'Sara Duterte, the Philippine vice president, said the government of Ferdinand Marcos was "persecuting '
    'the Duterte family".',
    'Ousmane Sonko, the Senegalese opposition leader, said President Macky Sall had staged "a constitutional coup".',
    'Senator Lindsey Graham said Senator John McCain had "turned his back" on the voters of Arizona.',
])
def test_words_said_of_anothers_rule_only_to_condemn_it_are_blame(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2024-02-05")
    judged = [e for e in record.events if e.event_type == "ACCUSE" and e.quote is not None]
    assert judged and codes_of(record, judged[0].target) and \
        codes_of(record, judged[0].target) == codes_of(record, judged[0].source)


@pytest.mark.parametrize(("text", "praised"), [
    ("Mitt Romney was a worthy foe in presidential politics, Hillary Clinton said.", True),
    ('Senator Mark Kirk described Merrick Garland as "a very serious, very qualified man."', True),
    # a quantity, and a noun no one is said to be, praise no one
    ('"There are a great many folks in Congress who know nothing of these issues," Senator Mark Kirk said.', False),
    ('"Mitt Romney made a great deal of money," Hillary Clinton said.', False),
    # the "make" of becoming is the "be" of a predicate noun
    ('President Barack Obama said Hillary Clinton would make "an outstanding president."', True),
    # a noun of praise denied is no praise, nor a refusal of anyone
    ('"I guess we\'ve learned that he\'s not such a great dealmaker after all," Senator Chuck Schumer said of '
     'President Donald Trump.', False),
])
def test_an_adjective_of_praise_praises_only_the_one_it_says_someone_is(every_event_coder, text, praised):
    record = every_event_coder.code_text(text, published="2016-09-20")
    support = [e for e in record.events if e.event_type == "SUPPORT" and e.quote is not None]
    assert bool(support) == praised, [(e.event_type, e.trigger.text) for e in record.events]


def test_a_reminder_that_another_must_act_is_an_appeal_to_it(coder):
    record = coder.code_text("German Chancellor Olaf Scholz issued a firm reminder on Monday to Hungary that it "
                             "must respect the rule of law.", published="2023-05-15")
    appeals = [e for e in record.events if e.event_type == "REQUEST"]
    assert appeals and codes_of(record, appeals[0].source) == {"DEU"} and codes_of(record, appeals[0].target) == {"HUN"}


def test_a_participle_that_describes_is_no_act_the_content_reports(every_event_coder):
    record = every_event_coder.code_text(
        "In a statement, President Daniel Noboa's office said Mexico had \"abused the immunities and privileges\" of "
        "its mission by sheltering a convicted criminal.", published="2024-04-07")
    judged = [e for e in record.events if e.event_type == "ACCUSE"]
    assert judged and codes_of(record, judged[0].source) == {"ECU"} and codes_of(record, judged[0].target) == {"MEX"}



def _kinds_said(text: str, cue_word: str) -> list[str]:
    """The statement kinds of what a cue says, the speaker being "he", "she" or "it"."""
    from dyads.events.statement_kinds import kinds_of
    from dyads.events.statement_words import statement_words
    from dyads.nlp import parse_texts
    paragraph = next(parse_texts([text]))[0]
    cue = next(t for t in paragraph.doc if t.lower_ == cue_word)
    content = [(paragraph, t) for c in cue.children if c.dep_ == "ccomp" for t in c.subtree]
    found = kinds_of(cue, content, statement_words(), lambda t: t.lower_ in ("he", "his", "she", "her", "it", "its"))
    return [f.kind.event_type for f in found]


@pytest.mark.parametrize(("text", "cue", "kind", "said"), [
    # blame of one's own doing is contrition; of another's, blame
    ("Hours later, Pittenger apologized on Twitter, saying he regretted his answer.", "saying", "ACCUSE", False),
    ("The ministry said it regretted the American decision.", "said", "ACCUSE", True),
    # "mistake X for Y" judges no one; "a mistake" does
    ("The Pentagon said it had mistaken the positions for Islamic State fighters.", "said", "ACCUSE", False),
    ("The Pentagon said the strike was a mistake.", "said", "ACCUSE", True),
    # resigning, said of oneself, asks nothing of anyone; said of another, it asks
    ("McCarthy said she had no intention of resigning.", "said", "REQUEST", False),
    ("Chaffetz said that the administrator must resign.", "said", "REQUEST", True),
    # an act with no subject of its own is whoever's clause it hangs on
    ("The ministry said the workers were fired for refusing to meet the envoy.", "said", "REJECT", False),
    ("The ministry said it was criticised for refusing to meet the envoy.", "said", "REJECT", True),
    # "our" names the harmed, not the doer: another's attack on what is ours is blame
    ("Brazile said Russia had attacked our democracy.", "said", "ACCUSE", True),
])
def test_words_about_the_speakers_own_doing_judge_no_other(text, cue, kind, said):
    assert (kind in _kinds_said(text, cue)) == said, _kinds_said(text, cue)


@pytest.mark.parametrize(("text", "cue", "said"), [
    # words in a clause that asks ("whether ...") judge no one; said outright, they do
    ("Reid said Trump had repeatedly questioned whether Russia was behind the hacks.", "said", False),
    ("Reid said Russia was behind the hacks.", "said", True),
    ("Abbott said the court would weigh the question of whether lawmakers had intended to discriminate.",
     "said", False),
    ("Abbott said the lawmakers had intended to discriminate.", "said", True),
    # "lie with", "lie in": where something is, no untruth
    ("The experts said the best chance may lie with the Supreme Court.", "said", False),
    ("The senator said the secretary would lie to Congress.", "said", True),
])
def test_words_asked_or_in_another_sense_judge_no_one(text, cue, said):
    assert ("ACCUSE" in _kinds_said(text, cue)) == said, _kinds_said(text, cue)


@pytest.mark.parametrize("text", [
    'Senator Tammy Duckworth said Senator Mark Kirk\'s meeting with Judge Garland was "a photo op."',
    "Senator Chuck Schumer said Senator Mitch McConnell's bill was a power grab.",
    'Josh Earnest, the White House press secretary, said Donald Trump had "no credibility" on the question.',
    'President Barack Obama said Donald Trump was "uniquely unqualified" to be president.',
    "Senate Minority Leader Harry Reid said FBI Director James Comey may have broken the law.",
    'Vice President Joe Biden said Donald Trump would be "a disaster" for the country.',
])
def test_the_vocabulary_of_partisan_attack_is_blame(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2016-09-20")
    judged = [e for e in record.events if e.event_type == "ACCUSE" and e.quote is not None]
    assert judged and codes_of(record, judged[0].target) == {"USA"}, [(e.event_type, e.trigger.text) for e in record.events]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("China warned against any attempt by Taiwan to seek independence.", "CHN", "TWN"),
    ("Donald Trump warned against potential hackers from China.", "USA", "CHN"),
])
def test_a_warning_against_another_is_disapproval_not_a_threat(every_event_coder, text, source, target):
    record = every_event_coder.code_text(text, published="2016-10-03")
    warned = [e for e in record.events if e.trigger.text.startswith("warned")]
    assert [e.event_type for e in warned] == ["ACCUSE"], [(e.event_type, e.trigger.text) for e in record.events]
    assert codes_of(record, warned[0].source) == {source} and codes_of(record, warned[0].target) == {target}


def test_an_officer_of_an_international_body_never_targets_that_body(every_event_coder):
    # the UN chief condemns what breaches the UN's resolutions, not the UN: with the
    # breach's maker unnamed the target is unknown, and the event falls below the default
    record = every_event_coder.code_text(
        'Secretary-General Ban Ki-moon condemned what he called a "brazen breach" of United Nations resolutions.',
        published="2016-09-10")
    accusations = [e for e in record.events if e.event_type == "ACCUSE"]
    assert accusations and all(not codes_of(record, e.target) for e in accusations)


def test_one_sentence_judging_another_country_twice_is_one_event(every_event_coder):
    # two cues of one act of one speaker against one country: one row in Russia's series
    record = every_event_coder.code_text(
        'In Washington, Secretary of State Antony Blinken called the Russian move "unconscionable" and '
        'accused Moscow of "weaponising food."', published="2023-07-18")
    accusations = [e for e in record.events if e.event_type == "ACCUSE"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in accusations] == [({"USA"}, {"RUS"})]
    assert accusations[0].trigger.text == "accused"  # the surer of the two, whose verb names the act


def test_judging_two_of_ones_own_people_in_one_sentence_stays_two_events(every_event_coder):
    # within one country's affairs the countries tell nothing apart
    record = every_event_coder.code_text(
        "Senator Elizabeth Warren accused Wells Fargo of fraud and accused Barack Obama of weakness.",
        published="2016-09-20")
    accusations = [e for e in record.events if e.event_type == "ACCUSE"]
    assert len(accusations) == 2


def test_a_denial_that_names_no_accuser_answers_the_accusation_told_before(every_event_coder):
    record = every_event_coder.code_text(
        "Russia accused the United States of arming the rebels on Monday. A day later the State Department "
        "denied that Washington had sent weapons to the rebels.", published="2016-10-04")
    denial = next(e for e in record.events if e.event_type == "REJECT")
    assert codes_of(record, denial.source) == {"USA"} and codes_of(record, denial.target) == {"RUS"}
    # a denial no accusation came before is a refusal of no one
    record = every_event_coder.code_text("The State Department denied that Washington had sent weapons to the "
                                         "rebels.", published="2016-10-04")
    assert not [e for e in record.events if e.event_type == "REJECT" and codes_of(record, e.target) - {"USA"}]


def test_an_agreement_of_two_named_parties_is_with_each_other_not_with_what_it_names(coder):
    record = coder.code_text("Armenia and Azerbaijan agreed to exchange prisoners.", published="2023-05-01")
    agreement = next(e for e in record.events if e.event_type == "AGREE")
    assert codes_of(record, agreement.source) == {"ARM", "AZE"}
    assert not agreement.target  # not "prisoners"


def test_the_speakers_own_announced_act_leaves_the_quotes_judgement_an_event(coder):
    # "We will keep sending weapons" is the speaker's own act, told beside the judgement,
    # not a report of another's act that the quote only relays
    record, statements = statements_of(
        coder, '"We will keep sending weapons to Ukraine. Russia\'s aggression is a crime," the German chancellor said.')
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in statements] == [
        ("ACCUSE", {"DEU"}, {"RUS"})], record.events


@pytest.mark.parametrize("text", [
    "China has refused to criticize Russia over the invasion.",
    "Senator Ted Cruz refused to endorse Donald Trump at the convention.",
])
def test_a_statement_refused_is_no_statement_only_the_refusal(coder, text):
    record = coder.code_text(text, published="2022-03-10")
    assert [(e.event_type, e.realis) for e in record.events if e.confidence >= 0.2] == [
        ("REJECT", "asserted")], record.events


@pytest.mark.parametrize(("text", "source", "target"), [
    ('Beijing vowed to take "resolute countermeasures" against the United States.', "CHN", "USA"),
    ("Moscow promised reprisals against Finland.", "RUS", "FIN"),
])
def test_countermeasures_vowed_against_another_threaten_it(coder, text, source, target):
    record = coder.code_text(text, published="2023-10-20")
    threats = [e for e in record.events if e.event_type == "THREATEN" and e.confidence >= 0.2]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in threats] == [
        ({source}, {target})], record.events


@pytest.mark.parametrize(("text", "source", "target"), [
    ('The Israeli opposition leader said Prime Minister Benjamin Netanyahu had become "a danger to the '
     'security of Israel."', "ISR", "ISR"),
    ("Germany's foreign minister said Russia's conduct was a direct threat to European democracy.",
     "DEU", "RUS"),
    ("Poland's prime minister said the Belarusian border crossings were a menace to the sovereignty "
     "of the European Union.", "POL", "BLR"),
])
def test_a_menace_to_what_a_polity_holds_dear_is_blame(coder, text, source, target):
    record, statements = statements_of(coder, text)
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in statements] \
        == [("ACCUSE", {source}, {target})], record.events


@pytest.mark.parametrize("text", [
    '"Automation is a threat to jobs," the U.S. labor secretary said on Tuesday.',
    '"Climate change is a threat to our national security," U.S. Senator Jack Reed said in Washington.',
])
def test_a_menace_told_of_no_actor_blames_no_one(coder, text):
    assert statements_of(coder, text)[1] == []


def test_blame_borne_is_blame_also_across_a_mixed_quotes_marks(coder):
    record, statements = statements_of(
        coder, 'The Kremlin said Washington bore "full responsibility" for the collapse of the truce.')
    assert [(e.event_type, codes_of(record, e.target)) for e in statements] == [("ACCUSE", {"USA"})]


@pytest.mark.parametrize(("text", "target"), [
    ('"Hungary\'s veto is a disgrace," Ukraine\'s foreign minister Dmytro Kuleba told the BBC.', {"HUN"}),
    ('"It is a disgrace," Ukraine\'s foreign minister Dmytro Kuleba told the BBC.', None),
])
def test_an_outlet_told_the_words_is_no_target_of_them(coder, text, target):
    record, statements = statements_of(coder, text)
    assert [codes_of(record, e.target) for e in statements] == ([target] if target else []), record.events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ukraine's foreign minister Dmytro Kuleba attacked Hungary's veto on Monday.", "UKR", "HUN"),
    ("Britain's opposition leader attacked the French government's decision to close the border.", "GBR", "FRA"),
])
def test_force_aimed_at_what_another_said_or_decided_is_words(coder, text, source, target):
    record = coder.code_text(text, published="2020-01-15")
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in record.events] \
        == [("ACCUSE", {source}, {target})], record.events


@pytest.mark.parametrize(("text", "source", "target"), [
    # the parser hangs the object's "by" on the verb ...
    ("North Korea denounced the joint military drills by South Korea and the United States.", "PRK", "KOR"),
    # ... or on the object
    ("Russia criticized the seizure of its assets by the European Union.", "RUS", "IGO"),
])
def test_judging_an_act_done_by_another_judges_the_doer(coder, text, source, target):
    record = coder.code_text(text, published="2024-03-01")
    judged = [e for e in record.events if e.event_type == "ACCUSE"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in judged] == [({source}, {target})]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Kremlin spokesman Dmitry Peskov said NATO had ignored the rights of Serbs for years.", "RUS", "IGO"),
    ("China's foreign ministry said the United States had violated the one-China principle.", "CHN", "USA"),
    ("Iran's foreign minister said Israel had flouted international law in Gaza.", "IRN", "ISR"),
    ("Pakistan's army said India had breached the ceasefire along the Line of Control.", "PAK", "IND"),
    # a wrong named by who did it, as the predicate of the quote
    ('"This is an act of aggression by Serbia," Kosovo Prime Minister Albin Kurti told reporters in Pristina.',
     "XKX", "SRB"),
])
def test_a_rule_broken_by_another_told_in_a_statement_blames_it(coder, text, source, target):
    record, statements = statements_of(coder, text)
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in statements] \
        == [("ACCUSE", {source}, {target})], record.events


@pytest.mark.parametrize("text", [
    # one's own act, and a breach the speaker says must still be proven
    "The mayor of Chicago said he would ignore the court's ruling.",
    "\"She'll have to prove each of these officers had a duty and breached it,\" the Baltimore police union said.",
])
def test_a_rule_broken_that_no_one_is_told_to_have_broken_blames_no_one(coder, text):
    assert [e.event_type for e in statements_of(coder, text)[1]] == [], text


def test_a_name_given_that_the_parser_reads_as_an_apposition_is_still_what_was_called(coder):
    record, statements = statements_of(
        coder, 'House Speaker Paul Ryan called Donald Trump\'s remarks "the textbook definition of a racist '
               'comment," but said he still supported Trump over Hillary Clinton.')
    assert ("ACCUSE", {"USA"}) in [(e.event_type, codes_of(record, e.target)) for e in statements]
    judged = next(e for e in statements if e.event_type == "ACCUSE")
    assert record.quotes[judged.quote].cue.text == "called"


def test_an_armed_groups_attack_on_an_official_stays_an_assault(coder):
    record = coder.code_text("KABUL — The Taliban's attack on the governor of Helmand killed six guards.",
                             published="2020-01-15")
    assert "ACCUSE" not in [e.event_type for e in record.events], record.events


@pytest.mark.parametrize(("text", "target"), [
    # what someone ought to feel blames its cause, and asks them nothing
    ('"All Americans should be alarmed by Russia\'s actions," President Barack Obama said in a statement.', "RUS"),
    ("Britain's foreign secretary said he was deeply disappointed by the Chinese decision.", "CHN"),
])
def test_a_feeling_told_judges_its_cause_not_whoever_has_it(coder, text, target):
    record, statements = statements_of(coder, text)
    assert [(e.event_type, codes_of(record, e.target)) for e in statements] == [("ACCUSE", {target})], record.events


def test_a_body_that_should_be_ashamed_is_blamed(coder):
    record, statements = statements_of(coder, "Senator Chuck Schumer said Senate Republicans should be ashamed.")
    assert [e.event_type for e in statements] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    'Senator Patty Murray said Republicans were "holding the Zika response hostage."',
    "Nancy Pelosi said Republicans were holding the budget hostage.",
    'Senator Harry Reid called John McCain\'s comment "an open declaration of war on the Supreme Court."',
])
def test_a_rivals_conduct_told_as_a_crime_is_blame_not_the_crime(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2016-09-20")
    assert [e.event_type for e in record.events] == ["ACCUSE"], [(e.event_type, e.trigger.text) for e in record.events]
    assert codes_of(record, record.events[0].target) == {"USA"}


@pytest.mark.parametrize("text", ["Hamas held 200 Israelis hostage.", "The militants took five soldiers hostage."])
def test_people_held_hostage_are_an_abduction(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2023-10-20")
    assert [e.cameo for e in record.events] == ["181"], [(e.event_type, e.trigger.text) for e in record.events]


def test_praise_of_a_ruling_is_of_whoever_the_story_says_ruled(coder):
    text = ("A federal appeals court ruled on Wednesday that Texas's voter identification law discriminates against "
            "black and Hispanic voters. The Justice Department, which joined the lawsuit in 2013, praised the decision.")
    record = coder.code_text(text, published="2016-07-20")
    praise = next(e for e in record.events if e.event_type == "SUPPORT")
    assert [a.actor for a in praise.target] == [actor_named(record, "appeals court").actor_id], praise


@pytest.mark.parametrize("text", [
    "The United States moved its embassy to Jerusalem. The German chancellor said the move was a grave mistake.",
    "The United States announced it would move its embassy to Jerusalem. The German chancellor called the decision "
    "a grave mistake.",
])
def test_judging_a_move_no_event_told_is_of_whoever_the_story_says_made_it(coder, text):
    # moving an embassy is no coded act, but the verb that told it names its maker
    record = coder.code_text(text, published="2017-12-07")
    blame = [e for e in record.events if e.event_type == "ACCUSE"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in blame] == [({"DEU"}, {"USA"})]


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    ("Niger's junta expelled the French ambassador, prompting Paris to condemn the move.", "ACCUSE", "FRA", "NER"),
    ('North Korea carried out its fifth nuclear test on Friday, prompting President Obama to warn of "serious '
     'consequences."', "THREATEN", "USA", "PRK"),
])
def test_words_an_act_prompts_are_the_prompted_ones_about_its_doer(every_event_coder, text, kind, source, target):
    record = every_event_coder.code_text(text, published="2016-09-09")
    said = [e for e in record.events if e.event_type == kind]
    assert said and codes_of(record, said[0].source) == {source} and codes_of(record, said[0].target) == {target}, \
        [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in record.events]


def test_an_infinitive_of_purpose_is_its_subjects_not_its_objects(every_event_coder):
    # "summoned a US diplomat to complain": India complains, the diplomat is summoned
    record = every_event_coder.code_text("India has summoned a top US diplomat to complain about spying after "
                                         "allegations that the National Security Agency targeted the governing BJP.",
                                         published="2014-07-02")
    assert not [e for e in record.events if "USA" in codes_of(record, e.source)], record.events


@pytest.mark.parametrize("text", [
    "China's foreign minister said Washington's retaliation was unjustified.",
    "The EU foreign policy chief Josep Borrell called Beijing's countermeasures \"regrettable and unacceptable\".",
])
def test_a_threat_judged_is_blamed_not_made(coder, text):
    # the threat word names the thing judged; the judgement of it is the statement
    record = coder.code_text(text, published="2021-04-20")
    kinds = {e.event_type for e in record.events if e.quote is not None}
    assert kinds == {"ACCUSE"}


def test_regrettable_is_the_diplomats_blame(coder):
    record = coder.code_text("Japan's foreign ministry called the Chinese decision regrettable.", published="2021-04-20")
    blame = [e for e in record.events if e.event_type == "ACCUSE"]
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in blame] == [({"JPN"}, {"CHN"})]


@pytest.mark.parametrize(("text", "source", "target"), [
    # "greatest" heightens the threat; it praises no one
    ("Israeli Prime Minister Benjamin Netanyahu said the Iranian regime was the greatest threat to world peace.",
     "ISR", "IRN"),
    # the rule broken is named by its "of" phrase; the breaker is the one blamed
    ("Japan's chief cabinet secretary said the North Korean launch was a clear violation of Security Council "
     "resolutions.", "JPN", "PRK"),
    # the diplomat's stock words of disapproval, and a commitment not met
    ("The Kremlin said the expulsion of its diplomats by Prague was an unfriendly act.", "RUS", "CZE"),
    ('"Unfortunately, Russia failed to live up to its own commitments," State Department spokesman John Kirby said.',
     "USA", "RUS"),
])
def test_blame_in_the_diplomats_words(coder, text, source, target):
    record = coder.code_text(text, published="2016-10-01")
    blame = quoted(record, "ACCUSE")
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in blame] == [({source}, {target})]


@pytest.mark.parametrize("text", [
    # whose rules were broken is the one wronged, never the one blamed
    "Japan's chief cabinet secretary said the launch was a clear violation of Security Council resolutions.",
    # one's own failing is a confession
    '"I am deeply sorry that we failed to live up to our commitments," Wells Fargo chief executive John Stumpf '
    "told the Senate Banking Committee.",
    # a failing that may come is no wrong done
    "The attorney general's office said it could seek penalties if the Trump Foundation fails to comply with the order.",
])
def test_no_blame_of_the_wronged_of_oneself_or_of_what_may_come(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2016-10-01")
    assert not [e for e in record.events if e.event_type == "ACCUSE"]


def test_it_after_a_thing_that_drew_fire_is_that_thing(coder):
    # "The ruling drew immediate fire ... Johnson called it an attack": the ruling, so its
    # maker, the court, is the one blamed
    record = coder.code_text(
        "The Colorado Supreme Court ruled on Tuesday that former President Donald Trump is disqualified from the "
        "ballot. The ruling drew immediate fire from Republicans in Washington. Speaker Mike Johnson called it "
        '"a thinly veiled partisan attack".', published="2023-12-20")
    blame = quoted(record, "ACCUSE")
    assert targets_of(record, blame, "name") == [["Colorado Supreme Court"]], targets_of(record, blame, "name")


def test_a_ruling_is_the_courts_that_refused_or_upheld(coder):
    # no "ruled" told: the court's refusal is its ruling
    record = coder.code_text(
        "SAN FRANCISCO - A federal appeals court on Thursday refused to reinstate President Trump's travel ban, "
        "delivering another setback to the White House. Within an hour of the decision, Mr. Trump told reporters "
        'that the ruling was "a political decision" and "a disgrace."', published="2017-02-10")
    blame = quoted(record, "ACCUSE")
    assert targets_of(record, blame, "sector") == [["JUD"]], targets_of(record, blame, "name")


@pytest.mark.parametrize("text", [
    # the parser makes "responsibility" the object of "said" and hangs "Russia bore" on it
    'White House spokesman Josh Earnest said Russia bore "responsibility" for the carnage in Aleppo.',
    # the clause that holds the judging word names whom it judges, not the president before it
    'White House spokesman Josh Earnest told reporters that a military solution "is not something that the '
    'president is going to pursue," while saying Russia bore "responsibility" for the carnage in Aleppo.',
])
def test_whoever_bore_responsibility_is_blamed(coder, text):
    record = coder.code_text(text, published="2016-10-04")
    blame = quoted(record, "ACCUSE")
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in blame] == [({"USA"}, {"RUS"})]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    ("Iran's foreign ministry spokesman said the Israeli strike would not go unanswered.", "THREATEN", "IRN", "ISR"),
    ("Polish Prime Minister Mateusz Morawiecki said Belarus was using migrants as a weapon.", "ACCUSE", "POL", "BLR"),
])
def test_stock_phrases_of_threat_and_blame(coder, text, event_type, source, target):
    record = coder.code_text(text, published="2023-05-01")
    said = [e for e in record.events if e.quote is not None]
    assert [(e.event_type, codes_of(record, e.source), codes_of(record, e.target)) for e in said] == \
        [(event_type, {source}, {target})]


def test_a_statement_falling_back_on_its_own_state_never_names_its_lawyers(every_event_coder):
    # the home-country fallback takes a body of the state; lawyers are coded JUD by
    # CAMEO, but no court or ministry
    record = every_event_coder.code_text("Experts said the plan would be a huge boon for American tax lawyers. Donald Trump has "
                             "also called for immediately deducting capital investments.", published="2016-09-16")
    requests = quoted(record, "REQUEST")
    assert requests and "JUD" not in sum(targets_of(record, requests, "sector"), [])


@pytest.mark.parametrize("text", [
    "Virginia Governor Terry McAuliffe has said about 20 Democrats have indicated an interest in the seat, but he "
    "refuses to discuss potential appointees.",
    "Governor Terry McAuliffe said Democrats wanted the seat but he refused to discuss the candidates.",
])
def test_a_refusal_to_say_told_in_a_statement_is_no_rejection(every_event_coder, text):
    record = every_event_coder.code_text(text, published="2016-09-08")
    assert not quoted(record, "REJECT"), record.events


@pytest.mark.parametrize(("word", "event_type"), [
    # the diplomat's stock words of judgement, read from the content of a plain "said"
    ("destabilizing", "ACCUSE"), ("counterproductive", "ACCUSE"), ("unhelpful", "ACCUSE"),
    ("disproportionate", "ACCUSE"), ("groundless", "REJECT"), ("a step in the right direction", "SUPPORT"),
    ("constructive", "SUPPORT"), ("encouraging", "SUPPORT"),
])
def test_a_diplomats_stock_judgement_of_an_act_is_about_its_maker(coder, word, event_type):
    record = coder.code_text(f"Russia imposed new sanctions on Japan on Monday. Germany said the sanctions were {word}.",
                             published="2023-05-10")
    judged = quoted(record, event_type)
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in judged] == [({"DEU"}, {"RUS"})]


def test_the_decision_judged_is_anothers_not_the_speakers_own_act_told_last(coder):
    # the US sanctions told in Russia's decree are Washington's own: "the decision" it is
    # disappointed by is Russia's suspension of the pact
    record = coder.code_text(
        "MOSCOW (Dyads Wire) - Russia on Monday suspended a plutonium disposal agreement with the United States. "
        "A decree signed by President Vladimir Putin said the United States had imposed sanctions that threatened "
        "Russia's security. The State Department said it was disappointed by the decision.", published="2016-10-03")
    judged = quoted(record, "ACCUSE")
    assert [(codes_of(record, e.source), codes_of(record, e.target)) for e in judged
            if "USA" in codes_of(record, e.source)] == [({"USA"}, {"RUS"})], record.events
