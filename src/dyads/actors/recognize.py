"""Finding actor mentions in parsed paragraphs.

Five kinds of mention: names the knowledge base knows (countries, bodies, people,
metonyms, regions), people NER finds, titles ("the Russian president"), agent
nouns ("Iranian officials") and pronouns. Each is a `Mention` with article
offsets; linking them into actors is `coref.py`'s work. Titles and the people they
introduce are `titles.py`'s, agent nouns, adjectives and cities `agents.py`'s.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyads.actors.agents import (
    agent_mentions,
    cities,
    city_acted_on,
    country_adjectives,
    party_adjectives_on_acts,
)
from dyads.actors.knowledge import KnowledgeBase, fold, title_key
from dyads.actors.mentions import (
    PROPER_TAGS,
    Claims,
    Lexicon,
    Mention,
    entities_of,
    in_actor_position,
    inside_longer_name,
    is_capitalised,
    lexicon,
    make_mention,
    names_a_document,
    names_a_field,
    prefer,
    trim_span,
    view_of,
)
from dyads.actors.titles import (
    bare_titles,
    country_before,
    inside_a_title,
    names_a_title_body,
    role_named_people,
    surname_after_particle,
    title_first_words,
    title_starting_inside,
    titled_names,
)
from dyads.nlp import Paragraph

__all__ = ["Mention", "find_mentions", "lexicon"]

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
    lookups = []  # (paragraph, sent_of), for the second look below
    for paragraph in paragraphs:
        doc = paragraph.doc
        sent_of = _sentence_lookup(doc, sentence_base)
        lookups.append((paragraph, sent_of))
        claims = Claims()
        for start, end in skip:
            rel_s, rel_e = start - paragraph.offset, end - paragraph.offset
            span = doc.char_span(max(rel_s, 0), min(rel_e, len(doc.text)), alignment_mode="expand")
            if span is not None and 0 <= rel_s < len(doc.text):
                claims.take(span.start, span.end)
        found: list[Mention] = []
        found += titled_names(doc, kb, lex, claims, paragraph, sent_of)
        found += role_named_people(doc, kb, claims, paragraph, sent_of)
        found += _kb_names(doc, kb, lex, claims, paragraph, sent_of)
        found += _party_members(doc, kb, lex, claims, paragraph, sent_of)
        found += bare_titles(doc, kb, lex, claims, paragraph, sent_of)
        found += _ner_people(doc, kb, claims, paragraph, sent_of)
        names_seen += [m.text for m in found if m.kind == "name"]
        found += _surnames(doc, kb, claims, paragraph, sent_of, names_seen, mentions + found)
        found += _officeholder_surnames(doc, kb, claims, paragraph, sent_of)
        found += agent_mentions(doc, kb, claims, paragraph, sent_of)
        found += country_adjectives(doc, kb, claims, paragraph, sent_of)
        found += party_adjectives_on_acts(doc, kb, claims, paragraph, sent_of)
        found += cities(doc, kb, claims, paragraph, sent_of)
        found += _ner_organizations(doc, kb, lex, claims, paragraph, sent_of)
        found += _pronouns(doc, lex, claims, paragraph, sent_of)
        _read_party_state_tags(found, lex, kb)
        mentions += sorted(found, key=lambda m: m.start)
        sentence_base += _sentence_count(doc)
    repeats = _organisation_repeats(lookups, mentions, skip)
    return sorted(mentions + repeats, key=lambda m: m.start) if repeats else mentions


def _organisation_repeats(lookups, mentions: list[Mention], skip) -> list[Mention]:
    """An organisation the tables do not know, said again where NER missed it: the
    story's "WeWork" in its first sentence, once NER has tagged a later "WeWork"."""
    names = {m.text: m for m in mentions if m.label == "ORG" and m.entity is None and m.kind == "name"
             and len(m.text) > 2 and m.text[:1].isupper()}
    if not names:
        return []
    by_first_word: dict[str, list[str]] = {}
    for name in names:
        by_first_word.setdefault(name.split()[0], []).append(name)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for paragraph, sent_of in lookups:
        doc = paragraph.doc
        texts = view_of(doc).texts
        for i, word in enumerate(texts):
            for name in by_first_word.get(word, ()):
                first = names[name]
                if not _same_words(texts, i, name):
                    continue
                span = doc[i: i + len(name.split())]
                start, end = paragraph.offset + span.start_char, paragraph.offset + span.end_char
                if any(a < end and start < b for a, b in (*taken, *skip)):
                    continue  # inside another mention ("WeWork founder Adam Neumann" is his), or the publisher's
                found.append(make_mention(span, paragraph, sent_of, "name", label="ORG", country=first.country,
                                          evidence=first.evidence))
                taken.append((start, end))
    return found


