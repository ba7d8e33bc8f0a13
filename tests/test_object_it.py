"""An object "it" after a thing the clause before acted on: "called the strike reckless,
and Iran condemned it" judges the strike's maker, not the last country named
(actors/object_pronouns.py, recognize.yaml `thing_verbs`)."""

from __future__ import annotations

from dyads.evaluate.expectations import codes_of


def _events(coded, trigger: str):
    return [e for e in coded.events if e.trigger.text == trigger]


def test_it_after_a_judged_strike_is_no_country_named_before(every_event_coder):
    coded = every_event_coder.code_text(
        "Russia suspended an air-safety hotline with Washington on Friday. Assad's office "
        "called the strike reckless, and Iran's Foreign Ministry condemned it as a dangerous "
        "violation of Syria's sovereignty.", published="2017-04-08")
    condemned = _events(coded, "condemned")
    assert condemned, "the condemnation is still coded"
    assert all("RUS" not in codes_of(coded, e.target) for e in condemned)


def test_it_after_a_proposal_judges_its_owner(every_event_coder):
    coded = every_event_coder.code_text(
        "Obama tore into Donald Trump's proposal to bar Muslims from entering the United States, "
        "calling it dangerous.", published="2016-06-14")
    accuse = [e for e in coded.events if e.event_type == "ACCUSE"]
    assert accuse
    trump = {a.actor_id for a in coded.actors if "Trump" in a.name}
    assert all({a.actor for a in e.target} == trump for e in accuse)


def test_it_after_a_ruling_judges_the_court(every_event_coder):
    coded = every_event_coder.code_text(
        "A federal court in Denver ruled on Tuesday that Trump could not appear on the ballot. "
        "The Trump campaign denounced the ruling within minutes. Steven Cheung, a campaign "
        "spokesman, called it illegal.", published="2023-12-20")
    called = _events(coded, "called")
    assert called
    court = {a.actor_id for a in coded.actors if "court" in a.name.lower()}
    assert court and {a.actor for a in called[0].target} <= court


def test_it_after_an_actor_acted_on_stays_that_actor(every_event_coder):
    # "accuse" takes a doer: "it" is the channel, as before
    coded = every_event_coder.code_text(
        "The authorities revoked the licence of the private television channel Walf TV, "
        "accusing it of inciting violence.", published="2024-02-05")
    accusing = _events(coded, "accusing")
    assert accusing and accusing[0].target and accusing[0].target[0].actor is not None
    coded = every_event_coder.code_text("Russia invaded Ukraine. The European Union condemned it.",
                                        published="2022-02-25")
    condemned = _events(coded, "condemned")
    assert condemned and codes_of(coded, condemned[0].target) == {"RUS"}


def test_it_after_a_dismissed_claim_judges_the_claims_maker(every_event_coder):
    coded = every_event_coder.code_text(
        '"Experts are telling us that Russian state actors broke into the DNC," campaign manager '
        "Robby Mook told CNN. Trump's campaign dismissed the claim. Campaign chairman Paul "
        'Manafort called it "absurd" on ABC.', published="2016-07-25")
    called = _events(coded, "called")
    assert called and called[0].target
    judged = coded.actor(called[0].target[0].actor)
    assert "Mook" in judged.name  # not the campaign that dismissed the claim before him


def test_it_that_a_speaker_vows_to_stop_is_the_thing_just_judged(every_event_coder):
    # "called the violence treasonous and vowed to crush it": the violence, not the rights
    # group named the sentence before
    coded = every_event_coder.code_text(
        "Amnesty International said at least five people were shot dead. President William Ruto called "
        "the violence \"treasonous\" and vowed to crush it.", published="2024-06-26")
    vowed = _events(coded, "vowed")
    assert vowed and "NGO" not in codes_of(coded, vowed[0].target), \
        [(e.trigger.text, codes_of(coded, e.target)) for e in coded.events]
