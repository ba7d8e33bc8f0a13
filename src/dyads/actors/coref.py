"""Linking mentions into actors: one actor per real-world actor in a story.

Names the knowledge base knows join by identity; surnames join the full name
they shorten; titles ("the President", "The Russian president") and pronouns join
the most salient compatible person before them: the one mentioned in the most
recent sentence, the grammatical subject first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Token

from dyads.actors.agents import paragraph_scene, scene_before
from dyads.actors.antecedents import (
    Cluster,
    described_antecedent,
    is_own_subject,
    named_before,
    named_body,
    named_company,
    one_country_body_before,
    one_owned_before,
    owners_country,
    parallel_subject,
    partitive_antecedent,
    plural_noun,
    salient_group,
    salient_nearby,
    salient_person,
    sex_agrees,
    speaking_group,
)
from dyads.actors.knowledge import KnowledgeBase, title_key
from dyads.actors.mentions import Mention, from_elsewhere, lexicon, view_of
from dyads.actors.object_pronouns import stands_for_a_thing
from dyads.actors.owners import (
    administration_of,
    another_countrys_party,
    appositions,
    employer_country,
    executive_word,
    its_state,
    of_a_pair,
    one_named_country,
    owning_group,
    party_country,
    person_owner,
    persons_of_countries,
    pronoun_owner,
    shortens,
    staff_of_bodies,
    states_own_body,
)
from dyads.actors.resolve import Resolution, resolve_entity, resolve_office, resolve_person
from dyads.actors.story_country import (
    POLITY_SECTORS,
    STATE_SECTORS,
    acts_on_the_country,
    country_context,
    dateline_country,
    domestic_actors,
    official,
    own_country,
    speaks,
    story_countries,
)
from dyads.actors.surnames import known_by_surname, surname_country
from dyads.record import Actor, Span

STATELESS_SECTORS = {"REF", "IGO", "NGO"}


@dataclass
class LinkedActors:
    """The actors of a story and which actor each mention belongs to."""

    actors: list[Actor]
    actor_of: dict[int, str]  # id(mention) -> actor_id
    mentions: list[Mention]

    def actor_at(self, start: int, end: int) -> tuple[str | None, Mention | None]:
        """The actor and mention covering these offsets, if any."""
        for mention in self.mentions:
            if mention.start <= start and end <= mention.end:
                return self.actor_of.get(id(mention)), mention
        return None, None


def link_mentions(mentions: list[Mention], kb: KnowledgeBase, day: date | None,
                  dateline: str | None = None) -> LinkedActors:
    """Group mentions into actors and resolve each actor's codes."""
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    owner: dict[int, Cluster] = {}
    context = country_context(mentions, kb, dateline_country(dateline))
    person_context = country_context(mentions, kb, dateline_country(dateline), dominant=True, day=day)
    # the people a story quotes are its country's only when it is about that country's own
    # affairs: its officeholders or bodies act in it ("Sondland told Ukraine officials" is no Ukrainian)
    speaker_context = person_context if domestic_actors(mentions, kb, day, person_context) >= 2 else None
    # a story filed from the country it names most, or nearly so ("TBILISI - ... Parliament
    # Speaker Shalva Papuashvili"): its officials with no country of their own hold that
    # country's offices
    filed_context = context if context is not None and context == dateline_country(dateline) else None
    named_countries = story_countries(mentions, kb)

    def join(mention: Mention, cluster: Cluster) -> None:
        cluster.add(mention)
        owner[id(mention)] = cluster

    def new_cluster(mention: Mention, resolution: Resolution, key: str) -> None:
        cluster = Cluster(resolution, key)
        clusters.append(cluster)
        by_key[key] = cluster
        join(mention, cluster)

    apposed = appositions(mentions, kb, named_countries)
    staff_of_bodies(mentions)
    persons_of_countries(mentions)
    heads = {(id(m.token.doc), m.token.i) for m in mentions if m.kind != "pronoun"}
    for mention in mentions:
        if id(mention) in apposed:
            continue  # "Mali's U.N. ambassador, Issa Konfourou": joins the person below
        if mention.kind == "name":
            if mention.country is None and mention.entity is None:
                _take_kin_country(mention, mentions, owner, clusters, kb)
            # A named person whom nothing in the text ties to a country keeps their
            # sector and an unknown country: never the story's or the speaker's.
            _link_name(mention, kb, day, clusters, by_key, join, new_cluster, named_countries, context,
                       person_context, speaker_context, filed_context)
        elif mention.kind == "agent":
            company = named_company(mention, clusters)
            if company is not None:
                join(mention, company)  # "the company": Google, named before
            else:
                _link_agent(mention, mentions, kb, day, context, by_key, join, new_cluster, owner)
        elif mention.kind == "title":
            _link_title(mention, kb, day, context, clusters, owner, by_key, join, new_cluster)
        elif mention.kind == "pronoun" and mention.token.lower_ in lexicon().person_pronouns:
            candidates = [c for c in clusters if not is_own_subject(mention, c) and sex_agrees(mention, c, kb)]
            antecedent = parallel_subject(mention, candidates) or salient_person(
                mention, candidates, owner, speaker=speaks(mention))
            if antecedent is not None:
                join(mention, antecedent)
        elif mention.kind == "pronoun" and mention.token.lower_ in lexicon().group_pronouns:
            if stands_for_a_thing(mention.token, heads):
                continue  # "called the strike reckless, and Iran condemned it": the strike
            # "Paris condemned it": an object pronoun is never its verb's own subject
            antecedent = partitive_antecedent(mention, clusters) or speaking_group(mention, clusters) or salient_group(
                mention, [c for c in clusters if not is_own_subject(mention, c)])
            if antecedent is not None:
                join(mention, antecedent)
        elif mention.kind == "pronoun" and mention.token.lower_ in lexicon().owned_country_nouns:
            code = owners_country(mention, clusters, kb)
            if code is not None:
                key = f"country:{code}"
                if key in by_key:
                    join(mention, by_key[key])
                else:
                    entity = kb.country(code)
                    new_cluster(mention, replace(resolve_entity(entity), evidence="earlier-mention"), key)
        elif mention.kind == "pronoun" and mention.token.lower_ in lexicon().named_anaphors:
            antecedent = named_body(mention, clusters)  # "the council": the Security Council
            if antecedent is not None:
                join(mention, antecedent)
        elif mention.kind == "pronoun" and mention.token.lower_ in lexicon().anaphoric_nouns:
            antecedent = described_antecedent(mention, clusters)  # "the bloc": an organisation
            if antecedent is not None:
                join(mention, antecedent)

    for agent_id, person in apposed.items():
        agent = next(m for m in mentions if id(m) == agent_id)
        if id(person) in owner:
            join(agent, owner[id(person)])
        else:
            _link_agent(agent, mentions, kb, day, context, by_key, join, new_cluster, owner)

    clusters = _fold_early_surnames(clusters, join)

    actors, actor_of = [], {}
    ordered = sorted(clusters, key=lambda c: min(m.start for m in c.mentions))
    for n, cluster in enumerate(ordered, start=1):
        actor_id = f"a{n}"
        r = cluster.resolution
        actors.append(Actor(
            actor_id=actor_id, name=r.name, kind=r.kind, code=r.code, sector=r.sector,
            office=r.office, wikidata=r.wikidata, cameo_code=r.cameo,
            mentions=[Span(m.text, m.start, m.end) for m in sorted(cluster.mentions, key=lambda m: m.start)],
            evidence=r.evidence if r.code else None,
        ))
        for mention in cluster.mentions:
            actor_of[id(mention)] = actor_id
    return LinkedActors(actors, actor_of, mentions)