def _same_words(texts: list[str], i: int, name: str) -> bool:
    """Whether the tokens from i on (their texts) spell the name word for word."""
    words = name.split()
    return i + len(words) <= len(texts) and texts[i: i + len(words)] == words


def _read_party_state_tags(mentions: list[Mention], lex: Lexicon, kb: KnowledgeBase) -> None:
    """Give a named person the country of a party-state tag after the name ("Sen. Ted
    Cruz, R-Texas"; "Rep. Ilhan Omar (D-Minn.)"), or of its spelt-out form ("Patrick J.
    Leahy, Democrat of Vermont"): an apposition that says who they are."""
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
        if k + 2 >= len(doc) or not doc[k + 2].text[:1].isupper():
            continue
        if doc[k].text in tags["parties"] and doc[k + 1].text == "-" or (
                doc[k + 1].text == "of" and _party_country(doc[k].text, lex, kb) == tags["country"]):
            mention.country, mention.evidence = tags["country"], "apposition"
            mention.sector = mention.sector or tags["sector"]


def _party_country(word: str, lex: Lexicon, kb: KnowledgeBase) -> str | None:
    """The country of the party whose member the word names ("Democrat": USA), if any."""
    party = lex.party_members.get(word)
    entities = kb.by_name(party) if party else []
    return entities[0].code if entities else None


def _sentence_lookup(doc: Doc, base: int):
    """The story-wide sentence number of a token of this doc, `base` being the doc's first."""
    numbers = view_of(doc).sentences

    def sentence_of(token: Token) -> int:
        return base + numbers[token.i]
    return sentence_of


def _sentence_count(doc: Doc) -> int:
    numbers = view_of(doc).sentences
    return numbers[-1] + 1 if numbers else 0


def _party_members(doc: Doc, kb: KnowledgeBase, lex: Lexicon, claims: Claims, paragraph: Paragraph,
                   sent_of) -> list[Mention]:
    """A party's member named by a singular noun, as the party (recognize.yaml
    `party_members`): "One Republican threatened ...". Only a noun that heads its own
    phrase with no capitalised word before it: "Liberal Democrat" is another party, and
    "Republican senators" are senators."""
    found = []
    view = view_of(doc)
    for i, text in enumerate(view.texts):
        party = lex.party_members.get(text)
        if party is None or i in claims.taken or view.deps[i] in ("compound", "amod", "appos") \
                or view.tags[i] not in ("NNP", "NN"):
            continue
        if any(view.texts[c][:1].isupper() for c in view.children()[i] if c < i and view.deps[c] in ("compound", "amod")):
            continue
        entities = kb.by_name(party)
        if not entities:
            continue
        claims.take(i, i + 1)
        found.append(make_mention(doc[i: i + 1], paragraph, sent_of, "name", entity=entities[0]))
    return found


def _spelled_loosely(text: str) -> bool:
    """Whether a name may be a variant only a loose look-up finds ("Kim Jong-un", "Diaz")."""
    return "-" in text or not text.isascii()


