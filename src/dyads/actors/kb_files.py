"""The actor tables as files: the package's CSV and YAML under `kb/` and a user's own,
read into one `KnowledgeBase` (actors/knowledge.py), checked, and cached between runs.
A user's row wins over the package's; a bad row is a problem naming its file and line."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dyads.actors.knowledge import FIGURE, Agent, Entity, KnowledgeBase, Term, fold, loose_key, title_key
from dyads.cache import cache_key, cached, file_state
from dyads.record import Problem
from dyads.yaml_data import load_yaml

FILE_KINDS = {
    "countries": {"iso3", "name", "names", "adjectives", "demonyms", "capital"},
    "organizations": {"id", "name", "aliases", "code", "cameo", "sector"},
    "officeholders": {"body", "office", "title", "name", "start", "end"},
    "agents": {"noun", "forms", "sector"},
    "metonyms": {"text", "code", "sector"},
    "regions": {"text", "code"},
    "places": {"place", "country"},
    "given_names": {"name", "sex"},
}

# What a given name says of its bearer (given_names.csv); "either" takes a name out.
SEXES = ("female", "male", "either")


# a generation's mark ends a name but is nobody's surname: "Jr." alone names no one
NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _without_suffix(words: list[str]) -> list[str]:
    """A name's words without a trailing generation mark ("Tommy Remengesau Jr." -> ... Remengesau)."""
    while words and words[-1].lower().rstrip(",") in NAME_SUFFIXES:
        words = words[:-1]
    return words


ROMAN_NUMERAL = re.compile(r"^[IVXL]+$")


def _no_surname(word: str) -> bool:
    """Whether a name's last word is a regnal number ("Felipe VI") or an initial ("C.")."""
    return bool(ROMAN_NUMERAL.match(word)) or len(word.rstrip(".")) <= 1


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _rows(text: str, origin: str) -> Iterator[tuple[int, dict[str, str]]]:
    body = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.lstrip().startswith("#")]
    if not body:
        return
    reader = csv.reader(line for _, line in body)
    header = [cell.strip() for cell in next(reader)]
    for (number, _), cells in zip(body[1:], reader):
        if len(cells) != len(header):
            raise ValueError(f"{origin}:{number}: wrong number of columns")
        yield number, dict(zip(header, map(str.strip, cells)))


def file_kind(header: Iterable[str]) -> str | None:
    """Which kind of actor file a header line belongs to."""
    columns = set(header)
    for kind, needed in FILE_KINDS.items():
        if needed <= columns:
            return kind
    return None


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None


