"""Finding actor mentions in parsed paragraphs.

Five kinds of mention: names the knowledge base knows (countries, bodies, people,
metonyms, regions), people NER finds, titles ("the Russian president"), agent
nouns ("Iranian officials") and pronouns. Each is a `Mention` with article
offsets; linking them into actors is `coref.py`'s work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from dyads.actors.knowledge import Entity, KnowledgeBase, fold, title_key
from dyads.nlp import Paragraph

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
        return _stance_prefix(self.token.doc, max(start, 0))


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


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The recogniser's word lists, read once."""
    text = resources.files("dyads.actors").joinpath("kb/recognize.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
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
    )


@dataclass(frozen=True)
class _DocView:
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


def _view(doc: Doc) -> _DocView:
    view = doc.user_data.get("dyads_view")
    if view is None:
        tokens = list(doc)
        view = _DocView(tokens, [t.text for t in tokens], [t.lower_ for t in tokens], [t.tag_ for t in tokens],
                        [t.idx for t in tokens], doc.text)
        doc.user_data["dyads_view"] = view
    return view


@dataclass
class _Claims:
    """Which tokens of a doc already belong to a mention."""

    taken: set[int] = field(default_factory=set)

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.taken for i in range(start, end))

    def take(self, start: int, end: int) -> None:
        self.taken.update(range(start, end))


def find_mentions(
    paragraphs: list[Paragraph], kb: KnowledgeBase, skip: list[tuple[int, int]] = ()
) -> list[Mention]:
    """Every actor mention of an article, in text order.

    `skip` are article offsets that name no actor (the publisher's closing
    attribution).
    """
    lex = lexicon()
    mentions: list[Mention] = []
    sentence_base = 0
    names_seen: list[str] = []
    for paragraph in paragraphs:
        doc = paragraph.doc
        sent_index = {s.start: n for n, s in enumerate(doc.sents)}
        sent_of = _sentence_lookup(doc, sent_index, sentence_base)
        claims = _Claims()
        for start, end in skip:
            rel_s, rel_e = start - paragraph.offset, end - paragraph.offset
            span = doc.char_span(max(rel_s, 0), min(rel_e, len(doc.text)), alignment_mode="expand")
            if span is not None and 0 <= rel_s < len(doc.text):
                claims.take(span.start, span.end)
        found: list[Mention] = []
        found += _titled_names(doc, kb, lex, claims, paragraph, sent_of)
        found += _role_named_people(doc, kb, claims, paragraph, sent_of)
        found += _kb_names(doc, kb, lex, claims, paragraph, sent_of)
        found += _titles(doc, kb, lex, claims, paragraph, sent_of)
        found += _ner_people(doc, kb, claims, paragraph, sent_of)
        names_seen += [m.text for m in found if m.kind == "name"]
        found += _surnames(doc, kb, claims, paragraph, sent_of, names_seen, mentions + found)
        found += _officeholder_surnames(doc, kb, claims, paragraph, sent_of)
        found += _agents(doc, kb, claims, paragraph, sent_of)
        found += _country_adjectives(doc, kb, claims, paragraph, sent_of)
        found += _cities(doc, kb, claims, paragraph, sent_of)
        found += _ner_organizations(doc, kb, lex, claims, paragraph, sent_of)
        found += _pronouns(doc, lex, claims, paragraph, sent_of)
        _read_party_state_tags(found, lex)
        mentions += sorted(found, key=lambda m: m.start)
        sentence_base += len(sent_index)
    return mentions


def _read_party_state_tags(mentions: list[Mention], lex: Lexicon) -> None:
    """Give a named person the country of a party-state tag after the name ("Sen. Ted
    Cruz, R-Texas"; "Rep. Ilhan Omar (D-Minn.)"): an apposition that says who they are."""
    tags = lex.party_state_tags
    if not tags:
        return
    for mention in mentions:
        if mention.kind != "name" or mention.label != "PERSON" or mention.country or (
                mention.entity is not None and mention.entity.kind != "person"):
            continue
        doc, k = mention.token.doc, mention.token.i + 1
        while k < len(doc) and doc[k].text in (",", "("):
            k += 1
        if (k + 2 < len(doc) and doc[k].text in tags["parties"] and doc[k + 1].text == "-"
                and doc[k + 2].text[:1].isupper()):
            mention.country, mention.evidence = tags["country"], "apposition"
            mention.sector = mention.sector or tags["sector"]


def _sentence_lookup(doc: Doc, sent_index: dict[int, int], base: int):
    def sentence_of(token: Token) -> int:
        return base + sent_index[token.sent.start]
    return sentence_of


def _mention(span: Span, paragraph: Paragraph, sent_of, kind: str, **extra) -> Mention:
    return Mention(
        text=span.text, start=paragraph.offset + span.start_char,
        end=paragraph.offset + span.end_char, sentence=sent_of(span.root),
        kind=kind, token=span.root, **extra,
    )


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _spelled_loosely(text: str) -> bool:
    """Whether a name may be a variant only a loose look-up finds ("Kim Jong-un", "Diaz")."""
    return "-" in text or not text.isascii()