def _no_name_grows_from(view, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether no name begins with these words and a space after them ("the United" of "the
    United States" does; "the Ohio" of "the Ohio voters" does not): the longer texts need no
    exact look-up. Only words followed by a space can tell."""
    after = view.starts[end - 1] + len(view.texts[end - 1])
    if after >= len(view.text) or view.text[after] != " ":
        return False
    return not kb.may_start_name(fold(view.text_of(start, end)))


def _kb_names(
    doc: Doc, kb: KnowledgeBase, lex: Lexicon, claims: Claims, paragraph: Paragraph, sent_of,
) -> list[Mention]:
    """Longest matches of known names, starting at capitalised words (or "the")."""
    found = []
    longest = min(kb.max_name_tokens, 10)
    view = view_of(doc)
    i = 0
    while i < len(doc):
        word = view.texts[i]
        if not (word[:1].isupper() or view.lowers[i] == "the") or i in claims.taken:
            i += 1
            continue
        match = None
        words = kb.first_words.get(fold(word), 0)
        if not words:
            i += 1
            continue
        # Tokens split "U.S.-led" or "Iran's" finer than names split on spaces.
        limit, free = min(longest, 2 * words + 1, len(doc) - i), 0
        # a loose look-up finds "Omar al - Bashir" under "Omar al-Bashir": only plainly
        # spelt words can be cut short where no name goes on
        plain = limit > 0 and not _spelled_loosely(view.text_of(i, i + limit))
        while free < limit and i + free not in claims.taken:
            free += 1  # the longest unclaimed run from here: longer ones cannot be a name
            if plain and _no_name_grows_from(view, i, i + free, kb):
                break
        for n in range(free, 0, -1):
            text = view.text_of(i, i + n)  # the words without making a Span: most tries fail
            entities = kb.by_name(text) or (
                kb.by_loose_name(text) if n > 1 and _spelled_loosely(text) else [])
            if entities and (view.texts[i + n - 1][:1].isupper() or n > 2 and view.tags[i + n - 2] == "HYPH"
                             or all(e.key.startswith("region:") for e in entities)  # "European governments"
                             or _a_bodys_lowercase_name(view, i, n, entities)):
                match = (doc[i: i + n], entities)
                break
        if match is None and i + 2 <= len(doc) and i + 1 not in claims.taken and view.texts[i + 1][:1].isupper():
            # "Abdelaziz Bouteflicka": a known person's name spelt one letter apart
            near = kb.by_near_name(view.text_of(i, i + 2))
            match = (doc[i: i + 2], near) if near else None
        if match is None:
            i += 1
            continue
        span, entities = match
        if inside_longer_name(span) or inside_a_title(doc, span, kb, lex) or _region_word_of_a_longer_name(span, entities):
            i += 1
            continue
        cut = title_starting_inside(doc, span, kb, lex)
        if cut is not None:
            # "U.S. Treasury Secretary": the name ends where a title begins ("U.S."), if
            # what is left is a name at all
            shorter = doc[span.start: cut]
            entities = kb.by_name(shorter.text) if len(shorter) else []
            if not entities:
                i += 1
                continue
            span = shorter
        entity = prefer(entities)
        if names_a_title_body(span, entity, kb, lex):
            i = span.end  # "the IAEA chief": the body is part of a title, left to `bare_titles`
            continue
        if entity.kind in ("country", "place") and names_a_field(span):
            claims.take(span.start, span.end)  # no other reading either ("Iran" is no surname)
            i = span.end  # "a Korea scholar": Korea is what the scholar studies
            continue
        if entity.key.startswith("capital:") and not in_actor_position(span.root):
            i = span.end  # "in Astana", "the Astana process": a place, not a government
            continue
        if entity.kind == "place" and names_a_document(span):
            i = span.end  # "the Paris climate agreement": no party to it
            continue
        claims.take(span.start, span.end)
        found.append(make_mention(span, paragraph, sent_of, "name", entity=entity))
        i = span.end
    return found


def _a_bodys_lowercase_name(view, i: int, n: int, entities) -> bool:
    """Whether words the tables give as a body's name end in a common noun: "the U.N.
    nuclear watchdog", "the UN refugee agency", "Taiwan's coast guard". Its first word
    is a name ("U.N.", "Taiwan"), never "the"."""
    return n >= 2 and view.texts[i][:1].isupper() and view.lowers[i] != "the" \
        and all(e.kind == "organization" for e in entities)


def _region_word_of_a_longer_name(span: Span, entities) -> bool:
    """Whether a region's name is only the first word of a longer name ("the West Wing"):
    its last word modifies a capitalised word after it. A headline's capitals say nothing
    ("The West Accuses Russia"). In "the West African bloc" the parser may hang both
    adjectives on "bloc"."""
    doc = span.doc
    if span.end >= len(doc) or not all(e.key.startswith("region:") for e in entities):
        return False
    after, last = doc[span.end], span[-1]
    if not after.text[:1].isupper() or title_cased(span.sent):
        return False
    modifies_it = last.head.i == after.i and last.dep_ in ("compound", "amod")
    # "The West African bloc": the parser may hang both adjectives on the noun
    shares_its_noun = after.pos_ == "ADJ" and last.dep_ == after.dep_ == "amod" and last.head.i == after.head.i
    return modifies_it or shares_its_noun


def _ner_people(doc: Doc, kb: KnowledgeBase, claims: Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    found = []
    for ent in entities_of(doc):
        if ent.label_ != "PERSON":
            continue
        span = trim_span(ent)
        if span is None or not claims.free(span.start, span.end):
            continue
        if kb.country_of_adjective(span.text) or title_key(span.text) in kb.title_words:
            continue  # NER's "Slovak" in "the Slovak prime minister", "State Counsellor"
        if _headline_words_round_a_surname(span, kb):
            continue  # "Putin Snubs Obama": the known surnames are found on their own below
        if _a_city_where_a_place_stands(span, kb):
            continue  # "the border city of Ciudad Juarez": NER's person is the city (below)
        if _first_word_of_an_agent(span, kb):
            continue  # "Riot police lined the entrances": the agent is found below
        claims.take(span.start, span.end)
        found.append(make_mention(span, paragraph, sent_of, "name"))
    return found


def _first_word_of_an_agent(span: Span, kb: KnowledgeBase) -> bool:
    """Whether NER's one-word person, capitalised at a sentence's start, makes one agent
    noun with the word after it ("Riot police", agents.csv)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return len(span) == 1 and span.start == span.sent.start and after is not None \
        and kb.agent(f"{span.text} {after.text}") is not None


# Prepositions of place, and the nouns whose "of" names a place ("the city of X").
PLACE_PREPOSITIONS = frozenset({"in", "from", "at", "near", "outside", "across", "into", "through"})
PLACE_NOUNS = frozenset({"city", "town", "village", "port", "capital", "province", "region", "district"})


def _a_city_where_a_place_stands(span: Span, kb: KnowledgeBase) -> bool:
    """Whether NER's person is a city one country's gazetteer entry holds, standing where
    a place stands: "flown from the border city of Ciudad Juarez", "arrested in Odessa"."""
    if city_acted_on(span, kb):
        return True  # "Russian missiles struck Kharkiv"
    root = span.root
    if root.dep_ != "pobj" or kb.country_of_place(span.text) is None:
        return False
    preposition = root.head.lower_
    return preposition in PLACE_PREPOSITIONS or preposition == "of" and root.head.head.lower_ in PLACE_NOUNS


def _headline_words_round_a_surname(span: Span, kb: KnowledgeBase) -> bool:
    """Whether NER's person is a title-case headline's words run into a known surname
    ("Putin Snubs Obama", "Blames Clinton", "Warren Snubs"): a span that is no known
    name, in a sentence whose words are nearly all capitalised, holding a word that is
    the surname of a known person."""
    if kb.by_name(span.text) or len(span) < 2 or not title_cased(span.sent):
        return False
    return any(kb.persons_with_surname(t.text) for t in span)


def title_cased(sentence: Span) -> bool:
    """Whether nearly all of a sentence's longer words are capitalised, as in a headline.
    A verb in lower case says it is a sentence dense with names, not a headline
    ("President Joe Biden pardoned Hunter Biden on Sunday")."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    if any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in words):
        return False
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def _surnames(
    doc: Doc, kb: KnowledgeBase, claims: Claims, paragraph: Paragraph, sent_of,
    names_seen: list[str], earlier: list[Mention],
) -> list[Mention]:
    """Bare surnames of people named earlier in the story ("Rouhani" after "Hassan Rouhani",
    "Rawlings-Blake" after "Stephanie Rawlings-Blake", "Sun" after "Sun Weidong")."""
    surnames, first = {}, lexicon().family_names_first
    for mention in earlier:
        if mention.kind != "name":
            continue
        if mention.entity is not None and mention.entity.kind != "person":
            continue
        parts = mention.text.split()
        if len(parts) > 1:
            surnames[parts[-1]] = mention
            if (rest := surname_after_particle(parts[-1])) is not None:
                surnames.setdefault(rest, mention)  # "Sudani" after "Mohammed Shia al-Sudani"
            if parts[0] in first and len(parts) <= 3:
                surnames.setdefault(parts[0], mention)
    found = []
    view = view_of(doc)
    for i, word in enumerate(view.texts):
        if i in claims.taken:
            continue
        end = i + 1
        if i + 2 < len(doc) and view.tags[i + 1] == "HYPH" and f"{word}-{view.texts[i + 2]}" in surnames \
                and claims.free(i, i + 3):
            word, end = f"{word}-{view.texts[i + 2]}", i + 3  # "Rawlings-Blake": one surname
        if word not in surnames or word in first and view.tags[i] not in PROPER_TAGS:
            continue
        if _first_name_before(doc[i], kb, surnames[word]):
            continue  # "Hunter Biden" after "Joe Biden": a kinsman, not Joe again
        span = doc[i:end]
        if span.text != word:
            continue  # spaces around the hyphen: two words
        claims.take(span.start, span.end)
        found.append(make_mention(span, paragraph, sent_of, "name", entity=surnames[word].entity))
    return found


def _first_name_before(token: Token, kb: KnowledgeBase, named: Mention | None = None) -> bool:
    """Whether the name finder reads a surname as the end of a longer person's name whose
    word before it is a first name: not a title ("President Biden"), not a word of the
    person the surname stands for ("Joe Biden"), not a headline's verb ("Putin Snubs
    Obama"). "Hunter Biden" and "Eric Trump" are kinsmen, not the officeholders."""
    if token.ent_iob_ != "I" or token.ent_type_ != "PERSON" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.ent_type_ == "PERSON" and before.is_title and before.lower_ not in title_first_words(kb) \
        and (named is None or before.text not in named.text.split()) and not title_cased(token.sent)


def _officeholder_surnames(
    doc: Doc, kb: KnowledgeBase, claims: Claims, paragraph: Paragraph, sent_of,
) -> list[Mention]:
    """Bare surnames of officeholders ("Erdogan said"), kept only if linking finds who they are."""
    found = []
    view = view_of(doc)
    for i, word in enumerate(view.texts):
        if i in claims.taken or not word[:1].isupper():
            continue
        tag = view.tags[i]
        if tag not in PROPER_TAGS and not (tag == "NN" and view.deps[i] in ("nsubj", "dobj", "poss")):
            continue  # headlines tag a leader's name as a noun ("Trump urges UN ...")
        token = view.tokens[i]
        if token.ent_type_ not in ("", "PERSON", "GPE", "NORP", "ORG") or fold(token.text) not in kb.surnames:
            continue
        if token.lower_ in title_first_words(kb):
            continue  # "King" of "the King of Bahrain" is a title before it is Stephenson King
        if _first_name_before(token, kb):
            continue  # "Hunter Biden": someone of that family the tables do not hold
        if _in_longer_proper_run(token) and not title_cased(token.sent):
            continue  # "Costa Coffee" is no President da Costa; a headline capitalises every word
        if title_cased(token.sent) and _headline_compound(token, kb):
            continue  # "Trump's Travel Ban": a headline's noun, no Ban Ki-moon
        claims.take(token.i, token.i + 1)
        found.append(make_mention(doc[token.i: token.i + 1], paragraph, sent_of, "name", label="SURNAME"))
    return found


def _headline_compound(token: Token, kb: KnowledgeBase) -> bool:
    """Whether a surname in a headline is the head of a compound noun whose word before it
    is a capitalised common word ("Travel Ban", "Border Wall", "Oil Price"), not a title,
    a first name or a people's or country's name ("President Putin", "Theresa May",
    "Russian Putin")."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.dep_ == "compound" and before.head.i == token.i and before.is_title \
        and before.ent_type_ not in ("NORP", "GPE", "PERSON", "ORG") \
        and before.lower_ not in title_first_words(kb) and before.text not in kb.given_names


def _in_longer_proper_run(token: Token) -> bool:
    """Whether a capitalised proper noun stands next to another one."""
    doc = token.doc
    neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
    return any(n.tag_ in PROPER_TAGS and is_capitalised(n) for n in neighbours)


def _ner_organizations(doc: Doc, kb: KnowledgeBase, lex: Lexicon, claims: Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """Organisations NER finds and the knowledge base does not know, when they look like
    one: a name ending in an organisation word ("Tax Foundation"), or a name standing
    where an actor stands ("is investigating WeWork", "Wells Fargo's behavior")."""
    found = []
    for ent in entities_of(doc):
        if ent.label_ not in ("ORG", "FAC"):
            continue
        span = trim_span(ent)
        if span is None or not claims.free(span.start, span.end):
            continue
        if span[-1].text in lex.document_heads:
            continue  # "the North American Free Trade Agreement" is a text, not a body
        if span[-1].text not in lex.organization_heads and not (
                in_actor_position(span.root) and span.root.tag_ in PROPER_TAGS and span.text not in lex.not_actors):
            continue
        claims.take(span.start, span.end)
        country = next((c for t in span if (c := kb.country_of_adjective(t.text))), None)
        evidence = "title-country" if country else None
        if country is None:
            # "Senate Judiciary Committee": a body the tables know heads the name
            country = _country_of_a_body_inside(span, kb)
            evidence = "organisation" if country else None
        if country is None and (described := _described_country(doc, span.start, kb)) is not None:
            country, evidence = described, "title-country"  # "the U.S. chipmaker Micron Technology"
        found.append(make_mention(span, paragraph, sent_of, "name", label="ORG", country=country, evidence=evidence))
    return found


def _described_country(doc: Doc, start: int, kb: KnowledgeBase) -> str | None:
    """The country of a description right before an organisation's name: "the U.S.
    chipmaker Micron Technology", "French carmaker Renault", "the Qatari broadcaster Al
    Jazeera": one or two lower-case nouns, with a country said before them."""
    first = start
    while first > 0 and start - first < 2 and doc[first - 1].tag_ in ("NN", "NNS") and doc[first - 1].is_lower:
        first -= 1
    if first == start:
        return None
    before = country_before(doc, first, kb)
    return before[1] if before and kb.country(before[1]) else None


def _country_of_a_body_inside(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of the longest national body the tables know within an unknown
    organisation's name ("Senate" in "Senate Judiciary Committee", "CNN" in "CNN
    Business"). A company lends none: "Toyota Music Factory" is a hall in Texas,
    "Volkswagen Group of America" an American subsidiary; nor does a party: "New
    Democratic Party" is Canada's, whatever "Democratic Party" names alone."""
    for n in range(len(span) - 1, 0, -1):
        for k in range(0, len(span) - n + 1):
            for entity in kb.by_name(span[k: k + n].text):
                if entity.kind == "organization" and entity.code and kb.country(entity.code) \
                        and entity.sector not in ("BUS", "PTY"):
                    return entity.code
    return None


DUMMY_IT_HEADS = {"be", "seem", "appear", "take", "remain", "become", "rain", "matter", "happen", "look"}


def _agentive(verb: Token, lex: Lexicon) -> bool:
    """"(it) is willing to", "is ready to": the subject of such a copula is someone."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in lex.agentive_adjectives
                                       for c in verb.children)


def _pronouns(doc: Doc, lex: Lexicon, claims: Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    found = []
    view = view_of(doc)
    for i, tag in enumerate(view.tags):
        if i in claims.taken:
            continue
        if tag == "NN" and view.lowers[i] in lex.owned_country_nouns:
            token = view.tokens[i]  # "his country": the country of the person named before
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if owner is not None and owner.i + 1 == token.i:
                found.append(make_mention(doc[owner.i: token.i + 1], paragraph, sent_of, "pronoun"))
            continue
        if tag in ("NN", "NNP") and (view.lowers[i] in lex.anaphoric_nouns or view.lowers[i] in lex.named_anaphors):
            token = view.tokens[i]  # "the bloc": an actor named before, as a pronoun is
            named = any(c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper() for c in token.children)
            # "the Mercosur bloc", "the Saudi kingdom" say which one they are
            if view.lowers[i] in lex.named_anaphors and any(c.dep_ in ("amod", "compound", "nmod", "poss")
                                                            for c in token.children):
                continue  # "the Saudi-led coalition", "the ethics committee": a body of its own
            if token.text.islower() and not named and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                found.append(make_mention(doc[i: i + 1], paragraph, sent_of, "pronoun"))
            continue
        if tag == "PRP$" and view.lowers[i] in lex.person_pronouns:
            # "dismissed her criticism": the owner of what is judged is a person named before
            found.append(make_mention(doc[i: i + 1], paragraph, sent_of, "pronoun"))
            continue
        if tag != "PRP":
            continue
        token, word = view.tokens[i], view.lowers[i]
        if word == "it" and (token.dep_ not in ("nsubj", "nsubjpass", "dobj")
                             or token.head.lemma_ in DUMMY_IT_HEADS and not _agentive(token.head, lex)):
            continue  # "it is clear that ...", "it takes time"
        if word in lex.person_pronouns or word in lex.group_pronouns:
            found.append(make_mention(doc[token.i: token.i + 1], paragraph, sent_of, "pronoun"))
    return found
