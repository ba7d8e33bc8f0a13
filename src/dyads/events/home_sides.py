"""The sides an act done at home implies: the state a domestic act is done to ("police
arrested 450 people": their own country), the authority behind a passive act of justice
("two prison officers were charged"), the state a people's protest is aimed at. Each
holds only when the story is that one country's business. And the protesters a state's
forces meet when the sentence names no one, from the protest just told. Read by
events/coder.py."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.mentions import doc_text
from dyads.events.actor_index import ActorIndex, Roles, role_words
from dyads.events.place_sides import OWN_PLACE_NOUNS
from dyads.events.triggers import Match
from dyads.events.where import event_location
from dyads.record import Argument, Event


def domestic_target(match: Match, roles: Roles, actors: ActorIndex, offset: int,
                    story_place: dict | None, dateline: str | None) -> list[Argument]:
    """The source's own country as the target of an act a state does or undoes at home
    (data/roles.yaml `domestic_codes`, `domestic_easing_codes`), at the words of the
    unnamed object if any, else, in a story of that one country whose place agrees, at
    the trigger's ("Egypt has lifted its three-month-old state of emergency")."""
    words_of = role_words()
    vetoed = _vetoed_at_home(match.token)
    if match.trigger.cameo not in words_of.domestic_codes | words_of.domestic_easing_codes and not vetoed:
        return []
    sources = [a for a in roles.source if a.actor and actors.code_of(a)]
    if not sources:
        return []
    # "detained Istanbul Mayor Ekrem Imamoglu": a person the knowledge base cannot
    # place keeps the argument, and the country is added at the same words
    words = roles.target[0] if roles.target else _own_country_word(match, offset)
    if words is None:
        words = _words_at_home(match, {actors.code_of(a) for a in sources}, actors, offset, story_place, dateline)
    if words is None:
        return []
    country = _legislature(sources, words, actors) if vetoed else None
    country = country or actors.own_country(sources, words)
    return [*(a for a in roles.target if a.actor), country] if country is not None else []


def _legislature(sources: list[Argument], words: Argument, actors: ActorIndex) -> Argument | None:
    """The legislature of the source's country that the story names ("Congress passed the
    bill"), at the given words, if any."""
    codes = {actors.code_of(a) for a in sources}
    body = next((a for a in actors.linked.actors if a.code in codes and a.sector == "LEG" and a.kind != "person"),
                None)
    return Argument(body.actor_id, words.text, words.start, words.end) if body is not None else None


def _vetoed_at_home(token: Token) -> bool:
    """Whether a veto is of a bill or a law, made at home ("vetoed the bill on Friday";
    roles.yaml `home_veto_objects`), not of a UN resolution."""
    if token.lemma_.lower() != "veto":
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"] + [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "on") for g in c.children
        if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in role_words().home_veto_objects for o in objects)


def protested_state(match: Match, roles: Roles, actors: ActorIndex, offset: int,
                    story_place: dict | None, dateline: str | None) -> list[Argument]:
    """The state a people's protest that names no target is aimed at (data/roles.yaml
    `own_state_target_types`): the protesters' own, when they are not the state's own
    bodies, the story names no other country and the event's place, if any, lies in
    that country. The target is the story's actor for that state, at the trigger's
    words, as for an implied authority."""
    if match.trigger.event_type not in role_words().own_state_target_types:
        return []
    sources = [a for a in roles.source if actors.code_of(a)]
    codes = {actors.code_of(a) for a in sources}
    if len(codes) != 1 or any(actors.is_state(a) for a in sources):
        return []
    # "Pakistanis protested in London": against whom the story says, or no one
    code = codes.pop()
    return _home_state(match.token, code, actors, offset, story_place, dateline) or \
        _state_where_it_happens(match.token, code, actors, offset, story_place, dateline)


def _at_home(token: Token, code: str | None, actors: ActorIndex, story_place: dict | None,
             dateline: str | None) -> bool:
    """Whether an event is one country's own business: the story names no country but
    this one (its actors and places), and the event's place (its clause's, else the
    story's main place, else the dateline), if any, lies in it."""
    if actors.story_countries() != {code}:
        return False
    where = event_location(token, dateline, story_place)
    return where is None or where.get("country") == code


def _state_where_it_happens(token: Token, code: str, actors: ActorIndex, offset: int,
                            story_place: dict | None, dateline: str | None) -> list[Argument]:
    """The protesters' own state when the protest's place, said or the story's, lies in
    their country, though the story names others ("Israel's biggest labour federation
    declared a general strike" in a story of Washington's worries)."""
    where = event_location(token, dateline, story_place)
    if where is None or where.get("country") != code:
        return []
    state = actors.state_actor(code)
    if state is None:
        return []
    return [Argument(state, token.text, offset + token.idx, offset + token.idx + len(token))]