def _inside_a_title(doc: Doc, span: Span, kb: KnowledgeBase, lex: Lexicon) -> bool:
    """Whether a name is a word of an office title of the tables that covers more than
    the name: "Bank of Korea" in "Bank of Korea Governor", "White House" in "White House
    chief of staff", "UN" in "the UN human rights chief"."""
    for j in range(max(span.start - 4, 0), span.start + 1):
        title = _title_at(doc, j, kb, lex)
        if title is not None and title[0] >= span.end and (j, title[0]) != (span.start, span.end) \
                and title_key(doc[j: title[0]].text) in kb.named_titles:
            return True
    return False


def _title_starting_inside(doc: Doc, span: Span, kb: KnowledgeBase, lex: Lexicon) -> int | None:
    """The token where a title of the tables begins inside a name and runs past its end
    ("Treasury Secretary" inside "U.S. Treasury" + "Secretary"), if one does."""
    for k in range(span.start + 1, span.end):
        title = _title_at(doc, k, kb, lex)
        if title is not None and title[0] > span.end and title_key(doc[k: title[0]].text) in kb.titles_of_data:
            return k
    return None


def _names_a_title_body(span: Span, entity: Entity, kb: KnowledgeBase, lex: Lexicon) -> bool:
    """Whether an organisation's name stands before one of its titles ("UN Secretary-General")."""
    if entity.kind != "organization" or entity.key[4:] not in kb.office_bodies:
        return False
    doc = span.doc
    after = span.end + (span.end < len(doc) and doc[span.end].tag_ == "POS")
    if after < len(doc) and _title_at(doc, after, kb, lex) is not None:
        return True
    of = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if of < 1 or doc[of].lower_ != "of":
        return False  # not "the President of the European Commission" either
    return any((_title_at(doc, j, kb, lex) or (0,))[0] == of for j in range(max(of - 5, 0), of))


def _kb_names(
    doc: Doc, kb: KnowledgeBase, lex: Lexicon, claims: _Claims, paragraph: Paragraph, sent_of,
) -> list[Mention]:
    """Longest matches of known names, starting at capitalised words (or "the")."""
    found = []
    longest = min(kb.max_name_tokens, 10)
    view = _view(doc)
    i = 0
    while i < len(doc):
        token = view.tokens[i]
        if not (_is_capitalised(token) or token.lower_ == "the") or i in claims.taken:
            i += 1
            continue
        match = None
        words = kb.first_words.get(fold(token.text), 0)
        if not words:
            i += 1
            continue
        # Tokens split "U.S.-led" or "Iran's" finer than names split on spaces.
        for n in range(min(longest, 2 * words + 1, len(doc) - i), 0, -1):
            if not claims.free(i, i + n):
                continue
            text = view.text_of(i, i + n)  # the words without making a Span: most tries fail
            entities = kb.by_name(text) or (
                kb.by_loose_name(text) if n > 1 and _spelled_loosely(text) else [])
            if entities and (view.texts[i + n - 1][:1].isupper() or n > 2 and view.tags[i + n - 2] == "HYPH"):
                match = (doc[i: i + n], entities)
                break
        if match is None:
            i += 1
            continue
        span, entities = match
        if _inside_longer_name(span) or _inside_a_title(doc, span, kb, lex):
            i += 1
            continue
        cut = _title_starting_inside(doc, span, kb, lex)
        if cut is not None:
            # "U.S. Treasury Secretary": the name ends where a title begins ("U.S."), if
            # what is left is a name at all
            shorter = doc[span.start: cut]
            entities = kb.by_name(shorter.text) if len(shorter) else []
            if not entities:
                i += 1
                continue
            span = shorter
        entity = _prefer(entities)
        if _names_a_title_body(span, entity, kb, lex):
            i = span.end  # "the IAEA chief": the body is part of a title, left to `_titles`
            continue
        if entity.key.startswith("capital:") and not _in_actor_position(span.root):
            i = span.end  # "in Astana", "the Astana process": a place, not a government
            continue
        claims.take(span.start, span.end)
        found.append(_mention(span, paragraph, sent_of, "name", entity=entity))
        i = span.end
    return found


ACTOR_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "agent", "poss", "appos"}
ACTOR_PREPOSITIONS = {"with", "to", "against", "from", "by", "on", "between"}


