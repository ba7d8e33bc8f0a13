"""What the recogniser's stages share: the `Mention` they make, the word lists of
kb/recognize.yaml, a parsed doc's token attributes as plain lists, which tokens are
already taken, and small tests of a span (capitalised, inside a longer name, where
an actor would stand)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_ALPHA, LEMMA, LOWER, ORTH, SENT_START, SPACY, TAG
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
    party: str | None = None  # for agents: a party adjective said of it ("Republican senators")

    @property
    def is_subject(self) -> bool:
        return self.token.dep_ in SUBJECT_DEPS

    @property
    def in_compound_adjective(self) -> bool:
        """Whether the mention is the first half of a hyphened adjective of another noun
        ("Iran-backed", "Saudi-led", "Iran-aligned movement"): it qualifies that noun's
        actor and is no one a later pronoun can mean."""
        doc, after = self.token.doc, self.token.i + 1
        return after + 1 < len(doc) and doc[after].text in ("-", "–") and doc[after + 1].is_lower \
            and doc[after + 1].pos_ in ("VERB", "ADJ")

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
    owned_agents: frozenset[str] = frozenset()
    document_heads: frozenset[str] = frozenset()
    elsewhere_adjectives: frozenset[str] = frozenset()
    victim_verbs: frozenset[str] = frozenset()
    victim_place_prepositions: frozenset[str] = frozenset()
    leader_participles: frozenset[str] = frozenset()
    standing_bodies: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    anaphoric_nouns: dict[str, str] = field(default_factory=dict)  # noun -> the kind of actor it stands for
    owned_country_nouns: frozenset[str] = frozenset()
    sentence_state_nouns: frozenset[str] = frozenset()
    company_nouns: frozenset[str] = frozenset()
    not_cities: frozenset[str] = frozenset()
    field_nouns: frozenset[str] = frozenset()
    party_members: dict[str, str] = field(default_factory=dict)  # "Republican" -> "Republicans"
    kin_nouns: frozenset[str] = frozenset()
    family_names_first: frozenset[str] = frozenset()
    region_adjectives: frozenset[str] = frozenset()
    shared_party_names: frozenset[str] = frozenset()
    group_owner_nouns: frozenset[str] = frozenset()
    local_sectors: frozenset[str] = frozenset()
    person_roles: frozenset[str] = frozenset()
    counted_crowds: frozenset[str] = frozenset()  # "Thousands marched": a crowd told by its number
    generic_determiners: frozenset[str] = frozenset()  # "every candidate" names no one in particular
    named_anaphors: frozenset[str] = frozenset()  # "the council": a body named before with that word
    entourage_words: frozenset[str] = frozenset()  # "Clinton campaign spokesman Brian Fallon": works for Clinton
    party_adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Republican" -> countries
    executive_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "administration", "Congress" -> USA
    shared_body_names: dict[str, str] = field(default_factory=dict)  # "General Assembly" -> LEG: also a state's
    shared_party_countries: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Republicans" -> USA, FRA, ARM
    one_holder_offices: frozenset[str] = frozenset()  # "foreign ministers": one a country, so many countries'
    party_act_nouns: frozenset[str] = frozenset()  # "Democratic demands": the party makes them
    party_adjective_names: dict[str, str] = field(default_factory=dict)  # "Democratic" -> "Democrats"
    state_namesakes: dict[str, str] = field(default_factory=dict)  # "Georgia" -> GEO: also an American state
    shared_country_names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Congo" -> COD, COG
    pair_nouns: frozenset[str] = frozenset()  # "both sides", "the two countries": the story's pair
    thing_verbs: frozenset[str] = frozenset()  # "called it", "condemned it": mostly a thing told just before
    received_verbs: frozenset[str] = frozenset()  # "the ruling drew fire": its subject is the thing judged
    others_government_nouns: frozenset[str] = frozenset()  # "the regime": never the speaker's own
    place_object_verbs: frozenset[str] = frozenset()  # "struck Kharkiv": a city as the object
    sending_verbs: frozenset[str] = frozenset()  # "China sent warships": the forces are China's
    expelling_words: frozenset[str] = frozenset()  # "expelled diplomats": not the expelling state's own


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
        frozenset(data.get("owned_agents") or ()),
        frozenset(data.get("document_heads") or ()),
        frozenset(str(w).lower() for w in data.get("elsewhere_adjectives") or ()),
        frozenset(data.get("victim_verbs") or ()),
        frozenset(data.get("victim_place_prepositions") or ()),
        frozenset(data.get("leader_participles") or ()),
        frozenset(data.get("standing_bodies") or ()),
        frozenset(str(w).lower() for w in data.get("settlement_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("document_nouns") or ()),
        {str(k).lower(): str(v) for k, v in (data.get("anaphoric_nouns") or {}).items()},
        frozenset(str(w).lower() for w in data.get("owned_country_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("sentence_state_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("company_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("not_cities") or ()),
        frozenset(str(w).lower() for w in data.get("field_nouns") or ()),
        {str(k): str(v) for k, v in (data.get("party_members") or {}).items()},
        frozenset(str(w).lower() for w in data.get("kin_nouns") or ()),
        frozenset(str(w) for w in data.get("family_names_first") or ()),
        frozenset(str(w).lower() for w in data.get("region_adjectives") or ()),
        frozenset(str(w) for w in data.get("shared_party_names") or ()),
        frozenset(str(w).lower() for w in data.get("group_owner_nouns") or ()),
        frozenset(str(w) for w in data.get("local_sectors") or ()),
        frozenset(str(w).lower() for w in data.get("person_roles") or ()),
        frozenset(str(w).lower() for w in data.get("counted_crowds") or ()),
        frozenset(str(w).lower() for w in data.get("generic_determiners") or ()),
        frozenset(str(w).lower() for w in data.get("named_anaphors") or ()),
        frozenset(str(w).lower() for w in data.get("entourage_words") or ()),
        {str(k): tuple(str(c).upper() for c in v) for k, v in (data.get("party_adjectives") or {}).items()},
        {str(k): tuple(str(c).upper() for c in v) for k, v in (data.get("executive_words") or {}).items()},
        {str(k): str(v).upper() for k, v in (data.get("shared_body_names") or {}).items()},
        {str(k): tuple(str(c).upper() for c in v) for k, v in (data.get("shared_party_countries") or {}).items()},
        frozenset(str(w).lower() for w in data.get("one_holder_offices") or ()),
        frozenset(str(w).lower() for w in data.get("party_act_nouns") or ()),
        {str(k): str(v) for k, v in (data.get("party_adjective_names") or {}).items()},
        {str(k): str(v).upper() for k, v in (data.get("state_namesakes") or {}).items()},
        {str(k): tuple(str(c).upper() for c in v) for k, v in (data.get("shared_country_names") or {}).items()},
        frozenset(str(w).lower() for w in data.get("pair_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("thing_verbs") or ()),
        frozenset(str(w).lower() for w in data.get("received_verbs") or ()),
        frozenset(str(w).lower() for w in data.get("others_government_nouns") or ()),
        frozenset(str(w).lower() for w in data.get("place_object_verbs") or ()),
        frozenset(str(w).lower() for w in data.get("sending_verbs") or ()),
        frozenset(str(w).lower() for w in data.get("expelling_words") or ()),
    )


class LazyTokens:
    """A doc's tokens, each made on first use and then kept: making a Token object costs
    more than reading the attributes most tokens are tested on."""

    __slots__ = ("doc", "made")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.made: list[Token | None] = [None] * len(doc)

    def __getitem__(self, i: int) -> Token:
        token = self.made[i]
        if token is None:
            token = self.made[i] = self.doc[i]
        return token

    def __len__(self) -> int:
        return len(self.made)


@dataclass
class DocView:
    """Plain lists of a doc's token attributes: the recogniser's n-gram loops read them
    many times, and Python lists are far cheaper than spaCy token objects."""

    tokens: LazyTokens
    texts: list[str]
    lowers: list[str]
    tags: list[str]
    starts: list[int]
    text: str
    deps: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    alpha: list[bool] = field(default_factory=list)  # token.is_alpha
    heads: list[int] = field(default_factory=list)  # the index of each token's head
    titles: dict[tuple[int, int], tuple[int, str] | None] = field(default_factory=dict)  # (id(kb), i) -> title
    # Per token, the number of its sentence in the doc (token.sent builds a Span each time).
    sentences: list[int] = field(default_factory=list)
    # The doc's entities without leading determiners or trailing marks, as (start, end, label);
    # doc.ents builds every Span anew on each call.
    entities: list[tuple[int, int, str]] | None = None
    spans: tuple[Span, ...] | None = None  # doc.ents, made once
    # Per token, its entity label ("" outside one): `token.ent_type_` decodes it on each call
    ent_types: list[str] = field(default_factory=list)
    # Per token, the indices of its children in order, made on first use (`token.children`
    # makes a Token object for each child on each call)
    kids: list[list[int]] | None = None
    # (token, depth) -> the indices `clause_indices` found, kept for the doc's other events
    clauses: dict[tuple[int, int], tuple[int, ...]] = field(default_factory=dict)

    def children(self) -> list[list[int]]:
        """The indices of each token's children, in text order, as `token.children` gives them."""
        if self.kids is None:
            kids: list[list[int]] = [[] for _ in self.heads]
            for i, head in enumerate(self.heads):
                if head != i:
                    kids[head].append(i)
            self.kids = kids
        return self.kids


    def text_of(self, start: int, end: int) -> str:
        return self.text[self.starts[start]: self.starts[end - 1] + len(self.texts[end - 1])]


