"""Linking mentions into actors: one actor per real-world actor in a story.

Names the knowledge base knows join by identity; surnames join the full name
they shorten; titles ("the President", "The Russian president") and pronouns join
the most salient compatible person before them: the one mentioned in the most
recent sentence, the grammatical subject first. Agent nouns ("Iranian officials", "the
ministry") are linked by actors/agent_links.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from dyads.actors.agent_links import body_the_speaker_is_at, link_agent, phrase_evidence
from dyads.actors.agents import scene_before
from dyads.actors.antecedents import (
    Cluster,
    described_antecedent,
    is_own_subject,
    named_body,
    named_company,
    owners_country,
    parallel_subject,
    partitive_antecedent,
    salient_group,
    salient_nearby,
    salient_person,
    sex_agrees,
    speaking_group,
)
from dyads.actors.knowledge import KnowledgeBase, title_key
from dyads.actors.mentions import Mention, lexicon
from dyads.actors.object_pronouns import stands_for_a_thing
from dyads.actors.owners import (
    another_countrys_party,
    appositions,
    employer_country,
    one_named_country,
    party_country,
    persons_of_countries,
    shortens,
    staff_of_bodies,
    states_own_body,
)
from dyads.actors.resolve import Resolution, resolve_entity, resolve_office, resolve_person
from dyads.actors.story_country import (
    acts_on_the_country,
    country_context,
    dateline_country,
    domestic_actors,
    official,
    speaks,
    story_countries,
)
from dyads.actors.surnames import known_by_surname, surname_country
from dyads.record import Actor, Span


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
                link_agent(mention, mentions, kb, day, context, by_key, join, new_cluster, owner,
                           filed=filed_context is not None)
        elif mention.kind == "title":
            # "The senator called for sanctions on Russia": an unnamed officeholder whose act is
            # aimed at the story's country is not of it, as for agents (agent_links)
            own = None if context is not None and acts_on_the_country(mention, mentions, context) else context
            _link_title(mention, kb, day, own, clusters, owner, by_key, join, new_cluster)
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
            link_agent(agent, mentions, kb, day, context, by_key, join, new_cluster, owner)

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
    country, evidence = mention.country, (mention.evidence or phrase_evidence(mention, kb)) if mention.country else None
    if country is None and entity is None and (employer := employer_country(mention, clusters)) is not None:
        country, evidence = employer, "owner"  # "Clinton campaign spokesman Brian Fallon": Clinton's
    if country is None and entity is None and (mention.title or mention.sector):
        country = body_the_speaker_is_at(mention, kb)  # "At the State Department, spokeswoman Elizabeth Trudeau said"
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