def _in_actor_position(token: Token) -> bool:
    """Whether a place name stands where an actor would ("Moscow said", "talks with Tehran")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ in ACTOR_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ACTOR_PREPOSITIONS


def _prefer(entities: list[Entity]) -> Entity:
    # A name shared by a country and its capital-as-government ("Singapore") or by
    # several bodies: a person first, then a country, then whatever comes first.
    order = {"person": 0, "country": 1, "organization": 2}
    return sorted(entities, key=lambda e: (order.get(e.kind, 3), e.key.startswith("capital:")))[0]


def _inside_longer_name(span: Span) -> bool:
    """Whether the span is only part of a longer proper name ("Georgia" in "Georgia Tech")."""
    doc = span.doc
    for ent in doc.ents:
        ent = _trim(ent) or ent
        # "Iran" in "Iran Press" is inside an outlet's name; "Russia" in
        # "President of Russia" is not (no entity covers both).
        covers = ent.start <= span.start and span.end <= ent.end and len(ent) > len(span)
        if covers and ent.label_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"):
            return True
    after = doc[span.end] if span.end < len(doc) else None
    return bool(
        after is not None and after.tag_ in PROPER_TAGS and _is_capitalised(after)
        and after.ent_iob_ == "I" and span[-1].ent_iob_ in ("B", "I")
    )


def _ner_people(doc: Doc, kb: KnowledgeBase, claims: _Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        span = _trim(ent)
        if span is None or not claims.free(span.start, span.end):
            continue
        if kb.country_of_adjective(span.text) or title_key(span.text) in kb.title_words:
            continue  # NER's "Slovak" in "the Slovak prime minister", "State Counsellor"
        claims.take(span.start, span.end)
        found.append(_mention(span, paragraph, sent_of, "name"))
    return found


def _trim(span: Span) -> Span | None:
    """The span without leading determiners or trailing possessive marks."""
    start, end = span.start, span.end
    while start < end and span.doc[start].tag_ in ("DT", "POS", "``", "''", "PRP$"):
        start += 1
    while end > start and span.doc[end - 1].tag_ in ("POS", "''", "``", ",", ".", "HYPH"):
        end -= 1
    return span.doc[start:end] if end > start else None


def _surnames(
    doc: Doc, kb: KnowledgeBase, claims: _Claims, paragraph: Paragraph, sent_of,
    names_seen: list[str], earlier: list[Mention],
) -> list[Mention]:
    """Bare surnames of people named earlier in the story ("Rouhani" after "Hassan Rouhani")."""
    surnames = {}
    for mention in earlier:
        if mention.kind != "name":
            continue
        if mention.entity is not None and mention.entity.kind != "person":
            continue
        parts = mention.text.split()
        if len(parts) > 1:
            surnames[parts[-1]] = mention
    found = []
    for token in _view(doc).tokens:
        if token.i in claims.taken or token.text not in surnames:
            continue
        span = doc[token.i: token.i + 1]
        claims.take(span.start, span.end)
        found.append(_mention(span, paragraph, sent_of, "name", entity=surnames[token.text].entity))
    return found


def _officeholder_surnames(
    doc: Doc, kb: KnowledgeBase, claims: _Claims, paragraph: Paragraph, sent_of,
) -> list[Mention]:
    """Bare surnames of officeholders ("Erdogan said"), kept only if linking finds who they are."""
    found = []
    for token in _view(doc).tokens:
        if token.i in claims.taken or not _is_capitalised(token):
            continue
        if token.tag_ not in PROPER_TAGS and not (token.tag_ == "NN" and token.dep_ in ("nsubj", "dobj", "poss")):
            continue  # headlines tag a leader's name as a noun ("Trump urges UN ...")
        if token.ent_type_ not in ("", "PERSON", "GPE", "NORP", "ORG") or fold(token.text) not in kb.surnames:
            continue
        if token.lower_ in _title_first_words(kb):
            continue  # "King" of "the King of Bahrain" is a title before it is Stephenson King
        if _in_longer_proper_run(token):
            continue  # "Costa Coffee" is no President da Costa
        claims.take(token.i, token.i + 1)
        found.append(_mention(doc[token.i: token.i + 1], paragraph, sent_of, "name", label="SURNAME"))
    return found


def _in_longer_proper_run(token: Token) -> bool:
    """Whether a capitalised proper noun stands next to another one."""
    doc = token.doc
    neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
    return any(n.tag_ in PROPER_TAGS and _is_capitalised(n) for n in neighbours)


@lru_cache(maxsize=4)
def _title_first_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(t.split()[0] for t in kb.title_words if t)


def _title_at(doc: Doc, i: int, kb: KnowledgeBase, lex: Lexicon) -> tuple[int, str] | None:
    """(end, canonical title) of an office title starting at token i, if any. Asked many
    times of the same token (names inside titles, titled names, bare titles): kept."""
    view = _view(doc)
    if view.lowers[i] not in _title_first_words(kb):
        return None  # most words start no title: a set look-up spares the n-grams
    key = (id(kb), i)
    if key not in view.titles:
        view.titles[key] = _find_title(view, i, len(doc), kb)
    return view.titles[key]


def _find_title(view: _DocView, i: int, length: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    for n in range(min(7, length - i), 0, -1):  # "Chairman of the Council of Ministers": six words
        key = title_key(" ".join(view.lowers[i: i + n]))
        if key in kb.title_synonyms:
            return i + n, kb.title_synonyms[key]
        if key in kb.title_words and view.tags[i + n - 1] in NOUN_TAGS:
            text = view.text_of(i, i + n)
            return i + n, text.title() if text != text.upper() else text
    return None


def _body_of(span: Span, kb: KnowledgeBase) -> str | None:
    """The country (ISO3) or office-holding body (its id) a modifier names: "Iranian", "IAEA"."""
    code = kb.country_of_adjective(span.text)
    if code:
        return code
    for entity in kb.by_name(span.text):
        if entity.kind == "organization" and entity.key.startswith("org:"):
            body = entity.key[4:]
            if body in kb.office_bodies:
                return body
    return None


def _country_before(doc: Doc, i: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(start, body) of a country adjective, name, possessive or body name right before
    token i, or before the adjectives in between ("Lebanon's new President")."""
    j = i - 1
    while j > 0 and doc[j].tag_ == "JJ" and doc[j].lower_ in TITLE_ADJECTIVES:
        j -= 1
    if j >= 0 and doc[j].tag_ == "POS":
        j -= 1
    for n in (4, 3, 2, 1):
        start = j - n + 1
        if start < 0:
            continue
        body = _body_of(doc[start: j + 1], kb)
        if body:
            return None if _stance_prefix(doc, start) else (start, body)
    return None


