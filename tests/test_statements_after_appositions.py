"""A speaker named with a long apposition ("Sen. Patrick Leahy of Vermont, the
committee's top Democrat, called on ..."): the parser may hang the verb on the
apposition as a participle; the speaker is still the one who speaks."""

from __future__ import annotations

from dyads.evaluate.expectations import codes_of


def test_an_appeal_after_an_apposition_is_the_named_speakers(coder):
    record = coder.code_text(
        'Minority Leader Harry Reid of Nevada accused Republicans of "turning their backs on the Constitution," and '
        "Sen. Patrick Leahy of Vermont, the committee's top Democrat, called on Grassley to \"do his job\" and "
        "schedule a hearing by April.", published="2016-03-17")
    appeals = [e for e in record.events if e.event_type == "REQUEST"]
    assert appeals and {a.actor for a in appeals[0].source} == {
        next(a.actor_id for a in record.actors if a.name == "Patrick Leahy")}, record.events
    assert codes_of(record, appeals[0].source) == {"USA"}
    assert appeals[0].quote is not None  # the event points at the words
