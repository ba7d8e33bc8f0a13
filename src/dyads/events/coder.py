"""From parsed paragraphs, actors and quotes to the events of a story.

For each sentence: triggers (`triggers.py`), their source and target
(`arguments.py`), realis (`realis.py`), day (`when.py`) and place (`where.py`).
An event needs at least one actor among its arguments; a trigger inside the
complement of another ("agreed to withdraw", "urged Iran to release") is that
trigger's content, not a second event (`nesting.py`); the same event told twice in a
story is kept once.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from dyads.actors.coref import LinkedActors
from dyads.actors.mentions import doc_text
from dyads.events.actor_index import ActorIndex, Roles, role_words
from dyads.events.announced import promised_harm, requested_act
from dyads.events.arguments import asks_the_unnamed, roles_of
from dyads.events.attribution import clash_opponent, condemned_party
from dyads.events.home_sides import (
    FORCE_ON_CROWDS,
    crowd_of,
    domestic_target,
    implied_authority,
    protested_state,
)
from dyads.events.intent import announcement, announcing_subject, intent_rules, wished_for
from dyads.events.lexicon import Lexicon
from dyads.events.nesting import ceased, outermost
from dyads.events.ontology import cameo
from dyads.events.phrases import arguments_of
from dyads.events.protest_aims import campaign_rally, protest_aim, voters_described
from dyads.events.reactions import REACTIONS, called_noun, defence_of_own_act, named_doers, reaction_target
from dyads.events.realis import realis_of
from dyads.events.refinements import aid_kind_code, at_a_third_place, refinement_rules
from dyads.events.repeats import one_per_event
from dyads.events.spoken import as_belittling, as_complaint, as_spoken, quotes_by_cue
from dyads.events.statement_targets import speaks_for
from dyads.events.statement_words import statement_words
from dyads.events.statements import statement_events
from dyads.events.subjects import share_of_a_people
from dyads.events.threats import forecast_of_another
from dyads.events.triggers import Match, find_triggers, is_particle, object_lemmas
from dyads.events.visits import counterpart_of_a_trip, meets_its_own
from dyads.events.when import event_date
from dyads.events.where import PLACE_PREPOSITIONS, event_location, main_place
from dyads.nlp import Paragraph, to_infinitive
from dyads.record import Argument, Article, Event, Quote, Span

# Acts told from the victim's side ("three soldiers were killed"): worth keeping without a source.
VICTIM_TYPES = {"ASSAULT", "COERCE"}
# Acts done to someone: without a target actor they were right about half the time
# on the PLOVER dev records (AGREE, REQUEST, REJECT, ACCUSE, PROTEST stand alone better).
DIRECTED_TYPES = {"SUPPORT", "CONSULT", "AID", "CONCEDE", "SANCTION", "COOPERATE"}


def code_events(
    article: Article, paragraphs: list[Paragraph], linked: LinkedActors, quotes: list[Quote],
    lexicon: Lexicon, day: date | None,
) -> list[Event]:
    """The events of one article, in text order, one per real-world event."""
    actors = ActorIndex(linked, quotes)
    story_place = main_place(p.doc for p in paragraphs)
    events: list[Event] = []
    told: list[tuple[str, Event]] = []  # (trigger lemma, event) of the story so far, for reactions
    cues = quotes_by_cue(quotes)
    sentence_number = 0
    for number, paragraph in enumerate(paragraphs):
        recent = paragraphs[max(0, number - 2)].offset  # this paragraph and the two before
        for sentence in paragraph.doc.sents:
            said_here: list[tuple[Token, Event]] = []  # the sentence's events so far, by trigger word
            matches = find_triggers(sentence, lexicon)
            actors.trigger_tokens = {(id(m.token.doc), m.token.i) for m in matches}
            outer = outermost(matches)
            for match in outer:
                if match.token.dep_ == "csubj" and match.token.tag_ == "VBG":
                    continue  # "Opening fire on protesters is a crime": a kind of act, not an event
                if match.token.dep_ == "acl" and match.token.tag_ == "VBG" and match.token.head.tag_ in ("NNS", "NNPS") \
                        and match.trigger.event_type in REACTIONS:
                    # "the millions of Americans supporting Trump": a stance that says who they
                    # are, not an event ("police beating protesters" stays one)
                    continue
                if ceased(match.token):
                    continue  # "agreed to halt fighting": the fighting is not this sentence's news
                if match.trigger.event_type in role_words().stance_types and share_of_a_people(
                        match.token if match.token.pos_ in ("VERB", "AUX") else match.token.head):
                    continue  # "most Germans support sending tanks": a poll's finding, no one's act
                if forecast_of_another(match, actors, paragraph.offset):
                    continue  # "US officials warned that China could invade Taiwan": no US threat
                roles = roles_of(match.token, match.trigger, paragraph.offset, actors)
                if roles.natural:
                    continue  # "Cyclone Idai has killed hundreds": no actor did it
                if match.trigger.named_object and not _names_its_kind_of_place(match.trigger.named_object, roles, actors):
                    continue  # "suspended Gabon" suspends a member state, "captured Kherson" a city; "suspended Corbyn" is none
                match = as_complaint(match, roles, actors)  # "China protested the visit": in words
                match = as_belittling(match, roles, actors)  # "dismissed NATO member Estonia as ...": blame
                if campaign_rally(match, roles, actors):
                    continue  # "Mr. Trump, who held a rally in Waterloo, Iowa": no protest
                if voters_described(match, roles, actors):
                    continue  # "voters who backed Hageman": who they are, no event
                if not any(a.actor for a in roles.target) and not asks_the_unnamed(match.trigger.event_type, roles.target) \
                        and not _acts_on_a_voted_text(match.token):
                    # "refused to lift the ban on SIMI": whom the content is about
                    roles.target = _content_target(match, matches, outer, paragraph.offset, actors,
                                                   roles.source) or roles.target
                if match.trigger.event_type in REACTIONS and (called := called_noun(match.token)) is not None:
                    # "condemned what he called a brazen breach of Security Council resolutions":
                    # only a doer the speaker names ("what it described as provocations by the
                    # Philippines") is the target, never what the act is said to breach
                    roles.target = named_doers(roles.target, called, paragraph.offset, actors)
                judged_act = False  # the target is the doer of an act told before
                if not any(a.actor for a in roles.target) and match.trigger.event_type in REACTIONS:
                    # "Powell welcomed the decision": whoever made the decision told before
                    judged = reaction_target(match, roles, told, paragraph.offset, actors, lexicon)
                    roles.target, judged_act = judged or roles.target, bool(judged)
                if (refusal := defence_of_own_act(match, roles, told, actors)) is not None:
                    # "defended the launch as a sovereign right": refusing its critics
                    match, roles.target = refusal
                    judged_act = True
                # what a protest is for or against, before any fallback on its own state
                if match.trigger.event_type == "PROTEST" and not any(actors.code_of(a) for a in roles.target):
                    # "began a hunger strike to demand the resignation of President Ben Bella"
                    roles.target = _purpose_target(match, matches, paragraph.offset, actors) or roles.target
                if match.trigger.event_type == "PROTEST" and all(
                        _a_place(a, actors) or _where_it_happens(a, actors) for a in roles.target):
                    # "rallied outside the Russian embassy in Yerevan": Russia, not Armenia's capital
                    verb = match.token if match.token.pos_ in ("VERB", "AUX") else match.token.head
                    roles.target = protest_aim(verb, paragraph.offset, actors) or roles.target
                if not any(actors.code_of(a) for a in roles.target):
                    # "police arrested 450 people": a state's arrests, curfews, bans at home
                    roles.target = domestic_target(match, roles, actors, paragraph.offset, story_place,
                                                   article.dateline) or roles.target
                if not any(actors.code_of(a) for a in roles.source) and match.trigger.event_type == "ASSAULT":
                    # "soldiers were killed in a clash with Chinese troops": the other side
                    roles.source = clash_opponent(match.token, paragraph.offset, actors) or roles.source
                if not any(actors.code_of(a) for a in roles.source):
                    # "two prison officers were charged": the state that tries its own people
                    roles.source = implied_authority(match, roles, actors, paragraph.offset,
                                                     story_place, article.dateline) or roles.source
                if match.trigger.event_type in FORCE_ON_CROWDS and not any(actors.code_of(a) for a in roles.target):
                    # "Police fired water cannon to clear the road": at the protesters just told
                    roles.target = crowd_of(roles.source, [e for _, e in told], recent, actors) or roles.target
                if not any(actors.code_of(a) for a in roles.target):
                    # "students staged mass demonstrations": against their own state
                    roles.target = protested_state(match, roles, actors, paragraph.offset,
                                                   story_place, article.dateline) or roles.target
                if not judged_act:
                    # "the strikes came under fire from Russia" judges the strikes' makers
                    match = _reading_for_target(match, roles, actors, paragraph.offset)
                match = as_spoken(match, paragraph.offset, cues, roles, actors)  # "attacked Clinton: '...'"
                match = _joint_exercise(match, roles, actors)
                # "traveled to Geneva for talks with Lavrov": a meeting with Russia, not a visit
                match, roles.target = counterpart_of_a_trip(match, matches, roles, paragraph.offset, actors)
                match = promised_harm(match, matches, outer)
                match = requested_act(match, matches)
                if not any(actors.code_of(a) for a in roles.target):
                    # "condemned North Korea's test and pledged to impose sanctions": on North Korea
                    roles.target = condemned_party(match.token, match.trigger.event_type, roles.source, said_here,
                                                   actors) or roles.target
                if _own_country_in_content(match, roles, actors, paragraph.offset) or _own_country_as_it(roles, actors):
                    roles.target = []  # "Putin promised that Russia would respond": for Russia, not to it
                if match.trigger.event_type in role_words().medium_not_target:
                    # "thanked his supporters on Twitter": where words were said is not
                    # whom they are about
                    roles.target = [a for a in roles.target if not _a_medium(a, actors)]
                # "Ban Ki-moon condemned a brazen breach of U.N. resolutions": not the UN itself
                roles.target = [a for a in roles.target
                                if not any(actors.same_international_body(s, a) for s in roles.source)]
                if match.trigger.event_type in role_words().one_sided_types and all(
                        _a_place(a, actors) or actors.code_of(a) in {actors.code_of(s) for s in roles.source}
                        for a in roles.target):
                    roles.target = []  # "deployed 15,000 soldiers to the border region": at no one
                if not any(a.actor for a in roles.source + roles.target):
                    continue  # no actor, no dyad
                if meets_its_own(match, roles, paragraph.offset):
                    continue  # "met with his national security team": no one else's
                if _background_noun(match, actors) and not (
                        any(a.actor for a in roles.source) and any(a.actor for a in roles.target)):
                    continue  # "rejected North Korea's demand", "condemned the protest": told, not reported
                roles, *other_ways = _each_way(match, roles, actors)
                for each_way in other_ways:
                    # "accused each other": the other parties' acts, one event each
                    events.append(_event(article, match, each_way, paragraph, sentence_number, day, len(events),
                                         actors, story_place))
                event = _event(article, match, roles, paragraph, sentence_number, day, len(events), actors,
                               story_place)
                events.append(event)
                told.append((match.token.lemma_.lower(), event))
                # "imposed their own bans": a later "the bans" names this act by its object too
                told += [(word, event) for word in sorted(object_lemmas(match.token) & match.trigger.objects)]
                said_here.append((match.token, event))
                said = _announced(event, match, roles, paragraph, actors, sentence_number, day, len(events))
                if said is not None:
                    events.append(said)
            sentence_number += 1
    events += statement_events(article, paragraphs, quotes, actors, events, day, story_place)
    events = [e for e in events if not _meets_only_an_audience(e, actors) and not _force_by_an_audience(e, actors)]
    return one_per_event(sorted(events, key=lambda e: e.trigger.start), actors)


def _own_country_in_content(match: Match, roles: Roles, actors: ActorIndex, offset: int) -> bool:
    """Whether an official's words have the official's own country as the subject of
    what they say, and as their only target: "warned that Seoul would respond", "promised
    that Russia would respond" (data/roles.yaml `not_at_own_country_types`). An object
    ("rejected the Iraqi demands", "defended Germany's decision") may still be the target."""
    if match.trigger.event_type not in role_words().not_at_own_country_types or not roles.source \
            or not speaks_for(roles.source[0], roles.target, actors):
        return False
    doc = match.token.doc
    for argument in roles.target:
        token = next((t for t in doc if t.idx + offset == argument.start), None)
        if token is None or not token.dep_.startswith("nsubj") or token.head is match.token:
            return False
    return True


def _own_country_as_it(roles: Roles, actors: ActorIndex) -> bool:
    """Whether an official's only target is an "it" read as the official's own country:
    in "Moscow blamed the attack on Ukraine, and Putin called it a terrorist act", "it"
    is the attack."""
    return bool(roles.source) and bool(roles.target) and all(a.text.lower() == "it" for a in roles.target) \
        and speaks_for(roles.source[0], roles.target, actors)


def _a_medium(argument: Argument, actors: ActorIndex) -> bool:
    """Whether an argument names a medium words are said on (statements.yaml
    `media_platforms`: "Twitter", "television"). The press itself may be criticised
    ("Trump blasted CNN"), so only the platform is never a target."""
    platforms = {w.lower() for w in statement_words().media_platforms}
    actor = actors.by_id.get(argument.actor) if argument.actor else None
    return argument.text.lower() in platforms or actor is not None and actor.name.lower() in platforms


def _meets_only_an_audience(event: Event, actors: ActorIndex) -> bool:
    """Whether a meeting's only targets are an audience (data/roles.yaml `audience_sectors`):
    "speaking to reporters" is no meeting. Nor is a meeting told at a quote's cue with no
    one met: "a senior official told reporters, speaking on condition of anonymity"."""
    if event.event_type != "CONSULT":
        return False
    targets = [a for a in event.target if a.actor]
    if not targets:
        return event.quote is not None
    return all(actors.sector_of(a) in role_words().audience_sectors for a in targets)


def _force_by_an_audience(event: Event, actors: ActorIndex) -> bool:
    """Whether an act of force has only an audience as its source (data/roles.yaml
    `audience_cannot`): "Politico rounded up a sampling of the criticism" arrests no one."""
    sources = [a for a in event.source if a.actor]
    return event.event_type in role_words().audience_cannot and bool(sources) and all(
        actors.sector_of(a) in role_words().audience_sectors for a in sources)


def _announced(
    event: Event, match: Match, roles: Roles, paragraph: Paragraph, actors: ActorIndex,
    sentence: int, day: date | None, number: int,
) -> Event | None:
    """The statement of intent, threat, refusal or demand an announced act makes."""
    if match.trigger.pos != "verb":
        return None
    if wished_for(match.token):
        return None  # "hopes the EU will persuade Biden to lift sanctions": a wish, no one's intent
    subject = announcing_subject(match.token)
    if subject is not None and realis_of(subject.head, day) in ("future", "hypothetical"):
        return None  # "will say that Spain recognises Guaido": nothing announced yet
    speaker = arguments_of([subject], paragraph.offset, actors) if subject is not None else []
    speaker_codes = {c for a in speaker if (c := actors.code_of(a))}
    # the doer's side, or the party the act is done with ("German Foreign Minister Oskar
    # Fischer will visit Albania, the Albanian embassy said"): an arrangement, no forecast;
    # a speaker of unknown country ("a rebel spokesman") may be either, and a body of
    # states speaks through its members' ministers ("the EC may halt mediation, the Dutch
    # foreign minister said")
    parties = {c for a in (*roles.source, *roles.target) if (c := actors.code_of(a))}
    same_side = not speaker_codes or bool(speaker_codes & parties) or "IGO" in parties
    said = announcement(match.token, event.event_type, event.realis, roles.source, roles.target, speaker, same_side)
    if said is None or not any(a.actor for a in said.source):
        return None
    entry = cameo(said.cameo)
    derived = Roles(said.source, said.target)
    return Event(
        event_id=f"{event.event_id.split('#')[0]}#{number}", event_type=said.event_type,
        mode=entry.plover_mode, context=[entry.plover_context] if entry.plover_context else [],
        source=said.source, target=said.target, cameo=entry.code, quad=entry.quad,
        goldstein=entry.goldstein, sentence=sentence, trigger=event.trigger, realis="asserted",
        confidence=_confidence(match, derived, "asserted", actors), date=day.isoformat() if day else None,
        location=event.location,
    )


def _reading_for_target(match: Match, roles: Roles, actors: ActorIndex, offset: int) -> Match:
    """The entry's other reading when its target is a state ("Iran charged Britain
    with meddling": an accusation, not a prosecution) or an armed force ("the convoy
    came under fire from rebels": shooting, not criticism); data/roles.yaml."""
    trigger, words = match.trigger, role_words()
    readings = (
        (words.state_target_readings, lambda: any(actors.is_state(a) and not _members(a)
                                                  and not _modifier_only(a, match.token.doc, offset)
                                                  for a in roles.target)),
        (words.armed_target_readings,
         lambda: any(actors.sector_of(a) in words.armed_sectors for a in roles.target + roles.source)),
    )
    for table, holds in readings:
        for lemma, code, to in table:
            if trigger.lemma == lemma and trigger.cameo == code and holds():
                entry = cameo(to)
                return Match(match.token, replace(trigger, cameo=to, event_type=entry.plover_type, mode=None))
    return match


