"""The country a story is about, and what a mention's own words say of its country:
the evidence `story-country` rests on (docs/record.md). Read by actors/coref.py."""

from __future__ import annotations

from collections import Counter
from datetime import date

from spacy.tokens import Token

from dyads.actors.knowledge import KnowledgeBase
from dyads.actors.mentions import Mention, lexicon
from dyads.places import place

# the organs of a state: their acts make a story about its own affairs
STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP"}
POLITY_SECTORS = STATE_SECTORS | {"SPY"}  # bodies that speak for their country's state


def own_country(mention: Mention, kb, day) -> str | None:
    """The country a mention names of itself, without linking."""
    if mention.country and kb.country(mention.country):
        return mention.country
    entity = mention.entity
    if entity is None:
        return None
    if entity.kind == "country" and entity.code and kb.country(entity.code):
        return entity.code
    if entity.kind == "person":
        terms = [t for t in kb.terms_of(entity.name) if day is None or t.holds_on(day)]
        if terms and kb.country(terms[0].body):
            return terms[0].body
    return None


def person_country(mention: Mention, kb: KnowledgeBase) -> str | None:
    """A named person's country whatever the day: the one country of every office the
    tables give them (a former US governor is American), or their words' own."""
    if mention.country and kb.country(mention.country):
        return mention.country
    if mention.entity is None or mention.entity.kind != "person":
        return None
    bodies = {t.body for t in kb.terms_of(mention.entity.name)}
    if len(bodies) == 1 and kb.country(code := next(iter(bodies))):
        return code
    return None


def story_countries(mentions: list[Mention], kb: KnowledgeBase) -> frozenset[str]:
    """Every country the story names in a word of its own (a name, an adjective, a title's country)."""
    codes = {m.entity.code for m in mentions
             if m.entity is not None and m.entity.kind in ("country", "place") and m.entity.code}
    codes |= {m.country for m in mentions if m.country}
    return frozenset(c for c in codes if kb.country(c))


def dateline_country(dateline: str | None) -> str | None:
    """The country of the place a story is filed from ("CARACAS, February 3 -")."""
    if not dateline:
        return None
    found = place(dateline.split(",")[0].strip().title())
    return found["country"] if found else None


def country_context(mentions: list[Mention], kb: KnowledgeBase, filed_from: str | None = None,
                     dominant: bool = False, day: date | None = None) -> str | None:
    """The country a story is clearly about: its most mentioned country code, when no
    other country is mentioned as often (a story about Iran and the United States is
    not one country's, and "officials" in it stay of unknown country) and it has at
    least half of the story's country words (a story on North Korea's test that names
    the five states reacting to it is an international one).

    A story filed from a country it names at least half as often as the most named one
    is that country's: "people marched in Caracas" in a story from Caracas that names
    Spain five times and Venezuela four are Venezuelans."""
    counts = Counter(
        m.entity.code for m in mentions
        if m.entity is not None and m.entity.kind in ("country", "place") and m.entity.code
        and kb.country(m.entity.code) and not m.is_stance_object  # a region ("the Middle East") has no army
    )
    # a title's body may be an organisation ("Bureau of Prisons Director"): only countries count
    counts.update(m.country for m in mentions if m.country and kb.country(m.country))
    # a state's own bodies name it as its country words do: a story of the Homeland Security
    # Department and the FBI blaming Russia is two countries', not Russia's alone. Not its
    # papers, broadcasters or firms (a story of an American host joining RT is American),
    # nor its parties (on the PLOVER tune half they made a Turkish students' protest one
    # event too many, and gained the written tune stories next to nothing).
    counts.update(m.entity.code for m in mentions if m.entity is not None and m.entity.kind == "organization"
                  and m.entity.sector in POLITY_SECTORS and m.entity.code and kb.country(m.entity.code))
    if dominant:
        # the officeholders a story names, in office or not, tell its country too ("Trump",
        # "Clinton", "Howard Dean")
        counts.update(code for m in mentions
                      if m.entity is not None and m.entity.kind == "person" and (code := person_country(m, kb)))
    ranked = counts.most_common(2)
    if dominant:
        # a named person's country: the story must be one country's beyond doubt
        if not ranked or ranked[0][1] < 3 or filed_from not in (None, ranked[0][0]):
            return None
        if (sum(counts.values()) - ranked[0][1]) * DOMINANCE > ranked[0][1]:
            return None  # another country plays a part ("Sondland told Ukraine officials")
        return ranked[0][0]
    if filed_from and ranked and counts.get(filed_from, 0) * 2 >= ranked[0][1]:
        return filed_from
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    if ranked[0][1] * 2 < sum(counts.values()):
        return None  # most of its country words name others: an international story
    return ranked[0][0]