def _link_agent(mention: Mention, mentions, kb, day, context, by_key, join, new_cluster,
                clusters_of: dict | None = None) -> None:
    """An agent noun: its own country, the body named in its phrase, its owner's ("the
    Obama administration"), else a linked country. `clusters_of` maps the mentions
    linked so far to their clusters."""
    sector, cameo = mention.sector, None
    evidence = None
    owned_by, name = "", mention.text
    if mention.country is None and mention.body is None \
            and (owned := one_owned_before(mention, sector, by_key)) is not None:
        join(mention, owned)  # "the administration" after "the Obama administration" alone
        return
    if mention.country is None and mention.body is None and mention.sector in STATE_SECTORS \
            and (body := one_country_body_before(mention, by_key)) is not None:
        join(mention, body)  # "the ministry" after "the Russian foreign ministry"
        return
    if mention.country is None and mention.body is not None:
        org = kb.entities.get(f"org:{mention.body}")
        code = (org.code if org and org.code else "IGO")
        cameo = org.cameo if org else None
        evidence = "organisation"
        if code in ("IGO", "NGO"):
            sector = org.sector if org and org.sector else None  # PLOVER: IGO staff, no sector
        elif org and org.sector in ("BUS", "MED"):
            sector = org.sector  # a company's spokesperson or employees work for it
        elif org and org.sector in ("COP", "SPY") and sector in ("MIL", "GOV", None):
            sector = org.sector  # "NYPD officers", "FBI agents": the police's officers are police
    elif mention.country is None and (mention.sector in STATELESS_SECTORS or mention.noun in lexicon().stateless
                                      or mention.noun in lexicon().one_holder_offices and plural_noun(mention)
                                      and its_state(mention, by_key) is None
                                      or of_a_pair(mention.token) or _from_elsewhere(mention)):
        # Refugees and migrants are from elsewhere; "the two countries' authorities"
        # are two countries' (the events name both), no one country's. "The refugees"
        # after "Syrian refugees" are those refugees.
        earlier = named_before(mention, by_key)
        if earlier is not None:
            join(mention, earlier)
            return
        code = None
    elif mention.country is not None:
        code, evidence = mention.country, mention.evidence or _phrase_evidence(mention, kb)
    elif (owner := person_owner(mention, mentions)) is not None:
        # "the Obama administration", "Macron's government": the person's country, or
        # none when it is not known; never the country the story is about, which may
        # be the one they act on ("The Macron government criticised Russia")
        cluster = (clusters_of or {}).get(id(owner))
        code = cluster.resolution.code if cluster is not None else own_country(owner, kb, day)
        code = code if code and kb.country(code) else None
        evidence = "owner" if code else None
        # "the Clinton campaign" and "the Trump campaign" are two campaigns
        owned_by = f":of:{cluster.key if cluster is not None else owner.text}"
        name = f"{owner.text} {mention.text}"
    elif (person := pronoun_owner(mention, list(by_key.values()))) is not None:
        code = person.resolution.code if kb.country(person.resolution.code or "") else None
        evidence, owned_by = "owner" if code else None, f":of:{person.key}"  # "urged his colleagues"
    elif (group := owning_group(mention, mention.token, kb)) is not None:
        code, evidence = group, "owner"  # "the group's leaders": the Houthis named before
    elif mention.party is not None:
        # "the Republican nominee" in an American paper's story on Britain
        code = party_country(mention, context)
        evidence = "party" if code else None
    elif (state := its_state(mention, by_key)) is not None:
        # "Mexico, too, has weighed in. Last summer its foreign ministry ...": the country
        # named last before it, never the one the story is about
        code, evidence = state, "earlier-mention"
        sector = None if state == "IGO" else sector  # PLOVER: IGO staff, no sector
    elif (executive := administration_of(mention, mentions, kb, clusters_of or {})) is not None:
        # "called on the administration to begin work on a trade deal with London" in an
        # American paper's story on Brexit: Washington's, though Britain is named more
        code, evidence = executive, "executive"
    elif (word := executive_word(mention)) is not None and context not in lexicon().executive_words[word]:
        code, evidence = None, None  # "the Senate" in a story on Russia, which has none
    else:
        code, evidence = _linked_country(mention, mentions, kb, day, context)
    key = f"agent:{code}:{mention.body}:{sector}:{mention.noun}{owned_by}"
    if key in by_key:
        join(mention, by_key[key])
    else:
        new_cluster(mention, Resolution(name, "agent", code, sector, cameo=cameo, evidence=evidence), key)


