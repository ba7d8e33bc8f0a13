"""Acts of force, a state's protests and belittling refusals, told in words
(data/statements.yaml `spoken_force`, `state_protest`, `belittling_cues`).

"McCain attacked Clinton: 'She lied'", "Trump attacked Clinton in a speech, calling
her 'a disaster'" and "Cruz attacked Trump" are no assaults: the verb of force
introduces what was said, or is done by one who speaks to one who bears no arms.
Read by events/coder.py before an event is made of a trigger."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyads.events.actor_index import ActorIndex, Roles, role_words
from dyads.events.statement_words import StatementWords, statement_words
from dyads.events.triggers import Match
from dyads.record import Argument, Quote

# a participle of saying hangs off the verb of force as an adverbial clause or a conjunct
SAYING_DEPS = {"advcl", "conj", "xcomp"}
# what a verb of force between persons may be done to: a person or a body
BLAMED_KINDS = {"person", "organization"}

QuoteSpans = dict[int, list[tuple[int, int]]]


def quotes_by_cue(quotes: list[Quote]) -> QuoteSpans:
    """Each cue word's article offset, with the spans of the quotes it introduces."""
    spans: QuoteSpans = {}
    for quote in quotes:
        if quote.cue is not None:
            spans.setdefault(quote.cue.start, []).append((quote.start, quote.end))
    return spans


def as_spoken(match: Match, offset: int, quotes: QuoteSpans, roles: Roles, actors: ActorIndex) -> Match:
    """The match read as words when its verb of force is words (the module's docstring);
    otherwise as it is."""
    words = statement_words()
    kind = words.spoken_force
    if kind is None or match.trigger.event_type not in words.spoken_force_types:
        return match
    if not roles.source or not all(_speaks(a, actors, words.spoken_force_doers) for a in roles.source):
        return match  # "the militants attacked the base, saying it was revenge"
    if match.trigger.pos != "verb":
        # "Trump's attacks on the federal judge": a politician's attacks on someone unarmed
        return _as_words(match) if _between_persons(match, roles, actors, words, True) else match
    targets = [a for a in roles.target if a.actor]
    if targets and not any(_kind(a, actors) in ("place", "country") for a in targets) \
            and _unarmed_persons(roles.source, actors, words) \
            and match.token.lemma_.lower() in words.spoken_between_persons:
        return _as_words(match)  # "Clinton attacked law enforcement officers": no one she commands
    if not targets or any(_armed_or_place(a, actors) for a in targets):
        # "attacked Aleppo, saying ...", "the government attacked rebel towns", "Putin
        # attacked Ukraine, saying it threatened Russia": arms may speak for words there
        return match
    if not _introduces_quote(match.token, offset, quotes) and not _voiced(match.token) \
            and not _between_persons(match, roles, actors, words) \
            and not _between_persons(match, roles, actors, words, office_needed=True):
        return match
    return _as_words(match)


def _between_persons(match: Match, roles: Roles, actors: ActorIndex, words: StatementWords,
                     office_needed: bool = False) -> bool:
    """Whether a verb of force that is words between persons is done by persons to persons
    or bodies ("Cruz attacked Trump"); with `office_needed`, only by persons of a speaking
    sector, to no one armed ("Trump's attacks on the federal judge")."""
    if match.token.lemma_.lower() not in words.spoken_between_persons:
        return False
    if not all(_kind(a, actors) == "person" and (not office_needed or actors.sector_of(a)) for a in roles.source):
        return False
    targets = [a for a in roles.target if a.actor]
    if office_needed:
        return bool(targets) and all(
            _kind(a, actors) in (*BLAMED_KINDS, "agent") and actors.sector_of(a) not in role_words().armed_sectors
            for a in targets)
    return all(_kind(a, actors) in BLAMED_KINDS for a in roles.target)


def _unarmed_persons(sources: list[Argument], actors: ActorIndex, words: StatementWords) -> bool:
    """Whether every doer is a named person of a sector that commands no force
    (statements.yaml `spoken_force` `unarmed_doers`)."""
    return bool(sources) and all(
        _kind(a, actors) == "person" and actors.sector_of(a) in words.spoken_force_unarmed for a in sources)