def _subnational(span: Span, kb: KnowledgeBase) -> str | None:
    """The place a title's modifier names when it is a state, province or city, not a
    country ("the New York State Attorney General" is New York's, not Washington's)."""
    words = [t for t in span if t.tag_ != "POS" and t.lower_ != "the"]
    if not words:
        return None
    text = span.doc[words[0].i: words[-1].i + 1].text
    if any(e.kind == "country" and e.key.startswith("country:") for e in kb.by_name(text)):
        return None
    if kb.country_of_adjective(text) and not kb.by_name(text):
        return None  # "Czech", "Iranian"
    entities = kb.by_name(text)
    if any(not e.key.startswith("place:") for e in entities):
        return None  # "UN", "EU": a body the tables know, whose titles are its own
    city = all(t.ent_type_ == "GPE" for t in words) and kb.country_of_place(text) is not None
    return text if entities or city else None


STANCE_PREFIXES = {"anti", "pro"}


def _stance_prefix(doc: Doc, start: int) -> bool:
    """Whether a country word is the object of a stance, not an owner: "pro-Russian
    separatists" are not Russia's, "an anti-Syria journalist" is not Syria's."""
    return start >= 2 and doc[start - 1].text in ("-", "–") and doc[start - 2].lower_ in STANCE_PREFIXES


