"""Whom an actor belongs to while linking: the person an agent serves or is owned by ("a
former Obama adviser", "Clinton's campaign manager", "the spokesman for Clinton's
campaign"), a name's apposition ("Mali's U.N. ambassador, Issa Konfourou"), the state
"its" points back to ("Mexico ... its foreign ministry"), a party name several
countries share, the party an adjective names ("Republican senators"), the staff of a
person named before ("Clinton campaign spokesman Brian Fallon"), and the one named
country whose bodies bear a word ("the administration", "Congress"). Used by
actors/coref.py."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.actors.antecedents import Cluster, salient_nearby
from dyads.actors.knowledge import KnowledgeBase
from dyads.actors.mentions import Mention, lexicon
from dyads.actors.story_country import STATE_SECTORS, story_countries
from dyads.actors.surnames import countries_of
from dyads.actors.titles import surname_after_particle


def another_countrys_party(mention: Mention, context: str | None, kb: KnowledgeBase | None = None) -> bool:
    """Whether a party name several countries' parties share ("Democratic Party",
    "Conservatives"; recognize.yaml `shared_party_names`), with no country word of its
    own, names the party of the country the story is about rather than the one the
    tables list. A place of the tables' country in its own phrase keeps it theirs:
    "Republicans on Capitol Hill" in a story about Russia are American."""
    entity = mention.entity
    name = mention.text.removeprefix("the ")
    name = lexicon().party_adjective_names.get(name, name)  # "Democratic demands": the Democrats'
    if entity is None or entity.kind != "organization" or context is None or entity.code == context \
            or name not in lexicon().shared_party_names:
        return False
    if context not in lexicon().shared_party_countries.get(name, (context,)):
        return False  # "Republicans" in a story on Iran: no Iranian party answers to the name
    return kb is None or not _placed_in(mention, entity.code, kb)


def _placed_in(mention: Mention, code: str | None, kb: KnowledgeBase) -> bool:
    """Whether the mention's own "on/in/at/from X" names a place or body of that country."""
    for prep in (c for c in mention.token.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "from")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            text = pobj.doc[pobj.left_edge.i: pobj.i + 1].text.removeprefix("the ")
            if any(e.code == code for e in kb.by_name(text)) or kb.country_of_place(text) == code:
                return True
    return False