# Hash -> string of the strings a doc's arrays name; a token attribute such as
# `token.text` decodes its string from the StringStore on every call.
_STRINGS: dict[int, str] = {}


def _string(key: int, strings) -> str:
    value = _STRINGS.get(key)
    if value is None:
        value = _STRINGS[key] = strings[key]
    return value


def view_of(doc: Doc) -> DocView:
    view = doc.user_data.get("dyads_view")
    if view is None:
        view = _make_view(doc)
        doc.user_data["dyads_view"] = view
    return view


def _make_view(doc: Doc) -> DocView:
    """The view of a doc, from one array of its token attributes (each attribute of each
    token asked of spaCy costs more than the whole array)."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, TAG, IDX, SPACY, DEP, HEAD, LEMMA, IS_ALPHA, SENT_START, ENT_TYPE]).tolist() \
        if len(doc) else []
    texts = [_string(row[0], strings) for row in rows]
    # doc.text joins the tokens with their trailing spaces, as this does
    text = "".join([word + " " if row[4] else word for word, row in zip(texts, rows)])
    # the number of each token's sentence, from the parser's sentence starts (1 at a start);
    # iterating doc.sents builds a Span per sentence
    sentences, number = [], -1
    for i, row in enumerate(rows):
        number += row[9] == 1 or i == 0
        sentences.append(number)
    # HEAD is the head's offset from the token, stored unsigned: 2**64 - 1 is -1
    heads = [i + (row[6] if row[6] < 2**63 else row[6] - 2**64) for i, row in enumerate(rows)]
    return DocView(LazyTokens(doc), texts, [_string(row[1], strings) for row in rows],
                   [_string(row[2], strings) for row in rows], [row[3] for row in rows], text,
                   [_string(row[5], strings) for row in rows], [_string(row[7], strings) for row in rows],
                   [bool(row[8]) for row in rows], heads, sentences=sentences,
                   ent_types=[_string(row[10], strings) for row in rows])


def doc_text(doc: Doc) -> str:
    """The doc's text, made once per doc (`doc.text` joins every token again on each call)."""
    return view_of(doc).text


