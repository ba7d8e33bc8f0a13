"""Agent nouns ("Iranian officials", "security forces in Guinea", "the two countries'
authorities"), country adjectives on other nouns ("Palestinian riots") and cities
named as a side: mentions whose country comes from their own phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyads.actors.knowledge import Entity, KnowledgeBase, fold
from dyads.actors.mentions import (
    NOUN_TAGS,
    PROPER_TAGS,
    STANCE_PREFIXES,
    Claims,
    Lexicon,
    Mention,
    ends_a_region_adjective,
    entities_of,
    from_elsewhere,
    inside_longer_name,
    is_capitalised,
    lexicon,
    make_mention,
    names_a_document,
    names_the_field,
    stance_prefix,
    trim_span,
    view_of,
)
from dyads.actors.titles import country_before, owner_before
from dyads.nlp import Paragraph


def agent_mentions(doc: Doc, kb: KnowledgeBase, claims: Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """Agent nouns with their country: "Iranian officials", "Russia's military", "police"."""
    lex = lexicon()
    found = []
    view = view_of(doc)
    for i, tag in enumerate(view.tags):
        if i in claims.taken or tag not in NOUN_TAGS:
            continue
        if view.deps[i] == "compound" and view.tags[view.heads[i]] in NOUN_TAGS:
            continue  # the head noun decides ("police station" is no agent)
        agent, first = None, i
        for n in (3, 2, 1) if kb.may_end_agent(view.texts[i]) else ():  # "riot police", "security forces"
            if i - n + 1 < 0 or not claims.free(i - n + 1, i + 1):
                continue
            agent = kb.agent(view.text_of(i - n + 1, i + 1))  # the words without making a Span
            if agent:
                first = i - n + 1
                break
        demonym = kb.demonyms.get(fold(view.texts[i])) if agent is None else None
        if agent is None and demonym is None:
            continue
        token = view.tokens[i]
        if any(c.dep_ == "det" and c.lower_ in lex.generic_determiners for c in token.children):
            continue  # "every major party candidate" is a kind, not a side
        if agent is not None and agent.noun in lex.owned_agents and not _named_owner(token):
            continue  # "a bombing campaign" is no actor; "the Trump campaign" is
        if agent is not None and agent.noun in lex.counted_crowds and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # "thousands of troops": the "of" phrase names the group
        country = demonym
        start = first
        body = None
        before = country_before(doc, first, kb) or _country_among_modifiers(token, first, kb)
        if before and not kb.country(before[1]):
            body = before  # "EU foreign ministers": the body's, unless a country is said too
            before = _country_among_modifiers(token, first, kb)  # "Mali's U.N. ambassador": Mali's, not the UN's
        if before is None and demonym is None:
            owner = owner_before(doc, first, kb) or _org_before(doc, first, kb)  # "Istanbul chief prosecutor"
            if owner and kb.country(owner[1]):
                before = owner
            elif owner and body is None:
                body = owner
        if before and names_the_field(doc, before[0], token):
            before = None  # "a Korea scholar" studies Korea: of unknown country
        sector, noun = (agent.sector, agent.noun) if agent else ("CVL", token.lemma_)
        if sector in OFFICIAL_SECTORS and any(c.lower_ in ("former", "ex") and c.i < token.i for c in token.children):
            sector = "ELI"  # "the former U.S. ambassador testified": out of office, an elite (coding guide)
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
            country, body, group_sector = _owner_after(token, kb, SPEAKS_FOR.get(noun, ("of",)))
            if group_sector and noun in lex.group_roles:
                sector = group_sector
        party = _party_adjective(token, first, lex) if country is None and body is None and not before else None
        scene = None  # a country from the place the agent's clause happens in
        if body is None and (country is None or demonym and not before) and not from_elsewhere(token, noun):
            # "foreign diplomats in Niger" are from elsewhere: the place gives them no country
            # "security forces in Guinea", "a terror group based in Trinidad"; for a
            # people only its "of" ("the Albanians of southern Serbia": Americans in
            # Iran stay American)
            place = _place_after(token, kb, lex, ("of",) if country else lex.place_prepositions)
            scene = None if place or country else scene_before(token, kb) or _place_of_the_act_on(token, kb, lex) \
                or (_scene_of_their_act(token, kb, lex) if sector in lex.local_sectors else None)
            country = place or country or scene
        if country is None and body is None and _ends_an_unknown_name(token, first):
            continue  # "the New Democratic Party": a body's own name, left to the organisations NER finds
        span = doc[start: token.i + 1]
        claims.take(span.start, span.end)
        found.append(Mention(
            text=span.text, start=paragraph.offset + span.start_char,
            end=paragraph.offset + span.end_char, sentence=sent_of(token), kind="agent",
            # the phrase's head: "Heads" of "heads of state", whose clause role it has
            token=span.root, country=country, sector=sector, noun=noun,
            body=body[1] if isinstance(body, tuple) else body, evidence="place" if scene else None,
            party=party if country is None else None,
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


def _party_adjective(head: Token, first: int, lex: Lexicon) -> str | None:
    """A party adjective among the agent's own modifiers ("Republican senators", "the
    presumptive Republican presidential nominee"; recognize.yaml `party_adjectives`)."""
    for child in head.lefts:
        if child.dep_ in ("amod", "compound") and child.text in lex.party_adjectives:
            return child.text
    return None