def its_state(mention: Mention, by_key: dict) -> str | None:
    """The country that owns "its foreign ministry", "its army", "its citizens": the country named last
    before the agent, in its sentence or the one before, subjects first; an international
    body's ("IGO") when that is named closer; None for any other agent, or when another
    organisation or a group is named closer (its "its")."""
    token = mention.token
    # "France evacuated its citizens", "its nationals": a state's people are its own too
    if mention.sector not in STATE_SECTORS | {"CVL"} or not any(
            c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
        return None
    nearest = salient_nearby(mention, [c for c in by_key.values() if not c.is_person], persons=False)
    if nearest is not None and nearest.resolution.kind == "organization" and nearest.resolution.code == "IGO":
        return "IGO"  # "the Organisation of Islamic Cooperation said its foreign ministers would meet"
    if nearest is None or nearest.resolution.kind != "country":
        return None
    return nearest.resolution.code


def person_owner(mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The person named before an agent noun as its owner ("the Trump campaign", "Putin's
    government"), if any."""
    token = mention.token
    owners = [c for c in token.children if c.dep_ in ("compound", "poss") and c.i < token.i]
    # "an Obama administration official", "the Clinton campaign manager": the owner of the
    # body the compound before the agent names
    owners += [g for c in list(owners) if c.pos_ == "NOUN" and c.dep_ == "compound"
               for g in c.children if g.dep_ in ("compound", "poss") and g.i < c.i]
    # "a spokesman for Clinton's campaign": the one whose body the agent speaks for
    owners += [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
               for o in p.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "poss"]
    for child in owners:
        for other in mentions:
            if other is mention or other.token.doc is not token.doc or other.kind != "name":
                continue
            # a bare surname ("Trump's defenders") is a person's too: coref resolves it
            is_person = other.entity.kind == "person" if other.entity is not None else \
                other.label in ("PERSON", "SURNAME")
            if is_person and other.token.i == child.i:
                return other
    return None


def pronoun_owner(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """For "his colleagues", "her campaign" (recognize.yaml `owned_agents`): the cluster of
    the person named last before, in its sentence or the one before; None otherwise."""
    if mention.noun not in lexicon().owned_agents or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in mention.token.children):
        return None
    return salient_nearby(mention, [c for c in clusters if c.is_person], persons=True)


def appositions(mentions: list[Mention], kb: KnowledgeBase,
                 story_countries: frozenset[str] = frozenset()) -> dict[int, Mention]:
    """Agent mentions set beside a person's name ("Mali's U.N. ambassador, Issa Konfourou";
    "Özgür Özel, leader of the main opposition party"): id(agent) -> the person's mention.
    The person takes the agent's country and sector when it has none of its own, or
    the country of the person the agent serves ("David Axelrod, a former Obama adviser")."""
    found = {}
    names = [m for m in mentions if m.kind == "name" and m.label == "PERSON"
             and (m.entity is None or m.entity.kind == "person")]
    unknown_bodies = [m for m in mentions if m.kind == "name" and m.label == "ORG" and m.entity is None
                      and m.country is None]
    for agent in mentions:
        if agent.kind not in ("agent", "title"):
            continue
        head = _phrase_head(agent)
        if head.tag_ not in ("NN", "NNP"):
            continue
        # "Russia's deputy ambassador, Dmitry Polyanskiy": a name the name finder took for
        # a body's is a person's beside a word for one person
        one_person = agent.kind == "agent" and head.tag_ == "NN" and agent.noun in lexicon().person_roles
        for name in names + (unknown_bodies if one_person else []):
            if name.token.doc is not head.doc:
                continue
            if not ((head.dep_ == "appos" and head.head.i == name.token.i)
                    or (name.token.dep_ == "appos" and name.token.head.i == head.i)
                    or _second_apposition(head, name.token) or _past_a_place(head, name.token)):
                continue
            if name.label == "ORG" and not (name.token.dep_ == "appos" and name.token.head.i == head.i):
                continue
            name.label = "PERSON"
            if name.entity is None and name.title is None:
                country = agent.country or agent.body or _served_country(agent, mentions, kb, story_countries) \
                    or owning_group(agent, head, kb) or _employer_country(head, mentions)
                if name.country is None and country:
                    name.country, name.evidence = country, "apposition"
                name.sector = name.sector or agent.sector
                if agent.kind == "title":
                    name.title = agent.title
            found[id(agent)] = name
            break
    return found


def staff_of_bodies(mentions: list[Mention]) -> None:
    """A named person whose name a known body owns ("the BBC's Emily Maitlis", "Reuters'
    Jonathan Landay", "Hamas's Osama Hamdan") works for it: the person takes the body's
    country and sector when nothing else gave them (evidence `organisation`); a person the
    tables know takes only the sector, for the days out of their terms."""
    bodies = {(id(m.token.doc), m.token.i): m for m in mentions
              if m.entity is not None and m.entity.kind == "organization" and m.entity.code}
    for name in mentions:
        if name.kind != "name" or name.label != "PERSON" or name.country is not None:
            continue
        owner = next((bodies.get((id(c.doc), c.i)) for c in name.token.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        if name.entity is not None:
            # a known person keeps the tables' country; the body gives the role they have
            # out of their terms ("Hamas's Osama Hamdan" before his table term: REB)
            name.sector = name.sector or owner.entity.sector
            continue
        name.country, name.evidence = owner.entity.code, "organisation"
        name.sector = name.sector or owner.entity.sector


def persons_of_countries(mentions: list[Mention]) -> None:
    """A named person of no known country followed by "of" and a country's name
    ("Kamchybek Tashiev of Kyrgyzstan and Saimumin Yatimov of Tajikistan") is of that
    country (evidence `apposition`). Only a country by its name: "of Ohio" after a
    senator, "of Moscow" and "of The Wall Street Journal" after a reporter say less."""
    countries = {(id(m.token.doc), m.token.i): m for m in mentions
                 if m.entity is not None and m.entity.key.startswith("country:")}
    for name in mentions:
        if name.kind != "name" or name.label != "PERSON" or name.entity is not None or name.country is not None:
            continue
        of = next((c for c in name.token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = next((countries.get((id(c.doc), c.i)) for c in of.children if c.dep_ == "pobj"), None) \
            if of is not None else None
        if place is not None:
            name.country, name.evidence = place.entity.code, "apposition"


# Prepositions that name whom an agent works for: "a civil servant at the foreign
# ministry", "an official of the interior ministry", "a spokesman for the army".
EMPLOYER_PREPOSITIONS = {"at", "of", "for", "with"}
# The employers whose country is their staff's: a state body's, never a school's or a
# firm's in a foreign city ("a teacher at a school in Berlin" may be anyone's).
EMPLOYING_STATE_SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}


def _employer_country(head: Token, mentions: list[Mention]) -> str | None:
    """The country of the state body or known organisation an agent's phrase says it
    works for: "Korir Sing'oei, the top civil servant at the foreign ministry in Nairobi"
    is Kenya's when the ministry is. A person's or a place's country is not an employer's."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in EMPLOYER_PREPOSITIONS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            employer = next((m for m in mentions if m.token.i == noun.i and m.token.doc is noun.doc
                             and (m.kind == "agent" and m.sector in EMPLOYING_STATE_SECTORS
                                  or m.entity is not None and m.entity.kind == "organization")), None)
            if employer is not None and employer.country:
                return employer.country
    return None


def _past_a_place(head: Token, name: Token) -> bool:
    """"the U.N. special envoy for Syria, John Smithers": a name the parser sets beside
    the place of the agent's phrase is the agent's (a place has no name beside it)."""
    place = name.head
    return name.dep_ == "appos" and place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC") \
        and place.head.dep_ == "prep" and place.head.head.i == head.i


def owning_group(agent: Mention, head: Token, kb: KnowledgeBase) -> str | None:
    """The code of the organisation "the group's" points back to ("Mohammed Abdulsalam,
    the group's chief negotiator" after "the Houthis"): the one named last before the
    agent, in its paragraph's sentence or the one before (recognize.yaml `group_owner_nouns`)."""
    owner = next((c for t in (head, agent.token) for c in t.children if c.dep_ == "poss"
                  and c.lower_ in lexicon().group_owner_nouns and any(d.lower_ == "the" for d in c.children)), None)
    if owner is None:
        return None
    # the organisation's words, whether its own mention or inside another's ("The Houthis'
    # deputy foreign minister"): proper nouns the tables know as an organisation
    sentences = list(owner.doc.sents)
    here = next(k for k, sent in enumerate(sentences) if sent.start <= owner.i < sent.end)
    for token in reversed(owner.doc[sentences[max(0, here - 1)].start: owner.i]):
        if token.pos_ != "PROPN":
            continue
        found = [e for e in kb.by_name(token.text) if e.kind == "organization" and e.code]
        if found:
            return found[0].code
    return None


def _second_apposition(head: Token, name: Token) -> bool:
    """Whether a noun is the second of two phrases set beside a name: "Michael McFaul,
    a senior fellow at the Hoover Institution and a former United States ambassador"."""
    if head.dep_ != "conj":
        return False
    node = head
    for _ in range(6):  # up through the first phrase ("at the Hoover Institution and ...", a misparse)
        node = node.head
        if node.dep_ == "appos" and node.head.i == name.i and node.i < head.i:
            return True
        if node.dep_ not in ("conj", "pobj", "prep"):
            return False
    return False


def _served_country(agent: Mention, mentions: list[Mention], kb: KnowledgeBase,
                    story_countries: frozenset[str]) -> str | None:
    """The country of the known person an agent noun works for ("a former Obama adviser",
    "a top Trump surrogate"): the one country of all their terms, whatever the story's
    date, since a former president's aide is still his country's."""
    owner = person_owner(agent, mentions)
    if owner is None or owner.entity is not None and owner.entity.kind != "person":
        return None
    named = [m.entity.name for m in mentions if m.kind == "name" and m.entity is not None
             and m.entity.kind == "person" and shortens(owner.text, m.text)]
    if owner.entity is not None:
        countries = countries_of(kb, owner.entity.name)
    elif named:
        countries = set().union(*(countries_of(kb, p) for p in named))  # "Barack Obama ... an Obama adviser"
    else:
        # a bare surname the story never gave in full: the officeholders of that name from
        # the countries the story names, when they are all one country's
        countries = set().union(*(countries_of(kb, p) for p in kb.persons_with_surname(owner.text)))
        countries &= story_countries
    countries = {c for c in countries if kb.country(c)}
    return countries.pop() if len(countries) == 1 else None


def _phrase_head(mention: Mention) -> Token:
    """The syntactic head of a mention's whole phrase: "secretary" in "the Mexican
    secretary of the economy", whose `token` is its last word, or "director" in "director
    of Amnesty International", whose `token` is its first."""
    token = mention.token
    length = mention.end - mention.start
    end = token.idx + len(token.text)
    start = end - length
    if start < 0 or (span := token.doc.char_span(start, end)) is None or span.text != mention.text:
        start, end = token.idx, token.idx + length  # the mention starts at its token
    for _ in range(len(mention.text)):  # bounded: spaCy's root is its own head
        head = token.head
        if head.i == token.i or not start <= head.idx < end:
            break
        token = head
    return token


def shortens(short: str, full: str) -> bool:
    """Whether a name is a shorter form of another ("Rouhani" of "Hassan Rouhani", "Sun"
    of "Sun Weidong", whose family name comes first)."""
    a, b = short.split(), full.split()
    if len(a) == 1 and len(b) > 1 and surname_after_particle(b[-1]) == a[0]:
        return True  # "Sudani" of "Mohammed Shia al-Sudani"
    return len(a) < len(b) and (b[-len(a):] == a or len(a) == 1 and b[0] == a[0]
                                and a[0] in lexicon().family_names_first and len(b) <= 3)


def states_own_body(mention: Mention, context: str | None, clusters) -> str | None:
    """The sector of a state's own body an international body's shared name stands for
    (recognize.yaml `shared_body_names`): said bare, in a story of one country, when no
    body of the same owner was named before. None when it is the international body's."""
    sector = lexicon().shared_body_names.get(mention.text.removeprefix("the ").strip())
    entity = mention.entity
    if sector is None or context is None or entity is None or entity.code == context:
        return None
    if any(c.resolution.code == entity.code and c.resolution.kind == "organization" for c in clusters):
        return None  # "The U.N. has passed five resolutions and had a major General Assembly vote"
    return sector


def administration_of(mention: Mention, mentions: list[Mention], kb, clusters_of: dict) -> str | None:
    """The one country the story names (by a word of its own or a person linked so far)
    whose executive or legislature the news calls by the agent's noun or its "of" phrase
    ("the administration", "the outgoing administration", "members of Congress";
    recognize.yaml `executive_words`), for an agent with no owner or country of its own."""
    word = executive_word(mention)
    if word is None:
        return None
    return one_named_country(lexicon().executive_words[word], story_countries(mentions, kb), clusters_of.values())


def executive_word(mention: Mention) -> str | None:
    """The word of `executive_words` an agent with no owner or country of its own is called
    by, or its "of" phrase ("the administration", "members of Congress"), if any."""
    token = mention.token
    if any(c.dep_ in ("poss", "compound") or c.dep_ == "amod" and c.text[:1].isupper() for c in token.children):
        return None  # "the Duterte administration", "the Russian administration": said
    words = lexicon().executive_words
    return mention.noun if mention.noun in words else next(
        (g.text for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
         if g.dep_ == "pobj" and g.text in words and not any(d.dep_ in ("poss", "compound", "amod") for d in g.children)),
        None)


def one_named_country(countries: tuple[str, ...], named: frozenset[str], clusters) -> str | None:
    """The one country among these that the story names, by a word of its own or a person
    linked so far; None with none or several."""
    found = set(countries) & (set(named) | {c.resolution.code for c in clusters if c.is_person and c.resolution.code})
    return found.pop() if len(found) == 1 else None


def party_country(mention: Mention, context: str | None) -> str | None:
    """The country a party adjective said of officials or members gives them ("Republican
    senators"; recognize.yaml `party_adjectives`): the story's own country when a party of
    it answers to the word, else the first listed."""
    word = mention.party or next((c.text for c in mention.token.lefts if c.dep_ in ("amod", "compound")
                                  and c.text in lexicon().party_adjectives), None)
    countries = lexicon().party_adjectives.get(word, ()) if word else ()
    return context if context in countries else countries[0] if countries else None


def employer_country(mention: Mention, clusters) -> str | None:
    """The country of the person a named aide works for, named before the name with a
    word of staff ("Clinton campaign spokesman Brian Fallon", "Trump spokesman Jason
    Miller"; recognize.yaml `entourage_words`), when the story has named that person."""
    head = mention.token
    first = head
    while first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN" and first.doc[first.i - 1].dep_ == "compound" \
            and first.doc[first.i - 1].head.i == head.i:
        first = first.doc[first.i - 1]  # the name's own words: "Brian" of "Brian Fallon"
    before = [t for t in head.subtree if t.i < first.i]
    if not any(t.lemma_.lower() in lexicon().entourage_words or t.lower_ in lexicon().entourage_words for t in before):
        return None
    for owner in (t for t in before if t.dep_ in ("compound", "poss")):
        for cluster in clusters:
            if cluster.is_person and cluster.resolution.code and any(
                    m.token.doc is owner.doc and m.token.i == owner.i for m in cluster.mentions):
                return cluster.resolution.code
    return None


def is_pair(token) -> bool:
    """"the two countries", "both sides", "both leaders": a pair the story has named
    before (recognize.yaml `pair_nouns`)."""
    return token.lemma_.lower() in lexicon().pair_nouns and any(c.lower_ in ("two", "both") for c in token.children)


def of_a_pair(token) -> bool:
    """Whether an agent belongs to a pair: "the two countries' authorities", "officials from both sides"."""
    for child in token.children:
        if child.dep_ == "poss" and is_pair(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("from", "of") and any(
                g.dep_ == "pobj" and is_pair(g) for g in child.children):
            return True
    return False