def _as_words(match: Match) -> Match:
    """The match read as the words it is (statements.yaml `spoken_force` `as`)."""
    kind = statement_words().spoken_force
    return replace(match, trigger=replace(match.trigger, event_type=kind.event_type, cameo=kind.cameo,
                                          mode=kind.mode))


def as_complaint(match: Match, roles: Roles, actors: ActorIndex) -> Match:
    """A protest whose every doer is a country or speaks for its state, read as the formal
    complaint it is ("China protested the visit": ACCUSE 114); otherwise as it is."""
    words = statement_words()
    kind = words.state_protest
    if kind is None or match.trigger.event_type != "PROTEST" or match.trigger.pos != "verb" \
            or match.token.lemma_.lower() not in words.state_protest_lemmas:
        return match
    if not roles.source or not all(
            _kind(a, actors) == "country" or actors.sector_of(a) in words.state_protest_doers for a in roles.source):
        return match  # "students protested the verdict", "opposition lawmakers protested"
    return replace(match, trigger=replace(match.trigger, event_type=kind.event_type, cameo=kind.cameo,
                                          mode=kind.mode))


def as_belittling(match: Match, roles: Roles, actors: ActorIndex) -> Match:
    """A refusal whose object is someone named rather than what they said or proposed,
    read as the blame it is ("Gingrich dismissed NATO member Estonia as being in the
    suburbs of St. Petersburg": ACCUSE 111; statements.yaml `belittling_cues`); otherwise
    as it is ("dismissed the reports as fabrications" stays a refusal)."""
    words = statement_words()
    if match.trigger.event_type != "REJECT" or match.trigger.pos != "verb" \
            or match.token.lemma_.lower() not in words.belittling_cues:
        return match
    objects = {c.i for c in match.token.children if c.dep_ == "dobj"}
    named = [a for a in roles.target if a.actor and _kind(a, actors) in ("person", "country", "organization")]
    doc = match.token.doc
    if not named or not objects or not any(doc[i].pos_ == "PROPN" for i in objects):
        return match
    blame = next(kind for kind in words.cue_lemmas.values() if kind.event_type == "ACCUSE")
    return replace(match, trigger=replace(match.trigger, event_type=blame.event_type, cameo=blame.cameo,
                                          mode=blame.mode))


def _voiced(verb: Token) -> bool:
    """Whether a verb of force describes a statement, an advertisement or a letter ("an ad
    attacking Trump", "a statement attacking the ruling": data/roles.yaml `voice_nouns`)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in role_words().voice_nouns


def _speaks(argument: Argument, actors: ActorIndex, doers: frozenset[str]) -> bool:
    """Whether the doer is one that speaks: of a speaking sector, or a named person of
    no known sector ("David Axelrod"); never an armed force or a crowd ("a man")."""
    sector = actors.sector_of(argument)
    return sector in doers or sector is None and _kind(argument, actors) == "person"


def _kind(argument: Argument, actors: ActorIndex) -> str | None:
    actor = actors.by_id.get(argument.actor) if argument.actor else None
    return actor.kind if actor is not None else None


def _armed_or_place(argument: Argument, actors: ActorIndex) -> bool:
    return actors.sector_of(argument) in role_words().armed_sectors or _kind(argument, actors) in ("place", "country")


def _introduces_quote(verb: Token, offset: int, quotes: QuoteSpans) -> bool:
    """Whether the verb is the cue of a quote other than its own object (the quote
    finder reads "attacked the town" as an attribution of "the town"), or a participle
    of saying in its clause is the cue of one."""
    objects = [(offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge))
               for c in verb.children if c.dep_ == "dobj"]
    own = [(s, e) for s, e in quotes.get(offset + verb.idx, [])
           if not any(s < oe and os < e for os, oe in objects)]
    if own:
        return True
    return any(c.dep_ in SAYING_DEPS and offset + c.idx in quotes for c in verb.children)