# The sectors of officials, who are elites once out of office.
OFFICIAL_SECTORS = frozenset({"GOV", "LEG", "JUD"})


def _ends_an_unknown_name(token: Token, first: int) -> bool:
    """Whether a capitalised agent noun ends an organisation's name that NER found and
    no table knows, whose other capitalised words are no part of the agent ("Party" of
    "the New Democratic Party"; not "the Supreme Court", an agent as a whole)."""
    if token.i == 0 or not is_capitalised(token) or token.ent_type_ != "ORG" or token.ent_iob_ != "I":
        return False
    name = next((e for e in entities_of(token.doc) if e.start <= token.i < e.end), None)
    if name is None or name.end != token.i + 1 or token.text not in lexicon().organization_heads:
        return False
    return any(is_capitalised(t) and t.tag_ in PROPER_TAGS for t in token.doc[name.start: first])


def _named_owner(head: Token) -> bool:
    """Whether a person is set before a noun as its owner: "the Trump campaign", "Clinton's
    campaign", "his campaign" (a person's pronoun: a bombing campaign has none)."""
    return any(c.dep_ in ("compound", "poss") and c.i < head.i
               and (c.tag_ in PROPER_TAGS or c.tag_ == "PRP$" and c.lower_ in PERSON_POSSESSIVES)
               for c in head.children)


PERSON_POSSESSIVES = frozenset({"his", "her"})


def _ethnic(head: Token, before: tuple[int, str] | None, lex: Lexicon) -> bool:
    """Whether the country word of an agent is marked as an ethnic group's ("ethnic Albanians")."""
    if before is not None:
        return before[0] > 0 and head.doc[before[0] - 1].lower_ in lex.ethnic_markers
    return any(c.lower_ in lex.ethnic_markers for c in head.lefts)


def _place_after(head: Token, kb: KnowledgeBase, lex: Lexicon, prepositions) -> str | None:
    """The country of the place a prepositional phrase after an agent names: "in
    Guinea", "from Liberia", "based in Trinidad", "operating in Macedonia". A people
    looks only at its "of" (`prepositions`): "Americans living in Russia" stay American."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            for obj in child.children:
                code = _country_of_place_phrase(obj, kb) if obj.dep_ == "pobj" else None
                if code:
                    return code
        elif child.dep_ == "acl" and child.lower_ in lex.place_participles and "in" in prepositions:
            for token in child.subtree:
                if token.dep_ == "pobj" and token.head.lower_ in ("in", "from"):
                    code = _country_of_place_phrase(token, kb)
                    if code:
                        return code
    return None


def _place_of_the_act_on(head: Token, kb: KnowledgeBase, lex: Lexicon) -> str | None:
    """The country of the place where an act is done to the agent: "killed 12 civilians
    in Kharkiv", "protesters were arrested in Minsk" (the verbs of `victim_verbs`)."""
    head = _group_of(head)  # "arrested dozens of protesters": the act is done to "dozens"
    if head.dep_ not in ("dobj", "nsubjpass") or head.head.lemma_.lower() not in lex.victim_verbs:
        return None
    return _place_beside(head.head, kb, lex)


