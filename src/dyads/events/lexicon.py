"""Event triggers as data: the YAML files of `lexicon/`, one per PLOVER type.

Each entry names a verb or noun lemma, the constraints that make it safe (a
particle, the object's lemma, a word in the clause), its CAMEO code and mode, and
where its source and target sit. `lexicon/README.md` explains the format for an
analyst; a user's own file in the same format is merged at load.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from dyads.cache import cache_key, cached, file_state
from dyads.events.ontology import PLOVER_TYPES, cameo
from dyads.record import Problem
from dyads.yaml_data import load_yaml

VERB_KEYS = {"lemma", "particle", "objects", "with_words", "cameo", "mode", "target", "note", "reciprocal", "addressee",
             "source", "not_objects", "without_words", "predicate", "right_after", "not_questions", "not_naming",
             "person_object", "people_object", "named_object"}
NOUN_KEYS = {"lemma", "cameo", "mode", "source", "target", "of_words", "reciprocal_with", "note", "reciprocal",
             "with_words", "objects", "not_objects", "after_words"}


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a word that, under its constraints, reports an event."""

    event_type: str
    pos: str  # verb | noun | adjective ("ready to", "willing to")
    lemma: str
    cameo: str
    mode: str | None = None
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    with_words: frozenset[str] = frozenset()
    of_words: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()  # objects (or of-objects) that make it no event
    without_words: frozenset[str] = frozenset()  # clause words that make it another entry's ("not guilty")
    after_words: frozenset[str] = frozenset()  # a noun's only as the object of these ("under fire")
    addressee: bool = False  # a verb's only when someone is told to act ("told Iran to stop")
    predicate: bool = False  # with_words only in what the object is called ("called Putin a killer")
    right_after: bool = False  # the particle follows the verb at once ("seized on", not "seized arms on")
    not_questions: bool = False  # no event when the verb asks a question ("asked whether he would ...")
    not_naming: bool = False  # no event when the verb names what its object is ("called the strikes 'limited'")
    person_object: bool = False  # only with a named person as the object ("called Pashinyan")
    people_object: bool = False  # no event when its object is a thing ("holding the budget hostage")
    named_object: str | None = None  # only with a named "country" ("suspended Gabon") or "place" ("captured Kherson")
    target: tuple[str, ...] = ("object",)
    source: tuple[str, ...] = ()
    reciprocal_with: tuple[str, ...] = ()
    reciprocal: bool = False
    origin: str = ""

    @property
    def specificity(self) -> int:
        """How many constraints must hold: entries with more are tried first."""
        return sum(bool(x) for x in (self.particle, self.objects, self.with_words, self.of_words, self.after_words,
                                     self.addressee, self.predicate))

    @property
    def constrained(self) -> bool:
        """Whether something beyond the lemma must hold (such entries are tried first)."""
        return bool(self.particle or self.objects or self.with_words or self.of_words or self.after_words
                    or self.addressee or self.predicate)


@dataclass
class Lexicon:
    """Triggers by lemma, for verbs and for nouns."""

    verbs: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    problems: list[Problem] = field(default_factory=list)

    def add(self, trigger: Trigger) -> None:
        table = {"verb": self.verbs, "noun": self.nouns, "adjective": self.adjectives}[trigger.pos]
        entries = table[trigger.lemma]
        entries.append(trigger)
        # the most specific first; in a tie, the entry that also read the clause around it
        entries.sort(key=lambda t: (-t.specificity, not t.with_words))

    @property
    def particles(self) -> set[str]:
        return {t.particle for ts in self.verbs.values() for t in ts if t.particle}


def _words(value) -> frozenset[str]:
    if not value:
        return frozenset()
    return frozenset(str(v).lower() for v in (value if isinstance(value, list) else [value]))


