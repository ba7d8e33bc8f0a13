"""Reported speech and beliefs: said that, according to, called Y a Z, trailing cues."""

from __future__ import annotations

import pytest

from tests.conftest import quote_containing


def test_said_that(coder):
    record = coder.code_text("The Iranian foreign minister said that Tehran would not resume talks with Washington.")
    quote = quote_containing(record, "Tehran would not resume talks")
    assert quote.kind == "indirect" and quote.cue.text == "said"
    assert quote.source.text == "The Iranian foreign minister"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    # the parser hangs the second cue in the reported clause; its speaker is still the sayer
    ("Foreign Minister Yvan Gil said the seven governments had taken part in \"interventionist actions\" and "
     "demanded that they withdraw their representatives from Venezuela.", "demanded",
     "Foreign Minister Yvan Gil"),
    ("The ACLU said the administration had sent \"a very chilling signal\" and urged the president to veto the "
     "bill.", "urged", "The ACLU"),
])
def test_a_speakers_second_cue_inside_the_reported_clause_is_still_the_speakers(coder, text, cue, speaker):
    record = coder.code_text(text, published="2024-07-30")
    quotes = [q for q in record.quotes if q.cue is not None and q.cue.text == cue]
    assert quotes and quotes[0].source is not None and quotes[0].source.text == speaker, record.quotes


@pytest.mark.parametrize("text, cue, speaker", [
    ("The White House said the launch raised tensions and urged Pyongyang to return to talks.", "urged",
     "The White House"),
    ("The ministry said the vote undermined the peace process and called on Israel to halt construction.",
     "called", "The ministry"),
])
def test_a_second_cue_after_a_clause_whose_subject_is_a_thing_is_the_speakers(coder, text, cue, speaker):
    # a launch or a vote urges no one: the sayer does
    record = coder.code_text(text, published="2023-11-22")
    quotes = [q for q in record.quotes if q.cue is not None and q.cue.text == cue]
    assert quotes and quotes[0].source is not None and quotes[0].source.text == speaker, record.quotes


def test_a_second_act_of_the_clauses_own_subject_stays_theirs(coder):
    record = coder.code_text("Officials said the protesters stormed the embassy and demanded the envoy's expulsion.")
    assert not [q for q in record.quotes if q.source and q.source.text == "Officials"
                and q.cue.text == "demanded"]


def test_a_that_clause_whose_verb_the_tagger_read_as_a_noun_is_still_reported(coder):
    # spaCy tags "release" in "demanding that police release department video" a noun
    record = coder.code_text("The family, protesters and civic leaders have been demanding that police release "
                             "department video of the shooting.")
    quote = quote_containing(record, "police release department video")
    assert quote.cue.text == "demanding"


def test_according_to(coder):
    record = coder.code_text("Three soldiers were killed near the border, according to the Indian army.")
    quote = quote_containing(record, "Three soldiers were killed")
    assert quote.cue.text == "according to" and "Indian army" in quote.source.text


def test_called_y_a_z(coder):
    record = coder.code_text("Putin called US sanctions against Iran a violation of human rights.")
    quote = quote_containing(record, "a violation of human rights")
    assert record.actor(quote.speaker).name == "Vladimir Putin"


def test_trailing_cue_reports_the_clause_before_it(coder):
    record = coder.code_text("Good projects are being carried out between the two countries, the minister added.")
    quote = quote_containing(record, "Good projects are being carried out")
    assert quote.cue.text == "added" and quote.source.text == "the minister"
    assert quote.text == "Good projects are being carried out between the two countries"  # not the cue


def test_a_quotation_before_its_speaker_and_an_apposition_stays_the_direct_quote(coder):
    """'"...," Flynn, a top Trump surrogate, said': the quotation is the content, not the
    whole sentence with its speaker and cue."""
    record = coder.code_text("\u201cHe is absolutely right,\u201d Flynn, a top Trump surrogate, said on Thursday.",
                             published="2016-09-08")
    quote = quote_containing(record, "absolutely right")
    assert quote.kind == "direct" and "Flynn" not in quote.text and quote.cue.text == "said"


def test_parenthetical_cue_covers_the_whole_clause(coder):
    record = coder.code_text("The museum, Obama said, would make visitors face uncomfortable truths.")
    quote = quote_containing(record, "would make visitors face uncomfortable truths")
    assert quote.text.startswith("The museum")


def test_reported_speech_with_quoted_words_is_mixed(coder):
    record = coder.code_text(
        'The senator said the agreement was "a historic mistake that will haunt us" and voted against it.'
    )
    assert quote_containing(record, "historic mistake").kind == "mixed"


@pytest.mark.parametrize(("text", "said"), [
    # the quoted words are the whole predicate: the subject outside the marks is still said
    ('Senator Lindsey Graham said Trump was "a race-baiting, xenophobic religious bigot."',
     'Trump was "a race-baiting, xenophobic religious bigot."'),
    ('Trump said Clinton "should be in jail."', 'Clinton "should be in jail."'),
])
def test_a_subject_outside_the_quotation_marks_is_part_of_what_was_said(coder, text, said):
    record = coder.code_text(text, published="2016-10-01")
    quote = quote_containing(record, "should be" if "jail" in text else "bigot")
    assert (quote.kind, quote.text) == ("mixed", said)