class _Loader:
    def __init__(self) -> None:
        self.kb = KnowledgeBase()
        self.named: set[tuple[str, str]] = set()  # (person key, name) already indexed
        self.surnamed: set[tuple[str, str]] = set()  # (person key, name) whose surname is indexed
        self.figures_only: set[str] = set()  # people read so far only from figure rows
        self.user = False  # loading a user's file: its rows win over the package's
        self.replaced: set[str] = set()  # people whose package terms a user's rows replaced

    def load_text(self, text: str, origin: str) -> None:
        first = next((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), "")
        kind = file_kind(next(csv.reader([first]), []))
        if kind is None:
            self.kb.problems.append(Problem(origin, "not an actor file: unknown header columns"))
            return
        handler = getattr(self, f"_{kind}")
        try:
            rows = list(_rows(text, origin))
        except ValueError as error:
            # A broken CSV row shifts every later one; report it and keep the rest.
            self.kb.problems.append(Problem(origin, str(error).split(": ", 1)[-1]))
            rows = list(_tolerant_rows(text))
        for number, row in rows:
            try:
                handler(row)
            except (ValueError, KeyError) as error:
                self.kb.problems.append(Problem(f"{origin}:{number}", str(error)))

    def _countries(self, row: dict[str, str]) -> None:
        iso3 = row["iso3"]
        if len(iso3) != 3 or not iso3.isupper():
            raise ValueError(f"iso3 {iso3!r} is not an ISO alpha-3 code")
        entity = Entity(f"country:{iso3}", row["name"], "country", iso3)
        self.kb.add_entity(entity, [row["name"], *_split(row["names"])], first=self.user)
        self.kb.body_names[iso3] = row["name"]
        for adjective in _split(row["adjectives"]):
            self.kb.adjectives[fold(adjective)] = iso3
        for demonym in _split(row["demonyms"]):
            self.kb.demonyms[fold(demonym)] = iso3
        capitals = [row["capital"], *_split(row.get("capital_names"))]
        government = Entity(f"capital:{iso3}", f"{row['name']} government", "country", iso3, "GOV")
        self.kb.add_entity(government, capitals)

    def _organizations(self, row: dict[str, str]) -> None:
        code = row["code"] or None
        # A body whose sector only repeats its code ("IGO") has no sector, as in PLOVER.
        sector = row["sector"] if row["sector"] not in ("", "IGO", "NGO", "MNC") else None
        entity = Entity(
            f"org:{row['id']}", row["name"], "organization", code,
            sector, row.get("wikidata") or None, row.get("cameo") or None,
        )
        self.kb.add_entity(entity, [row["name"], *_split(row["aliases"])], first=self.user)
        self.kb.body_names[row["id"]] = row["name"]

    def _metonyms(self, row: dict[str, str]) -> None:
        entity = Entity(
            f"metonym:{row['text']}", row["text"], "organization" if row["code"] in ("IGO", "NGO") else "country",
            row["code"], row["sector"] or None,
        )
        self.kb.add_entity(entity, [row["text"]], first=self.user)

    def _regions(self, row: dict[str, str]) -> None:
        entity = Entity(f"region:{row['code']}", row["text"], "country", row["code"])
        self.kb.add_entity(entity, [row["text"]], first=self.user)

    def _places(self, row: dict[str, str]) -> None:
        if not self.kb.country(row["country"]):
            raise ValueError(f"country {row['country']!r} is not in countries.csv")
        entity = Entity(f"place:{row['place']}", row["place"], "country", row["country"])
        self.kb.add_entity(entity, [row["place"], *_split(row.get("names"))], first=self.user)

    def _given_names(self, row: dict[str, str]) -> None:
        sex = row["sex"].strip().lower()
        if sex not in SEXES:
            raise ValueError(f"sex {row['sex']!r} is none of {', '.join(SEXES)}")
        name = row["name"].strip().casefold()
        if sex == "either":
            self.kb.given_names.pop(name, None)
        elif self.user or name not in self.kb.given_names:
            self.kb.given_names[name] = sex

    def _agents(self, row: dict[str, str]) -> None:
        if not row["sector"]:
            raise ValueError("no sector")
        agent = Agent(row["noun"], row["sector"])
        for form in [row["noun"], *_split(row["forms"])]:
            if self.user:
                self.kb.agents[form.lower()] = agent
            else:
                self.kb.agents.setdefault(form.lower(), agent)

    def _officeholders(self, row: dict[str, str]) -> None:
        start, end = _parse_day(row["start"]), _parse_day(row["end"])
        if start is None:
            raise ValueError("no start date")
        if end is not None and end < start:
            raise ValueError(f"ends ({end}) before it starts ({start})")
        # One person, one entity: a row whose name or alias another file already gives a
        # person ("Salva Kiir" and "Salva Kiir Mayardit") adds a term to that person.
        person = self._known_person([row["name"], *_split(row["aliases"])]) or row["name"]
        term = Term(
            person, row["body"], row["office"], row["title"], start, end,
            row.get("sector") or "GOV", row.get("wikidata") or None, row.get("note", ""),
        )
        kb = self.kb
        if self.user and term.person not in self.replaced:
            # A user's rows for a person replace what the package says of them.
            self.replaced.add(term.person)
            _drop_terms(kb, term.person)
        kb.terms[term.person].append(term)
        # A public figure (office `figure`, officeholders/figures.csv) holds no office a
        # title could name, and is named in full: no title, office or surname of theirs
        # may answer for anyone ("the opposition leader", "Biden said").
        figure = term.office == FIGURE
        if not figure:
            kb.titles[(term.body, title_key(term.title))].append(term)
            kb.offices[(term.body, term.office)].append(term)
            kb.title_words.add(title_key(term.title))
        key = f"person:{term.person}"
        known = kb.entities.get(key)
        if known is None or self.user or (term.wikidata and not known.wikidata) \
                or (not figure and key in self.figures_only):
            # an office row gives the person's sector over a figure row read before it
            kb.entities[key] = Entity(key, term.person, "person", None, term.sector,
                                      term.wikidata or (known.wikidata if known else None))
        if figure and known is None:
            self.figures_only.add(key)
        elif not figure:
            self.figures_only.discard(key)
        # A person with many terms is named once: the names of later rows add only what is new.
        names = [n for n in dict.fromkeys([term.person, row["name"], *_split(row["aliases"])])
                 if (key, n) not in self.named]
        self.named.update((key, n) for n in names)
        kb.add_entity(kb.entities[key], names, first=self.user)
        # A surname is indexed from the person's office rows, whichever file read first
        # ("figures_world" holds former leaders, and sorts before their regional files).
        surnamed = [n for n in dict.fromkeys([term.person, row["name"], *_split(row["aliases"])])
                    if (key, n) not in self.surnamed] if not figure else []
        self.surnamed.update((key, n) for n in surnamed)
        for name in surnamed:
            words = _without_suffix(name.split())
            if not words:
                continue
            surnames = {words[-1]}
            if term.body in kb.family_name_first and len(words) > 1:
                surnames.add(words[0])  # "President Moon" is Moon Jae-in
            # "Felipe VI", "S. R. Nathan": a regnal number or an initial names no one alone
            for surname in map(fold, {w for w in surnames if not _no_surname(w)}):
                if term.person not in kb.surnames[surname]:
                    kb.surnames[surname].append(term.person)

    def _known_person(self, names: list[str]) -> str | None:
        """The canonical name of the one person already loaded under one of these names."""
        kb = self.kb
        for name in names:
            people = [k for k in kb.names.get(fold(name), []) if k.startswith("person:")]
            if len(people) == 1:
                return people[0][len("person:"):]
        people = [k for k in kb.loose_names.get(loose_key(names[0]), []) if k.startswith("person:")]
        return people[0][len("person:"):] if len(people) == 1 else None

    def finish(self) -> KnowledgeBase:
        kb = self.kb
        for terms in (*kb.titles.values(), *kb.offices.values()):
            terms.sort(key=lambda t: (t.start, "claimed" in t.note or "rival" in t.note))
        kb.problems.extend(_overlap_warnings(kb))
        kb.names = dict(kb.names)
        kb.loose_names = dict(kb.loose_names)
        kb.office_bodies = {body for body, _ in kb.offices}
        kb.named_titles = _named_titles(kb)
        kb.titles_of_data = {title for _, title in kb.titles}
        return kb

    def load_titles(self, text: str) -> None:
        data = load_yaml(text) or {}
        kb = self.kb
        kb.title_synonyms.update({title_key(k): v for k, v in (data.get("synonyms") or {}).items()})
        kb.title_offices.update({title_key(k): list(v) for k, v in (data.get("offices") or {}).items()})
        kb.titles_needing_a_body.update(title_key(t) for t in data.get("need_a_body") or [])
        kb.family_name_first.update(data.get("family_name_first") or [])
        kb.one_body_titles.update(title_key(t) for t in data.get("one_body_titles") or [])
        kb.titles_used_elsewhere.update(title_key(t) for t in data.get("titles_used_elsewhere") or [])
        kb.monarch_titles.update(title_key(t) for t in data.get("monarch_titles") or [])
        kb.republic_titles.update(title_key(t) for t in data.get("republic_titles") or [])
        kb.holder_not_yet_known.update(str(w).lower() for w in data.get("holder_not_yet_known") or [])
        kb.prominent_offices.update(data.get("prominent_offices") or [])
        kb.title_words.update(kb.title_synonyms)
        kb.title_words.update(kb.title_offices)  # "central bank governor" is a title in any country