def _body_at(token: Token, kb: KnowledgeBase) -> str | None:
    """The country of a state body a noun names ("the State Department", "the Pentagon"), if
    the tables know it."""
    words = [t for t in token.subtree if t.dep_ != "det"]
    if not words:
        return None
    name = token.doc[words[0].i: words[-1].i + 1].text
    for entity in kb.by_name(name):
        # a ministry, or a building that stands for one ("the Pentagon", "the Kremlin")
        if (entity.kind == "organization" or entity.key.startswith("metonym:")) and entity.code \
                and kb.country(entity.code) and entity.sector in POLITY_SECTORS:
            return entity.code
    return None


def _body_the_speaker_is_at(mention: Mention, kb: KnowledgeBase) -> str | None:
    """For a titled person of no country said: the country of the state body a fronted
    "at" names ("At the State Department, spokeswoman Elizabeth Trudeau called on Tehran
    ...", "At the Pentagon, a spokesman said"), where the person speaks for it."""
    token = mention.token
    if token.dep_ != "nsubj":
        return None
    for child in token.head.children:
        if child.dep_ == "prep" and child.lower_ == "at" and child.i < token.i:
            place = next((g for g in child.children if g.dep_ == "pobj"), None)
            if place is not None:
                return _body_at(place, kb)
    return None


