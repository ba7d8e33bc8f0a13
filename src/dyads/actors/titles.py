"""Office titles in a story ("the Russian president", "Bank of England governor")
and whose they are: the country, body or place before or after them, and the people
they introduce ("Czech Interior Minister Jan Hamáček", "U.S. Deputy Ambassador Robert
Wood")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dyads.actors.knowledge import Entity, KnowledgeBase, title_key
from dyads.actors.mentions import (
    NOUN_TAGS,
    PROPER_TAGS,
    Claims,
    DocView,
    Lexicon,
    Mention,
    ends_a_region_adjective,
    entities_of,
    is_capitalised,
    lexicon,
    make_mention,
    names_the_field,
    prefer,
    stance_prefix,
    trim_span,
    view_of,
)
from dyads.nlp import Paragraph


def inside_a_title(doc: Doc, span: Span, kb: KnowledgeBase, lex: Lexicon) -> bool:
    """Whether a name is a word of an office title of the tables that covers more than
    the name: "Bank of Korea" in "Bank of Korea Governor", "White House" in "White House
    chief of staff", "UN" in "the UN human rights chief"."""
    for j in range(max(span.start - 4, 0), span.start + 1):
        title = title_at(doc, j, kb, lex)
        if title is not None and title[0] >= span.end and (j, title[0]) != (span.start, span.end) \
                and title_key(doc[j: title[0]].text) in kb.named_titles:
            return True
    return False


def title_starting_inside(doc: Doc, span: Span, kb: KnowledgeBase, lex: Lexicon) -> int | None:
    """The token where a title of the tables begins inside a name and runs past its end
    ("Treasury Secretary" inside "U.S. Treasury" + "Secretary"), if one does."""
    for k in range(span.start + 1, span.end):
        title = title_at(doc, k, kb, lex)
        if title is not None and title[0] > span.end and title_key(doc[k: title[0]].text) in kb.titles_of_data:
            return k
    return None


def names_a_title_body(span: Span, entity: Entity, kb: KnowledgeBase, lex: Lexicon) -> bool:
    """Whether an organisation's name stands before one of its titles ("UN Secretary-General")."""
    if entity.kind != "organization" or entity.key[4:] not in kb.office_bodies:
        return False
    doc = span.doc
    after = span.end + (span.end < len(doc) and doc[span.end].tag_ == "POS")
    if after < len(doc) and title_at(doc, after, kb, lex) is not None:
        return True
    of = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    if of < 1 or doc[of].lower_ != "of":
        return False  # not "the President of the European Commission" either
    return any((title_at(doc, j, kb, lex) or (0,))[0] == of for j in range(max(of - 5, 0), of))


@lru_cache(maxsize=4)
def title_first_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(t.split()[0] for t in kb.title_words if t)


def title_at(doc: Doc, i: int, kb: KnowledgeBase, lex: Lexicon) -> tuple[int, str] | None:
    """(end, canonical title) of an office title starting at token i, if any. Asked many
    times of the same token (names inside titles, titled names, bare titles): kept."""
    view = view_of(doc)
    if view.lowers[i] not in title_first_words(kb):
        return None  # most words start no title: a set look-up spares the n-grams
    key = (id(kb), i)
    if key not in view.titles:
        view.titles[key] = None if _surname_in_a_name(doc, i, kb) else _find_title(view, i, len(doc), kb)
    return view.titles[key]


def _surname_in_a_name(doc: Doc, i: int, kb: KnowledgeBase) -> bool:
    """Whether a title word is the last part of a person's name, after a first name in
    the same name ("Larry King", "Martin Luther King Jr.", "Billie Jean King"), not an
    office ("King Abdullah", "Saudi Crown Prince Mohammed")."""
    token = doc[i]
    if i == 0 or token.ent_type_ != "PERSON" or token.ent_iob_ != "I":
        return False
    before = doc[i - 1]
    return (before.tag_ == "NNP" and is_capitalised(before) and before.ent_type_ == "PERSON"
            and before.lower_ not in title_first_words(kb) and kb.country_of_adjective(before.text) is None
            and not kb.agent(before.text))