def _drop_terms(kb: KnowledgeBase, person: str) -> None:
    """Forget the terms of office the package gives a person."""
    for index in (kb.titles, kb.offices):
        for terms in index.values():
            terms[:] = [t for t in terms if t.person != person]
    kb.terms.pop(person, None)


def _named_titles(kb: KnowledgeBase) -> set[str]:
    """Title keys of several words with a known name inside: "white house chief of staff",
    "un human rights chief". A story's words for them are one title, not a name and a title."""
    lower_names = {name.lower() for name in kb.names}
    found = set()
    for key in kb.title_words:
        words = key.split()
        if len(words) < 2:
            continue
        if any(" ".join(words[i:j]) in lower_names
               for i in range(len(words)) for j in range(i + 1, len(words) + 1) if (i, j) != (0, len(words))):
            found.add(key)
    return found


def _tolerant_rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    lines = text.splitlines()
    header_at = next(i for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("#"))
    header = next(csv.reader([lines[header_at]]))
    for number, line in enumerate(lines[header_at + 1:], start=header_at + 2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader([line]))
        if len(cells) == len(header):
            yield number, dict(zip(header, (c.strip() for c in cells)))


def _overlap_warnings(kb: KnowledgeBase) -> Iterator[Problem]:
    for (body, title), terms in kb.titles.items():
        by_office: dict[str, list[Term]] = defaultdict(list)
        for term in terms:
            by_office[term.office].append(term)
        for office_terms in by_office.values():
            for earlier, later in zip(office_terms, office_terms[1:]):
                if earlier.end is None or later.start < earlier.end:
                    if any(w in earlier.note + later.note for w in ("collective", "rival", "claimed")):
                        continue
                    if earlier.person == later.person:
                        continue
                    yield Problem(
                        f"{body} {title}",
                        f"overlapping terms: {earlier.person} ({earlier.start}–{earlier.end or 'now'}) "
                        f"and {later.person} ({later.start}–{later.end or 'now'})",
                        fatal=False,
                    )


