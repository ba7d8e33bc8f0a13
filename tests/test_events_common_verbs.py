"""Material acts said with a common verb made specific by its object: expelling or
recalling envoys, charging officers over a death, challenging someone to act."""

from __future__ import annotations

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