def _scene_of_their_act(head: Token, kb: KnowledgeBase, lex: Lexicon) -> str | None:
    """The country of the place local people act in ("protesters stormed the embassy in
    Baghdad", "police fired tear gas in Minsk", "residents marched outside parliament in
    Tbilisi"): protesters, residents and police are of the place they act in
    (recognize.yaml `local_sectors`), as officials meeting in Geneva are not Swiss."""
    head = _group_of(head)  # "hundreds of protesters stormed": the subject is "hundreds"
    if head.dep_ != "nsubj":
        return None
    verb = head.head
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    holders += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return next((code for holder in holders if (code := _place_beside(holder, kb, lex))), None)


def _group_of(head: Token) -> Token:
    """The word a people's noun counts in: "dozens" of "dozens of protesters"."""
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.tag_ in NOUN_TAGS:
        head = head.head.head
    return head


def _place_beside(word: Token, kb: KnowledgeBase, lex: Lexicon) -> str | None:
    """The country of the place in a word's own "in", "near" or "at" phrase
    (recognize.yaml `victim_place_prepositions`)."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in lex.victim_place_prepositions:
            for obj in child.children:
                code = _country_of_place_phrase(obj, kb) if obj.dep_ == "pobj" else None
                if code:
                    return code
    return None


def scene_before(head: Token, kb: KnowledgeBase) -> str | None:
    """The country of a place set before the subject ("In Egypt, protesters ...",
    "Meanwhile, in the United States, both candidates ..."): the clause's scene. A
    place after the verb is left alone: "officials met in Geneva" are not Swiss."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for child in head.head.children:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i < head.i:
            for obj in child.children:
                code = _country_of_place_phrase(obj, kb) if obj.dep_ == "pobj" else None
                if code:
                    return code
    return None


