"""Direct quotes: marks of every kind, quotes split by their cue, quotes over paragraphs."""

from __future__ import annotations

from tests.conftest import actor_named, quote_containing


def test_curly_quote_with_trailing_cue(coder):
    record = coder.code_text("“We will not accept these terms under any conditions,” Erdogan said on Monday.")
    quote = quote_containing(record, "We will not accept")
    assert quote.kind == "direct" and quote.cue.text == "said"
    assert record.actor(quote.speaker).name == "Recep Tayyip Erdoğan"


def test_straight_quote_after_colon_cue(coder):
    record = coder.code_text('The minister told reporters: "Our borders will remain open to refugees."')
    quote = quote_containing(record, "Our borders will remain open")
    assert quote.source.text == "The minister" and quote.cue.text == "told"


def test_a_quote_split_by_its_cue_is_one_quote(coder):
    record = coder.code_text(
        '"The talks were useful and frank," Lavrov said, "but no agreement was reached today."'
    )
    quotes = [q for q in record.quotes if q.kind == "direct"]
    assert len(quotes) == 1
    assert "useful and frank" in quotes[0].text and "no agreement was reached" in quotes[0].text


def test_a_quote_over_two_paragraphs_keeps_its_speaker(coder):
    record = coder.code_text(
        'Angela Merkel said: "We have always supported a negotiated solution in this conflict.\n'
        '"And we will keep working with our partners until the fighting stops for good."'
    )
    second = quote_containing(record, "keep working with our partners")
    assert record.actor(second.speaker).name == "Angela Merkel"


def test_double_single_quotes_are_quotation_marks(coder):
    record = coder.code_text("''This isn't tax reform at all, frankly,'' said Mr. Holtz-Eakin.")
    assert quote_containing(record, "This isn't tax reform").kind == "direct"


def test_scare_quotes_and_titles_are_not_quotes(coder):
    record = coder.code_text("The film “Selma” opened in Atlanta as the governor met “concerned” residents.")
    assert record.quotes == []


def test_a_dash_signs_a_quotation(coder):
    record = coder.code_text("“I am ashamed of what this campaign has done to the country.” ― Sonya Herridge")
    quote = quote_containing(record, "I am ashamed")
    assert quote.source.text == "Sonya Herridge" and quote.cue.text == "―"


def test_a_pronoun_speaker_resolves_to_the_person_before(coder):
    record = coder.code_text(
        "Hassan Rouhani spoke to reporters in Tehran.\n"
        '"Sanctions are a crime against humanity and must end," he said.'
    )
    quote = quote_containing(record, "Sanctions are a crime")
    assert quote.source.text == "he"
    assert record.actor(quote.speaker) is actor_named(record, "Hassan Rouhani")


def test_a_transcript_turn_in_capitals_is_its_speakers_words(coder):
    text = ("Senator Tim Kaine spoke with Chris Wallace on Sunday about the debate.\n\n"
            '"WALLACE: Will the governor of Indiana be at the debate tomorrow night?\n\n'
            '"KAINE: Well, look, the real question is whether voters will hear a serious plan on taxes.')
    record = coder.code_text(text)
    quote = quote_containing(record, "the real question is whether voters")
    assert quote.source.text == "KAINE"
    assert record.actor(quote.speaker).name == "Tim Kaine"
    asked = quote_containing(record, "Will the governor of Indiana be at the debate")
    assert record.actor(asked.speaker).name == "Chris Wallace"


def test_speech_told_inside_a_transcript_turn_belongs_to_the_turn(coder):
    text = ("Senator Tim Kaine spoke with Chris Wallace on Sunday about the debate.\n\n"
            "KAINE: Well, look, Donald Trump apparently thinks this is a reality show. It is serious business.")
    record = coder.code_text(text, published="2016-09-25")
    quote = quote_containing(record, "It is serious business")
    assert quote.source.text == "KAINE" and record.actor(quote.speaker).name == "Tim Kaine"
    assert quote_containing(record, "apparently thinks") is quote  # not Trump's belief as a quote of its own