def _package_files() -> Iterator[tuple[str, str]]:
    root = resources.files("dyads.actors").joinpath("kb")
    # organizations_*.csv: more bodies in the same format (national agencies, media)
    more = sorted(p.name for p in root.iterdir() if p.name.startswith("organizations_") and p.name.endswith(".csv"))
    for name in ("countries.csv", "organizations.csv", *more, "metonyms.csv", "regions.csv", "places.csv",
                 "agents.csv", "given_names.csv"):
        yield f"kb/{name}", root.joinpath(name).read_text("utf-8")
    for item in sorted(root.joinpath("officeholders").iterdir(), key=lambda p: p.name):
        if item.name.endswith(".csv"):
            yield f"kb/officeholders/{item.name}", item.read_text("utf-8")


def load_kb(extra: Iterable[Path] = ()) -> KnowledgeBase:
    """The package's knowledge base with a user's own actor files merged in.

    Built once and then read from dyads' cache (`dyads.cache`) for as long as this
    code, the package's files and the user's files stay as they were.
    """
    titles = resources.files("dyads.actors").joinpath("kb/titles.yaml").read_text("utf-8")
    package = list(_package_files())
    extra = [Path(path) for path in extra]
    key = cache_key(("dyads.actors.knowledge", "dyads.actors.kb_files", "dyads.record", "dyads.yaml_data"),
                    [("kb/titles.yaml", titles), *package, *((str(p), file_state(p)) for p in extra)])
    # the package's tables alone, and with the user's files: switching costs no rebuild
    return cached("actors-yours" if extra else "actors", key, lambda: _built_kb(titles, package, extra))


def _built_kb(titles: str, package: list[tuple[str, str]], extra: list[Path]) -> KnowledgeBase:
    loader = _Loader()
    loader.load_titles(titles)
    for origin, text in package:
        loader.load_text(text, origin)
    loader.user = True
    for path in extra:
        if not path.is_file():
            loader.kb.problems.append(Problem(str(path), "no such file" if not path.exists() else "not a file"))
            continue
        try:
            loader.load_text(path.read_text("utf-8"), str(path))
        except (OSError, UnicodeDecodeError) as error:
            loader.kb.problems.append(Problem(str(path), f"cannot be read ({error})"))
    return loader.finish()


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The package's knowledge base, loaded once per process."""
    return load_kb()