def _phrase_evidence(mention: Mention, kb: KnowledgeBase) -> str:
    """What the country said in a mention's own phrase is: a country word or a national body."""
    return "title-country" if kb.country(mention.country or "") else "organisation"


def _from_elsewhere(mention: Mention) -> bool:
    """Whether an agent noun is said to be from elsewhere or from many countries (`from_elsewhere`)."""
    return from_elsewhere(mention.token, mention.noun or mention.text)


def _linked_country(
    mention: Mention, mentions: list[Mention], kb, day, context: str | None,
) -> tuple[str | None, str | None]:
    """(country, evidence) of an agent whose own words name none: the speaker's whose
    words it is in ("the Polish defence ministry said 15,000 soldiers had been
    deployed"), else the country the story is clearly about, as an analyst reads
    "police" or "protesters". Never a speaker's for officials and governments in the
    plural, whom speakers mostly name to speak of others' ("Gil said the seven
    governments ...", "Tinubu said other African heads of state ..."); "the government"
    in a minister's words stays the minister's."""
    speaker = _speaker_of(mention, mentions)
    speaker_country = own_country(speaker, kb, day) if speaker is not None else None
    if mention.sector in lexicon().no_speaker_country:
        # Armed groups and criminals are not the speaker's own ("The U.S. said it would
        # not meet the hostage-takers' demands"), nor, then, the speaker's country's.
        if speaker_country is not None and speaker_country == context:
            return None, None
    elif speaker_country is not None and not (mention.sector == "GOV" and plural_noun(mention)):
        return speaker_country, "speaker"
    if mention.sector == "COP" and (scene := paragraph_scene(mention.token, kb)) is not None:
        return scene, "place"  # police are the force of the place where the paragraph is set
    if context is None and mention.noun in lexicon().sentence_state_nouns:
        # "China and Russia support the government" in a sentence on Sudan
        code = _sentence_other_country(mention, mentions, kb)
        if code is not None:
            return code, "same-sentence"
    if context is not None and mention.sector == "GOV" and acts_on_the_country(mention, mentions, context):
        return None, None  # "Other leaders denounced North Korea's actions": not North Koreans
    return context, "story-country" if context else None


def _sentence_other_country(mention: Mention, mentions: list[Mention], kb: KnowledgeBase) -> str | None:
    """The one country a sentence names besides its subjects', for a state noun the
    subjects act on ("China and Russia support the government": Sudan's, named before
    in the sentence); None when the noun is itself a subject or the sentence names no
    such country or two."""
    if mention.token.dep_ not in ("dobj", "pobj", "poss", "dative"):
        return None
    named, subjects = set(), set()
    for other in mentions:
        if other is mention or other.sentence != mention.sentence or other.token.doc is not mention.token.doc:
            continue
        code = other.entity.code if other.entity is not None and other.entity.kind in ("country", "place") \
            else other.country
        if code is None or kb.country(code) is None:
            continue
        token = other.token
        while token.dep_ == "conj" and token.head is not token:
            token = token.head  # "China and Russia support": Russia is a subject too
        (subjects if token.dep_ in ("nsubj", "nsubjpass") else named).add(code)
    others = named - subjects
    return next(iter(others)) if len(others) == 1 else None


