"""Events told as not happening keep their realis; none is dropped for it."""

from __future__ import annotations

import pytest

from dyads.pipeline import Coder


@pytest.fixture(scope="module")
def coder_all(coder):
    # Realis lowers confidence; score every event so the label itself is tested.
    return Coder(kb=coder.kb, nlp=coder.nlp, min_confidence=0.0)


def _event(coder, text, event_type, day="2021-03-10"):
    record = coder.code_text(text, published=day)
    found = [e for e in record.events if e.event_type == event_type]
    assert found, [(e.event_type, e.trigger.text) for e in record.events]
    return found[0]


@pytest.mark.parametrize(("text", "event_type", "realis"), [
    ("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi.", "CONSULT", "asserted"),
    ("Russian President Vladimir Putin did not meet Turkish President Recep Tayyip Erdogan.", "CONSULT", "negated"),
    ("Russian President Vladimir Putin will meet Turkish President Recep Tayyip Erdogan next week.",
     "CONSULT", "future"),
    ("Russian President Vladimir Putin could meet Turkish President Recep Tayyip Erdogan.", "CONSULT", "hypothetical"),
    ("If the talks succeed, Putin would meet Erdogan in Ankara.", "CONSULT", "hypothetical"),
    ("Russia plans to expel Polish diplomats.", "SANCTION", "future"),
    ("In 2014, Russia annexed Crimea from Ukraine.", "COERCE", "historical"),
    ("Russia had expelled two Polish diplomats before the talks began.", "SANCTION", "historical"),
    # reported speech shifts tenses back: what he "had" done is the news, not background
    ("Macron's office said the president had urged Iran to accept the text.", "REQUEST", "asserted"),
    # a verb coordinated with an appeal is no appeal's content: "called ... and urged" both happened
    ("German Chancellor Angela Merkel called Russian President Dmitry Medvedev and urged him to halt the operations.",
     "REQUEST", "asserted"),
    # ... while an auxiliary still reaches the second of two verbs
    ("Russian President Vladimir Putin will travel to Ankara and meet Turkish President Recep Tayyip Erdogan.",
     "CONSULT", "future"),
    # a modal reaches an adjective trigger through its copula: no one said they were ready
    ("Turkey must be ready to resume talks with Greece.", "AGREE", "hypothetical"),
    # a subject that is no one: the act did not happen
    ("Neither Russia nor Ukraine attended the talks in Geneva.", "CONSULT", "negated"),
    ("No country has recognised the Taliban government.", "SUPPORT", "negated"),
    # a "not" reaches a second verb only when the verbs share their tense
    ('Trudeau said Ottawa was "not looking to provoke or escalate" and urged New Delhi to treat the matter '
     "seriously.", "REQUEST", "asserted"),
    ("The Indian police did not arrest or charge the protesters.", "COERCE", "negated"),
])
def test_realis_of_the_event(coder_all, text, event_type, realis):
    assert _event(coder_all, text, event_type).realis == realis


def test_a_non_asserted_event_is_less_confident_than_an_asserted_one(coder_all):
    said = _event(coder_all, "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan.", "CONSULT")
    maybe = _event(coder_all, "Russian President Vladimir Putin could meet Turkish President Recep Tayyip Erdogan.",
                   "CONSULT")
    assert maybe.confidence < said.confidence


@pytest.mark.parametrize("text", [
    "Iran postponed the talks with Russia.",
    "A meeting between Iran and Russia that was canceled had been planned for May.",
    "The visit by Putin to Tehran was cancelled.",
    "Iran neither met nor called Russian officials.",
])
def test_an_event_called_off_or_denied_both_ways_did_not_happen(coder, text):
    every = Coder(kb=coder.kb, nlp=coder.nlp, min_confidence=0)  # negated events sit below the default
    consults = [e for e in every.code_text(text, published="2019-11-18").events if e.event_type == "CONSULT"]
    assert consults and all(e.realis == "negated" for e in consults)