def _joint_exercise(match: Match, roles: Roles, actors: ActorIndex) -> Match:
    """Military exercises that the forces of two or more countries hold together, with no
    target, are military cooperation (CAMEO 062), not a show of force: "French and
    Egyptian warships launched ten days of war games" (data/roles.yaml `exercise_nouns`)."""
    trigger = match.trigger
    if trigger.event_type != "MOBILIZE" or any(actors.code_of(a) for a in roles.target):
        return match
    if not object_lemmas(match.token) & role_words().exercise_nouns:
        return match
    if len({actors.code_of(a) for a in roles.source} - {None}) < 2:
        return match
    entry = cameo("062")
    return Match(match.token, replace(trigger, cameo=entry.code, event_type=entry.plover_type, mode=None,
                                      reciprocal=True))


def _modifier_only(argument: Argument, doc, offset: int) -> bool:
    """Whether an argument's words only modify the noun that names the target ("charged
    two Vermont developers": the developers are charged, not Vermont)."""
    span = doc.char_span(argument.start - offset, argument.end - offset, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.tag_ in ("NN", "NNS") \
        and not span.start <= root.head.i < span.end


def _members(argument: Argument) -> bool:
    """Whether an argument's words name people who serve a state rather than the state as
    a body ("two federal prison officers", "a soldier"; data/roles.yaml `member_nouns`)."""
    words = argument.text.lower().split()
    return bool(words) and words[-1] in role_words().member_nouns


def _names_its_kind_of_place(kind: str, roles: Roles, actors: ActorIndex) -> bool:
    """Whether an entry's named object is what the entry needs: a whole country
    ("country": "suspended Gabon") or a city or country ("place": "captured Kherson")."""
    if kind == "country":
        return any(actors.is_whole_country(a) for a in roles.target)
    return any(_a_known_place(a, actors) for a in roles.target)


def _a_known_place(argument: Argument, actors: ActorIndex) -> bool:
    """Whether an argument is a city or a land of known country ("Kherson", "Crimea")."""
    actor = actors.by_id.get(argument.actor) if argument.actor else None
    return actor is not None and actor.kind in ("place", "country") and actor.code is not None


def _background_noun(match: Match, actors: ActorIndex) -> bool:
    """Whether a noun trigger is what another trigger acts on ("condemned the attack")."""
    token = match.token
    if match.trigger.pos != "noun":
        return False
    head = token.head.head if token.dep_ == "pobj" else token.head
    return token.dep_ in ("dobj", "pobj", "nsubjpass") and actors.is_trigger(head)


def _content_target(match: Match, matches: list[Match], outer: list[Match], offset: int,
                    actors: ActorIndex, source: list[Argument]) -> list:
    """The target of the trigger nested under this one, if it has one. An appeal's is
    the one it asks to act, the nested act's doer: "demanded that they withdraw their
    representatives from Venezuela" asks them, not Venezuela."""
    kept = {m.token.i for m in outer}
    speakers = {a.actor for a in source}
    for inner in matches:
        if inner.token.i in kept or inner.token.i == match.token.i or _clause_before(inner.token, match.token):
            continue
        if match.token in inner.token.ancestors:
            roles = roles_of(inner.token, inner.trigger, offset, actors)
            asked = [a for a in roles.source if a.actor and a.actor not in speakers]
            if match.trigger.event_type == "REQUEST" and asked:
                return asked
            target = [a for a in roles.target if a.actor]
            if target:
                return target
    return []


def _acts_on_a_voted_text(token: Token) -> bool:
    """Whether a verb's object is a text put to a vote ("vetoed a resolution to tighten
    sanctions on Pyongyang"): what the text would do names no target of the vote."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in role_words().voted_documents for c in token.children)


def _clause_before(inner: Token, verb: Token) -> bool:
    """Whether a token lies in a clause the parser hangs on the verb from before it, as
    a headline's "China stages war games around Taiwan; Taipei condemns ...": no content
    of the verb ("officials detained in a coup" is the coup's own phrase)."""
    branch = next((a for a in (inner, *inner.ancestors) if a.head.i == verb.i and a.i != verb.i), None)
    return branch is not None and branch.dep_ in ("ccomp", "parataxis") and branch.i < verb.i


def _where_it_happens(argument: Argument, actors: ActorIndex) -> bool:
    """Whether an argument is named only as where the act happens ("rallied in Sanaa"),
    though its name may stand for a state elsewhere ("Sanaa said")."""
    mention = actors.mention_at(argument.start)
    token = mention.token if mention is not None else None
    return token is not None and token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS


def _a_place(argument: Argument, actors: ActorIndex) -> bool:
    """Whether an argument names no one but a place: a town, or words of no actor."""
    actor = actors.by_id.get(argument.actor) if argument.actor else None
    return actor is None or actor.kind == "place"


def _purpose_target(match: Match, matches: list[Match], offset: int, actors: ActorIndex) -> list:
    """The target a protest's "to" infinitive of purpose names, when that infinitive is a
    trigger of its own: "continued their hunger strike to demand the resignation of X",
    "shunned work to protest at the settlement of Y"."""
    token = match.token
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    purposes = {c.i for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and to_infinitive(c)}
    for inner in matches:
        if inner.token.i in purposes and inner.token.i != token.i:
            target = [a for a in roles_of(inner.token, inner.trigger, offset, actors).target if actors.code_of(a)]
            if target:
                return target
    return []


def _each_way(match: Match, roles: Roles, actors: ActorIndex) -> list[Roles]:
    """The roles of an act the parties named together do to "each other", one per ordered
    pair of parties ("Kyrgyzstan and Tajikistan accused each other": A -> B, B -> A); a
    meeting, or an act of more than three parties, stays one event of them all
    (data/roles.yaml `coded_once_types`)."""
    if any(a.actor for a in roles.target) or not _done_to_each_other(match.token) \
            or match.trigger.event_type in role_words().coded_once_types:
        return [roles]
    parties: dict[str, list[Argument]] = {}
    for argument in roles.source:
        if argument.actor and actors.code_of(argument):
            parties.setdefault(argument.actor, []).append(argument)
    if not 2 <= len(parties) <= 3:
        return [roles]
    return [Roles(parties[a], parties[b]) for a in parties for b in parties if a != b]


def _done_to_each_other(verb: Token) -> bool:
    """Whether the verb's object, or its preposition's, is "each other" or "one another"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in o.children)
               for o in objects)


def _event(
    article: Article, match: Match, roles: Roles, paragraph: Paragraph, sentence: int,
    day: date | None, number: int, actors: ActorIndex, story_place: dict | None = None,
) -> Event:
    trigger, token = match.trigger, match.token
    countries = frozenset(c for a in (*roles.source, *roles.target) if (c := actors.code_of(a)))
    location = event_location(token, article.dateline, story_place, countries, actors, paragraph.offset)
    realis = realis_of(token, day, is_noun=trigger.pos == "noun")
    attempt = _attempt_of_attack(token, trigger.event_type, realis)
    if attempt is not None:
        realis = realis_of(attempt, day)
        trigger = replace(trigger, cameo=str(intent_rules()["attempted_attacks"]["codes"].get(
            trigger.cameo, trigger.cameo)))
    meeting_place = location
    if token.lemma_.lower() in refinement_rules()["talk_verbs"]:
        # "Trump spoke to Modi" in a story from New Delhi: perhaps by phone; only a place
        # the sentence gives says where they talked
        meeting_place = event_location(token, None, None, countries, actors, paragraph.offset)
    entry = cameo(_meeting_code(aid_kind_code(trigger.cameo, token), roles, meeting_place, actors, token))
    words = _trigger_span(match, paragraph)
    context = [entry.plover_context] if entry.plover_context else []
    when = event_date(token, day, realis)
    if realis == "asserted" and day is not None and when is not None and when > day.isoformat():
        realis = "future"  # "called a second day of strikes for January 31": not yet done
    return Event(
        event_id=f"{article.id}#{number}", event_type=trigger.event_type,
        mode=entry.plover_mode if entry.code != trigger.cameo else (trigger.mode or entry.plover_mode),
        context=context, source=roles.source, target=roles.target,
        cameo=entry.code, quad=entry.quad, goldstein=entry.goldstein,
        sentence=sentence, trigger=words,
        realis=realis, confidence=_confidence(match, roles, realis, actors),
        date=when, location=location,
    )


def _attempt_of_attack(token: Token, event_type: str, realis: str) -> Token | None:
    """The verb of an attempt an attack completes ("attempted to assassinate"), if any:
    the attack was made, so it takes the attempt's realis (data/intent.yaml)."""
    if event_type != "ASSAULT" or realis != "hypothetical" or token.dep_ != "xcomp":
        return None
    heads = intent_rules()["attempted_attacks"]["heads"]
    return token.head if token.head.lemma_.lower() in heads else None


def _meeting_code(code: str, roles: Roles, location: dict | None, actors: ActorIndex, token: Token) -> str:
    """A meeting's CAMEO code from where it took place: in the target's country a visit
    (042), in the source's a hosting (043), elsewhere a third location (044), as is a
    meeting on the sidelines of a gathering between sides of two countries."""
    if code != "040":
        return code
    sources = {actors.code_of(a) for a in roles.source} - {None}
    targets = {actors.code_of(a) for a in roles.target} - {None}
    if not sources or (not targets and len(sources) < 2):
        return code
    if not location or not location.get("country"):
        # "on the sidelines of the assembly", with no place known: neither side's home
        third = at_a_third_place(code, token) and (len(sources) > 1 or targets - sources)
        return refinement_rules()["third_place"]["code"] if third else code
    place = location["country"]
    if targets and place in targets and place not in sources:
        return "042"
    if targets and place in sources and place not in targets:
        return "043"
    if place not in sources | targets:
        return "044"
    return code


def _trigger_span(match: Match, paragraph: Paragraph) -> Span:
    """The trigger's words: the verb with its particle or object constraint ("imposed sanctions")."""
    token = match.token
    words = [token]
    for child in token.children:
        if match.trigger.particle and is_particle(token, child, match.trigger.particle) \
                or match.trigger.objects and child.lemma_.lower() in match.trigger.objects:
            words.append(child)
    start, end = min(w.idx for w in words), max(w.idx + len(w) for w in words)
    text = doc_text(token.doc)
    return Span(text[start:end], paragraph.offset + start, paragraph.offset + end)


def _confidence(match: Match, roles: Roles, realis: str, actors: ActorIndex) -> float:
    """How sure the coding is, from what was found.

    Weighed on the PLOVER dev records (threshold 0): events with an actor as
    source were of the right type 0.76-0.89 of the time, events without one 0.46,
    and events not told as happening (future, hypothetical, negated) rarely the
    one the sentence reports. This score ranks; events/confidence.py turns it into a probability.
    A source counts only when it can act politically: an actor of known country or
    body, or of a known sector ("Smith agreed", of a person the text ties to nothing,
    is a film review's, not an event's; on the real-news tune half such events were
    never right).
    """
    has_source = any(actors.can_act(a) for a in roles.source)
    has_target = any(a.actor for a in roles.target) or roles.reciprocal
    score = 0.5 if has_source else (0.45 if match.trigger.event_type in VICTIM_TYPES else 0.3)
    score += 0.25 if has_source else 0.0
    score += 0.1 if has_target else 0.0
    # An event is only as placeable as its sides' countries: a side of unknown country
    # (a named person the text ties to nothing, a company) puts it in no series.
    if has_source and not any(actors.code_of(a) for a in roles.source):
        score -= 0.1
    if has_target and not roles.reciprocal and not any(actors.code_of(a) for a in roles.target):
        score -= 0.1
    score += 0.05 if match.trigger.constrained else 0.0
    score -= 0.05 if match.trigger.pos == "noun" else 0.0
    score -= 0.25 if realis in ("future", "hypothetical", "negated") else 0.0
    if not has_target and match.trigger.event_type in DIRECTED_TYPES:
        score -= 0.25  # "welcomes the development": support of a thing, not of an actor
    return round(max(min(score, 0.95), 0.05), 2)