def _home_state(token: Token, code: str | None, actors: ActorIndex, offset: int,
                story_place: dict | None, dateline: str | None) -> list[Argument]:
    """The story's actor for a country's state, at the trigger's words, for an event that
    is that country's own business (`_at_home`)."""
    if not _at_home(token, code, actors, story_place, dateline):
        return []
    state = actors.state_actor(code) if code is not None else None
    if state is None:
        return []
    return [Argument(state, token.text, offset + token.idx, offset + token.idx + len(token))]


def _words_at_home(match: Match, codes: set[str | None], actors: ActorIndex, offset: int,
                   story_place: dict | None, dateline: str | None) -> Argument | None:
    """The trigger's words, for a target implied at home: when the story names no
    country but the source's one, and the event's place, if any, lies in it."""
    token = match.token
    if len(codes) != 1 or not _at_home(token, next(iter(codes)), actors, story_place, dateline):
        return None
    if _sentence_names_another(token, codes, actors, offset):
        return None  # "will not lift the ban until the EU provides details": not at home
    return Argument(None, token.text, offset + token.idx, offset + token.idx + len(token))


def _sentence_names_another(token: Token, codes: set[str | None], actors: ActorIndex, offset: int) -> bool:
    """Whether the trigger's sentence names an actor of another country or an
    international body."""
    start, end = offset + token.sent.start_char, offset + token.sent.end_char
    for mention in actors.mentions:
        if start <= mention.start < end:
            argument = actors.argument(mention)
            code = actors.code_of(argument)
            if code is not None and code not in codes and code != "NGO":
                return True
    return False


def implied_authority(match: Match, roles: Roles, actors: ActorIndex, offset: int,
                      story_place: dict | None, dateline: str | None) -> list[Argument]:
    """The state whose courts or police did a passive act of justice that names no doer
    ("two federal prison officers were charged", "Webb was convicted"): the country of
    the people it was done to, when the story names no other country (its actors and
    places) and the event's place (its clause's, else the story's main place, else the
    dateline), if any, is in that country too: "an American was detained in Moscow"
    gets no source. The source is the story's own actor for that state, at the
    trigger's words."""
    token = match.token
    if match.trigger.pos != "verb" or match.trigger.cameo not in role_words().domestic_codes:
        return []
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) \
            or any(c.dep_ == "agent" for c in token.children):
        return []
    codes = {actors.code_of(a) for a in roles.target} - {None}
    if len(codes) != 1:
        return []
    # "two Britons were arrested" in a story that also names Dubai: whose police?
    return _home_state(token, codes.pop(), actors, offset, story_place, dateline)


def _own_country_word(match: Match, offset: int) -> Argument | None:
    """"declared a nationwide state of emergency": the word that says the act covers
    the source's whole country (data/roles.yaml `own_country_words`), as words."""
    words = role_words().own_country_words
    for child in match.token.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            for word in child.subtree:
                if word.lower_ in words:
                    return Argument(None, word.text, offset + word.idx, offset + word.idx + len(word))
                if word.dep_ == "pobj" and word.head.lower_ in ("on", "in") and word.head.head == child \
                        and word.lemma_.lower() in OWN_PLACE_NOUNS and any(c.lower_ == "the" for c in word.children):
                    # "imposed a curfew on the city": the curfew's own preposition
                    start = min(t.idx for t in word.subtree)
                    return Argument(None, doc_text(word.doc)[start:word.idx + len(word)], offset + start,
                                    offset + word.idx + len(word))
        elif child.lower_ in words:
            return Argument(None, child.text, offset + child.idx, offset + child.idx + len(child))
    return None


# Acts of a state's forces that meet a protest: "fired water cannon", "detained dozens".
FORCE_ON_CROWDS = frozenset({"ASSAULT", "COERCE"})
SECURITY_SECTORS = frozenset({"COP", "MIL"})


def crowd_of(source: list[Argument], told: list[Event], since: int, actors: ActorIndex) -> list[Argument]:
    """The protesters a state's police or troops act on when the sentence names no one
    ("Police fired water cannon to clear the road", "Officers used tear gas to clear the
    square"): those of the latest protest told in this paragraph or the two before, of
    the forces' own country."""
    codes = {actors.code_of(a) for a in source if actors.sector_of(a) in SECURITY_SECTORS} - {None}
    if len(codes) != 1:
        return []
    code = codes.pop()
    for event in reversed(told):
        if event.trigger.start < since:
            break
        if event.event_type == "PROTEST" and event.realis in ("asserted", "historical"):
            crowd = [a for a in event.source if actors.code_of(a) == code and actors.sector_of(a) not in SECURITY_SECTORS]
            if crowd:
                return crowd[:1]
    return []