@pytest.mark.parametrize("text", [
    "Iran and Russia held talks in Moscow on March 10.",
    "These threats prompted NATO at its July summit to order the deployment of four battalions to Poland.",
])
def test_an_event_dated_months_before_the_story_is_background(coder, text):
    every = Coder(kb=coder.kb, nlp=coder.nlp, min_confidence=0)
    events = every.code_text(text, published="2019-11-18").events
    assert events and all(e.realis == "historical" for e in events if e.event_type in ("CONSULT", "MOBILIZE"))


def test_an_event_of_last_week_is_news(coder):
    record = coder.code_text("Iran and Russia held talks in Moscow on November 12.", published="2019-11-18")
    assert [e.realis for e in record.events if e.event_type == "CONSULT"] == ["asserted"]


def test_an_attempt_is_the_acts_not_a_request(coder_all):
    """"sought to discredit": "seek" with an infinitive is an attempt at that act (not
    asserted), never a REQUEST of its own."""
    record = coder_all.code_text("China sought to discredit the Japanese envoy.", published="2019-05-01")
    assert [e.event_type for e in record.events] == ["ACCUSE"]
    assert record.events[0].realis != "asserted"
    record = coder_all.code_text("Iraq sought help from Iran.", published="2019-05-01")
    assert [e.event_type for e in record.events] == ["REQUEST"]


@pytest.mark.parametrize(("text", "event_type", "realis"), [
    ("Iran unveiled a plan to attack Israeli bases in Syria.", "ASSAULT", "future"),
    ("Turkey made a bid to mediate between Russia and Ukraine.", "CONSULT", "hypothetical"),
    ("The government has the right to expel foreign diplomats.", "SANCTION", "hypothetical"),
    # the parser hangs the noun's infinitive on the verb whose object the noun is
    ("He also renewed his call on Congress to bar people on terrorism watch lists from buying guns.", "COERCE",
     "hypothetical"),
])
def test_an_infinitive_after_a_noun_of_plan_or_duty_is_not_done(coder_all, text, event_type, realis):
    assert _event(coder_all, text, event_type).realis == realis


@pytest.mark.parametrize(("text", "event_type"), [
    # a gerund completing a noun of prospect or requirement
    ("Immunity deals should not be a requirement for cooperating with the FBI.", "COOPERATE"),
    ("The senator raised the prospect of expelling the Russian ambassador.", "SANCTION"),
    # a claim someone holds, told by a noun with its clause
    ("Trump dismissed the consensus that Russia hacked into the emails of the Democratic National Committee.",
     "COERCE"),
])
def test_an_act_a_noun_only_claims_or_requires_is_not_asserted(coder_all, text, event_type):
    assert _event(coder_all, text, event_type).realis == "hypothetical"


@pytest.mark.parametrize(("text", "cameo"), [
    ("Militants said they attempted to assassinate Prime Minister Iyad Allawi.", "185"),
    ("Kurdish rebels attempted to storm a Turkish army post.", "190"),
])
def test_an_attack_attempted_is_an_attack_made(coder_all, text, cameo):
    attacks = [e for e in coder_all.code_text(text, published="2004-01-01").events if e.event_type == "ASSAULT"]
    assert [(e.cameo, e.realis) for e in attacks] == [(cameo, "asserted")], attacks


def test_an_attack_only_sought_is_not_made(coder_all):
    attacks = [e for e in coder_all.code_text("Iraq sought to kill the Kurdish leader.", published="2004-01-01").events
               if e.event_type == "ASSAULT"]
    assert attacks and all(e.realis != "asserted" for e in attacks)


@pytest.mark.parametrize("text", [
    "Spanish Prime Minister Pedro Sanchez is expected to announce on Monday that Madrid recognises Guaido.",
    "Spanish Prime Minister Pedro Sanchez will say on Monday that Spain recognises Guaido.",
])
def test_what_is_yet_to_be_said_has_not_happened(coder_all, text):
    events = coder_all.code_text(text, published="2019-02-03").events
    assert events and all(e.realis != "asserted" for e in events), [(e.event_type, e.realis) for e in events]


def test_what_was_announced_has(coder_all):
    events = coder_all.code_text("Spanish Prime Minister Pedro Sanchez announced on Monday that Madrid recognises "
                                 "Guaido.", published="2019-02-04").events
    assert [(e.event_type, e.realis) for e in events] == [("SUPPORT", "asserted")]