def entities_of(doc: Doc) -> tuple[Span, ...]:
    """The doc's entity spans (`doc.ents`), made once per doc: each `doc.ents` builds
    every Span anew, and several stages read them."""
    view = view_of(doc)
    if view.spans is None:
        view.spans = doc.ents
    return view.spans


def trimmed_entities(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of each entity as `trim_span` cuts it (the entity itself when
    nothing is left), computed once per doc."""
    view = view_of(doc)
    if view.entities is None:
        entities = []
        for ent in entities_of(doc):
            trimmed = trim_span(ent) or ent  # a new Span: the label is the entity's
            entities.append((trimmed.start, trimmed.end, ent.label_))
        view.entities = entities
    return view.entities


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


def names_a_document(span: Span) -> bool:
    """Whether a place name only names a document or a process after the place it was
    made in ("the Paris climate agreement", "the Minsk accords", "the Astana process";
    recognize.yaml `document_nouns`): no actor, and France is no party to it."""
    token = span.root
    for _ in range(3):
        if token.dep_ not in ("compound", "nmod", "amod", "poss") or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in lexicon().document_nouns:
            return True
    return False


def names_a_field(span: Span) -> bool:
    """Whether a place name only says what someone studies or covers ("a Korea scholar",
    "Iran specialists", "the Moscow correspondent"; recognize.yaml `field_nouns`): no
    actor, and the scholar is no Korean."""
    token = span.root
    return token.dep_ == "compound" and token.head.lemma_.lower() in lexicon().field_nouns


def prefer(entities: list[Entity]) -> Entity:
    # A name shared by a country and its capital-as-government ("Singapore") or by
    # several bodies: a person first, then a country, then whatever comes first. A
    # metonym the tables list on purpose beats a capital of the same name ("Brussels"
    # speaks for the European Union far more often than for Belgium's government).
    metonyms = [e for e in entities if e.key.startswith("metonym:")]
    if metonyms and all(e.key.startswith(("metonym:", "capital:")) for e in entities):
        return metonyms[0]
    order = {"person": 0, "country": 1, "organization": 2}
    return sorted(entities, key=lambda e: (order.get(e.kind, 3), e.key.startswith("capital:")))[0]


def ends_a_region_adjective(doc: Doc, i: int) -> bool:
    """Whether the word at i ends a region's adjective ("American" in "Latin American
    diplomats"; recognize.yaml `region_adjectives`), so names no country."""
    return i > 0 and f"{doc[i - 1].text} {doc[i].text}".lower() in lexicon().region_adjectives


def inside_longer_name(span: Span) -> bool:
    """Whether the span is only part of a longer proper name ("Georgia" in "Georgia Tech")."""
    doc = span.doc
    for start, end, label in trimmed_entities(doc):
        # "Iran" in "Iran Press" is inside an outlet's name; "Russia" in
        # "President of Russia" is not (no entity covers both).
        covers = start <= span.start and span.end <= end and end - start > len(span)
        # the longer name has capitalised words of its own ("al Shabaab" is Shabaab)
        longer = covers and any(is_capitalised(doc[k]) for k in (*range(start, span.start), *range(span.end, end)))
        if longer and label == "PERSON":
            return True
        if longer and label in ("ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT") and _a_body_of_its_own(doc[start:end]):
            return True
    after = doc[span.end] if span.end < len(doc) else None
    return bool(
        after is not None and after.tag_ in PROPER_TAGS and is_capitalised(after)
        and after.ent_iob_ == "I" and span[-1].ent_iob_ in ("B", "I")
    )


def _a_body_of_its_own(name: Span) -> bool:
    """Whether a longer name NER found is a body in its own right: it ends in an
    organisation word and holds only words ("the New Democratic Party", not "the United
    States Conference of Mayors", whose country speaks for it, nor a misread "National
    Interests: The Human Rights Council")."""
    return name[-1].text in lexicon().organization_heads and all(
        t.is_alpha or t.text in ("-", "&", ".", "'s", "’s") for t in name)


def trim_span(span: Span) -> Span | None:
    """The span without leading determiners or trailing possessive marks."""
    start, end = span.start, span.end
    tags = view_of(span.doc).tags
    while start < end and tags[start] in ("DT", "POS", "``", "''", "PRP$"):
        start += 1
    while end > start and tags[end - 1] in ("POS", "''", "``", ",", ".", "HYPH"):
        end -= 1
    return span.doc[start:end] if end > start else None


STANCE_PREFIXES = {"anti", "pro"}


def stance_prefix(doc: Doc, start: int) -> bool:
    """Whether a country word is the object of a stance, not an owner: "pro-Russian
    separatists" are not Russia's, "an anti-Syria journalist" is not Syria's."""
    return start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].lower_ in STANCE_PREFIXES


def from_elsewhere(token: Token, noun: str) -> bool:
    """Whether an agent noun is said to be from elsewhere or from many countries:
    "foreign diplomats", "Western governments", "World leaders"; not "the foreign
    ministry", whose "foreign" is a word of its own noun (`noun`, as agents.csv has it)."""
    own = noun.lower().split()
    return any(c.dep_ in ("amod", "compound") and c.i < token.i and (
        c.lower_ in lexicon().elsewhere_adjectives and c.lower_ not in own
        or ends_a_region_adjective(token.doc, c.i)) for c in token.children)  # "Latin American diplomats"


def names_the_field(doc: Doc, start: int, head: Token) -> bool:
    """Whether the country name before an agent noun is its subject, not its country:
    "a Korea scholar", "the Moscow correspondent" (recognize.yaml `field_nouns`); an
    adjective still says whose ("a Russian scholar")."""
    word = doc[start]
    return head.lemma_.lower() in lexicon().field_nouns and word.tag_ in PROPER_TAGS and word.dep_ == "compound"