def _find_title(view: DocView, i: int, length: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    for n in range(min(7, length - i), 0, -1):  # "Chairman of the Council of Ministers": six words
        key = title_key(" ".join(view.lowers[i: i + n]))
        if key not in kb.title_synonyms and not (key in kb.title_words and view.tags[i + n - 1] in NOUN_TAGS):
            continue
        if _modifies_a_noun(view, i + n - 1, length):
            continue  # "IMF chief economist": an economist, not the IMF's chief
        if key in kb.title_synonyms:
            return i + n, kb.title_synonyms[key]
        text = view.text_of(i, i + n)
        return i + n, text.title() if text != text.upper() else text
    return None


def _modifies_a_noun(view: DocView, last: int, length: int) -> bool:
    """Whether a title's last word only qualifies the common noun after it ("chief
    economist", "deputy minister" is a title of its own and is matched whole first)."""
    after = last + 1
    return after < length and view.heads[last] == after and view.deps[last] in ("compound", "amod", "nmod") \
        and view.tags[after] in ("NN", "NNS")


def body_of(span: Span, kb: KnowledgeBase) -> str | None:
    """The country (ISO3) or office-holding body (its id) a modifier names: "Iranian", "IAEA"."""
    return body_named(span.text, kb)


def body_named(text: str, kb: KnowledgeBase) -> str | None:
    """`body_of` given the modifier's words: callers that try many n-grams need no Span."""
    code = kb.country_of_adjective(text)
    if code:
        return code
    for entity in kb.by_name(text):
        if entity.kind == "organization" and entity.key.startswith("org:"):
            body = entity.key[4:]
            # a body with officeholder tables, or a national body ("Bureau of Prisons
            # Director ..."), whose officer is of its country
            if body in kb.office_bodies or entity.code and len(entity.code) == 3 and kb.country(entity.code):
                return body
    return None


# Words after a place's name that make it a county or district bearing that name.
COUNTY_WORDS = frozenset({"county", "parish", "borough", "township"})


def country_before(doc: Doc, i: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(start, body) of a country adjective, name, possessive or body name right before
    token i, or before the adjectives in between ("Lebanon's new President")."""
    view = view_of(doc)
    j = i - 1
    while j > 0 and view.tags[j] == "JJ" and view.lowers[j] in TITLE_ADJECTIVES:
        j -= 1
    if j >= 0 and view.tags[j] == "POS":
        j -= 1
    if 0 <= j < len(doc) - 1 and view.lowers[j + 1] in COUNTY_WORDS:
        return None  # "Nassau County police": a county of another place's name, not the Bahamas
    for n in (4, 3, 2, 1):
        start = j - n + 1
        if start < 0:
            continue
        body = body_named(view.text_of(start, j + 1), kb)
        if body and start == j and ends_a_region_adjective(doc, j):
            return None  # "Latin American diplomats"
        if body:
            return None if stance_prefix(doc, start) else (start, body)
    return None


def subnational(span: Span, kb: KnowledgeBase) -> str | None:
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


def country_after(doc: Doc, end: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(end, body) of "of Iran" / "of the United States" / "of the European Commission"."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return None
    k = end + 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    # "the president of war-ravaged South Sudan", "of oil-rich Venezuela": lower-case
    # epithets before the name
    starts = [k]
    while len(starts) < 4 and starts[-1] < len(doc) and _epithet_word(doc[starts[-1]]):
        starts.append(starts[-1] + 1)
    for start in starts:
        found = _country_or_body_at(doc, start, kb)
        if found:
            return found
    return None


def _epithet_word(token) -> bool:
    """A lower-case adjective or a piece of a hyphenated one ("war-ravaged", "landlocked");
    not a noun such as "opposition", which says whose body it is."""
    if not (token.text == "-" or token.is_lower):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text == "-" or token.tag_ in ("JJ", "VBN") or (following is not None and following.text == "-")


def _country_or_body_at(doc: Doc, k: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    for n in (6, 5, 4, 3, 2, 1):  # "of Democratic Republic of the Congo"
        if k + n > len(doc):
            continue
        span = doc[k: k + n]
        if _modifies_a_common_noun(doc, k + n):
            continue  # "the leader of the Sinaloa cartel" leads the cartel, not Mexico
        for entity in kb.by_name(span.text):
            if entity.kind == "country" and entity.code:
                return k + n, entity.code
        body = body_of(span, kb)
        if body:
            return k + n, body
    return None


def _modifies_a_common_noun(doc: Doc, end: int) -> bool:
    """Whether the words before `end` are a modifier of the common noun at `end`
    ("Sinaloa" in "the Sinaloa cartel", "Kenyan" in "Kenyan police")."""
    if end >= len(doc) or end == 0:
        return False
    noun = doc[end]
    return noun.tag_ in ("NN", "NNS") and noun.is_lower and doc[end - 1].head.i >= end


# Adjectives that may stand between a country and its title ("Iran's former foreign minister").
TITLE_ADJECTIVES = {"new", "former", "then", "late", "outgoing", "incoming", "interim", "acting", "junior",
                    "senior", "deputy", "top", "current", "ex", "first", "elected", "embattled"}


MODIFIER_TAGS = {"JJ", "NN", "NNP", "NNPS", "HYPH", "POS", "CD"}


def owner_before(doc: Doc, first: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(start, country or body) said somewhere before a role noun in its own phrase:
    "U.S. Deputy Ambassador", "Chinese foreign ministry spokesman", "Istanbul Mayor",
    "Mali's U.N. ambassador" (the country before the body it serves in)."""
    country = body = None
    k = first
    while k > 0 and first - k < 5:
        before = country_before(doc, k, kb)
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
        if word.ent_type_ == "GPE" and word.tag_ in PROPER_TAGS and doc[k].lower_ not in COUNTY_WORDS:
            # "Istanbul chief prosecutor"; "Nassau County police" are no Bahamians
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


def place_before(doc: Doc, i: int) -> bool:
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


def first_name_before(token: Token, kb: KnowledgeBase) -> bool:
    """Whether a capitalised word NER left out of a name is its first part."""
    return (token.tag_ == "NNP" and is_capitalised(token) and token.ent_type_ == "" and not kb.agent(token.text)
            and token.lower_ not in title_first_words(kb) and kb.country_of_adjective(token.text) is None)


def role_named_people(doc: Doc, kb: KnowledgeBase, claims: Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """People a role noun introduces: "U.S. Deputy Ambassador Robert Wood", "Chinese
    foreign ministry spokesman Zhao Lijian", "Turkish opposition leader Ali Veli". The
    person takes the role's sector and the country (or body) said before the role."""
    found = []
    for ent in entities_of(doc):
        if ent.label_ != "PERSON":
            continue
        span = trim_span(ent)
        # NER may take the role into the name ("Ambassador Robert Wood")
        while span is not None and len(span) > 1 and kb.agent(span[0].text):
            span = span.doc[span.start + 1: span.end]
        # and leave out a first name ("Mehmet" of "Mayor Mehmet Kaya")
        while span is not None and span.start > 1 and first_name_before(doc[span.start - 1], kb):
            span = span.doc[span.start - 1: span.end]
        if span is None or span.start == 0 or not claims.free(span.start, span.end):
            continue
        name = proper_run(doc, span.start, kb)
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
        if agent is not None and agent.noun in lexicon().not_people:
            continue
        if agent is not None and kb.by_name(doc[first: name.end].text):
            continue  # "Prince Andrew": a name the tables know, role and all, left to the names
        sector, noun = (agent.sector, agent.noun) if agent else (None, None)
        if agent is None:
            first = _unlisted_role(doc, j, claims)  # "FBI agent", "IMF chief economist"
            if first is None:
                continue
        # an unlisted role says whose only through the body or country right before it
        owner = owner_before(doc, first, kb) if agent is not None else country_before(doc, first, kb)
        if owner is not None and agent is not None and names_the_field(doc, owner[0], doc[j]):
            owner = None  # "Korea scholar John Doel" studies Korea: of unknown country
        if owner is None and agent is None:
            continue
        start = owner[0] if owner else first
        if start > 0 and doc[start - 1].lower_ in ("the", "a"):
            start -= 1
        if not claims.free(start, first):
            start = first
        claims.take(start, name.start)  # the role words are evidence, not mentions
        claims.take(name.start, name.end)
        known = kb.by_name(name.text) or kb.by_loose_name(name.text) or kb.by_near_name(name.text)
        entity = prefer(known) if known else None
        found.append(make_mention(name, paragraph, sent_of, "name", entity=entity if entity and entity.kind == "person" else None,
                              country=owner[1] if owner else None, sector=sector, noun=noun))
    return found


def _unlisted_role(doc: Doc, j: int, claims: Claims) -> int | None:
    """The first word of a role the agent table does not list, ending at token j: common
    nouns set between a body or country and a name ("Justice Department congressional
    liaison Peter Kadzik", "IMF chief economist Maury Obstfeld"), whose person works for
    the one named before. None for a noun of study ("Russia expert"): its country is a subject."""
    first = j
    while first > 0 and j - first < 2 and doc[first - 1].tag_ in ("NN", "JJ") and doc[first - 1].text.islower() \
            and claims.free(first - 1, first):
        first -= 1
    words = doc[first: j + 1]
    if doc[j].tag_ != "NN" or not all(t.text.islower() and t.is_alpha for t in words) \
            or any(t.lemma_.lower() in lexicon().field_nouns for t in words):
        return None
    return first


def titled_names(
    doc: Doc, kb: KnowledgeBase, lex: Lexicon, claims: Claims, paragraph: Paragraph, sent_of,
) -> list[Mention]:
    """Names that follow an office title: "Russian President Vladimir Putin",
    "the President of Russia Vladimir Putin". The title is evidence, the name the mention."""
    found = []
    first_words = title_first_words(kb)
    for i, word in enumerate(view_of(doc).lowers):
        if word not in first_words:
            continue  # starts no title (title_at's own first test, without the call)
        title = title_at(doc, i, kb, lex)
        if title is None:
            continue
        end, canonical = title
        country = None
        before = country_before(doc, i, kb)
        after = country_after(doc, end, kb)
        if before:
            country = before[1]
        name_start = end
        if after:
            country, name_start = after[1], after[0]
        if country is None and title_key(canonical) in kb.titles_needing_a_body:
            continue
        if country is None and place_before(doc, i):
            continue  # "Istanbul Mayor ...": a local office, left to the roles
        name = proper_run(doc, name_start, kb)
        if name is None or not claims.free(name.start, name.end):
            continue
        if not before and not after and kb.by_name(doc[i: name.end].text):
            continue  # "Prince Andrew": the title is part of a name the tables know, left to the names
        start = before[0] if before else i
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        claims.take(start, name.start)  # the title words are evidence, not mentions
        claims.take(name.start, name.end)
        known = kb.by_name(name.text) or kb.by_loose_name(name.text) or kb.by_near_name(name.text)
        entity = prefer(known) if known else None
        found.append(
            make_mention(name, paragraph, sent_of, "name", entity=entity, title=canonical, country=country)
        )
    return found


NAME_PARTICLES = {"al", "el", "bin", "ben", "ibn", "de", "da", "dos", "van", "von", "der", "wa", "la", "le",
                  "di", "du", "del", "della", "den", "des", "ter", "do", "das"}


def surname_after_particle(word: str) -> str | None:
    """The surname a name particle joins by a hyphen ("Sudani" of "al-Sudani"), if any."""
    particle, _, rest = word.partition("-")
    return rest if rest and particle.lower() in NAME_PARTICLES else None


def _particles_then_name(doc: Doc, i: int) -> bool:
    """Whether the particles from token i on ("de la") lead to a capitalised word or a hyphen."""
    while i < len(doc) and doc[i].lower_ in NAME_PARTICLES:
        i += 1
    # the tagger may call the hyphen of "al-Sudani" a proper noun
    return i < len(doc) and (doc[i].tag_ == "HYPH" or doc[i].text == "-" or is_capitalised(doc[i])
                             or doc[i].text[:2].lower() == "d'")


def proper_run(doc: Doc, start: int, kb: KnowledgeBase) -> Span | None:
    """The run of capitalised proper nouns that starts at token `start` (a person's name).

    Hyphenated pieces ("Akufo-Addo", "el-Bashir") and particles inside a name
    ("Bingu wa Mutharika") belong to it.
    """
    end = start
    while end < len(doc):
        token = doc[end]
        following = doc[end + 1] if end + 1 < len(doc) else None
        if token.tag_ in PROPER_TAGS and is_capitalised(token):
            end += 1
        elif ((token.tag_ == "HYPH" or token.text == "-") and end > start and not doc[end - 1].whitespace_
              and not token.whitespace_ and following is not None and following.text[:1].isalpha()):
            end += 2
        elif token.lower_ in NAME_PARTICLES and end > start and _particles_then_name(doc, end):
            end += 1  # "Bingu wa Mutharika", "Miguel de la Madrid", "Hans van den Broek"
        elif end > start and token.text[:2].lower() in ("d'", "d’") and token.text[2:3].isupper():
            end += 1  # "Valery Giscard d'Estaing"
        else:
            break
    if end == start:
        return None
    span = doc[start:end]
    if span.root.ent_type_ == "GPE":  # NER often calls an unfamiliar surname a place
        return None if any(e.kind == "country" for e in kb.by_name(span.text)) else span
    return span if span.root.ent_type_ in ("PERSON", "", "ORG", "NORP") else None


def bare_titles(
    doc: Doc, kb: KnowledgeBase, lex: Lexicon, claims: Claims, paragraph: Paragraph, sent_of,
) -> list[Mention]:
    """Titles that stand for a person: "the President", "Iran's foreign minister"."""
    found = []
    i = 0
    while i < len(doc):
        title = title_at(doc, i, kb, lex) if i not in claims.taken else None
        if title is None:
            i += 1
            continue
        end, canonical = title
        if i > 0 and doc[i - 1].lower_ in kb.holder_not_yet_known:
            i = end  # "the next president": no one holds it yet
            continue
        before = country_before(doc, i, kb)
        after = country_after(doc, end, kb)
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
        if country is None and (title_key(canonical) in kb.titles_needing_a_body or place_before(doc, i)):
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
            local=subnational(doc[before[0]: i], kb) if before else None,
        ))
        i = stop
    return found