def test_a_quotation_after_that_is_the_direct_quote_alone(coder):
    record = coder.code_text('The minister said that "the deal is dead and nobody wants to say it."')
    assert [q.kind for q in record.quotes] == ["direct"]


def test_speech_inside_a_quotation_is_not_a_second_quote(coder):
    record = coder.code_text('"I think the deal is dead and nobody wants to say it," the envoy said.')
    assert len(record.quotes) == 1 and record.quotes[0].kind == "direct"


def test_a_headline_name_and_colon_is_an_attribution(coder):
    record = coder.code_text("Pence: Flowers Won't Be at the Debate Tonight.\n\nThe campaign said nothing more.")
    quote = quote_containing(record, "Flowers Won't Be")
    assert quote.source.text == "Pence" and quote.cue.text == ":"
    assert coder.code_text("Update: The vote was moved to Friday afternoon.").quotes == []


def test_called_on_someone_to_act_reports_the_appeal(coder):
    record = coder.code_text("The former senator on Wednesday called on the governor to apologize to the voters.")
    quote = quote_containing(record, "to apologize to the voters")
    assert quote.cue.text == "called" and quote.text.startswith("the governor")
    assert quote.source.text == "The former senator"


def test_a_relay_after_the_content_is_no_part_of_it(coder):
    # "..., Russian news agencies reported." relays the ministry's words: the agencies
    # are neither in the content nor its target
    record = coder.code_text("Russia's foreign ministry said Moscow would respond to what it called a "
                             "\"hostile step\", Russian news agencies reported.", published="2021-04-17")
    said = [q for q in record.quotes if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1 and said[0].text.endswith("hostile step\"") and "agencies" not in said[0].text


def test_a_clause_dated_by_the_storys_events_is_the_writers(coder):
    # "..., hours after airstrikes killed 140 people" dates the statement; the killing is
    # the story's news, not what the White House said (nor its blame of anyone)
    record = coder.code_text("The White House said on Saturday that it would review its military support for the "
                             "coalition, hours after airstrikes on a funeral hall killed more than 140 people in one "
                             "of the deadliest attacks of the war.", published="2016-10-09")
    said = [q for q in record.quotes if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1 and said[0].text.endswith("for the coalition"), record.quotes
    assert not [e for e in record.events if e.quote is not None and e.event_type == "ACCUSE"]


def test_another_speakers_words_set_against_the_quote_are_not_in_it(coder):
    # "..., while Japan's prime minister called ..." had the EU threatening Japan
    record = coder.code_text("The European Union said it was preparing countermeasures of its own, while Japan's "
                             "prime minister called the U.S. tariffs a national crisis.", published="2025-04-05")
    said = [q for q in record.quotes if q.cue is not None and q.cue.text == "said"]
    assert len(said) == 1 and said[0].text.endswith("of its own"), record.quotes
    assert not [e for e in record.events if "JPN" in {record.actor(a.actor).code for a in e.target if a.actor}]


def test_an_appeal_joined_to_what_an_accusation_says_is_the_accusers(coder):
    # the parser hangs "called on" under "of stealing": the opposition's second act
    record = coder.code_text("CARACAS (Dyads Wire) - Venezuela's opposition on Tuesday accused President Nicolas "
                             "Maduro of stealing Sunday's election and called on the armed forces to respect the "
                             "will of the people.", published="2024-07-30")
    appeals = [e for e in record.events if e.event_type == "REQUEST"]
    assert appeals and record.actor(appeals[0].source[0].actor).name == "opposition", record.events


def test_an_accusation_joined_to_a_feeling_said_is_the_speakers(coder):
    # "said she was disappointed and accused the court": the parser hangs "accused" on
    # "disappointed", and the accusation had no speaker
    record = coder.code_text("WASHINGTON (Dyads Wire) - The Supreme Court ruled that Donald Trump cannot be kicked "
                             "off the ballot in Colorado. Colorado Secretary of State Jena Griswold said she was "
                             "disappointed and accused the court of failing to hold Trump accountable.",
                             published="2024-03-04")
    accused = [e for e in record.events if e.event_type == "ACCUSE" and e.trigger.text == "accused"]
    assert accused and record.actor(accused[0].source[0].actor).name.startswith("Jena Griswold"), record.events


def test_a_subject_the_parser_joined_to_the_object_before_it_still_speaks(coder):
    # spaCy reads "the investigation and Democrats" as two things mishandled, and leaves
    # "accused" with no subject: the Democrats accuse, not the Republicans who said
    record = coder.code_text("Republicans said they're increasingly convinced the Justice Department mishandled "
                             "the investigation and Democrats accused the GOP of stoking the issue for maximum "
                             "political damage.", published="2016-09-03")
    accused = [q for q in record.quotes if q.cue is not None and q.cue.text == "accused"]
    assert accused and accused[0].source.text == "Democrats", record.quotes
    events = [e for e in record.events if e.event_type == "ACCUSE" and e.trigger.text == "accused"]
    assert events and [record.actor(a.actor).name for a in events[0].source] == ["Democratic Party"]


def test_an_aim_in_an_infinitive_of_purpose_is_nobodys_words(coder):
    record = coder.code_text("Germany and UNICEF hand over 30 vehicles to support mobile health and nutrition "
                             "services for children in Afar and Somali regions.", published="2021-05-01")
    assert record.quotes == []


def test_what_someone_says_they_support_is_still_attributed(coder):
    record = coder.code_text("Trump said he supports the wall.", published="2019-01-01")
    assert any("the wall" in q.text for q in record.quotes)


def test_a_predicate_with_its_own_subject_is_a_reported_clause(coder):
    # spaCy tags "disappointed" an adjective: the clause "it was ... disappointed" is still what was said
    record = coder.code_text('Russia said it was "deeply disappointed" by the American decision to quit the treaty.')
    quote = quote_containing(record, "deeply disappointed")
    assert quote.cue.text == "said" and quote.source.text == "Russia"


def test_an_office_speaks_for_its_principal(coder):
    record = coder.code_text("In a statement, President Daniel Noboa's office said Mexico had abused the immunities "
                             "of its mission.", published="2024-04-07")
    quote = quote_containing(record, "Mexico had abused")
    assert record.actor(quote.speaker).name == "Daniel Noboa"


def test_a_speaker_named_in_apposition_to_a_title_is_the_speaker(coder):
    # the parser makes "envoy" the subject and the name its apposition
    record = coder.code_text('UN special envoy Staffan de Mistura said he was "deeply disappointed" by the suspension.',
                             published="2016-10-04")
    quote = quote_containing(record, "deeply disappointed")
    assert quote.speaker is not None
    assert "Staffan de Mistura" in next(a.name for a in record.actors if a.actor_id == quote.speaker)


def test_a_phrase_of_time_after_an_object_is_no_particle_cue(coder):
    # "seized on X" is partisan attack; "seized power on Wednesday" says nothing
    record = coder.code_text("In Gabon, soldiers seized power on Wednesday and detained the president.",
                             published="2023-08-30")
    assert not [q for q in record.quotes if q.cue is not None and q.cue.text == "seized"], record.quotes
    record = coder.code_text("Republicans seized on the remarks on Tuesday.", published="2023-08-30")
    assert quote_containing(record, "the remarks").cue.text == "seized"


def test_a_that_the_parser_made_an_object_still_opens_what_was_said(coder):
    # the parser makes "that" the object of "told" and hangs "bore" on the noun after it
    record = coder.code_text('White House spokesman Josh Earnest told reporters that Russia bore "responsibility" '
                             "for the carnage in Aleppo.", published="2016-10-04")
    quote = quote_containing(record, "Russia bore")
    assert quote.cue.text == "told" and quote.speaker is not None


def test_it_said_is_the_body_it_stands_for(coder):
    # a body told in the sentence before speaks as "it"; "it is said" is no one's
    record = coder.code_text("Russia vetoed the resolution on Friday. It said the text was biased and unacceptable. "
                             "It is said that the vote was close.", published="2022-09-30")
    speakers = [(q.text, record.actor(q.speaker).name if q.speaker else None) for q in record.quotes]
    assert speakers == [("the text was biased and unacceptable.", "Russia")], speakers


@pytest.mark.parametrize("text", [
    "Trump's lawyers said they would ask a judge to dismiss the charges.",
    "Trump's lawyers urged a judge to dismiss the charges.",
    "The United States called on Russia to condemn the coup.",
])
def test_what_an_appeal_asks_its_object_to_say_is_said_by_no_one(coder, text):
    # nobody has dismissed or condemned anything yet: the appeal is the event
    record = coder.code_text(text, published="2023-08-15")
    assert not [q for q in record.quotes if q.cue is not None and q.cue.text in ("dismiss", "condemn")]
    assert not [e for e in record.events if e.event_type in ("REJECT", "ACCUSE")], record.events


def test_what_a_speaker_will_ask_another_to_do_is_no_act_of_the_speakers(coder):
    record = coder.code_text(
        "Georgia Governor Brian Kemp said the election was not stolen. Trump's lawyers said they would ask a "
        "judge to dismiss the charges.", published="2023-08-15")
    assert not [e for e in record.events if e.event_type == "REJECT" and e.trigger.text == "dismiss"], \
        record.events


def test_a_name_the_parser_splits_into_subjects_after_a_title_is_the_speaker(coder):
    # spaCy reads "chief", "al", "-" and "Burhan" as four subjects of "called"
    record = coder.code_text("Army chief Abdel Fattah al-Burhan called the RSF a rebel militia and ruled out "
                             "negotiations.", published="2023-04-16")
    called = [q for q in record.quotes if q.cue is not None and q.cue.text == "called"]
    assert called and record.actor(called[0].speaker).name == "Abdel Fattah al-Burhan"