def paragraph_scene(token: Token, kb: KnowledgeBase) -> str | None:
    """The country of the place a paragraph opens on ("In Baghdad, the protesters climbed
    the embassy walls ... Riot police later drove them out"): its first clause's scene."""
    first = next(iter(token.doc.sents))
    subject = next((c for c in first.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return scene_before(subject, kb) if subject is not None else None


def _country_of_place_phrase(obj: Token, kb: KnowledgeBase) -> str | None:
    """The country a prepositional object names: a country, or a city the gazetteer knows."""
    runs: list[list[Token]] = [[]]
    for token in obj.subtree:
        if token.tag_ in PROPER_TAGS and is_capitalised(token):
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
# Agent nouns (agents.csv first column) that speak for the body their "for" names, or
# serve the one their "at" names ("an official at Saudi Arabia's Foreign Ministry").
SPEAKS_FOR = {"spokesperson": ("of", "for"), "official": ("of", "at"), "diplomat": ("of", "at")}


def country_adjectives(doc: Doc, kb: KnowledgeBase, claims: Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """Country adjectives on nouns that name no agent: "Palestinian riots", "French
    mediation", "Israeli military policies". The country takes part in what the noun
    names, so it is an actor of the phrase (PLOVER codes it so)."""
    found = []
    view = view_of(doc)
    i = 0
    while i < len(doc):
        if i in claims.taken or not view.texts[i][:1].isupper() or not (
                view.deps[i] in ADJECTIVE_DEPS or _before_led(view, i) or _second_adjective(doc, i)):
            i += 1
            continue
        for n in (2, 1):  # "South African", "Sri Lankan"
            if i + n > len(doc) or not claims.free(i, i + n):
                continue
            code = kb.adjectives.get(fold(view.text_of(i, i + n)))
            if not (code and kb.country(code)):
                continue
            span = doc[i: i + n]
            led = _before_led(view, i + n - 1)
            # "the American and British strikes": the second adjective's noun is the first's
            owner = span[-1].head.head if led or _second_adjective(doc, i + n - 1) else span[-1].head
            if led and owner.lemma_.lower() in lexicon().standing_bodies:
                continue  # "a Russian-led military alliance" is the alliance, not Russia
            if not inside_longer_name(span) and owner.tag_ in NOUN_TAGS and not stance_prefix(doc, i) \
                    and not names_the_field(doc, i, owner) and not ends_a_region_adjective(doc, i):
                claims.take(i, i + n)
                found.append(make_mention(span, paragraph, sent_of, "name", entity=kb.country(code)))
                i += n - 1
                break
        i += 1
    return found


def party_adjectives_on_acts(doc: Doc, kb: KnowledgeBase, claims: Claims, paragraph: Paragraph,
                             sent_of) -> list[Mention]:
    """Party adjectives on nouns of what a party does ("Democratic demands", "Republican
    opposition"; recognize.yaml `party_act_nouns`): the party takes part in it, as a
    country does in "Iranian demands". The party is the one its name stands for, which
    coref gives the story's country where that country has one of the name."""
    lex = lexicon()
    found = []
    for token in doc:
        name = lex.party_adjective_names.get(token.text)
        if name is None or token.dep_ not in ADJECTIVE_DEPS or not claims.free(token.i, token.i + 1) \
                or token.head.lemma_.lower() not in lex.party_act_nouns or token.head.i < token.i:
            continue
        entities = [e for e in kb.by_name(name) if e.kind == "organization"]
        if entities:
            claims.take(token.i, token.i + 1)
            found.append(make_mention(doc[token.i: token.i + 1], paragraph, sent_of, "name", entity=entities[0]))
    return found


def _second_adjective(doc: Doc, i: int) -> bool:
    """Whether the word is an adjective joined by "and" to one before its noun ("British"
    in "the American and British strikes")."""
    token = doc[i]
    return token.dep_ == "conj" and token.pos_ == "ADJ" and token.head.dep_ in ADJECTIVE_DEPS \
        and token.head.i < i < token.head.head.i


def _before_led(view, i: int) -> bool:
    """Whether the word leads a "-led" phrase: "Saudi-led coalition" (spaCy hangs "Saudi"
    from "led", not from the noun)."""
    return i + 2 < len(view.texts) and view.texts[i + 1] == "-" and view.lowers[i + 2] in lexicon().leader_participles


def cities(doc: Doc, kb: KnowledgeBase, claims: Claims, paragraph: Paragraph, sent_of) -> list[Mention]:
    """Cities the gazetteer knows, named where no actor stood ("killed 23 people in Tel
    Aviv", "arrived in Amman"): actors of kind "place" whose code is their country, as
    PLOVER codes a place that is a side of an event, without a sector (the city, not its
    government). A place is never one of "the two countries" of a story."""
    found = []
    # some cities are LOC; NER reads others as people or bodies ("Russian missiles struck Kharkiv")
    spans = [trim_span(ent) for ent in entities_of(doc)
             if ent.label_ in ("GPE", "LOC") or ent.label_ in ("PERSON", "ORG") and city_acted_on(ent, kb)]
    for span in [*_named_settlements(doc), *spans]:
        if span is None or not claims.free(span.start, span.end) or not is_capitalised(span[0]):
            continue
        # "Palm Beach, Florida" is not in Australia, and "Hyderabad, Pakistan" is the one of
        # the two cities of that name (the gazetteer gives a name several countries share none)
        code = _country_after_comma(span, kb) if kb.city_named(span.text) else None
        code = code or kb.country_of_place(span.text)
        if code is None or names_a_document(span):
            continue  # "the Kyoto protocol": no place that acts or is acted on
        claims.take(span.start, span.end)
        found.append(make_mention(span, paragraph, sent_of, "name",
                              entity=Entity(f"city:{span.text}:{code}", span.text, "place", code)))
    return found


def city_acted_on(span: Span, kb: KnowledgeBase) -> bool:
    """Whether a name the entity tagger took for a person or a body is a city one
    country's gazetteer entry holds, as the object of a verb that acts on places
    ("Russian missiles struck Kharkiv", "captured Kherson", "shelled Odesa and Kherson";
    recognize.yaml `place_object_verbs`), and no actor the knowledge base names."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in lexicon().place_object_verbs:
        return False
    return kb.country_of_place(span.text) is not None and not kb.by_name(span.text)


def _named_settlements(doc: Doc) -> list[Span]:
    """The names after "the city of", "the town of" ... (recognize.yaml `settlement_nouns`),
    which are places whatever the tagger made of them."""
    nouns = lexicon().settlement_nouns
    view = view_of(doc)  # every token is looked at: read the arrays, make Tokens only at "of"
    found = []
    for i, lower in enumerate(view.lowers):
        if lower != "of" or i == 0 or doc[i - 1].lemma_.lower() not in nouns:
            continue
        end = i + 1
        while end < len(doc) and view.tags[end] in ("NNP", "NNPS") and view.texts[end][:1].isupper():
            end += 1
        if end > i + 1:
            found.append(doc[i + 1: end])
    return found


def _country_after_comma(span, kb: KnowledgeBase) -> str | None:
    """The country of the state or country named after a town and a comma: "Palm Beach,
    Florida", "Hyderabad, Pakistan". The town's own name may be more common elsewhere."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    for n in (3, 2, 1):
        words = doc[span.end + 1: span.end + 1 + n]
        if len(words) < n or not all(w.text[:1].isupper() for w in words):
            continue
        for entity in kb.by_name(words.text):
            if entity.kind == "country" and entity.code and kb.country(entity.code):
                return entity.code
    return None


def _ends_a_longer_name(doc: Doc, start: int) -> bool:
    """Whether the name starting at `start` is the tail of a longer one NER found, with a
    capitalised word of its own before it ("Security Council" in "National Security
    Council", a country's own body)."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and doc[start].ent_iob_ == "I" and before.tag_ in PROPER_TAGS \
        and is_capitalised(before)


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
                if _ends_a_longer_name(doc, start):
                    return None  # "a National Security Council spokeswoman": no UN body's
                return start, entity.key[4:]
    return None


def _owner_after(head: Token, kb: KnowledgeBase, prepositions=("of",)) -> tuple[str | None, str | None, str | None]:
    """(country, body, the group's sector) named in an agent's "of" phrase: "leader of
    the main opposition Republican People's Party", "soldiers of the Indian army"; for
    a spokesperson its "for" too ("a spokesman for the Chinese foreign ministry")."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in prepositions), None)
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
                if entity.kind == "organization" and entity.key.startswith("org:") and body is None \
                        and not inside_longer_name(obj.doc[words[k].i: words[k + n - 1].i + 1]):
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


def _joined_country_words(head: Token, kb: KnowledgeBase, claims: Claims) -> list[Token]:
    """Country adjectives joined by "and" among a head noun's modifiers."""
    found = []
    for child in head.lefts:
        if child.dep_ not in ("amod", "compound", "nmod"):
            continue
        for word in (child, *child.conjuncts):
            if word.i not in claims.taken and kb.country_of_adjective(word.text) and not stance_prefix(head.doc, word.i) \
                    and not names_the_field(head.doc, word.i, head) and not ends_a_region_adjective(head.doc, word.i):
                found.append(word)
    return found


def _country_among_modifiers(head: Token, first: int, kb: KnowledgeBase) -> tuple[int, str] | None:
    """(start, body) of a country word further left in the head's noun phrase:
    "Russian civilian advisers", "Afghan rebel leaders", "Poland's new parliament"."""
    for child in head.lefts:
        if child.i >= first or child.dep_ not in ("amod", "compound", "nmod", "poss", "npadvmod"):
            continue
        words = [t for t in child.subtree if t.tag_ != "POS"]
        if words and (stance_prefix(head.doc, words[0].i) or words[0].lower_ in STANCE_PREFIXES):
            continue  # "pro-Russian separatists" are not Russia's
        code = kb.country_of_adjective(" ".join(t.text for t in words)) if words else None
        if code is None and (child.lower_ == "based" or child.lower_ in lexicon().leader_participles
                             and head.lemma_.lower() not in lexicon().standing_bodies):
            # "Pakistan-based militants"; "Vietnamese-led forces" are the leader's, while
            # "a Russian-led military alliance" is the alliance
            place = [t for t in words if t.i < child.i and t.tag_ != "HYPH"]
            code = kb.country_of_adjective(" ".join(t.text for t in place)) if place else None
        if code:
            return words[0].i, code
    return None
