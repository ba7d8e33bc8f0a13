"""What the recogniser's stages share: the `Mention` they make, the word lists of
kb/recognize.yaml, a parsed doc's token attributes as plain lists, which tokens are
already taken, and small tests of a span (capitalised, inside a longer name, where
an actor would stand)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from dyads.actors.knowledge import Entity
from dyads.nlp import Paragraph
from dyads.yaml_data import load_yaml

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}


PROPER_TAGS = {"NNP", "NNPS"}


NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}


@dataclass(eq=False)
class Mention:
    """One stretch of text that names (or stands for) an actor."""

    text: str
    start: int
    end: int
    sentence: int
    kind: str  # name | title | agent | pronoun
    token: Token  # the syntactic head of the mention
    entity: Entity | None = None
    title: str | None = None  # an office title said of it ("President")
    country: str | None = None  # a country said of it ("Russian", "of Iran")
    sector: str | None = None  # for agents
    noun: str | None = None  # for agents: the lemma
    label: str = "PERSON"  # for names the knowledge base does not know: PERSON or ORG
    body: str | None = None  # for agents: the organisation (its id) named in the phrase ("EU foreign ministers")
    evidence: str | None = None  # what gave `country` when not its own phrase ("apposition", "speaker", ...)
    local: str | None = None  # for titles: the state, province or city whose office it is ("New York")

    @property
    def is_subject(self) -> bool:
        return self.token.dep_ in SUBJECT_DEPS

    @property
    def is_stance_object(self) -> bool:
        """Whether the mention is what a stance is for or against ("anti-Syria", "pro-Russia")."""
        start = self.token.i - len(self.text.split()) + 1 if self.token.i >= 2 else self.token.i
        return stance_prefix(self.token.doc, max(start, 0))


@dataclass(frozen=True)
class Lexicon:
    """The recogniser's own word lists (kb/recognize.yaml)."""

    organization_heads: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    speech_verbs: frozenset[str] = frozenset()
    group_roles: frozenset[str] = frozenset()
    not_people: frozenset[str] = frozenset()
    not_actors: frozenset[str] = frozenset()
    no_speaker_country: frozenset[str] = frozenset()
    stateless: frozenset[str] = frozenset()
    ethnic_markers: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    place_participles: frozenset[str] = frozenset()
    party_state_tags: dict = field(default_factory=dict)
    agentive_adjectives: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The recogniser's word lists, read once."""
    text = resources.files("dyads.actors").joinpath("kb/recognize.yaml").read_text("utf-8")
    data = load_yaml(text)
    return Lexicon(
        frozenset(data["organization_heads"]),
        frozenset(data["person_pronouns"]),
        frozenset(data["group_pronouns"]),
        frozenset(data.get("speech_verbs") or ()),
        frozenset(data.get("group_roles") or ()),
        frozenset(data.get("not_people") or ()),
        frozenset(data.get("not_actors") or ()),
        *(frozenset(data.get(key) or ()) for key in (
            "no_speaker_country", "stateless", "ethnic_markers", "place_prepositions", "place_participles")),
        data.get("party_state_tags") or {},
        frozenset(data.get("agentive_adjectives") or ()),
    )


@dataclass(frozen=True)
class DocView:
    """Plain lists of a doc's token attributes: the recogniser's n-gram loops read them
    many times, and Python lists are far cheaper than spaCy token objects."""

    tokens: list[Token]
    texts: list[str]
    lowers: list[str]
    tags: list[str]
    starts: list[int]
    text: str
    titles: dict[tuple[int, int], tuple[int, str] | None] = field(default_factory=dict)  # (id(kb), i) -> title

    def text_of(self, start: int, end: int) -> str:
        return self.text[self.starts[start]: self.starts[end - 1] + len(self.texts[end - 1])]


def view_of(doc: Doc) -> DocView:
    view = doc.user_data.get("dyads_view")
    if view is None:
        tokens = list(doc)
        view = DocView(tokens, [t.text for t in tokens], [t.lower_ for t in tokens], [t.tag_ for t in tokens],
                        [t.idx for t in tokens], doc.text)
        doc.user_data["dyads_view"] = view
    return view


@dataclass
class Claims:
    """Which tokens of a doc already belong to a mention."""

    taken: set[int] = field(default_factory=set)

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.taken for i in range(start, end))

    def take(self, start: int, end: int) -> None:
        self.taken.update(range(start, end))


def make_mention(span: Span, paragraph: Paragraph, sent_of, kind: str, **extra) -> Mention:
    return Mention(
        text=span.text, start=paragraph.offset + span.start_char,
        end=paragraph.offset + span.end_char, sentence=sent_of(span.root),
        kind=kind, token=span.root, **extra,
    )


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "agent", "poss", "appos"}


ACTOR_PREPOSITIONS = {"with", "to", "against", "from", "by", "on", "between"}


def in_actor_position(token: Token) -> bool:
    """Whether a place name stands where an actor would ("Moscow said", "talks with Tehran")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ in ACTOR_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ACTOR_PREPOSITIONS


def prefer(entities: list[Entity]) -> Entity:
    # A name shared by a country and its capital-as-government ("Singapore") or by
    # several bodies: a person first, then a country, then whatever comes first.
    order = {"person": 0, "country": 1, "organization": 2}
    return sorted(entities, key=lambda e: (order.get(e.kind, 3), e.key.startswith("capital:")))[0]


def inside_longer_name(span: Span) -> bool:
    """Whether the span is only part of a longer proper name ("Georgia" in "Georgia Tech")."""
    doc = span.doc
    for ent in doc.ents:
        ent = trim_span(ent) or ent
        # "Iran" in "Iran Press" is inside an outlet's name; "Russia" in
        # "President of Russia" is not (no entity covers both).
        covers = ent.start <= span.start and span.end <= ent.end and len(ent) > len(span)
        if covers and ent.label_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"):
            return True
    after = doc[span.end] if span.end < len(doc) else None
    return bool(
        after is not None and after.tag_ in PROPER_TAGS and is_capitalised(after)
        and after.ent_iob_ == "I" and span[-1].ent_iob_ in ("B", "I")
    )


def trim_span(span: Span) -> Span | None:
    """The span without leading determiners or trailing possessive marks."""
    start, end = span.start, span.end
    while start < end and span.doc[start].tag_ in ("DT", "POS", "``", "''", "PRP$"):
        start += 1
    while end > start and span.doc[end - 1].tag_ in ("POS", "''", "``", ",", ".", "HYPH"):
        end -= 1
    return span.doc[start:end] if end > start else None


STANCE_PREFIXES = {"anti", "pro"}


def stance_prefix(doc: Doc, start: int) -> bool:
    """Whether a country word is the object of a stance, not an owner: "pro-Russian
    separatists" are not Russia's, "an anti-Syria journalist" is not Syria's."""
    return start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].lower_ in STANCE_PREFIXES