def test_a_writers_forecast_of_a_conditional_meeting_is_no_threat(every_event_coder):
    # no one says it: a condition on a host's act is the writer's forecast, not a threat
    record = every_event_coder.code_text("If Kaine becomes vice president, Virginia would probably host the only "
                                         "Senate race in the country in 2017.", published="2016-09-08")
    assert "THREATEN" not in [e.event_type for e in record.events], record.events


def test_a_present_tense_clause_on_an_indefinite_head_describes_a_kind_not_an_act(every_event_coder):
    record = every_event_coder.code_text('"I am not in the habit of supporting people who attack my wife and attack '
                                         'my father," Cruz said in July.', published="2016-09-22")
    attacks = [e for e in record.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.realis == "hypothetical" for e in attacks), record.events


def test_a_past_clause_on_a_definite_head_tells_an_act(every_event_coder):
    record = every_event_coder.code_text("The people who attacked the embassy were arrested by police.",
                                         published="2016-09-22")
    assert [e.realis for e in record.events if e.event_type == "ASSAULT"] == ["asserted"]


def test_the_act_of_a_pledge_someone_made_is_not_done(every_event_coder):
    record = every_event_coder.code_text("Delegates questioned how Cruz could turn back on a pledge he and other "
                                         "candidates made to support the Republican nominee.", published="2016-09-23")
    supports = [e for e in record.events if e.event_type == "SUPPORT"]
    assert supports and all(e.realis == "hypothetical" for e in supports), record.events


def test_an_act_dated_after_the_story_has_not_happened_yet(coder_all):
    # the call was made; the strike it called is on a later day, so it is to come
    event = _event(coder_all, "France's eight main unions called a second day of strikes for January 31.",
                   "PROTEST", day="2023-01-19")
    assert (event.date, event.realis) == ("2023-01-31", "future")


def test_an_act_dated_before_the_story_stays_news(coder_all):
    event = _event(coder_all, "France's eight main unions went on strike on January 17.", "PROTEST", day="2023-01-19")
    assert (event.date, event.realis) == ("2023-01-17", "asserted")


@pytest.mark.parametrize("text", [
    "The government was open to discussing the reform with the unions.",
    "Iran is ready to meet US officials.",
])
def test_an_act_one_is_only_ready_for_has_not_happened(coder_all, text):
    record = coder_all.code_text(text, published="2023-01-19")
    assert all(e.realis != "asserted" for e in record.events if e.event_type == "CONSULT")
    assert [e for e in record.events if e.event_type in ("CONSULT", "AGREE")]


def test_a_meeting_one_was_able_to_hold_happened(coder_all):
    event = _event(coder_all, "The minister was able to meet the president on Monday.", "CONSULT", day="2023-01-19")
    assert event.realis == "asserted"


@pytest.mark.parametrize(("text", "event_type", "realis"), [
    # "would" reporting a "will": the announced act is to come, not a mere possibility
    ("Chilean President Sebastian Pinera said on Saturday that his government would suspend the fare rise.",
     "CONCEDE", "future"),
    ("The European Union said it would send aid to Ukraine.", "AID", "future"),
    # a condition keeps it hypothetical
    ("The European Union said it would send aid to Ukraine if the war ended.", "AID", "hypothetical"),
])
def test_would_in_reported_speech_is_a_future(coder_all, text, event_type, realis):
    assert _event(coder_all, text, event_type, day="2019-10-20").realis == realis


def test_a_fight_sworn_is_not_yet_fought_even_read_as_a_purpose(coder_all):
    # spaCy hangs "to fight" from "sworn" as a clause of purpose
    text = "Ethnic Albanians have sworn to fight until they gain control of villages near the border."
    assert _event(coder_all, text, "ASSAULT").realis == "hypothetical"
    assert _event(coder_all, text, "THREATEN").realis == "asserted"


def test_an_act_done_to_allow_another_keeps_its_purpose_real(coder_all):
    text = ("Uzbekistan finally opened the Friendship Bridge after four years to allow the delivery of 1,000 tons "
            "of grain and flour to Afghanistan.")
    assert _event(coder_all, text, "RETREAT", day="2001-12-09").realis == "asserted"