def _country_after(doc: Doc, end: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(end, body) of "of Iran" / "of the United States" / "of the European Commission"."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    for n in (6, 5, 4, 3, 2, 1):  # "of Democratic Republic of the Congo"
        if k + n > len(doc):
            continue
        span = doc[k: k + n]
        for entity in kb.by_name(span.text):
            if entity.kind == "country" and entity.code:
                return k + n, entity.code
        body = _body_of(span, kb)
        if body:
            return k + n, body
    return None


# Adjectives that may stand between a country and its title ("Iran's former foreign minister").
TITLE_ADJECTIVES = {"new", "former", "then", "late", "outgoing", "incoming", "interim", "acting", "junior",
                    "senior", "deputy", "top", "current", "ex", "first", "elected", "embattled"}

MODIFIER_TAGS = {"JJ", "NN", "NNP", "NNPS", "HYPH", "POS", "CD"}


def _owner_before(doc: Doc, first: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(start, country or body) said somewhere before a role noun in its own phrase:
    "U.S. Deputy Ambassador", "Chinese foreign ministry spokesman", "Istanbul Mayor",
    "Mali's U.N. ambassador" (the country before the body it serves in)."""
    country = body = None
    k = first
    while k > 0 and first - k < 5:
        before = _country_before(doc, k, kb)
        if before is not None:
            if kb.country(before[1]):
                country = country or before
            else:
                body = body or before
            k = before[0]
            if country:
                break
            continue
        word = doc[k - 1]
        if word.ent_type_ == "GPE" and word.tag_ in PROPER_TAGS:  # "Istanbul chief prosecutor"
            start = k - 1
            while start > 0 and doc[start - 1].ent_type_ == "GPE" and doc[start - 1].ent_iob_ != "O":
                start -= 1
            code = kb.country_of_place(doc[start:k].text)
            if code:
                country = country or (start, code)
                break
        if word.tag_ not in MODIFIER_TAGS:
            break
        k -= 1
    return country or body


def _place_before(doc: Doc, i: int) -> bool:
    """Whether a place name the tables do not hold modifies the words from token i on
    ("the Istanbul chief prosecutor"): such a title is a local office, not a body's."""
    k = i
    while k > 0 and i - k < 3:
        word = doc[k - 1]
        if word.ent_type_ in ("GPE", "LOC") and word.tag_ in PROPER_TAGS:
            return True
        if word.tag_ not in ("JJ", "NN"):
            return False
        k -= 1
    return False


def _first_name_before(token: Token, kb: KnowledgeBase) -> bool:
    """Whether a capitalised word NER left out of a name is its first part."""
    return (token.tag_ == "NNP" and _is_capitalised(token) and token.ent_type_ == "" and not kb.agent(token.text)
            and token.lower_ not in _title_first_words(kb) and kb.country_of_adjective(token.text) is None)


def _role_named_people(doc: Doc, kb: KnowledgeBase, claims: _Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """People a role noun introduces: "U.S. Deputy Ambassador Robert Wood", "Chinese
    foreign ministry spokesman Zhao Lijian", "Turkish opposition leader Ali Veli". The
    person takes the role's sector and the country (or body) said before the role."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        span = _trim(ent)
        # NER may take the role into the name ("Ambassador Robert Wood")
        while span is not None and len(span) > 1 and kb.agent(span[0].text):
            span = span.doc[span.start + 1: span.end]
        # and leave out a first name ("Mehmet" of "Mayor Mehmet Kaya")
        while span is not None and span.start > 1 and _first_name_before(doc[span.start - 1], kb):
            span = span.doc[span.start - 1: span.end]
        if span is None or span.start == 0 or not claims.free(span.start, span.end):
            continue
        name = _proper_run(doc, span.start, kb)
        if name is None or name.end < span.end:
            continue
        j = span.start - 1  # the role's last word
        if doc[j].tag_ not in ("NN", "NNP") or j in claims.taken:
            continue  # a plural ("officials") names no one person
        agent, first = None, j
        for n in (3, 2, 1):
            if j - n + 1 >= 0 and claims.free(j - n + 1, j + 1) and kb.agent(doc[j - n + 1: j + 1].text):
                agent, first = kb.agent(doc[j - n + 1: j + 1].text), j - n + 1
                break
        if agent is None or agent.noun in lexicon().not_people:
            continue
        owner = _owner_before(doc, first, kb)
        start = owner[0] if owner else first
        if start > 0 and doc[start - 1].lower_ in ("the", "a"):
            start -= 1
        if not claims.free(start, first):
            start = first
        claims.take(start, name.start)  # the role words are evidence, not mentions
        claims.take(name.start, name.end)
        known = kb.by_name(name.text) or kb.by_loose_name(name.text)
        entity = _prefer(known) if known else None
        found.append(_mention(name, paragraph, sent_of, "name", entity=entity if entity and entity.kind == "person" else None,
                              country=owner[1] if owner else None, sector=agent.sector, noun=agent.noun))
    return found


def _titled_names(
    doc: Doc, kb: KnowledgeBase, lex: Lexicon, claims: _Claims, paragraph: Paragraph, sent_of,
) -> list[Mention]:
    """Names that follow an office title: "Russian President Vladimir Putin",
    "the President of Russia Vladimir Putin". The title is evidence, the name the mention."""
    found = []
    for i in range(len(doc)):
        title = _title_at(doc, i, kb, lex)
        if title is None:
            continue
        end, canonical = title
        country = None
        before = _country_before(doc, i, kb)
        after = _country_after(doc, end, kb)
        if before:
            country = before[1]
        name_start = end
        if after:
            country, name_start = after[1], after[0]
        if country is None and title_key(canonical) in kb.titles_needing_a_body:
            continue
        if country is None and _place_before(doc, i):
            continue  # "Istanbul Mayor ...": a local office, left to the roles
        name = _proper_run(doc, name_start, kb)
        if name is None or not claims.free(name.start, name.end):
            continue
        start = before[0] if before else i
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        claims.take(start, name.start)  # the title words are evidence, not mentions
        claims.take(name.start, name.end)
        known = kb.by_name(name.text) or kb.by_loose_name(name.text)
        entity = _prefer(known) if known else None
        found.append(
            _mention(name, paragraph, sent_of, "name", entity=entity, title=canonical, country=country)
        )
    return found


NAME_PARTICLES = {"al", "el", "bin", "ben", "ibn", "de", "da", "dos", "van", "von", "der", "wa", "la", "le"}


def _proper_run(doc: Doc, start: int, kb: KnowledgeBase) -> Span | None:
    """The run of capitalised proper nouns that starts at token `start` (a person's name).

    Hyphenated pieces ("Akufo-Addo", "el-Bashir") and particles inside a name
    ("Bingu wa Mutharika") belong to it.
    """
    end = start
    while end < len(doc):
        token = doc[end]
        following = doc[end + 1] if end + 1 < len(doc) else None
        if token.tag_ in PROPER_TAGS and _is_capitalised(token):
            end += 1
        elif (token.tag_ == "HYPH" and end > start and not doc[end - 1].whitespace_
              and not token.whitespace_ and following is not None and following.text[:1].isalpha()):
            end += 2
        elif (token.lower_ in NAME_PARTICLES and end > start and following is not None
              and (following.tag_ == "HYPH" or _is_capitalised(following))):
            end += 1
        else:
            break
    if end == start:
        return None
    span = doc[start:end]
    if span.root.ent_type_ == "GPE":  # NER often calls an unfamiliar surname a place
        return None if any(e.kind == "country" for e in kb.by_name(span.text)) else span
    return span if span.root.ent_type_ in ("PERSON", "", "ORG", "NORP") else None


def _titles(
    doc: Doc, kb: KnowledgeBase, lex: Lexicon, claims: _Claims, paragraph: Paragraph, sent_of,
) -> list[Mention]:
    """Titles that stand for a person: "the President", "Iran's foreign minister"."""
    found = []
    i = 0
    while i < len(doc):
        title = _title_at(doc, i, kb, lex) if i not in claims.taken else None
        if title is None:
            i += 1
            continue
        end, canonical = title
        before = _country_before(doc, i, kb)
        after = _country_after(doc, end, kb)
        start = before[0] if before and claims.free(before[0], i) else i
        # "Myanmar's State Counsellor": the country stays its own mention and still
        # says whose counsellor this is.
        country = before[1] if before else None
        stop = end
        if after:
            # "the President of Angola": the country says whose president, and stays a
            # mention of its own when it already is one
            country = after[1]
            if claims.free(end, after[0]):
                stop = after[0]
        if country is None and (title_key(canonical) in kb.titles_needing_a_body or _place_before(doc, i)):
            i += 1  # "the police chief"; "the Istanbul chief prosecutor" is no international prosecutor
            continue
        if start > 0 and doc[start - 1].lower_ in ("the", "a"):
            start -= 1
        if not claims.free(start, stop):
            i += 1
            continue
        span = doc[start:stop]
        claims.take(start, stop)
        head = doc[end - 1]
        found.append(Mention(
            text=span.text, start=paragraph.offset + span.start_char,
            end=paragraph.offset + span.end_char, sentence=sent_of(head), kind="title",
            token=head, title=canonical, country=country,
            local=_subnational(doc[before[0]: i], kb) if before else None,
        ))
        i = stop
    return found


def _agents(doc: Doc, kb: KnowledgeBase, claims: _Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """Agent nouns with their country: "Iranian officials", "Russia's military", "police"."""
    lex = lexicon()
    found = []
    for token in _view(doc).tokens:
        if token.i in claims.taken or token.tag_ not in NOUN_TAGS:
            continue
        if token.dep_ == "compound" and token.head.tag_ in NOUN_TAGS:
            continue  # the head noun decides ("police station" is no agent)
        agent, first = None, token.i
        for n in (3, 2, 1):  # "riot police", "security forces"
            if token.i - n + 1 < 0:
                continue
            words = doc[token.i - n + 1: token.i + 1]
            if claims.free(words.start, words.end) and kb.agent(words.text):
                agent, first = kb.agent(words.text), words.start
                break
        demonym = kb.demonyms.get(fold(token.text)) if agent is None else None
        if agent is None and demonym is None:
            continue
        country = demonym
        start = first
        body = None
        before = _country_before(doc, first, kb) or _country_among_modifiers(token, first, kb)
        if before and not kb.country(before[1]):
            body = before  # "EU foreign ministers": the body's, unless a country is said too
            before = _country_among_modifiers(token, first, kb)  # "Mali's U.N. ambassador": Mali's, not the UN's
        if before is None and demonym is None:
            owner = _owner_before(doc, first, kb) or _org_before(doc, first, kb)  # "Istanbul chief prosecutor"
            if owner and kb.country(owner[1]):
                before = owner
            elif owner and body is None:
                body = owner
        sector, noun = (agent.sector, agent.noun) if agent else ("CVL", token.lemma_)
        ethnic = _ethnic(token, before, lex) if (before or demonym) else False
        if ethnic:
            # "ethnic Albanian guerrillas operating in Macedonia": coded by where they are
            country, before = None, None
            if demonym is None and first > 0:
                start = first
        if before and kb.country(before[1]):
            # "Israel's Cabinet", "U.S. soldier": the country says whose, even when
            # it is also a mention of its own.
            country = before[1]
            if claims.free(before[0], first):
                start = before[0]
        elif body is not None:
            if claims.free(body[0], first):
                start = body[0]
        elif demonym is None and not ethnic:
            # "leader of the main opposition party", "soldiers of the Indian army"
            country, body, group_sector = _owner_after(token, kb)
            if group_sector and noun in lex.group_roles:
                sector = group_sector
        if body is None and (country is None or demonym and not before):
            # "security forces in Guinea", "a terror group based in Trinidad"; for a
            # people only its "of" ("the Albanians of southern Serbia": Americans in
            # Iran stay American)
            place = _place_after(token, kb, lex, ("of",) if country else lex.place_prepositions)
            country = place or country
        span = doc[start: token.i + 1]
        claims.take(span.start, span.end)
        found.append(Mention(
            text=span.text, start=paragraph.offset + span.start_char,
            end=paragraph.offset + span.end_char, sentence=sent_of(token), kind="agent",
            token=token, country=country, sector=sector, noun=noun,
            body=body[1] if isinstance(body, tuple) else body,
        ))
        # "Philippine and U.S. troops": the other country's troops, named by its adjective
        for other in _joined_country_words(token, kb, claims):
            claims.take(other.i, other.i + 1)
            found.append(Mention(
                text=other.text, start=paragraph.offset + other.idx, end=paragraph.offset + other.idx + len(other),
                sentence=sent_of(token), kind="agent", token=other,
                country=kb.country_of_adjective(other.text), sector=sector, noun=noun,
            ))
    return found


def _ethnic(head: Token, before: tuple[int, str] | None, lex: Lexicon) -> bool:
    """Whether the country word of an agent is marked as an ethnic group's ("ethnic Albanians")."""
    if before is not None:
        return before[0] > 0 and head.doc[before[0] - 1].lower_ in lex.ethnic_markers
    return any(c.lower_ in lex.ethnic_markers for c in head.lefts)


def _place_after(head: Token, kb: KnowledgeBase, lex: Lexicon, prepositions) -> str | None:
    """The country of the place a prepositional phrase after an agent names: "in
    Guinea", "from Liberia", "based in Trinidad", "operating in Macedonia"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            for obj in child.children:
                code = _country_of_place_phrase(obj, kb) if obj.dep_ == "pobj" else None
                if code:
                    return code
        elif child.dep_ == "acl" and child.lower_ in lex.place_participles:
            for token in child.subtree:
                if token.dep_ == "pobj" and token.head.lower_ in ("in", "from"):
                    code = _country_of_place_phrase(token, kb)
                    if code:
                        return code
    return None


def _country_of_place_phrase(obj: Token, kb: KnowledgeBase) -> str | None:
    """The country a prepositional object names: a country, or a city the gazetteer knows."""
    runs: list[list[Token]] = [[]]
    for token in obj.subtree:
        if token.tag_ in PROPER_TAGS and _is_capitalised(token):
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if not run:
            continue
        text = obj.doc[run[0].i: run[-1].i + 1].text
        for entity in kb.by_name(text):
            if entity.kind == "country" and entity.code and kb.country(entity.code):
                return entity.code
        code = kb.country_of_place(text)
        if code:
            return code
    return None


ADJECTIVE_DEPS = {"amod", "compound", "nmod"}


def _country_adjectives(doc: Doc, kb: KnowledgeBase, claims: _Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """Country adjectives on nouns that name no agent: "Palestinian riots", "French
    mediation", "Israeli military policies". The country takes part in what the noun
    names, so it is an actor of the phrase (PLOVER codes it so)."""
    found = []
    view = _view(doc)
    i = 0
    while i < len(doc):
        token = view.tokens[i]
        if i in claims.taken or not _is_capitalised(token) or token.dep_ not in ADJECTIVE_DEPS:
            i += 1
            continue
        for n in (2, 1):  # "South African", "Sri Lankan"
            if i + n > len(doc) or not claims.free(i, i + n):
                continue
            code = kb.adjectives.get(fold(view.text_of(i, i + n)))
            span = doc[i: i + n]
            if (code and kb.country(code) and not _inside_longer_name(span) and span[-1].head.tag_ in NOUN_TAGS
                    and not _stance_prefix(doc, i)):
                claims.take(i, i + n)
                found.append(_mention(span, paragraph, sent_of, "name", entity=kb.country(code)))
                i += n - 1
                break
        i += 1
    return found


def _cities(doc: Doc, kb: KnowledgeBase, claims: _Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """Cities the gazetteer knows, named where no actor stood ("killed 23 people in Tel
    Aviv", "arrived in Amman"): actors of kind "place" whose code is their country, as
    PLOVER codes a place that is a side of an event, without a sector (the city, not its
    government). A place is never one of "the two countries" of a story."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        span = _trim(ent)
        if span is None or not claims.free(span.start, span.end) or not _is_capitalised(span[0]):
            continue
        code = kb.country_of_place(span.text)
        if code is None:
            continue
        claims.take(span.start, span.end)
        found.append(_mention(span, paragraph, sent_of, "name",
                              entity=Entity(f"city:{span.text}", span.text, "place", code)))
    return found


def _org_before(doc: Doc, first: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(start, id) of a known organisation named right before an agent noun ("NATO troops")."""
    j = first - 1
    if j >= 0 and doc[j].tag_ == "POS":
        j -= 1
    for n in (4, 3, 2, 1):
        start = j - n + 1
        if start < 0 or not doc[start].text[:1].isupper():
            continue
        for entity in kb.by_name(doc[start: j + 1].text):
            if entity.kind == "organization" and entity.key.startswith("org:"):
                return start, entity.key[4:]
    return None


def _owner_after(head: Token, kb: KnowledgeBase) -> tuple[str | None, str | None, str | None]:
    """(country, body, the group's sector) named in an agent's "of" phrase: "leader of
    the main opposition Republican People's Party", "soldiers of the Indian army"."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None, None, None
    words = [t for t in obj.subtree if t.tag_ not in ("-LRB-", "-RRB-", "DT")]
    country = body = sector = None
    for t in words:
        agent = kb.agent(t.text) if t.tag_ in NOUN_TAGS else None
        if agent and sector is None and agent.sector not in ("GOV",):
            sector = agent.sector  # "the main opposition ... Party": OPP
    for n in (4, 3, 2, 1):
        for k in range(len(words) - n + 1):
            if n > 1 and not all(words[m + 1].i == words[m].i + 1 for m in range(k, k + n - 1)):
                continue
            text = obj.doc[words[k].i: words[k + n - 1].i + 1].text
            code = kb.country_of_adjective(text)
            if code and country is None:
                country = code
            for entity in kb.by_name(text):
                if entity.kind == "organization" and entity.key.startswith("org:") and body is None:
                    body = entity.key[4:]
                    if sector is None and entity.sector:
                        sector = entity.sector
        if country or body:
            break
    if country is not None:
        return country, None, sector
    if body is not None:
        org = kb.entities[f"org:{body}"]
        if org.code and kb.country(org.code):
            return org.code, None, sector  # a national body: its country
        return None, body, sector
    return None, None, None


def _joined_country_words(head: Token, kb: KnowledgeBase, claims: _Claims) -> list[Token]:
    """Country adjectives joined by "and" among a head noun's modifiers."""
    found = []
    for child in head.lefts:
        if child.dep_ not in ("amod", "compound", "nmod"):
            continue
        for word in (child, *child.conjuncts):
            if word.i not in claims.taken and kb.country_of_adjective(word.text) and not _stance_prefix(head.doc, word.i):
                found.append(word)
    return found


def _country_among_modifiers(head: Token, first: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(start, body) of a country word further left in the head's noun phrase:
    "Russian civilian advisers", "Afghan rebel leaders", "Poland's new parliament"."""
    for child in head.lefts:
        if child.i >= first or child.dep_ not in ("amod", "compound", "nmod", "poss", "npadvmod"):
            continue
        words = [t for t in child.subtree if t.tag_ != "POS"]
        if words and (_stance_prefix(head.doc, words[0].i) or words[0].lower_ in STANCE_PREFIXES):
            continue  # "pro-Russian separatists" are not Russia's
        code = kb.country_of_adjective(" ".join(t.text for t in words)) if words else None
        if code is None and child.lower_ == "based":  # "Pakistan-based militants"
            place = [t for t in words if t.i < child.i and t.tag_ != "HYPH"]
            code = kb.country_of_adjective(" ".join(t.text for t in place)) if place else None
        if code:
            return words[0].i, code
    return None


def _ner_organizations(doc: Doc, kb: KnowledgeBase, lex: Lexicon, claims: _Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """Organisations NER finds and the knowledge base does not know, when they look like
    one: a name ending in an organisation word ("Tax Foundation"), or a name standing
    where an actor stands ("is investigating WeWork", "Wells Fargo's behavior")."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC"):
            continue
        span = _trim(ent)
        if span is None or not claims.free(span.start, span.end):
            continue
        if span[-1].text not in lex.organization_heads and not (
                _in_actor_position(span.root) and span.root.tag_ in PROPER_TAGS and span.text not in lex.not_actors):
            continue
        claims.take(span.start, span.end)
        country = next((c for t in span if (c := kb.country_of_adjective(t.text))), None)
        evidence = "title-country" if country else None
        if country is None:
            # "Senate Judiciary Committee": a body the tables know heads the name
            country = _country_of_a_body_inside(span, kb)
            evidence = "organisation" if country else None
        found.append(_mention(span, paragraph, sent_of, "name", label="ORG", country=country, evidence=evidence))
    return found


def _country_of_a_body_inside(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of the longest national body the tables know within an unknown
    organisation's name ("Senate" in "Senate Judiciary Committee")."""
    for n in range(len(span) - 1, 0, -1):
        for k in range(0, len(span) - n + 1):
            for entity in kb.by_name(span[k: k + n].text):
                if entity.kind == "organization" and entity.code and kb.country(entity.code):
                    return entity.code
    return None


DUMMY_IT_HEADS = {"be", "seem", "appear", "take", "remain", "become", "rain", "matter", "happen", "look"}


def _pronouns(doc: Doc, lex: Lexicon, claims: _Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    found = []
    for token in _view(doc).tokens:
        word = token.lower_
        if token.tag_ != "PRP" or token.i in claims.taken:
            continue
        if word == "it" and (token.dep_ not in ("nsubj", "nsubjpass", "dobj") or token.head.lemma_ in DUMMY_IT_HEADS):
            continue  # "it is clear that ...", "it takes time"
        if word in lex.person_pronouns or word in lex.group_pronouns:
            found.append(_mention(doc[token.i: token.i + 1], paragraph, sent_of, "pronoun"))
    return found