def _slots(value, default: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return default
    return tuple(str(v).lower() for v in (value if isinstance(value, list) else [value]))


def read_lexicon_file(text: str, origin: str, lexicon: Lexicon) -> None:
    """Add the triggers of one YAML file, naming bad entries in `lexicon.problems`."""
    try:
        data = load_yaml(text) or {}
    except yaml.YAMLError as error:
        lexicon.problems.append(Problem(origin, f"not YAML ({error})"))
        return
    sections = data.get("types") if "types" in data else {data.get("type", ""): data}
    for event_type, section in (sections or {}).items():
        event_type = str(event_type).upper()
        if event_type not in PLOVER_TYPES:
            lexicon.problems.append(Problem(origin, f"type {event_type!r} is not a PLOVER type"))
            continue
        for pos, allowed in (("verb", VERB_KEYS), ("noun", NOUN_KEYS), ("adjective", VERB_KEYS)):
            for n, entry in enumerate(section.get(f"{pos}s") or [], start=1):
                where = f"{origin}: {event_type} {pos}s[{n}]"
                try:
                    lexicon.add(_trigger(event_type, pos, entry, allowed, origin))
                except (KeyError, TypeError, ValueError) as error:
                    lexicon.problems.append(Problem(where, f"skipped: {error}"))


def _trigger(event_type: str, pos: str, entry: dict, allowed: set[str], origin: str) -> Trigger:
    if not isinstance(entry, dict) or "lemma" not in entry or "cameo" not in entry:
        raise ValueError("an entry needs at least lemma and cameo")
    unknown = set(entry) - allowed
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    code = str(entry["cameo"])
    cameo(code)  # raises for a code the table lacks
    if entry.get("named_object") not in (None, "country", "place"):
        raise ValueError(f"named_object must be country or place, not {entry['named_object']!r}")
    return Trigger(
        event_type=event_type, pos=pos, lemma=str(entry["lemma"]).lower(), cameo=code,
        mode=entry.get("mode") or None, particle=(entry.get("particle") or None),
        objects=_words(entry.get("objects")), with_words=_words(entry.get("with_words")),
        of_words=_words(entry.get("of_words")), not_objects=_words(entry.get("not_objects")),
        without_words=_words(entry.get("without_words")), after_words=_words(entry.get("after_words")),
        addressee=bool(entry.get("addressee")), predicate=bool(entry.get("predicate")),
        right_after=bool(entry.get("right_after")), not_questions=bool(entry.get("not_questions")),
        not_naming=bool(entry.get("not_naming")), person_object=bool(entry.get("person_object")),
        people_object=bool(entry.get("people_object")), named_object=entry.get("named_object") or None,
        target=_slots(entry.get("target"), ("object",) if pos != "noun" else ()),
        source=_slots(entry.get("source"), ("poss", "by") if pos == "noun" else ()),
        reciprocal_with=_slots(entry.get("reciprocal_with"), ()),
        reciprocal=bool(entry.get("reciprocal")), origin=origin,
    )


def _package_files() -> Iterator[tuple[str, str]]:
    folder = resources.files("dyads.events").joinpath("lexicon")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            yield f"events/lexicon/{item.name}", item.read_text("utf-8")


def load_lexicon(extra: Iterable[Path] = ()) -> Lexicon:
    """The package's triggers with a user's own lexicon files merged in.

    Built once and then read from dyads' cache (`dyads.cache`) for as long as this
    code, the package's files (with the CAMEO table the entries are checked against)
    and the user's files stay as they were.
    """
    package = list(_package_files())
    cameo_table = resources.files("dyads.events").joinpath("data/cameo.csv").read_text("utf-8")
    extra = [Path(path) for path in extra]
    key = cache_key(("dyads.events.lexicon", "dyads.events.ontology", "dyads.record", "dyads.yaml_data"),
                    [("events/data/cameo.csv", cameo_table), *package, *((str(p), file_state(p)) for p in extra)])
    return cached("lexicon-yours" if extra else "lexicon", key, lambda: _built_lexicon(package, extra))


def _built_lexicon(package: list[tuple[str, str]], extra: list[Path]) -> Lexicon:
    lexicon = Lexicon()
    for origin, text in package:
        read_lexicon_file(text, origin, lexicon)
    for path in extra:
        try:
            read_lexicon_file(path.read_text("utf-8"), str(path), lexicon)
        except (OSError, UnicodeDecodeError) as error:
            lexicon.problems.append(Problem(str(path), f"cannot be read ({error})"))
    lexicon.verbs, lexicon.nouns = dict(lexicon.verbs), dict(lexicon.nouns)
    lexicon.adjectives = dict(lexicon.adjectives)
    return lexicon


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The package's triggers, loaded once per process."""
    return load_lexicon()