@pytest.mark.parametrize(("text", "event_type", "realis"), [
    # the condition reaches an act named after a preposition of its verb
    ('"If a foreign government took part in killing a Canadian on Canadian soil, that would be an intolerable '
     'violation of our sovereignty," Trudeau said.', "ASSAULT", "hypothetical"),
    # the act set aside for another did not happen
    ('"She was going after Trump instead of fighting Biden," Senator Smith said.', "ASSAULT", "negated"),
    # a guess is no news
    ("Russia had probably provided technical assistance to North Korea.", "AID", "hypothetical"),
    ("Russia provided technical assistance to North Korea.", "AID", "asserted"),
])
def test_conditions_alternatives_and_guesses(coder_all, text, event_type, realis):
    assert _event(coder_all, text, event_type).realis == realis


def test_a_past_tense_joined_to_what_was_urged_is_itself_done(coder_all):
    event = _event(coder_all, 'Former President Donald Trump urged "every Republican state" on Truth Social to send '
                   'Guard troops to Texas and blasted Biden as "the worst border president in history."', "ACCUSE",
                   day="2024-01-25")
    assert event.realis == "asserted"


@pytest.mark.parametrize("text", [
    'Kevin Cramer said the administration had sent "a very chilling signal" to anyone who wants to build '
    "pipelines and urged Donald Trump to reverse the decision.",
    "Senator Kevin Cramer said he hoped the company would respect the decision and urged Donald Trump to reverse it.",
])
def test_a_past_tense_the_parser_hangs_deep_in_a_clause_is_the_speakers_act(coder_all, text):
    # "urged" cannot share the present-tense "wants" or the "would respect" it is joined to:
    # it is Cramer's second act, done, and his
    event = _event(coder_all, text, "REQUEST", day="2016-12-05")
    assert event.realis == "asserted" and [a.text for a in event.source] == ["Kevin Cramer"]


def test_a_second_infinitive_of_what_was_urged_is_not_done(coder_all):
    event = _event(coder_all, "Zelensky urged the allies to send more air defence and to impose new sanctions on Russia.", "SANCTION",
                   day="2024-01-25")
    assert event.realis != "asserted"


@pytest.mark.parametrize(("text", "event_type", "realis"), [
    ("If Kirk believed it, he'd be pressuring Mitch McConnell.", "REQUEST", "hypothetical"),
    ("Kirk said he’d meet Mitch McConnell on Monday.", "CONSULT", "future"),
    ("Kirk said he'd met Mitch McConnell on Monday.", "CONSULT", "asserted"),
])
def test_a_contracted_would_is_a_would_and_a_contracted_had_is_not(coder_all, text, event_type, realis):
    assert _event(coder_all, text, event_type, day="2016-03-30").realis == realis


@pytest.mark.parametrize(("text", "realis"), [
    ("Poland is no longer sending weapons to Ukraine.", "negated"),
    ("Poland not only sent weapons to Ukraine but also trained its soldiers.", "asserted"),
])
def test_an_act_no_longer_done_has_stopped(coder_all, text, realis):
    assert _event(coder_all, text, "AID", day="2023-09-21").realis == realis


@pytest.mark.parametrize(("text", "realis"), [
    ("Germany's chancellor ruled out sending Taurus missiles to Ukraine.", "negated"),
    ("Germany's chancellor called off sending Taurus missiles to Ukraine.", "negated"),
    ("Germany sent Taurus missiles to Ukraine after the chancellor ruled out a ceasefire.", "asserted"),
])
def test_an_act_ruled_out_or_called_off_is_not_done(coder_all, text, realis):
    assert _event(coder_all, text, "AID", day="2024-03-01").realis == realis


def test_a_meeting_hoped_for_has_not_happened(coder_all):
    # the rules read "hoped" as "hop"; dyads reads it as the verb it is
    assert _event(coder_all, "Japan's prime minister said he hoped to meet Chinese President Xi Jinping soon.",
                  "CONSULT", day="2024-03-01").realis == "hypothetical"