# A story is one country's beyond doubt when every other country together is named less
# than once for every this many times it is: a closing line on a neighbour's note in a
# story of a governors' standoff with Washington leaves it American.
DOMINANCE = 5


def domestic_actors(mentions: list[Mention], kb: KnowledgeBase, day: date | None, country: str | None) -> int:
    """How many mentions name a known officeholder, a body or a state organ of the country
    ("President William Ruto", "the FBI", "Kenya's parliament")."""
    if country is None:
        return 0
    return sum(1 for m in mentions if m.entity is not None and (
        m.entity.kind == "person" and own_country(m, kb, day) == country
        or m.entity.kind == "organization" and m.entity.code == country)
        or m.kind == "agent" and m.country == country and m.sector in STATE_SECTORS)


def speaks(mention: Mention) -> bool:
    """A person who is the subject of a speech verb: "Len Burman said", "Burman argues"."""
    token = mention.token
    return token.dep_ == "nsubj" and token.head.lemma_ in lexicon().speech_verbs


def official(mention: Mention) -> bool:
    """A named person the story gives an office or a role ("Sen. Ben Sasse", "prosecutor Jane Roe")."""
    return bool(mention.title or mention.sector)


def acts_on_the_country(mention: Mention, mentions: list[Mention], country: str) -> bool:
    """Whether an agent is the subject of a clause that names the country itself after
    it ("leaders and diplomats expressed outrage over North Korea's test"), or the one
    asked to do it ("urged the administration to impose sanctions on Russia"): a state's
    own officials act on its organs and people, and a story's foreign reactions name it."""
    token = mention.token
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "dobj" and (done := next((c for c in token.head.children if c.dep_ == "xcomp"), None)):
        verb = done  # "urged the administration to impose sanctions on Russia": the one urged acts
    elif token.dep_ in ("nsubj", "nsubjpass"):
        verb = token.head
    else:
        return False
    own = {t.i for t in token.subtree}
    return any(
        other.entity is not None and other.entity.kind == "country" and other.entity.code == country
        and not _a_capital_as_place(other) and not _where_it_is_done(other) and other.token.doc is verb.doc
        and other.token.i not in own and other.token.i > token.i and _in_own_clause(other.token, verb)
        for other in mentions)


# the prepositions that make a capital the place of an act: "met in Beijing", "flew to Moscow"
CAPITAL_PLACE_WORDS = frozenset({"in", "at", "to", "from", "of", "near", "outside", "into", "toward", "towards",
                                 "across", "throughout", "around", "via"})


def _a_capital_as_place(mention: Mention) -> bool:
    """A capital named as where something is ("met in Beijing"), not as the state it
    stands for ("reduce their reliance on Beijing")."""
    if not mention.entity.key.startswith("capital:"):
        return False
    head = mention.token.head
    return mention.token.dep_ != "pobj" or head.lower_ in CAPITAL_PLACE_WORDS


# the prepositions that make a country where an act is done ("detained activists in Kenya"),
# not what it is done to
COUNTRY_PLACE_WORDS = frozenset({"in", "inside", "within", "across", "throughout", "around"})


def _where_it_is_done(mention: Mention) -> bool:
    """A country named as where something is done ("arrested dozens in Kenya")."""
    return mention.token.dep_ == "pobj" and mention.token.head.lower_ in COUNTRY_PLACE_WORDS


def _in_own_clause(token: Token, verb: Token) -> bool:
    """Whether a token hangs from the verb without entering a clause of its own ("said
    Kenya would borrow" holds Kenya in what was said, not in the saying)."""
    for _ in range(12):  # bounded: spaCy's root is its own head
        if token.head.i == token.i:
            return False
        if token.dep_ in ("ccomp", "relcl", "acl", "parataxis"):
            return False
        token = token.head
        if token.i == verb.i:
            return True
    return False