def _speaker_of(mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The mention that is the subject of the speech verb whose reported clause holds this one."""
    verbs = lexicon().speech_verbs
    doc = mention.token.doc
    view = view_of(doc)  # the heads as numbers: a Token made for each step costs more
    i = mention.token.i
    for _ in range(12):
        head = view.heads[i]
        if head == i:
            return None
        if view.deps[i] in ("ccomp", "parataxis") and view.lemmas[head] in verbs:
            subjects = {c.i for c in doc[head].children if c.dep_ == "nsubj"}
            for other in mentions:
                if other is not mention and other.token.doc is doc and other.token.i in subjects:
                    return other
            return None
        i = head
    return None


def _link_name(mention: Mention, kb, day, clusters, by_key, join, new_cluster,
               story_countries: frozenset[str] = frozenset(), context: str | None = None,
               person_context: str | None = None, speaker_context: str | None = None,
               filed_context: str | None = None) -> None:
    entity = mention.entity
    if entity is None and mention.label == "ORG":
        key = f"org-name:{mention.text}"
        if key in by_key:
            join(mention, by_key[key])
        else:
            # A body the tables do not know ("Senate Judiciary Committee", "Metropolitan
            # Correctional Center"): its own words, else the country the story is clearly
            # about, as for agents; never a person's guess.
            country, evidence = mention.country, mention.evidence or ("title-country" if mention.country else None)
            if country is None and mention.text.removeprefix("the ") in lexicon().executive_words:
                # "Congress" in a story on Russia's hacks: Washington's, though Russia is named more
                country = one_named_country(lexicon().executive_words[mention.text.removeprefix("the ")],
                                             story_countries, clusters)
                evidence = "executive" if country else None
            if country is None and context is not None:
                country, evidence = context, "story-country"
            new_cluster(mention, Resolution(mention.text, "organization", country, evidence=evidence), key)
        return
    if entity is not None and entity.kind == "country" and (person := _person_of_that_surname(mention, clusters)):
        join(mention, person)  # "Rep. Jim Jordan ... Jordan said": the congressman, not the kingdom
        return
    if entity is not None and entity.kind != "person":
        key = entity.key
        if another_countrys_party(mention, context, kb):
            # "the main opposition Democratic Party" in a story of South Korea's affairs
            key = f"party:{context}:{mention.text}"
            if key not in by_key:
                new_cluster(mention, Resolution(mention.text, "organization", context, "PTY",
                                                evidence="story-country"), key)
                return
        elif (sector := states_own_body(mention, context, clusters)) is not None:
            # "promised to work with the Republican-controlled General Assembly" in Kentucky
            key = f"body:{context}:{mention.text}"
            if key not in by_key:
                new_cluster(mention, Resolution(mention.text, "organization", context, sector,
                                                evidence="story-country"), key)
                return
        if key in by_key:
            join(mention, by_key[key])
        else:
            new_cluster(mention, resolve_entity(entity), key)
        return
    # A person: the same known person, or a longer name this one shortens.
    key = entity.key if entity else None
    found_by = "kb-name"
    if key is None:
        for cluster in clusters:
            if cluster.is_person and any(shortens(mention.text, m.text) for m in cluster.mentions if m.kind == "name"):
                key = cluster.key
                break
    if key is None:
        key = known_by_surname(mention, kb, day, story_countries)
        found_by = "kb-surname"
    shared = surname_country(mention, kb, day, story_countries) if key is None and entity is None else None
    if key is None and mention.label == "SURNAME" and shared is None:
        return  # a word that is some officeholder's surname, but nobody's here
    if key is None and f"person:{mention.text}" in by_key:
        key = f"person:{mention.text}"
    country, evidence = mention.country, (mention.evidence or _phrase_evidence(mention, kb)) if mention.country else None
    if country is None and entity is None and (employer := employer_country(mention, clusters)) is not None:
        country, evidence = employer, "owner"  # "Clinton campaign spokesman Brian Fallon": Clinton's
    if country is None and entity is None and (mention.title or mention.sector):
        country = _body_the_speaker_is_at(mention, kb)  # "At the State Department, spokeswoman Elizabeth Trudeau said"
        evidence = "title-country" if country else None
    if country is None and shared is not None:
        country, evidence = shared, "kb-surname"  # "President Bush", no date: one of two Americans
    if country is None and mention.title and key is None:
        # "Pope Leo": a title only one body has. Any other title without a country
        # ("Finance Minister Asad Umar") leaves a named person's country unknown.
        country = kb.one_body_of_title(mention.title)
        evidence = "title-country" if country else None
    if country is None and entity is None and (
            person_context is not None and official(mention) or speaker_context is not None and speaks(mention)):
        # "Sen. Ben Sasse", "prosecutor Jane Roe" in a story that is one country's beyond
        # doubt hold that country's office, as an analyst reads them, and so do the people
        # it quotes on that country's own affairs.
        country, evidence = person_context, "story-country"
    elif country is None and entity is None and filed_context is not None and mention.title \
            and not any(t.lower_ in FORMER_WORDS for t in mention.token.subtree if t.i < mention.token.i):
        # "TBILISI - ... Parliament Speaker Shalva Papuashvili": an office held now, with
        # no country said, in a story filed from the country it names most
        country, evidence = filed_context, "dateline"
    elif country is None and entity is None and speaker_context is not None:
        # In a story of that country's own affairs anyone else it names is of that country
        # too ("lost her primary to Harriet Hageman"): no other country is named at all.
        # But such a voice is no actor whose words are events (events/statements.py).
        country, evidence = speaker_context, "story-person"
    if key is not None and key in by_key:
        cluster = by_key[key]
        join(mention, cluster)
        if (mention.title or mention.sector or country) and cluster.resolution.code is None:
            cluster.resolution = resolve_person(kb, cluster.resolution.name, day, mention.title, country,
                                                role=mention.sector, evidence=evidence)
        return
    name = key.split(":", 1)[1] if key else mention.text
    resolution = resolve_person(kb, name, day, mention.title, country, kb.entities.get(key) if key else None,
                                role=mention.sector, evidence=evidence, found_by=found_by)
    new_cluster(mention, resolution, key or f"person:{mention.text}")


def _person_of_that_surname(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """The person introduced before whose surname a country's name is, when the name is
    used as a person is: the subject of a verb, with no article and no possessive ("Jordan
    said" after "Rep. Jim Jordan"; "Jordan's king", "in Jordan" stay the country)."""
    token = mention.token
    if " " in mention.text or token.dep_ != "nsubj" or any(c.dep_ in ("det", "case") for c in token.children):
        return None
    persons = [c for c in clusters if c.is_person
               and any(m.kind == "name" and shortens(mention.text, m.text) for m in c.mentions)]
    return persons[0] if len(persons) == 1 else None


def _take_kin_country(mention: Mention, mentions: list[Mention], owner: dict[int, Cluster],
                      clusters: list[Cluster], kb: KnowledgeBase) -> None:
    """Give a named person set beside a noun of kinship the country of the person who owns
    that noun ("Trump's daughter Ivanka Trump"; "his wife, Heidi": the person named last,
    as for "his country"), when that person's country is known (recognize.yaml `kin_nouns`)."""
    token = mention.token
    if token.dep_ != "appos" or token.head.lemma_.lower() not in lexicon().kin_nouns:
        return
    possessor = next((c for c in token.head.children if c.dep_ == "poss"), None)
    if possessor is None:
        return
    if possessor.lower_ in ("his", "her"):
        cluster = salient_nearby(mention, clusters, persons=True)
    else:
        cluster = next((owner[id(other)] for other in mentions if other.token.doc is token.doc
                        and other.token.i == possessor.i and id(other) in owner), None)
    code = cluster.resolution.code if cluster is not None and cluster.is_person else None
    if code and kb.country(code):
        mention.country, mention.evidence = code, "kin"


def _fold_early_surnames(clusters: list[Cluster], join) -> list[Cluster]:
    """Clusters without the persons known only by a surname that comes before the full
    name ("Flynn says ..." in a headline, "Michael Flynn" in the story), joined to the
    one later person whose name that surname ends. Mentions are linked in text order,
    so a surname meets a full name only when the full name came first; two later
    persons of that surname leave it alone."""
    kept = []
    for cluster in clusters:
        names = [m for m in cluster.mentions if m.kind == "name"]
        early = (cluster.is_person and cluster.key.startswith("person:") and cluster.resolution.code is None
                 and names and all(" " not in m.text for m in names))
        fuller = [other for other in clusters if other is not cluster and other.is_person and any(
            m.kind == "name" and shortens(names[0].text, m.text) for m in other.mentions)] if early else []
        if len(fuller) != 1:
            kept.append(cluster)
            continue
        for mention in cluster.mentions:
            join(mention, fuller[0])
    return kept


def _indefinite(mention: Mention) -> bool:
    """Whether a title is said with "a" or "an": someone in the office, not its holder."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in mention.token.children)


# Words before a title that say its holder has left it: "the former foreign minister".
FORMER_WORDS = frozenset({"former", "late", "ex"})


def _former(mention: Mention) -> bool:
    """Whether a title is said of someone who has left the office ("former", "late", "ex-")."""
    return any(c.lower_ in FORMER_WORDS and c.i < mention.token.i for c in mention.token.children)


def _link_title(mention, kb, day, context, clusters, owner, by_key, join, new_cluster) -> None:
    title = title_key(mention.title)
    country = mention.country
    former = _former(mention)

    def compatible(cluster: Cluster) -> bool:
        if not cluster.is_person:
            return False
        if country and cluster.resolution.code not in (country, None):
            return False
        if any(t == title and (country is None or c in (country, None)) for t, c in cluster.titles):
            return True
        name = cluster.resolution.name
        # "Barack Obama ... the former president": a term that ended before the day
        return any(
            kb.has_title(t, title) and (country is None or t.body == country)
            and (day is None or t.holds_on(day) or former and t.end is not None and t.end < day)
            for t in kb.terms_of(name)
        )

    antecedent = salient_person(mention, [c for c in clusters if compatible(c)], owner)
    if antecedent is not None:
        join(mention, antecedent)
        return
    # A bare title ("the commander", "the minister") names no officeholder unless the
    # story introduced one (above) or only one body has the title ("the Pope"). A
    # state's or city's office ("the New York State Attorney General") is not the
    # country's: its holder is not looked up among the national ones.
    body = country or kb.one_body_of_title(title, context)
    if mention.local:
        resolution = Resolution(f"{mention.title} of {mention.local}", "person", country,
                                kb.sector_of_title(mention.title) or "GOV", None, evidence="title-country")
    else:
        resolution = resolve_office(kb, mention.title, body, day)
        if resolution is not None and former:
            # "Iran's former foreign minister", "the late president of Zimbabwe": not the
            # holder on the story's day, and out of office an elite (coding guide)
            resolution = Resolution(f"former {mention.title}", "person", resolution.code, "ELI", None,
                                    key=f"office:{mention.title}:{resolution.code}:former",
                                    evidence=resolution.evidence)
        elif resolution is not None and _indefinite(mention):
            # "a Kremlin spokesman", "a deputy foreign minister of Iran": one of the office's
            # people, not its holder; the body's country and sector still hold
            resolution = Resolution(mention.title, "person", resolution.code, resolution.sector, mention.title,
                                    key=f"office:{mention.title}:{resolution.code}:indefinite",
                                    cameo=resolution.cameo, evidence=resolution.evidence)
    party = party_country(mention, context) if resolution is None else None
    if party is not None:
        # "a Republican senator" in a story on Britain: an American
        resolution = Resolution(mention.title, "person", party, kb.sector_of_title(mention.title) or "GOV",
                                mention.title, key=f"office:{mention.title}:{party}", evidence="party")
    scene = scene_before(mention.token, kb) if resolution is None else None
    if resolution is None and scene is None and context is not None and kb.has_no_such_head(context, title, day):
        context = None  # "the president" in a story on Australia: the story named another country's
    if resolution is None and (scene or context) is not None:
        # "In London, a government spokesman said ...": the clause's place; else, in a
        # story clearly about one country, an unnamed official of that country's state,
        # as an agent is
        resolution = Resolution(mention.title, "person", scene or context,
                                kb.sector_of_title(mention.title) or "GOV", mention.title,
                                key=f"office:{mention.title}:{scene or context}",
                                evidence="place" if scene else "story-country")
    if resolution is None:
        resolution = Resolution(mention.title, "person", None, "GOV", mention.title)
    key = resolution.key or f"office:{resolution.name}"
    if key in by_key:
        join(mention, by_key[key])
    else:
        new_cluster(mention, resolution, key)
