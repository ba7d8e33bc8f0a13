"""Statements that name what someone is: "called X a betrayal", 'call her "such a nasty
woman"'. The name given is the speaker's judgement of X (statements.yaml `described`,
`content`), however the parser hangs it on the verb."""

from __future__ import annotations

from dyads.evaluate.expectations import codes_of


def _statements(coder, text):
    record = coder.code_text(text, published="2020-01-15")
    return record, [e for e in record.events if e.quote is not None]


def test_an_insult_given_as_a_second_object_is_an_accusation_not_a_call(coder):
    # The parser makes the name a second direct object of "call": no phone call (CONSULT)
    record, statements = _statements(coder, 'The Canadian prime minister went on to call Vladimir Putin "a nasty man."')
    assert [e.event_type for e in statements] == ["ACCUSE"], record.events
    assert codes_of(record, statements[0].source) == {"CAN"}
    assert codes_of(record, statements[0].target) == {"RUS"}
    assert not [e for e in record.events if e.event_type == "CONSULT"]


def test_a_naming_verb_parsed_as_a_participle_still_has_its_speaker(coder):
    # "called" after a long apposition is parsed as a participle on the group's name
    record, _ = _statements(coder, 'The Patriots Alliance, a conservative group that has spent millions of dollars '
                                   'on advertising against the bill, called Mitt Romney\'s vote "a betrayal" and said '
                                   'it would campaign against him.')
    speakers = {a.actor_id: a.name for a in record.actors}
    called = [speakers.get(q.speaker or "") for q in record.quotes if q.cue is not None and q.cue.text == "called"]
    assert called == ["Patriots Alliance"], record.quotes


def test_folly_named_by_the_speaker_blames_the_maker_of_the_act(coder):
    record, statements = _statements(coder, "Poland's foreign minister called the Russian decision an act of stupidity.")
    assert [e.event_type for e in statements] == ["ACCUSE"], record.events
    assert codes_of(record, statements[0].source) == {"POL"}
    assert codes_of(record, statements[0].target) == {"RUS"}


def test_an_act_told_by_a_verb_before_is_judged_in_its_maker(coder):
    # a launch or a bill passed is no event of its own; the verb that told it names its maker
    record, statements = _statements(coder, "The U.S. Senate passed the Hong Kong democracy act on Tuesday. China's "
                                            'foreign ministry called the legislation "naked interference in China\'s '
                                            'internal affairs."')
    assert [e.event_type for e in statements] == ["ACCUSE"], record.events
    assert codes_of(record, statements[0].target) == {"USA"}
