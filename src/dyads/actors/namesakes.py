"""A story's own reading of a name that is both a country's and an American state's
("Georgia"), or two countries' ("Congo"): the knowledge base the story's actors are linked with. Read by pipeline.py
between finding the mentions and linking them."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dyads.actors.knowledge import Entity, KnowledgeBase, fold
from dyads.actors.mentions import Mention, lexicon
from dyads.nlp import Paragraph

STATE_COUNTRY = "USA"
MODIFIER_DEPS = {"poss", "compound", "nmod", "amod"}


def story_knowledge(paragraphs: list[Paragraph], mentions: list[Mention], kb: KnowledgeBase) -> KnowledgeBase:
    """The knowledge base to read this story with: `kb` itself, or a copy in which a
    country's name that the story uses for an American state names the state, and a name
    two countries share names the one of them the story otherwise names."""
    read = kb
    for name, country in lexicon().state_namesakes.items():
        if names_the_state(mentions, name, country):
            read = read.reading_name_as(name, Entity(f"place:{name}", name, "country", STATE_COUNTRY))
    for name, countries in lexicon().shared_country_names.items():
        code = _the_one_named(mentions, countries)
        # the paragraphs' text is built only here: a Doc makes it anew at each call
        if code is not None and (entity := kb.country(code)) is not None \
                and any(re.search(rf"\b{re.escape(name)}\b", p.doc.text) for p in paragraphs):
            read = read.reading_name_as(name, entity)
    return read


def _the_one_named(mentions: list[Mention], countries: tuple[str, ...]) -> str | None:
    """The one of the countries the story names in words of its own ("Kinshasa", "DRC",
    "Congolese", its president), when it names only one of them."""
    named = {code for m in mentions
             for code in (m.entity.code if m.entity is not None else None, m.country) if code in countries}
    return next(iter(named)) if len(named) == 1 else None


def names_the_state(mentions: list[Mention], name: str, country: str) -> bool:
    """Whether the story's `name` is the American state: it names an American state or
    city, and nothing else of the country."""
    namesakes = [m for m in mentions if _is_the_country_name(m, name, country)]
    if not namesakes:
        return False
    if any(_signs_the_country(m, country, namesakes) for m in mentions if m not in namesakes):
        return False
    if any(_beside_another_country(m, mentions) for m in namesakes):
        return False
    return any(_american_place(m) for m in mentions)


def _is_the_country_name(mention: Mention, name: str, country: str) -> bool:
    entity = mention.entity
    return entity is not None and entity.key == f"country:{country}" and fold(mention.text) == fold(name)


def _signs_the_country(mention: Mention, country: str, namesakes: list[Mention]) -> bool:
    """A word of the country other than its bare name: "Georgian", "Tbilisi", its people.
    Not a title the name itself gave its country ("Georgia's secretary of state")."""
    code = mention.entity.code if mention.entity is not None else None
    if country not in (code, mention.country):
        return False
    return not any(_gives_its_country(n.token, mention.token) for n in namesakes)


def _gives_its_country(name: Token, token: Token) -> bool:
    """Whether the name is said of the mention's phrase: below its head ("the governor of
    Georgia"), or its possessor or modifier ("Georgia's secretary of state")."""
    if name.doc is not token.doc:
        return False
    if name.i in {t.i for t in token.subtree}:
        return True
    return name.dep_ in MODIFIER_DEPS and token.i in {t.i for t in name.head.subtree}


def _american_place(mention: Mention) -> bool:
    """A state of places.csv ("Louisiana") or a city of the gazetteer ("Atlanta")."""
    entity = mention.entity
    return entity is not None and entity.key.startswith(("place:", "city:")) and entity.code == STATE_COUNTRY


def _beside_another_country(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether the name is coordinated with another country's ("Georgia and Ukraine")."""
    token = mention.token
    partners = {t.i for t in token.conjuncts}
    return any(m.token.i in partners and m.token.doc is token.doc and m.entity is not None
               and m.entity.key.startswith("country:") for m in mentions if m is not mention)
